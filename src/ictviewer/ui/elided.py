"""Widgets that end a text too long for them in "…", the whole text in their tooltip.

Shared by the features (a comparison's document choosers and summary, the search
filters, the reader's summary line): at 1366 px, in Russian, or at 200%, a text
that is simply clipped loses its end without a sign that more follows.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from ictviewer.ui.plain import literal


class ElidedLabel(QLabel):
    """A one-line plain-text label that ends in "…" when narrow; the tooltip has it all.

    A summary that is simply clipped (the old `Ignored` policy) loses its end
    without a sign; eliding shows that there is more, and hovering shows it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(literal(text))

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(self.text()) + 8, super().sizeHint().height()
        )

    def elided(self) -> str:
        """The text as painted at the current width."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.elided())


class ElidingComboBox(QComboBox):
    """A combo box that ends a long choice in "…" instead of cutting it mid-word.

    Fusion clips the current text at the frame; on half a laptop screen that left
    "CICA Leaders' State" with no sign that more follows, and in Russian the search
    filters read "Любая организа". The tooltip names the box and the whole choice.
    """

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self._name = name
        self.currentTextChanged.connect(self._tell)

    def _tell(self, text: str) -> None:
        if self._name:
            self.setToolTip(literal(f"{self._name}: {text}" if text else self._name))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
