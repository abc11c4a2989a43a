"""The page of one side of a comparison: a browser that reports hover, double clicks,
and copies the words without the concepts' number tags.

Kept apart from `pane.py` (the chooser, the page and where things sit on it)
so each module stays readable at a glance.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Signal
from PySide6.QtGui import (
    QMouseEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)

from ictviewer.ui.browser import ZoomingBrowser
from ictviewer.ui.compare.render import parse_href

SUPERSCRIPT = QTextCharFormat.VerticalAlignment.AlignSuperScript


def without_tags(fragment: QTextDocumentFragment) -> str:
    """The plain text of a piece of the page, the concepts' number tags left out.

    Corpus text is always escaped into the page, so every superscript on it is a
    tag the renderer added: copying a provision must give its words, not "divide12".
    """
    if fragment.isEmpty():
        return ""
    page = QTextDocument()
    QTextCursor(page).insertFragment(fragment)
    parts: list[str] = []
    block = page.begin()
    while block.isValid():
        for item in block:
            piece = item.fragment()
            if piece.charFormat().verticalAlignment() != SUPERSCRIPT:
                parts.append(piece.text())
        block = block.next()
        if block.isValid():
            parts.append("\n")
    text = "".join(parts)
    return text.replace("\u2029", "\n").replace("\u2028", "\n").replace("\xa0", " ")


class CompareBrowser(ZoomingBrowser):
    """The page; reports double clicks (by document position) and the concept hovered."""

    double_clicked = Signal(int)
    hovered = Signal(str)  # the concept id under the mouse, "" when none

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hovered = ""
        self.viewport().setMouseTracking(True)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self._hover(parse_href(self.anchorAt(event.position().toPoint())).get("c", ("", 0))[0])

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._hover("")

    def _hover(self, concept_id: str) -> None:
        if concept_id != self._hovered:
            self._hovered = concept_id
            self.hovered.emit(concept_id)

    def createMimeDataFromSelection(self) -> QMimeData:
        data = QMimeData()
        data.setText(without_tags(self.textCursor().selection()))
        return data

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        position = self.cursorForPosition(event.position().toPoint()).position()
        super().mouseDoubleClickEvent(event)
        self.double_clicked.emit(position)

    def pad_end(self) -> None:
        """Room after the last provision, so any provision can be scrolled to the top."""
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        margin = max(0, self.viewport().height() - 80)
        if fmt.bottomMargin() != margin:
            fmt.setBottomMargin(margin)
            frame.setFrameFormat(fmt)

    def padding(self) -> float:
        return self.document().rootFrame().frameFormat().bottomMargin()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.pad_end()
