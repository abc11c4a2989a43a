"""The search results as a list model over the core's frozen `SearchResults`."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ictviewer.search.results import Hit, SearchResults
from ictviewer.ui.labels import language_name
from ictviewer.ui.plain import literal

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
HEADING_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex
_TAG = re.compile(r"(</?b>)")


def safe_snippet(snippet: str) -> str:
    """The snippet as rich text where only <b> and </b> can be markup.

    The core already escapes everything else; this re-checks it, so a stray "<"
    from the corpus can never become a tag.
    """
    parts = _TAG.split(snippet)
    return "".join(
        part if part in ("<b>", "</b>") else part.replace("<", "&lt;").replace(">", "&gt;")
        for part in parts
    )


def plain_snippet(snippet: str) -> str:
    return html.unescape(_TAG.sub("", snippet))


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._results: SearchResults | None = None
        self._hits: tuple[Hit, ...] = ()

    @property
    def results(self) -> SearchResults | None:
        return self._results

    def set_results(self, results: SearchResults | None) -> None:
        self.beginResetModel()
        self._results = results
        self._hits = results.hits if results is not None else ()
        self.endResetModel()

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def heading(self, hit: Hit) -> str:
        title = hit.short_title or hit.doc_id
        language = f" · {language_name(hit.lang)}" if hit.lang and hit.lang != "en" else ""
        return f"{title} — {hit.label}{language}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == HEADING_ROLE:
            return self.heading(hit)
        if role == SNIPPET_ROLE:
            return safe_snippet(hit.snippet)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self.heading(hit)}: {plain_snippet(hit.snippet)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(f"{hit.short_title}, {hit.label} ({hit.organisation}, {hit.date})")
        return None
