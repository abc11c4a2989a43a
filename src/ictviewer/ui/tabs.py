"""The open documents and comparisons, one tab each, on the right of the window.

`DocumentTabs` is handed the corpus, the concept lexicon and the settings. It
opens readers and compare views and keeps their appearance in step; closing,
reopening and the saved session are its mixin's (`tabs_session.py`). What a tab
asks of the rest of the window (tick a provision, show the timeline, zoom, a
message) it re-emits as its own signals with plain ids, so `MainWindow` connects
every feature in one place.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from ictviewer.compare import Lexicon
from ictviewer.corpus.model import Corpus, Document
from ictviewer.export.citation import CitationStyle
from ictviewer.search.matching import match_spans
from ictviewer.ui import theme
from ictviewer.ui.browser import DEFAULT_FONT, PageFont
from ictviewer.ui.compare import CompareView
from ictviewer.ui.plain import literal
from ictviewer.ui.precedents import PrecedentsView
from ictviewer.ui.preferences import ExportDefaults
from ictviewer.ui.reader.html import SIDE_BY_SIDE, Spans
from ictviewer.ui.reader.view import ReaderView
from ictviewer.ui.settings import Settings
from ictviewer.ui.tabs_session import TabsSession


class DocumentTabs(TabsSession, QTabWidget):
    """Readers and comparisons in tabs; `open_document`, `open_comparison`, `open_provision`."""

    # What a reader or a comparison asks of the other features.
    open_provision_requested = Signal(str, str)  # doc id, provision id (from a comparison)
    selection_toggle_requested = Signal(str, str)  # doc id, provision id
    section_selection_requested = Signal(str, list)  # doc id, provision ids of a section
    selection_add_requested = Signal(list)  # [(doc id, provision id)]
    timeline_requested = Signal(str)  # doc id
    compare_requested = Signal(str, str)  # left doc id, right doc id
    precedents_requested = Signal(str)  # a reader's selected text, to look up as a draft
    zoom_requested = Signal(int)  # +1 / -1
    focus_requested = Signal(bool)  # a Focus button: hide (or bring back) the side panes
    status_message = Signal(str, int)  # text, milliseconds
    # What changed here, for the window and the docks.
    reader_opened = Signal(str)  # doc id: a new reader wants its ticks
    current_document_changed = Signal(str)  # the doc id being read, "" for none
    title_changed = Signal(str)  # the current tab's label, "" when none is open
    tabs_changed = Signal()  # a tab was opened or closed
    comparison_opened = Signal(str, str)  # a new compare tab: left, right doc ids
    link_followed = Signal(str)  # doc id: a reader's link to another document was clicked

    def __init__(
        self, corpus: Corpus, lexicon: Lexicon, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.lexicon = lexicon
        self.settings = settings
        self._titles = {d.id: d.short_title for d in corpus}
        self.query = ""  # the search's query: its matches are marked in comparisons
        self._expanded = False  # whether that query's concepts were searched across languages
        self.focus_mode = False  # the window's: the tabs' Focus buttons show it
        self.closed: list[str] = []  # entries of the tabs closed, the last one last
        # The user's preferences for every tab (`set_preferences`), new ones included.
        self.font = DEFAULT_FONT
        self.citation_style = CitationStyle()
        self.export_defaults: ExportDefaults | None = None
        self.setObjectName("documentTabs")
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.setAccessibleName(self.tr("Open documents"))
        self.tabCloseRequested.connect(self.close_tab)
        self.currentChanged.connect(self._current_changed)

    # -- what is open ------------------------------------------------------------------------

    def reader(self, index: int | None = None) -> ReaderView | None:
        widget = self.widget(self.currentIndex() if index is None else index)
        return widget if isinstance(widget, ReaderView) else None

    def readers(self) -> list[ReaderView]:
        return [r for i in range(self.count()) if (r := self.reader(i)) is not None]

    def comparisons(self) -> list[CompareView]:
        return [v for i in range(self.count()) if isinstance(v := self.widget(i), CompareView)]

    def current_comparison(self) -> CompareView | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, CompareView) else None

    def current_document(self) -> str:
        reader = self.reader()
        return reader.document.id if reader is not None else ""

    # -- readers -----------------------------------------------------------------------------

    def open_document(self, doc_id: str, activate: bool = True) -> ReaderView | None:
        """The reader of `doc_id` (the open one, or a new tab); None for an unknown id."""
        for reader in self.readers():
            if reader.document.id == doc_id:
                if activate:
                    self.setCurrentWidget(reader)
                return reader
        document = self.corpus.get(doc_id)
        if document is None:
            self.status_message.emit(self.tr("No document “{0}” in the corpus").format(doc_id), 0)
            return None
        reader = ReaderView(document, self._titles, self)
        reader.open_document_requested.connect(self.link_followed)  # the window opens it
        reader.copy_citation_requested.connect(reader.copy_with_citation)
        reader.zoom_requested.connect(self.zoom_requested)
        reader.status_message.connect(lambda text: self.status_message.emit(text, 6000))
        reader.selection_toggle_requested.connect(self.selection_toggle_requested)
        reader.section_selection_requested.connect(self.section_selection_requested)
        reader.timeline_requested.connect(self.timeline_requested)
        reader.compare_requested.connect(self.compare_requested)
        reader.focus_requested.connect(self.focus_requested)
        reader.set_focus_checked(self.focus_mode)
        reader.precedents_requested.connect(self.precedents_requested)
        state = self.settings.get("window/reader_splitter")
        if state:
            reader.splitter.restoreState(state)
        reader.contents.setVisible(self.settings.get("preferences/show_contents"))
        reader.citation_style = self.citation_style
        reader.set_font(self.font, rerender=False)
        reader.set_appearance(
            theme.current_scheme(),
            self.settings.zoom,
            self.settings.get("preferences/parallel_layout"),
        )
        index = self.addTab(reader, document.short_title)
        self.setTabToolTip(index, literal(document.title))
        self.reader_opened.emit(doc_id)
        if activate:
            self.setCurrentIndex(index)
        self.tabs_changed.emit()
        return reader

    def open_provision(
        self, doc_id: str, provision_id: str, lang: str = "", query: str = ""
    ) -> ReaderView | None:
        """Open a document at a provision, every match of `query` in it highlighted."""
        reader = self.open_document(doc_id)
        if reader is None:
            return None
        if lang and reader.layout_mode not in (SIDE_BY_SIDE, lang):
            reader.set_layout(SIDE_BY_SIDE, rerender=False)
        lexicon = self.lexicon if self._expanded and query == self.query else None
        reader.highlight_query = query
        reader.show_provision(provision_id, query_spans(reader.document, query, lexicon))
        return reader

    def _follow_query(self, reader: ReaderView) -> None:
        """A reader marking an older query's matches marks the current query's (or none)."""
        if reader.highlight_query and reader.highlight_query != self.query:
            lexicon = self.lexicon if self._expanded else None
            reader.set_highlights(self.query, query_spans(reader.document, self.query, lexicon))

    def set_results(self, results) -> None:
        """The hit list changed (None when cleared): comparisons mark the query's matches."""
        self.query = query = results.query if results is not None else ""
        # Mark what the search found: with the concept expansions it used, if any.
        self._expanded = bool(results is not None and results.concepts)
        for view in self.comparisons():
            view.set_match_query(query)
        # The reader in front follows now; the others when they come to the front (a
        # re-render each per answer of search-as-you-type would be paid for nothing).
        if (reader := self.reader()) is not None:
            self._follow_query(reader)

    def set_ticks(self, doc_id: str, provision_ids: set[str]) -> None:
        """Draw the selection's ticks in the reader of `doc_id`, if it is open."""
        for reader in self.readers():
            if reader.document.id == doc_id:
                reader.set_selected(provision_ids)

    def copy_with_citation(self) -> str | None:
        reader = self.reader()
        return reader.copy_with_citation() if reader is not None else None

    def set_contents_visible(self, visible: bool) -> None:
        for reader in self.readers():
            reader.contents.setVisible(visible)

    def remember_reader_splitter(self, widget: QWidget | None = None) -> None:
        widget = self.currentWidget() if widget is None else widget
        if isinstance(widget, ReaderView) and widget.contents.isVisible():
            self.settings.set("window/reader_splitter", widget.splitter.saveState())

    # -- comparisons -------------------------------------------------------------------------

    def open_comparison(self, left: str, right: str, activate: bool = True) -> CompareView | None:
        """A compare tab for the pair (the one already open, if any); None for an unknown id."""
        for view in self.comparisons():
            if view.documents() == (left, right):
                if activate:
                    self.setCurrentWidget(view)
                return view
        view = CompareView(self.corpus, self.lexicon, self)
        if not view.set_documents(left, right):
            view.shutdown()
            view.deleteLater()
            missing = left if self.corpus.get(left) is None else right
            self.status_message.emit(self.tr("No document “{0}” in the corpus").format(missing), 0)
            return None
        view.open_provision_requested.connect(self.open_provision_requested)
        view.selection_add_requested.connect(
            lambda doc_id, pid: self.selection_add_requested.emit([(doc_id, pid)])
        )
        view.zoom_requested.connect(self.zoom_requested)
        view.status_message.connect(lambda text: self.status_message.emit(text, 6000))
        view.pair_changed.connect(lambda *_ids: self._retitle(view))
        view.pair_requested.connect(self.open_pair)
        view.focus_requested.connect(self.focus_requested)
        view.legend_toggled.connect(
            lambda visible: self.settings.set("preferences/compare_legend", visible)
        )
        view.set_legend_visible(self.settings.get("preferences/compare_legend"))
        view.set_focus_checked(self.focus_mode)
        view.font = self.font
        view.set_appearance(theme.current_scheme(), self.settings.zoom)
        view.set_match_query(self.query)
        index = self.addTab(view, "")
        self._retitle(view)
        if activate:
            self.setCurrentIndex(index)
        self.tabs_changed.emit()
        self.comparison_opened.emit(left, right)
        return view

    def open_pair(self, left: str, right: str, concept_id: str = "") -> CompareView | None:
        """A pair chosen in a concept matrix: its own tab, at `concept_id` when given.

        Never in the tab it was chosen from, so the comparison the user was reading
        (its scroll, its hidden concepts) is still there to come back to.
        """
        view = self.open_comparison(left, right)
        if view is not None:
            view.show_side_by_side()
            view.show_concept(concept_id)
        return view

    def set_focus_mode(self, on: bool) -> None:
        """The window entered or left focus mode: every tab's Focus button follows."""
        self.focus_mode = on
        for reader in self.readers():
            reader.set_focus_checked(on)
        for view in self.comparisons():
            view.set_focus_checked(on)

    def compare_current(self) -> CompareView | None:
        """The current document (or the comparison's left one) beside the next in the corpus."""
        ids = [d.id for d in self.corpus]
        if not ids:
            return None
        current = self.currentWidget()
        if isinstance(current, CompareView):
            left = current.documents()[0]
        else:
            left = self.current_document() or ids[0]
        return self.open_comparison(left, ids[(ids.index(left) + 1) % len(ids)])

    def _retitle(self, view: CompareView) -> None:
        index = self.indexOf(view)
        documents = [self.corpus.get(doc_id) for doc_id in view.documents()]
        if index < 0 or None in documents:
            return
        left, right = documents
        self.setTabText(index, self.tr("{0} ↔ {1}").format(left.short_title, right.short_title))
        self.setTabToolTip(index, literal(f"{left.title}\n↔\n{right.title}"))
        if index == self.currentIndex():
            self.title_changed.emit(self.tabText(index))

    # -- precedents --------------------------------------------------------------------------

    def precedents(self) -> PrecedentsView | None:
        """The Precedents tab, if open (there is one at most: its index is built once)."""
        return next(
            (w for i in range(self.count()) if isinstance(w := self.widget(i), PrecedentsView)),
            None,
        )

    def open_precedents(self, text: str = "") -> PrecedentsView:
        """The Precedents tab, brought to the front; `text`, if any, becomes its draft.

        One tab, re-used: its index is built once, and a draft being worked on stays
        (an empty `text` leaves it as it was).
        """
        view = self.precedents()
        if view is None:
            view = PrecedentsView(self.corpus, self.lexicon, self)
            view.open_provision_requested.connect(self.open_provision_requested)
            view.selection_add_requested.connect(self.selection_add_requested)
            view.status_message.connect(self.status_message)
            self._prefer(view)
            view.set_appearance(theme.current_scheme(), self.settings.zoom)
            index = self.addTab(view, self.tr("Precedents"))
            self.setTabToolTip(index, self.tr("Which agreed texts already hold a draft's wording"))
            self.tabs_changed.emit()
        self.setCurrentWidget(view)
        if text.strip():
            view.set_draft(text)
        view.focus_draft()
        return view

    # -- tabs --------------------------------------------------------------------------------

    def step(self, step: int) -> None:
        if self.count():
            self.setCurrentIndex((self.currentIndex() + step) % self.count())

    def _current_changed(self, index: int) -> None:
        if (reader := self.reader(index)) is not None:
            self._follow_query(reader)
        self.title_changed.emit(self.tabText(index) if index >= 0 else "")
        self.current_document_changed.emit(self.current_document())

    def set_appearance(self, scheme: str, zoom: int) -> None:
        for reader in self.readers():
            reader.set_appearance(scheme, zoom)
        for view in self.comparisons():
            view.set_appearance(scheme, zoom)
        if (precedents := self.precedents()) is not None:
            precedents.set_appearance(scheme, zoom)

    def set_preferences(self, font: PageFont, style: CitationStyle, export: ExportDefaults) -> None:
        """The user's reading font, citation style and export defaults, for every tab."""
        self.font, self.citation_style, self.export_defaults = font, style, export
        for reader in self.readers():
            reader.citation_style = style
            reader.set_font(font)
        for view in self.comparisons():
            view.set_font(font)
        if (precedents := self.precedents()) is not None:
            self._prefer(precedents)

    def _prefer(self, view: PrecedentsView) -> None:
        view.citation_style = self.citation_style
        view.set_font(self.font)
        if self.export_defaults is not None:
            view.printer.defaults = self.export_defaults

    def shutdown(self) -> None:
        for view in self.comparisons():
            view.shutdown()
        if (precedents := self.precedents()) is not None:
            precedents.shutdown()


def query_spans(document: Document, query: str, lexicon: Lexicon | None = None) -> Spans:
    """Where `query` matches in each language version of each provision of `document`
    (with `lexicon`, also the words of the concepts the query names, as the search found)."""
    spans: Spans = {}
    if not query.strip():
        return spans
    for provision in document.provisions:
        for lang, text in provision.versions().items():
            found = match_spans(query, text, lang, lexicon)
            if found:
                spans[(provision.id, lang)] = found
    return spans
