"""What every page of text in the window shares: the zooming browser, anchors, margin labels.

The reader and the comparison render their pages alike (a provision's anchor,
its label in the margin, the base font size at a zoom); they take these from
here, so neither feature imports the other.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QTextBrowser


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


def base_point_size(zoom: int) -> float:
    """The text size of a page at `zoom` per cent."""
    return round(11.0 * zoom / 100.0, 1)
