"""The legend: the comparison's concepts, with numbers, swatches and counts per side.

A click on a concept's name (or Enter) asks to jump to its next occurrence;
its check box switches its colour off and on. Below the list, a key says
what the other marks mean, so the view reads without colour too.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ictviewer.ui.compare.models import COUNTS_ROLE, HEADING_ROLE, LegendModel


class LegendDelegate(QStyledItemDelegate):
    """The standard item (check box, swatch, name), with the counts right-aligned."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        counts = index.data(COUNTS_ROLE) or ""
        heading = bool(index.data(HEADING_ROLE))
        if style is None:
            super().paint(painter, option, index)
            return
        if heading:
            painter.fillRect(opt.rect, opt.palette.color(QPalette.ColorRole.Window))
        else:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        width = opt.fontMetrics.horizontalAdvance(counts) + 12 if counts else 0
        item = QStyleOptionViewItem(opt)
        item.rect = opt.rect.adjusted(0, 0, -width, 0)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        if counts:
            selected = bool(opt.state & QStyle.StateFlag.State_Selected) and not heading
            role = (
                QPalette.ColorRole.HighlightedText
                if selected
                else (QPalette.ColorRole.PlaceholderText if heading else QPalette.ColorRole.Text)
            )
            painter.save()
            painter.setPen(opt.palette.color(role))
            painter.setFont(opt.font)
            rect = QRect(opt.rect.right() - width, opt.rect.top(), width - 6, opt.rect.height())
            painter.drawText(
                rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), counts
            )
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        extra = 10 if index.data(HEADING_ROLE) and index.row() > 0 else 4
        return QSize(size.width(), size.height() + extra)


class LegendView(QListView):
    """Tells a click on a concept's name from a click on its check box."""

    concept_clicked = Signal(QModelIndex)

    def check_rect(self, index: QModelIndex) -> QRect:
        opt = QStyleOptionViewItem()
        self.initViewItemOption(opt)
        self.itemDelegateForIndex(index).initStyleOption(opt, index)
        opt.rect = self.visualRect(index)
        return self.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, self
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        point: QPoint = event.position().toPoint()
        index = self.indexAt(point)
        on_check = index.isValid() and self.check_rect(index).adjusted(-2, -2, 2, 2).contains(point)
        super().mouseReleaseEvent(event)
        if (
            event.button() == Qt.MouseButton.LeftButton
            and index.isValid()
            and not on_check
            and not index.data(HEADING_ROLE)
        ):
            self.concept_clicked.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self.concept_clicked.emit(index)
            event.accept()
            return
        super().keyPressEvent(event)


class LegendPanel(QWidget):
    concept_activated = Signal(str)  # jump to its next occurrence on both sides
    passages_toggled = Signal(bool)
    shown = Signal(bool)  # shown or hidden, by the user or by a narrow view

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("compareLegend")
        self.model = LegendModel(self)
        title = QLabel(self.tr("Concepts"), self)
        title.setObjectName("sectionTitle")
        self.hint = QLabel(self)
        self.hint.setObjectName("panelHint")
        self.hint.setWordWrap(True)

        self.view = LegendView(self)
        self.view.setObjectName("legendList")
        self.view.setAccessibleName(self.tr("Concepts of the comparison"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(LegendDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(False)
        self.view.setIconSize(QSize(30, 16))
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.concept_clicked.connect(self._activated)

        self.passages = QCheckBox(self.tr("Mark &shared wording"), self)
        self.passages.setChecked(True)
        self.passages.setToolTip(self.tr("Overline runs of six or more words found in both texts"))
        self.passages.toggled.connect(self.passages_toggled)
        self.key = QLabel(self)
        self.key.setObjectName("compareKey")
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.passages)
        layout.addWidget(self.key)

        self.set_changes_mode(False)
        self._wanted = True  # the user's choice
        self._narrow = False  # a narrow view hides the legend without changing that choice

    def want(self, visible: bool) -> None:
        """The user's remembered choice: shown unless the view is narrow."""
        self._wanted = visible
        self._show(visible and not self._narrow)

    def toggle(self, visible: bool) -> bool:
        """The Concepts button; True when this is a choice to remember (a wide view)."""
        if not self._narrow:
            self._wanted = visible
        self._show(visible)
        return not self._narrow

    def set_narrow(self, narrow: bool) -> None:
        if narrow != self._narrow:
            self._narrow = narrow
            self._show(self._wanted and not narrow)

    def _show(self, visible: bool) -> None:
        self.setVisible(visible)
        self.shown.emit(visible)

    def set_changes_mode(self, on: bool) -> None:
        """While the changes are shown, concept colours are off (jumping still works)."""
        self.passages.setEnabled(not on)
        if on:
            text = self.tr(
                "Showing changes: concept colours are off. Click a concept to go to its next "
                "occurrence on both sides."
            )
        else:
            text = self.tr(
                "Click a concept to go to its next occurrence on both sides; untick it to hide "
                "its colour. Numbers: mentions on the left | right."
            )
        self.hint.setText(text)

    def set_key(self, key_html: str) -> None:
        self.key.setText(key_html)

    def select(self, concept_id: str) -> None:
        row = self.model.row_of(concept_id)
        if row >= 0:
            index = self.model.index(row)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is not None:
            self.concept_activated.emit(entry.concept.id)
