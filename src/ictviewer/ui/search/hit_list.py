"""The hit list: each hit drawn as its document and label, then the snippet with matches marked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ictviewer.ui import theme
from ictviewer.ui.browser import paint_placeholder
from ictviewer.ui.search.model import HEADING_ROLE, HIT_ROLE, SNIPPET_ROLE

PAD_X, PAD_Y, GAP = 8, 6, 3


class HitDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, snippet: str, width: float) -> QTextDocument:
        colours = theme.reader_colours(theme.current_scheme())
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        doc.setDefaultStyleSheet(
            f"b {{ background-color: {colours.mark}; color: {colours.mark_text}; }}"
        )
        doc.setHtml(snippet)
        doc.setTextWidth(max(width, 40.0))
        return doc

    def _text_width(self, option: QStyleOptionViewItem) -> float:
        width = option.rect.width()
        view = option.widget
        if view is not None and hasattr(view, "viewport"):
            width = view.viewport().width()
        return width - 2 * PAD_X

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._text_width(opt)
        doc = self._document(opt, index.data(SNIPPET_ROLE) or "", width)
        heading = QFontMetrics(opt.font).height()
        height = PAD_Y + heading + GAP + doc.size().height() + PAD_Y + 1
        return QSize(int(width + 2 * PAD_X), int(height))

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        opt.text = ""
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colours = theme.reader_colours(theme.current_scheme())
        rect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)

        painter.save()
        heading_font = QFont(opt.font)
        heading_font.setBold(True)
        painter.setFont(heading_font)
        painter.setPen(opt.palette.color(group, text_role) if selected else QColor(colours.accent))
        metrics = QFontMetrics(heading_font)
        heading = metrics.elidedText(
            index.data(HEADING_ROLE) or "", Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            rect.adjusted(0, 0, 0, -(rect.height() - metrics.height())),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            heading,
        )

        doc = self._document(opt, index.data(SNIPPET_ROLE) or "", rect.width())
        painter.translate(QPointF(rect.left(), rect.top() + metrics.height() + GAP))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(group, text_role))
        context.clip = QRectF(0, 0, rect.width(), doc.size().height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight())
        painter.restore()


class HitList(QListView):
    """The result list; when empty it says why (no query yet, no hits) instead of staying blank.

    Its context menu and the Insert key put hits in the selection to print.
    """

    add_requested = Signal(list)  # [(doc id, provision id)]: add these hits to the selection

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.placeholder = ""
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def refs(self, rows: list[int] | None = None) -> list[tuple[str, str]]:
        """(doc id, provision id) of the hits in `rows` (default: every hit)."""
        model = self.model()
        if model is None:
            return []
        rows = range(model.rowCount()) if rows is None else rows
        hits = [model.index(row, 0).data(HIT_ROLE) for row in rows]
        return [(hit.doc_id, hit.provision_id) for hit in hits if hit is not None]

    def context_menu(self, index: QModelIndex) -> QMenu:
        """Open a hit, add it or every hit to the selection (the caller deletes the menu)."""
        menu = QMenu(self)
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is not None:
            menu.addAction(self.tr("&Open"), lambda: self.activated.emit(index))
            add = menu.addAction(self.tr("&Add “{0}” to the selection").format(hit.label))
            add.setShortcut(QKeySequence(Qt.Key.Key_Insert))
            add.triggered.connect(lambda: self.add_requested.emit(self.refs([index.row()])))
        count = self.model().rowCount() if self.model() is not None else 0
        every = menu.addAction(self.tr("Add &all {0} hits to the selection").format(count))
        every.setEnabled(count > 0)
        every.triggered.connect(lambda: self.add_requested.emit(self.refs()))
        return menu

    def _context_menu(self, point: QPoint) -> None:
        menu = self.context_menu(self.indexAt(point))
        menu.exec(self.viewport().mapToGlobal(point))
        menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Insert and self.currentIndex().isValid():
            self.add_requested.emit(self.refs([self.currentIndex().row()]))
            event.accept()
            return
        super().keyPressEvent(event)

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        paint_placeholder(self, self.placeholder)
