"""The Selection panel's list: keys for removing and moving, a word when empty, two-line rows."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from ictviewer.ui.browser import paint_placeholder
from ictviewer.ui.selection.model import REF_ROLE, SelectionModel


class SelectionTree(QTreeView):
    """The grouped list; Delete removes, Alt+Up/Down move, and an empty list says why.

    The model is rebuilt after every change of the selection; the highlighted rows
    and the current row are kept across those resets (by reference, not by row).
    """

    remove_requested = Signal()
    shift_requested = Signal(int)

    def __init__(self, model: SelectionModel, parent=None) -> None:
        super().__init__(parent)
        self.placeholder = ""
        self._keep: tuple[list, object] = ([], None)
        self.setModel(model)
        self.setItemDelegate(SelectionDelegate(self))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        model.modelAboutToBeReset.connect(self._remember_rows)
        model.modelReset.connect(self._restore_rows)
        self.expandAll()

    def _remember_rows(self) -> None:
        chosen = [i.data(REF_ROLE) for i in self.selectionModel().selectedIndexes()]
        current = self.currentIndex()
        self._keep = (chosen, current.data(REF_ROLE) if current.isValid() else None)

    def _restore_rows(self) -> None:
        self.expandAll()
        chosen, current = self._keep
        model, selection = self.model(), self.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for ref in chosen:
            index = model.index_of(tuple(ref))
            if index.isValid():
                selection.select(index, flags)
        if current is not None:
            index = model.index_of(tuple(current))
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selectedIndexes():
            self.remove_requested.emit()
            event.accept()
            return
        if modifiers & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.shift_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        paint_placeholder(self, self.placeholder)


class SelectionDelegate(QStyledItemDelegate):
    """A provision in two lines: its label in bold, then the start of its text, muted;
    flagged provisions with the warning icon. Document rows are drawn as usual."""

    PAD = 3

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if not index.parent().isValid():
            return QSize(size.width(), size.height() + 2 * self.PAD)
        lines = option.fontMetrics.lineSpacing() * 2
        return QSize(size.width(), lines + 2 * self.PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not index.parent().isValid():
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # initStyleOption turned the line break into U+2028: split the model's own text.
        label, _, text = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        icon = QIcon(opt.icon)  # a copy: the option holds the same object
        opt.text = ""
        opt.icon = QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect = opt.rect.adjusted(4, self.PAD, -4, -self.PAD)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(group, role)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if foreground is not None and not selected:
            colour = QColor(foreground)
        muted = QColor(colour)
        if not selected and foreground is None:
            muted = opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        if not icon.isNull():
            side = opt.decorationSize.width()
            icon.paint(painter, QRect(rect.left(), rect.top() + 1, side, side))
            rect.setLeft(rect.left() + side + 6)

        painter.save()
        metrics = opt.fontMetrics
        line = metrics.lineSpacing()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(colour)
        first = QRect(rect.left(), rect.top(), rect.width(), line)
        elided = QFontMetrics(bold).elidedText(label, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            first, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided
        )
        painter.setFont(opt.font)
        painter.setPen(muted)
        second = QRect(rect.left(), rect.top() + line, rect.width(), line)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            second, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided
        )
        painter.restore()
