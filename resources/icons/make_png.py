"""Render the application icon's PNGs from its SVG: `python resources/icons/make_png.py`.

Desktops and window managers want bitmaps at fixed sizes (Windows and some
Linux panels ignore SVG), so each size is rendered once from the one SVG source
and committed, in the freedesktop `hicolor` layout (`NxN/apps/ictviewer.png`)
that a packager can copy into `/usr/share/icons` as it is. Qt's own SVG
renderer (PySide6, already a dependency) draws them, so no ImageMagick or
Inkscape is needed. Rerun after editing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent
SOURCE = HERE / "hicolor" / "scalable" / "apps" / "ictviewer.svg"


def png_path(size: int) -> Path:
    return HERE / "hicolor" / f"{size}x{size}" / "apps" / "ictviewer.png"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE}: not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            print(f"{target}: cannot be written", file=sys.stderr)
            return 1
        print(target.relative_to(HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
