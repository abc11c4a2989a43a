"""The library panel: every document in a sortable, filterable table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ictviewer.corpus.library import is_user_document
from ictviewer.corpus.model import Corpus
from ictviewer.ui.labels import documents_count, kind_name
from ictviewer.ui.library.model import DOC_ID_ROLE, LibraryFilter, LibraryModel


class LibraryPanel(QWidget):
    """Lists the corpus; Enter or a double click asks to open a document."""

    open_document_requested = Signal(str)
    compare_requested = Signal(str, str)  # left doc id, right doc id
    timeline_requested = Signal(str)  # doc id
    # the user's own documents only (the core refuses bundled ones too)
    edit_requested = Signal(str)  # doc id
    remove_requested = Signal(str)  # doc id
    current_document_changed = Signal(str)  # doc id, "" when no row is current

    def __init__(self, corpus: Corpus, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.corpus = corpus
        self.model = LibraryModel(corpus, self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_text = QLineEdit(self)
        self.filter_text.setPlaceholderText(self.tr("Filter by title…"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.setAccessibleName(self.tr("Filter documents by title"))
        self.filter_text.textChanged.connect(lambda text: self.proxy.set_filters(text=text))

        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(self.tr("Filter by organisation"))
        self.organisation.addItem(self.tr("All organisations"), "")
        for name in corpus.organisations():
            self.organisation.addItem(name, name)
        self.organisation.currentIndexChanged.connect(self._filters_changed)

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Filter by kind"))
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in sorted({d.kind for d in corpus}):
            self.kind.addItem(kind_name(kind), kind)
        self.kind.currentIndexChanged.connect(self._filters_changed)

        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Filter by year"))
        self.year.addItem(self.tr("All years"), 0)
        for year in sorted({d.date.start.year for d in corpus}, reverse=True):
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(self._filters_changed)

        for combo in (self.organisation, self.kind, self.year):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(3)
        # Narrow minimums let the window share half of a 1366 px screen with a draft
        # (issue #13); the filters grow back with the window.
        self.filter_text.setMinimumWidth(40)

        self.table = QTableView(self)
        self.table.setObjectName("libraryTable")
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LibraryModel.DATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LibraryModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (LibraryModel.ORGANISATION, LibraryModel.DATE, LibraryModel.KIND,
                       LibraryModel.STATUS):  # fmt: skip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_document_changed.emit(
                current.data(DOC_ID_ROLE) or ""
            )
        )

        self.count = QLabel(self)
        self.count.setObjectName("panelHint")
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        heading = QLabel(self.tr("Library"), self)
        heading.setObjectName("sectionTitle")
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(heading)
        filters.addWidget(self.filter_text, 2)
        filters.addWidget(self.organisation, 1)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.year, 1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 0)
        layout.setSpacing(4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self._update_count()
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _filters_changed(self) -> None:
        self.proxy.set_filters(
            organisation=self.organisation.currentData(),
            kind=self.kind.currentData(),
            year=self.year.currentData(),
        )
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(documents_count(total))
        else:
            self.count.setText(self.tr("{0} of %n documents", "", total).format(shown))

    def _activated(self, index: QModelIndex) -> None:
        doc_id = index.data(DOC_ID_ROLE)
        if doc_id:
            self.open_document_requested.emit(doc_id)

    def context_menu(self, doc_id: str) -> QMenu:
        """Open, compare, find on the timeline; edit or remove one's own (caller deletes it)."""
        menu = QMenu(self.table)
        menu.addAction(self.tr("&Open"), lambda: self.open_document_requested.emit(doc_id))
        compare = menu.addMenu(self.tr("Co&mpare with"))
        compare.setObjectName("compareWithMenu")
        for document in self.corpus:
            if document.id != doc_id:
                action = compare.addAction(document.short_title)
                action.setData(document.id)
                action.triggered.connect(
                    lambda _on=False, other=document.id: self.compare_requested.emit(doc_id, other)
                )
        menu.addAction(self.tr("Show on &timeline"), lambda: self.timeline_requested.emit(doc_id))
        document = self.corpus.get(doc_id)
        if document is not None and is_user_document(document):
            menu.addSeparator()
            menu.addAction(self.tr("&Edit Details…"), lambda: self.edit_requested.emit(doc_id))
            menu.addAction(self.tr("&Remove…"), lambda: self.remove_requested.emit(doc_id))
        return menu

    def current_document(self) -> str:
        """The id of the document whose row is current, or ""."""
        return self.table.currentIndex().data(DOC_ID_ROLE) or ""

    def _context_menu(self, point: QPoint) -> None:
        doc_id = self.table.indexAt(point).data(DOC_ID_ROLE)
        if doc_id:
            menu = self.context_menu(doc_id)
            menu.exec(self.table.viewport().mapToGlobal(point))
            menu.deleteLater()

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(row, 0).data(DOC_ID_ROLE) for row in range(self.proxy.rowCount())]

    def select(self, doc_id: str) -> None:
        row = self.model.row_of(doc_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.setCurrentIndex(index)

    def sort_state(self) -> list[str]:
        header = self.table.horizontalHeader()
        return [str(header.sortIndicatorSection()), str(header.sortIndicatorOrder().value)]

    def restore_sort(self, state: list[str]) -> None:
        try:
            column, order = int(state[0]), Qt.SortOrder(int(state[1]))
        except (IndexError, ValueError):
            return
        if 0 <= column < self.model.columnCount():
            self.table.sortByColumn(column, order)
