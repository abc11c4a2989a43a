"""Make the README screenshots of the side-by-side comparison, from the real corpus.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_compare_screenshots.py
    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/make_compare_screenshots.py

The comparison view is shown alone in a 1400x900 window and grabbed from the
widget itself (QWidget.grab), so the result is the same under Xvfb and offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer

from ictviewer.compare import bundled_lexicon
from ictviewer.corpus import load_corpus
from ictviewer.ui import theme
from ictviewer.ui.app import create_application
from ictviewer.ui.compare import CompareView

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1400, 900)


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def open_pair(app, corpus, scheme: str, left: str, right: str) -> CompareView:
    theme.apply(app, scheme)
    view = CompareView(corpus, bundled_lexicon())
    view.setWindowTitle("ictviewer — compare")
    view.resize(*SIZE)
    view.show()
    loop = QEventLoop()
    view.comparison_ready.connect(loop.quit)
    QTimer.singleShot(20000, loop.quit)
    view.set_documents(left, right)
    if view.comparison is None:
        loop.exec()
    settle()
    return view


def save(view: CompareView, name: str) -> None:
    settle()
    path = OUT / f"compare-{name}.png"
    view.grab().save(str(path))
    print(path)


def close(view: CompareView) -> None:
    view.shutdown()
    view.close()
    view.deleteLater()
    settle(50)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application()
    corpus = load_corpus()

    view = open_pair(app, corpus, "light", "cica-statement-2022", "asean-russia-2018")
    view.jump_to_concept("capacity-building")
    save(view, "statement-asean-light")
    view.show_matrix()
    save(view, "matrix-light")
    close(view)

    view = open_pair(app, corpus, "light", "cica-concept-2022", "cica-concept-2024-draft")
    view.set_changes_mode(True)
    view.left.go_to("s1-p4")
    save(view, "concept-versions-changes-light")
    close(view)

    view = open_pair(app, corpus, "dark", "cica-statement-2022", "asean-russia-2018")
    view.jump_to_concept("digital-divide")
    save(view, "statement-asean-dark")
    close(view)
    theme.apply(app, "light")
    return 0


if __name__ == "__main__":
    sys.exit(main())
