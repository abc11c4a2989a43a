"""What every page of text in the window shares: the zooming browser, anchors, margin labels.

The reader and the comparison render their pages alike (a provision's anchor,
its label in the margin, the base font size at a zoom); they take these from
here, so neither feature imports the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QTextBrowser

from ictviewer.ui import theme

BASE_POINT_SIZE = 11.0  # the page's text at 100% when the user chose no size


class ZoomingBrowser(QTextBrowser):
    """Ctrl+wheel asks the window to zoom (every page together) instead of this one alone."""

    zoom_requested = Signal(int)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)


def paint_placeholder(view: QAbstractItemView, text: str) -> None:
    """Say why an empty list is empty ("no hits", "nothing selected") instead of a blank."""
    model = view.model()
    if model is None or model.rowCount() != 0 or not text:
        return
    painter = QPainter(view.viewport())
    painter.setPen(view.palette().color(QPalette.ColorRole.PlaceholderText))
    rect = view.viewport().rect().adjusted(16, 24, -16, -16)
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    painter.drawText(rect, int(flags), text)
    painter.end()


_LABEL_SPACE = re.compile(r"(?<!,) ")


def margin_label(label: str) -> str:
    """ "section 2, objective (b)" may break after the comma, never inside "objective (b)"."""
    return _LABEL_SPACE.sub("\u00a0", label)


def anchor(provision_id: str) -> str:
    """The page anchor of a provision, to scroll to (`prov-<id>`)."""
    return f"prov-{provision_id}"


def base_point_size(zoom: int, base: float = 0) -> float:
    """The text size of a page at `zoom` per cent of `base` points (0: the default size)."""
    return round((base or BASE_POINT_SIZE) * zoom / 100.0, 1)


@dataclass(frozen=True)
class PageFont:
    """The font the user chose for the pages of text (Preferences ▸ Reader).

    `family` "" keeps the bundled list of reading faces; `size` is in points at
    100% zoom, 0 for the default. The chosen family comes first in the CSS list,
    with the bundled faces after it, so a family missing on this machine (a
    settings file copied from another) falls back instead of showing nothing.
    """

    family: str = ""
    size: int = 0

    def point_size(self, zoom: int) -> float:
        return base_point_size(zoom, self.size)

    def css_families(self) -> str:
        families = [self.family, *theme.READER_FAMILIES] if self.family else theme.READER_FAMILIES
        return theme.css_families(families)


DEFAULT_FONT = PageFont()  # the bundled reading faces at the default size
