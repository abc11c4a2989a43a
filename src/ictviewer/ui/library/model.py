"""The library: one row per document, sortable and filterable (model/view, no hand-built rows)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ictviewer.corpus.model import Corpus, Document
from ictviewer.ui import theme
from ictviewer.ui.labels import (
    interface_date,
    interface_short_date,
    kind_name,
    language_name,
    precision_note,
    status_name,
)
from ictviewer.ui.plain import literal

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractTableModel):
    TITLE, ORGANISATION, DATE, KIND, STATUS = range(5)

    def __init__(self, corpus: Corpus, parent=None) -> None:
        super().__init__(parent)
        self._documents: list[Document] = list(corpus)

    def headers(self) -> list[str]:
        return [self.tr("Title"), self.tr("Organisation"), self.tr("Date"), self.tr("Kind"),
                self.tr("Status")]  # fmt: skip

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def document(self, row: int) -> Document:
        return self._documents[row]

    def row_of(self, doc_id: str) -> int:
        for row, document in enumerate(self._documents):
            if document.id == doc_id:
                return row
        return -1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        document = self._documents[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(document, column)
        if role == SORT_ROLE:
            return self._sort_key(document, column)
        if role == DOC_ID_ROLE:
            return document.id
        if role == DOCUMENT_ROLE:
            return document
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(self._tooltip(document, column))
        if role == Qt.ItemDataRole.FontRole and document.is_draft and column in (0, 4):
            font = QFont()
            font.setItalic(True)
            font.setBold(column == 4)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and document.is_draft and column == 4:
            return QColor(theme.reader_colours(theme.current_scheme()).draft)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(document, column)
        return None

    def _display(self, document: Document, column: int) -> str:
        if column == self.TITLE:
            # an imported document is the user's own: say so where they look for it
            mine = " " + self.tr("(yours)") if document.origin == "user" else ""
            return document.short_title + mine
        if column == self.ORGANISATION:
            return document.organisation
        if column == self.DATE:
            return interface_short_date(document.date)
        if column == self.KIND:
            return kind_name(document.kind)
        status = status_name(document.status)
        return f"● {status}" if document.is_draft else status

    def _sort_key(self, document: Document, column: int):
        if column == self.DATE:
            return document.date.start.isoformat()
        return self._display(document, column).lstrip("● ").lower()

    def _tooltip(self, document: Document, column: int) -> str:
        if column == self.DATE:
            text = interface_date(document.date)
            if note := precision_note(document.date.precision):
                text += f" ({note})"
            return text + (f"\n{document.date_note}" if document.date_note else "")
        languages = ", ".join(language_name(code) for code in document.languages)
        return f"{document.title}\n{document.organisation} · {languages}"


class LibraryFilter(QSortFilterProxyModel):
    """Filters by organisation, kind, year and free text; sorts by the model's SORT_ROLE."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._organisation = ""
        self._kind = ""
        self._year = 0
        self._text = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filters(
        self,
        organisation: str | None = None,
        kind: str | None = None,
        year: int | None = None,
        text: str | None = None,
    ) -> None:
        self.beginFilterChange()
        if organisation is not None:
            self._organisation = organisation
        if kind is not None:
            self._kind = kind
        if year is not None:
            self._year = year
        if text is not None:
            self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        document: Document = self.sourceModel().document(source_row)
        if self._organisation and document.organisation != self._organisation:
            return False
        if self._kind and document.kind != self._kind:
            return False
        if self._year and not (document.date.start.year <= self._year <= document.date.last.year):
            return False
        if self._text:
            haystack = f"{document.short_title} {document.title} {document.id}".lower()
            return all(word in haystack for word in self._text.split())
        return True
