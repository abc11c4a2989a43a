"""Saving the timeline as a PNG image or a PDF page.

The whole timeline is rendered (every shown lane, from the first event to the
last), at the view's zoom when that stays under `MAX_WIDTH` pixels and fitted
to it otherwise, with the axis and lane headers at the edges and the legend at
the foot. A PNG follows the current theme; a PDF is meant for paper and is
always light. The view is laid out again as it was afterwards.
"""

from __future__ import annotations

import datetime as dt
import os
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from ictviewer.export.pdffile import IncompletePdf, check_pdf
from ictviewer.fileio import temporary_beside
from ictviewer.ui import theme
from ictviewer.ui.i18n import translate
from ictviewer.ui.timeline.canvas import TimelineCanvas
from ictviewer.ui.timeline.items import Colours
from ictviewer.ui.timeline.legend import LEGEND_H, paint_legend

MAX_WIDTH = 4000.0
PNG_SCALE = 2.0  # device pixels per pixel for an image up to 2400 pixels wide
TITLE_H = 40.0
MM_PER_PX = 25.4 / 96
FORMATS = (".png", ".pdf")
HINTS = QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing


@contextmanager
def _laid_out_for_export(canvas: TimelineCanvas, colours: Colours | None):
    scene, look = canvas.timeline, canvas.timeline.look
    saved_ppd, fitted, current = canvas.ppd(), canvas.fitted, canvas.current
    scroll = canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()
    saved_colours = look.colours
    if colours is not None:
        look.colours = colours
    look.exporting = True
    try:
        ppd = saved_ppd
        if scene.content_right(ppd) > MAX_WIDTH:
            ppd = scene.fit_ppd(MAX_WIDTH)
        scene.relayout(ppd)
        scene.pin(0, 0)
        yield scene.sceneRect()
    finally:
        look.exporting = False
        look.colours = saved_colours
        canvas.restore_layout(saved_ppd, fitted, scroll)
        canvas.current = current


def export(canvas: TimelineCanvas, path: str | Path, note: str = "") -> Path:
    """Write the timeline to `path`, a .png or a .pdf; raises ValueError or OSError."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            translate("Timeline", "Export as .png or .pdf, not “{0}”").format(path.suffix)
        )
    if not path.parent.is_dir():
        raise OSError(translate("Timeline", "Could not write {0}").format(path))
    # Written beside and read back before it replaces the old file: Qt reports no
    # write errors, and a full disk used to leave a truncated file in its place.
    with temporary_beside(path, suffix=suffix) as temporary:
        if suffix == ".png":
            _png(canvas, temporary, note)
            whole = not QImage(str(temporary)).isNull()
        else:
            _pdf(canvas, temporary, note)
            try:
                check_pdf(temporary, 1)
                whole = True
            except IncompletePdf:
                whole = False
        if not whole:
            raise OSError(
                translate("Timeline", "Could not write {0} completely (is the disk full?)").format(
                    path
                )
            )
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    return path


def _png(canvas: TimelineCanvas, path: Path, note: str) -> None:
    with _laid_out_for_export(canvas, None) as source:
        look = canvas.timeline.look
        scale = PNG_SCALE if source.width() <= 2400 else 1.0
        width, height = source.width(), source.height() + LEGEND_H
        image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
        image.fill(look.colours.window)
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.scale(scale, scale)
        canvas.timeline.render(painter, QRectF(0, 0, width, source.height()), source)
        _legend(painter, QRectF(0, source.height(), width, LEGEND_H), look, note)
        painter.end()
        saved = image.save(str(path), "PNG")
    if not saved:
        raise OSError(translate("Timeline", "Could not write {0}").format(path))


def _pdf(canvas: TimelineCanvas, path: Path, note: str) -> None:
    light = Colours.from_palette(theme.palette("light"))
    with _laid_out_for_export(canvas, light) as source:
        look = canvas.timeline.look
        margin = 28.0
        width = source.width()
        height = TITLE_H + source.height() + LEGEND_H
        writer = QPdfWriter(str(path))
        writer.setResolution(96)
        writer.setTitle(translate("Timeline", "Timeline — ictviewer"))
        writer.setCreator("ictviewer")
        page = QSizeF((width + 2 * margin) * MM_PER_PX, (height + 2 * margin) * MM_PER_PX)
        writer.setPageSize(QPageSize(page, QPageSize.Unit.Millimeter, "timeline"))
        writer.setPageMargins(QMarginsF(*(4 * [margin * MM_PER_PX])), QPageLayout.Unit.Millimeter)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(translate("Timeline", "Could not write {0}").format(path))
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        _title(painter, QRectF(0, 0, width, TITLE_H), look)
        canvas.timeline.render(painter, QRectF(0, TITLE_H, width, source.height()), source)
        _legend(painter, QRectF(0, TITLE_H + source.height(), width, LEGEND_H), look, note)
        painter.end()


def _legend(painter: QPainter, rect: QRectF, look, note: str) -> None:
    painter.fillRect(rect, look.colours.window)
    painter.setPen(QPen(look.colours.border, 1.0))
    painter.drawLine(rect.topLeft(), rect.topRight())
    paint_legend(painter, rect, look, note)


def _title(painter: QPainter, rect: QRectF, look) -> None:
    today = dt.date.today()
    when = QLocale().toString(QDate(today.year, today.month, today.day), "d MMMM yyyy")
    painter.setPen(look.colours.text)
    font = QFont(look.bold)
    font.setPointSizeF(look.font.pointSizeF() * 1.35)
    painter.setFont(font)
    title = translate("Timeline", "Timeline of the documents and the events they mention")
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.setFont(look.small)
    painter.setPen(look.colours.muted)
    painter.drawText(
        rect,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        translate("Timeline", "ictviewer · exported {0}").format(when),
    )
