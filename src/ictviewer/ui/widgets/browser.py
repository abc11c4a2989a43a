"""What every page of text in the window shares."""

from __future__ import annotations

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
