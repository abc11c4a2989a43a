"""The main window: library and search on the left, open documents on the right.

The panels know nothing of each other: they emit "...requested" signals with
plain ids, and this window alone connects them (see `_connect`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from ictviewer.compare import Lexicon, bundled_lexicon
from ictviewer.corpus.model import Corpus, Document
from ictviewer.ui import session, theme
from ictviewer.ui.actions import Actions
from ictviewer.ui.dialogs.about import AboutDialog
from ictviewer.ui.dialogs.messages import (
    corpus_problems_box,
    shortcuts_dialog,
    unknown_document_warning,
)
from ictviewer.ui.library.panel import LibraryPanel
from ictviewer.ui.library.welcome import WelcomePage
from ictviewer.ui.reader.html import SIDE_BY_SIDE, Spans
from ictviewer.ui.reader.view import ReaderView
from ictviewer.ui.search.panel import SearchPanel
from ictviewer.ui.settings import ZOOM_STEP, Settings, clamp_zoom
from ictviewer.ui.workers import IndexService
from ictviewer.ui.workspace import Workspace

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    index_ready = Signal()
    provision_shown = Signal(str, str)  # doc id, provision id

    def __init__(
        self,
        corpus: Corpus,
        settings: Settings,
        index_dir: str | Path | None = None,
        parent: QWidget | None = None,
        selection_path: str | Path | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.settings = settings
        # The composition root picks the concept lexicon once; every feature is handed it.
        self.lexicon = lexicon if lexicon is not None else bundled_lexicon()
        self.index_service = IndexService(corpus, index_dir, self)
        self.index_state = self.tr("not ready")
        self._titles = {d.id: d.short_title for d in corpus}
        self._shut_down = False
        self.setWindowTitle("ictviewer")
        self.setObjectName("mainWindow")

        self.search = SearchPanel(corpus, self)
        self.library = LibraryPanel(corpus, self)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("documentTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setAccessibleName(self.tr("Open documents"))
        self.welcome = WelcomePage(corpus, self)
        self.reader_area = QStackedWidget(self)
        self.reader_area.addWidget(self.welcome)
        self.reader_area.addWidget(self.tabs)

        # Like a mail client: search on the left, the library above the open documents.
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.setObjectName("rightSplitter")
        self.right.addWidget(self.library)
        self.right.addWidget(self.reader_area)
        self.right.setStretchFactor(1, 1)
        self.right.setCollapsible(1, False)
        self.right.setSizes([230, 600])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.search)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([420, 980])
        self.setCentralWidget(self.splitter)

        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Index build progress"))
        self.progress.hide()
        self.index_label = QLabel(self)
        self.index_label.setAccessibleName(self.tr("Search index state"))
        self.index_label.setTextFormat(Qt.TextFormat.PlainText)
        corpus_label = QLabel(
            self.tr("{0} documents · {1} provisions").format(len(corpus), corpus.provision_count()),
            self,
        )
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.index_label)
        self.statusBar().addPermanentWidget(corpus_label)

        self.commands = Actions(self)
        self.workspace = Workspace(self, selection_path)
        self._connect()
        self.update_reader_area()
        self.resize(1360, 860)

    # -- wiring ------------------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.commands
        a.open_document.triggered.connect(self.show_library)
        a.close_tab.triggered.connect(lambda: self.close_tab(self.tabs.currentIndex()))
        a.quit.triggered.connect(self.close)
        a.copy_citation.triggered.connect(self.copy_with_citation)
        a.find.triggered.connect(self.focus_search)
        a.find_next.triggered.connect(self.search.next_hit)
        a.find_previous.triggered.connect(self.search.previous_hit)
        a.show_search.toggled.connect(self.show_search_panel)
        a.show_library.toggled.connect(self.show_library_pane)
        a.show_contents.toggled.connect(self.show_contents_pane)
        a.zoom_in.triggered.connect(lambda: self.zoom(1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.zoom(0))
        a.next_tab.triggered.connect(lambda: self._step_tab(1))
        a.previous_tab.triggered.connect(lambda: self._step_tab(-1))
        a.theme_group.triggered.connect(lambda action: self.set_theme_mode(action.data()))
        a.about.triggered.connect(self.show_about)
        a.about_qt.triggered.connect(QApplication.aboutQt)
        a.shortcuts_help.triggered.connect(self.show_shortcuts)

        self.search.search_requested.connect(self.index_service.submit)
        self.search.open_provision_requested.connect(self.open_provision)
        self.library.open_document_requested.connect(self.open_document)
        self.welcome.open_document_requested.connect(self.open_document)
        self.index_service.results.connect(self.search.show_results)
        self.index_service.search_failed.connect(self.search.show_error)
        self.index_service.progress.connect(self._index_progress)
        self.index_service.ready.connect(self._index_ready)
        self.index_service.failed.connect(self._index_failed)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._tab_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    def start_index(self) -> None:
        """Open or build the search index off the GUI thread."""
        self.index_state = self.tr("building…")
        self.index_label.setText(self.tr("Search index: preparing…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.index_service.start()

    # -- documents ---------------------------------------------------------------------------

    def reader(self, index: int | None = None) -> ReaderView | None:
        widget = self.tabs.widget(self.tabs.currentIndex() if index is None else index)
        return widget if isinstance(widget, ReaderView) else None

    def readers(self) -> list[ReaderView]:
        return [r for i in range(self.tabs.count()) if (r := self.reader(i)) is not None]

    def open_document(self, doc_id: str, activate: bool = True) -> ReaderView | None:
        for reader in self.readers():
            if reader.document.id == doc_id:
                if activate:
                    self.tabs.setCurrentWidget(reader)
                return reader
        document = self.corpus.get(doc_id)
        if document is None:
            self.statusBar().showMessage(self.tr("No document “{0}” in the corpus").format(doc_id))
            return None
        reader = self._new_reader(document)
        index = self.tabs.addTab(reader, document.short_title)
        self.tabs.setTabToolTip(index, document.title)
        if activate:
            self.tabs.setCurrentIndex(index)
        self.update_reader_area()
        self.library.select(doc_id)
        return reader

    def _new_reader(self, document: Document) -> ReaderView:
        reader = ReaderView(document, self._titles, self)
        reader.open_document_requested.connect(self.open_document)
        reader.zoom_requested.connect(self.zoom)
        reader.copy_citation_requested.connect(self.copy_with_citation)
        reader.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.workspace.attach_reader(reader)
        state = self.settings.get("window/reader_splitter")
        if state:
            reader.splitter.restoreState(state)
        reader.contents.setVisible(self.commands.show_contents.isChecked())
        reader.set_appearance(
            theme.current_scheme(),
            self.settings.zoom,
            self.settings.get("preferences/parallel_layout"),
        )
        return reader

    def open_provision(self, doc_id: str, provision_id: str, lang: str = "") -> None:
        """Open a document at a provision with every match of the current query highlighted."""
        reader = self.open_document(doc_id)
        if reader is None:
            return
        if lang and reader.layout_mode not in (SIDE_BY_SIDE, lang):
            reader.set_layout(SIDE_BY_SIDE, rerender=False)
        reader.show_provision(provision_id, self._spans(reader.document, self.search.query))
        self.provision_shown.emit(doc_id, provision_id)

    def _spans(self, document: Document, query: str) -> Spans:
        index = self.index_service.index
        spans: Spans = {}
        if index is None or not query:
            return spans
        for provision in document.provisions:
            for lang, text in provision.versions().items():
                try:
                    found = index.match_spans(query, text, lang)
                except Exception:
                    log.debug("match_spans failed for %s", provision.id, exc_info=True)
                    continue
                if found:
                    spans[(provision.id, lang)] = list(found)
        return spans

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is None:
            return
        self.remember_reader_splitter(widget)
        self.workspace.closing(widget)
        self.tabs.removeTab(index)
        widget.deleteLater()
        self.update_reader_area()

    def _step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _tab_changed(self, index: int) -> None:
        label = self.tabs.tabText(index) if index >= 0 else ""
        self.setWindowTitle(f"{label} — ictviewer" if label else "ictviewer")

    def update_reader_area(self) -> None:
        self.reader_area.setCurrentWidget(self.tabs if self.tabs.count() else self.welcome)
        self.commands.close_tab.setEnabled(self.tabs.count() > 0)
        self.commands.copy_citation.setEnabled(self.tabs.count() > 0)

    def remember_reader_splitter(self, widget: QWidget | None) -> None:
        if isinstance(widget, ReaderView) and widget.contents.isVisible():
            self.settings.set("window/reader_splitter", widget.splitter.saveState())

    def show_search_panel(self, visible: bool) -> None:
        self.search.setVisible(visible)

    def show_library_pane(self, visible: bool) -> None:
        self.library.setVisible(visible)

    def show_contents_pane(self, visible: bool) -> None:
        self.settings.set("preferences/show_contents", visible)
        for reader in self.readers():
            reader.contents.setVisible(visible)

    # -- commands ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.commands.show_search.setChecked(True)
        self.search.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.box.selectAll()

    def show_library(self) -> None:
        self.commands.show_library.setChecked(True)
        self.library.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def copy_with_citation(self) -> str | None:
        reader = self.reader()
        return reader.copy_with_citation() if reader is not None else None

    def zoom(self, step: int) -> None:
        value = 100 if step == 0 else clamp_zoom(self.settings.zoom + step * ZOOM_STEP)
        self.settings.set("preferences/zoom", value)
        for reader in self.readers():
            reader.set_appearance(theme.current_scheme(), value)
        self.workspace.set_appearance(theme.current_scheme(), value)
        self.statusBar().showMessage(self.tr("Zoom {0}%").format(value), 3000)

    def set_theme_mode(self, mode: str) -> None:
        self.settings.set("preferences/theme", mode)
        self.commands.themes.get(mode, self.commands.themes["system"]).setChecked(True)
        self.apply_theme()

    def apply_theme(self) -> None:
        app = QApplication.instance()
        scheme = theme.resolve(self.settings.theme)
        if app is not None:
            theme.apply(app, scheme)
        for reader in self.readers():
            reader.set_appearance(scheme, self.settings.zoom)
        self.workspace.set_appearance(scheme, self.settings.zoom)
        self.welcome.refresh(scheme)
        self.search.list.viewport().update()

    def _system_scheme_changed(self, *_args) -> None:
        if self.settings.theme == "system":
            self.apply_theme()

    def show_about(self) -> None:
        AboutDialog(self.corpus, self.index_state, self).exec()

    def show_shortcuts(self) -> None:
        shortcuts_dialog(self.actions(), self).exec()

    def show_corpus_problems(self) -> None:
        if self.corpus.problems:
            box = corpus_problems_box(self.corpus.problems, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    # -- index -------------------------------------------------------------------------------

    def _index_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.index_label.setText(
            self.tr("Building the search index… {0} of {1}").format(done, total)
        )

    def _index_ready(self, index) -> None:
        self.progress.hide()
        count = self.corpus.provision_count()
        if getattr(index, "in_memory", False):
            where = self.tr("kept in memory")
            self.index_state = self.tr("ready, in memory")
        else:
            location = _home_relative(str(index.location))
            where = self.tr("index in {0}").format(_home_relative(str(Path(index.location).parent)))
            self.index_state = self.tr("ready, {0}").format(location)
        text = self.tr("Search ready: {0} provisions · {1}").format(count, where)
        notice = getattr(index, "notice", "")
        self.index_label.setText(text)
        self.index_label.setToolTip(notice or self.index_state)
        if notice:
            self.statusBar().showMessage(notice, 15000)
        self.search.set_ready(True)
        self.index_ready.emit()

    def _index_failed(self, message: str) -> None:
        self.progress.hide()
        self.index_state = self.tr("unavailable ({0})").format(message)
        self.index_label.setText(self.tr("Search unavailable: {0}").format(message))
        self.search.count.setText(self.tr("Search is unavailable: {0}").format(message))

    # -- state -------------------------------------------------------------------------------

    def restore_state(
        self,
        open_doc: str | None = None,
        compare: tuple[str, str] | None = None,
        timeline: bool = False,
    ) -> None:
        """Bring back the last session (see `session.py`), then open what the command asks:
        a document, a comparison (`gui --compare LEFT RIGHT`), the timeline (`gui --timeline`)."""
        session.restore(self, open_doc)
        self.workspace.start(compare, timeline)

    def save_state(self) -> None:
        session.save(self)

    def unknown_document(self, doc_id: str) -> None:
        unknown_document_warning(doc_id, [d.id for d in self.corpus], self)

    def shutdown(self) -> None:
        if not self._shut_down:
            self._shut_down = True
            self.save_state()
            self.workspace.shutdown()
            self.index_service.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def _home_relative(path: str) -> str:
    home = str(Path.home())
    return "~" + path[len(home) :] if home != "/" and path.startswith(home + "/") else path
