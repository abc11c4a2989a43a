"""The search panel: a box that searches as you type, filters, and the hits.

Typing restarts a short timer; when it fires the panel emits `search_requested`
with a `SearchRequest`. The search itself runs elsewhere (a worker thread the
main window owns) and comes back through `show_results`, tagged with the
request's generation so a slow, stale answer never replaces a newer one.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ictviewer.corpus.model import Corpus
from ictviewer.search.results import Hit, SearchResults
from ictviewer.ui.labels import hits_count
from ictviewer.ui.search.filters import SearchFilters
from ictviewer.ui.search.hit_list import HitDelegate, HitList
from ictviewer.ui.search.model import SearchResultsModel
from ictviewer.ui.search.notices import query_notice
from ictviewer.ui.search.service import SEARCH_LIMIT, SearchRequest
from ictviewer.ui.search.summary import ResultSummary
from ictviewer.ui.zoom import apply_zoom

DEBOUNCE_MS = 150
# "Did you mean" walks the vocabulary by edit distance (12-20 ms): asked for only
# when a query found nothing and the user has stopped typing for this long.
SUGGEST_AFTER_MS = 600


class SearchPanel(QWidget):
    search_requested = Signal(object)  # SearchRequest
    open_provision_requested = Signal(str, str, str)  # doc id, provision id, language
    selection_add_requested = Signal(list)  # [(doc id, provision id)] of hits to select
    results_changed = Signal(object)  # the SearchResults shown, None when cleared

    def __init__(self, corpus: Corpus, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._generation = 0
        self._suggested = -1  # the generation of the last request that asked for a correction
        self._ready = False
        self._limit = SEARCH_LIMIT  # hits asked for: grows by SEARCH_LIMIT with "Show more"
        self._keep_row = -1  # the list's row to keep when more hits of the same query come
        self._opened = -1  # the row of the hit last opened, for "hit 2 of N"
        self._count_text = ""
        self.model = SearchResultsModel(self)
        self.model.modelReset.connect(lambda: self.results_changed.emit(self.model.results))

        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Search all documents (Ctrl+K)"))
        self.box.setAccessibleName(self.tr("Search"))
        self.box.setToolTip(
            self.tr(
                'Words must all match. Use "exact phrases", OR, NOT, prefix*, and '
                "org:, doc:, lang:, year: inside the query."
            )
        )
        self.box.textEdited.connect(lambda _text: self.search_soon())
        self.box.installEventFilter(self)
        self.box.returnPressed.connect(self._return_pressed)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(SUGGEST_AFTER_MS)
        self.pause.timeout.connect(lambda: self.search_now(suggest=True))

        self.filters = SearchFilters(corpus, self)
        self.filters.changed.connect(self.search_soon)
        f = self.filters
        self.organisation, self.document, self.language = f.organisation, f.document, f.language
        self.date_from, self.date_to = f.date_from, f.date_to

        self.summary = ResultSummary(self)
        self.summary.concepts_toggled.connect(lambda _on: self.search_soon())
        self.summary.suggestion_chosen.connect(self._suggestion_chosen)
        r = self.summary
        self.count, self.suggestion, self.details = r.count, r.suggestion, r.details
        self.details_button, self.concepts_button = r.details_button, r.concepts_button

        self.list = HitList(self)
        self.list.setObjectName("hitList")
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.list.add_requested.connect(self.selection_add_requested)
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("moreHits")
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more_button.setAccessibleName(self.tr("Show more hits"))
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.box)
        layout.addWidget(self.filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.setFocusProxy(self.box)
        order = [self.box, *self.filters.widgets(), self.concepts_button, self.details_button]
        order.extend([self.list, self.more_button])
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._show_hint()

    def eventFilter(self, watched, event) -> bool:
        """Down in the search box goes to the hits, as in a browser's address bar."""
        if (
            watched is self.box
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.list.currentIndex().isValid():
                self.list.setCurrentIndex(self.model.index(0))
            return True
        return super().eventFilter(watched, event)

    # -- requests ----------------------------------------------------------------------------

    def search_soon(self) -> None:
        self.pause.stop()
        self.timer.start()

    def _return_pressed(self) -> None:
        if self.timer.isActive():
            self.search_now(suggest=True)  # Enter: the user has finished typing
        elif self.model.rowCount():
            self.go_to_hit(0)

    def request(self, suggest: bool = False) -> SearchRequest:
        return SearchRequest(
            generation=self._generation,
            query=self.box.text().strip(),
            suggest=suggest,
            expand_concepts=self.concepts_button.isChecked(),
            limit=self._limit,
            **self.filters.values(),
        )

    def show_more(self) -> None:
        """The next SEARCH_LIMIT hits of the same query, the list staying where it was.

        The query is searched again with a larger limit rather than paged: scoring the
        corpus costs milliseconds, and one ranking keeps the order of the hits stable.
        """
        results = self.model.results
        if results is None or len(results.hits) >= results.total:
            return
        self._limit = len(results.hits) + SEARCH_LIMIT
        self._keep_row = max(self.list.currentIndex().row(), 0)
        self.timer.stop()
        self.pause.stop()
        self._generation += 1
        self.search_requested.emit(self.request())

    def search_now(self, suggest: bool = False) -> None:
        """Search what is typed now; `suggest` also asks for "did you mean"."""
        self.timer.stop()
        self.pause.stop()
        self._limit = SEARCH_LIMIT  # a new search starts with the best fifty again
        self._keep_row = -1
        self._generation += 1
        if suggest:
            self._suggested = self._generation  # its answer must not ask again
        request = self.request(suggest)
        if not request.query:
            self.model.set_results(None)
            self.more_button.hide()
            self._show_hint()
            return
        if not self._ready:
            self.count.setText(self.tr("Preparing the search index…"))
        self.search_requested.emit(request)

    @property
    def generation(self) -> int:
        return self._generation

    def set_ready(self, ready: bool) -> None:
        self._ready = ready

    def set_unavailable(self, message: str) -> None:
        """The index could not be opened or built: say so where the hit count goes."""
        self.count.setText(self.tr("Search is unavailable: {0}").format(message))

    # -- answers -----------------------------------------------------------------------------

    def show_results(self, generation: int, results: SearchResults) -> None:
        if generation != self._generation:
            return  # an answer to an older request; a newer one is on its way
        if results.total == 0 and generation != self._suggested and not self.timer.isActive():
            self.pause.start()  # nothing found: offer a correction once typing pauses
        keep, self._keep_row = self._keep_row, -1
        if keep < 0:
            self._opened = -1
        self.model.set_results(results)
        shown, total = len(results.hits), results.total
        filters = self.filters.describe() if total == 0 else []
        if filters:  # say what narrowed the search: the usual reason for "nothing"
            named = " · ".join(filters)
            self.list.set_placeholder(
                self.tr(
                    "Nothing matches within {0}.\n\nSet the filters back to “Any” to "
                    "search every document, language and date."
                ).format(named)
            )
        else:
            self.list.set_placeholder(self.tr("Nothing matches. Try fewer words, a prefix* or OR."))
        if filters:
            text = self.tr("No hits within {0}").format(" · ".join(filters))
        elif total == 0:
            text = self.tr("No hits")
        elif shown < total:
            text = self.tr("%n hits, showing the best {0}", "", total).format(shown)
        else:
            text = hits_count(total)
        if notice := query_notice(results):
            text += f" · {notice}"
        self._count_text = text
        self._show_count()
        if shown < total:
            more = min(SEARCH_LIMIT, total - shown)
            self.more_button.setText(self.tr("Show {0} more of {1}").format(more, total))
            self.more_button.show()
        else:
            self.more_button.hide()
        self.summary.show_suggestion(results.suggestion)
        self._update_details()
        if shown and keep >= 0:  # more hits of the same query: stay where the user was
            self.list.setCurrentIndex(self.model.index(min(keep, shown - 1)))
            self.list.scrollTo(self.list.currentIndex())
        elif shown:
            self.list.setCurrentIndex(self.model.index(0))
            self.list.scrollToTop()

    def _show_count(self) -> None:
        """The count line, with "hit 2 of 124" once a hit is opened (F3 shows the way)."""
        results = self.model.results
        text = self._count_text
        if results is not None and 0 <= self._opened < len(results.hits):
            text += " · " + self.tr("hit {0} of {1}").format(self._opened + 1, results.total)
        self.count.setText(text)

    def show_error(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.model.set_results(None)
        self.more_button.hide()
        self.count.setText(message)
        self.suggestion.hide()

    def _show_hint(self) -> None:
        self.count.setText(self.tr("Type to search every document and language"))
        self.list.set_placeholder(
            self.tr(
                "Type words to find them in every document and language.\n\n"
                '"exact phrase"   ·   word OR word   ·   NOT word   ·   prefix*\n'
                "org:CSTO   ·   lang:ru   ·   year:2022\n\n"
                "Enter opens the first hit; F3 and Shift+F3 move through the hits."
            )
        )
        self.suggestion.hide()
        self._update_details()

    def _update_details(self) -> None:
        self.summary.show_details(self.model.results)

    def _suggestion_chosen(self, text: str) -> None:
        self.box.setText(text)
        self.search_now()

    # -- hits --------------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            hit: Hit = self.model.hit(index.row())
            self._opened = index.row()
            self._show_count()
            self.open_provision_requested.emit(hit.doc_id, hit.provision_id, hit.lang)

    def go_to_hit(self, row: int) -> bool:
        if not 0 <= row < self.model.rowCount():
            return False
        index = self.model.index(row)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        self._activated(index)
        return True

    def current_hit(self) -> Hit | None:
        """The hit under the list's cursor (the one "Add hit to selection" adds)."""
        row = self.list.currentIndex().row()
        return self.model.hit(row) if 0 <= row < self.model.rowCount() else None

    def add_current_to_selection(self) -> None:
        """Ask for the hit under the cursor to be added to the selection."""
        hit = self.current_hit()
        if hit is not None:
            self.selection_add_requested.emit([(hit.doc_id, hit.provision_id)])

    def add_all_to_selection(self) -> None:
        """Ask for every hit shown to be added to the selection."""
        refs = self.list.refs()
        if refs:
            self.selection_add_requested.emit(refs)

    def next_hit(self) -> bool:
        count = self.model.rowCount()
        if not count:
            return False
        current = self.list.currentIndex().row()
        return self.go_to_hit((current + 1) % count if current >= 0 else 0)

    def previous_hit(self) -> bool:
        count = self.model.rowCount()
        if not count:
            return False
        current = self.list.currentIndex().row()
        return self.go_to_hit((current - 1) % count if current >= 0 else count - 1)

    def set_zoom(self, zoom: int) -> None:
        """The hit list at the reader's zoom (the query box and filters stay as they are)."""
        apply_zoom(zoom, self.list)

    @property
    def query(self) -> str:
        results = self.model.results
        return results.query if results is not None else self.box.text().strip()

    # -- state -------------------------------------------------------------------------------

    def state(self) -> dict[str, str]:
        return {"search/query": self.box.text(), **self.filters.state()}

    def restore(self, state: dict[str, str]) -> None:
        self.filters.restore(state)
        self.box.setText(state.get("search/query", ""))
