"""The main window: library and search on the left, open documents on the right.

The panels know nothing of each other: they emit "...requested" signals with
plain ids, and this window alone connects them (see `_connect`). What the
window does when a command arrives lives in its mixins, one concern each:
`window_session` (layout and tabs saved and restored), `window_focus`,
`window_navigation` (Back/Forward, Go to, Open Recent), `window_preferences`,
`window_appearance` (theme, zoom, language) and `window_documents` (readers,
provisions, the user's own documents).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ictviewer import __version__
from ictviewer.compare import Lexicon, bundled_lexicon
from ictviewer.corpus.model import Corpus
from ictviewer.ui.actions import Actions
from ictviewer.ui.dialogs.about import AboutDialog
from ictviewer.ui.dialogs.messages import (
    corpus_problems_box,
    shortcuts_dialog,
    unknown_document_warning,
)
from ictviewer.ui.history import History
from ictviewer.ui.labels import documents_count, provisions_count
from ictviewer.ui.library.importer import ImportFlow, dropped_file
from ictviewer.ui.library.panel import LibraryPanel
from ictviewer.ui.library.welcome import WelcomePage
from ictviewer.ui.plain import plain_label
from ictviewer.ui.room import (
    MINIMUM_WIDTH,
    Pane,
    PaneHider,
)
from ictviewer.ui.search.panel import SearchPanel
from ictviewer.ui.search.service import IndexService
from ictviewer.ui.search.status import IndexStatus
from ictviewer.ui.selection.dock import SelectionDock
from ictviewer.ui.settings import Settings
from ictviewer.ui.tabs import DocumentTabs
from ictviewer.ui.tabs_session import compare_entry
from ictviewer.ui.timeline.dock import TimelineDock
from ictviewer.ui.window_appearance import WindowAppearance
from ictviewer.ui.window_documents import WindowDocuments
from ictviewer.ui.window_focus import WindowFocus
from ictviewer.ui.window_navigation import WindowNavigation
from ictviewer.ui.window_preferences import WindowPreferences
from ictviewer.ui.window_session import WindowSession


class MainWindow(
    WindowSession,
    WindowFocus,
    WindowNavigation,
    WindowPreferences,
    WindowAppearance,
    WindowDocuments,
    QMainWindow,
):
    index_ready = Signal()
    provision_shown = Signal(str, str)  # doc id, provision id
    # a document was added, edited or removed: the app rebuilds the window on the new
    # library and opens this id ("" for none); see `ui/app.py`'s WindowHost
    library_changed = Signal(str)
    # the user chose another interface language ("system", "en", "ru"): the app installs
    # its catalogue and rebuilds the window, keeping the session (`ui/app.py`)
    language_changed = Signal(str)

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
        self.index_service = IndexService(corpus, self.lexicon, index_dir, self)
        self._shut_down = False
        self.history = History()  # Back/Forward through the places the window opened
        self._navigating = False  # going back or forward: not a new place to record
        self.guide = None  # Help ▸ User Guide, made on first use (`WindowPreferences`)
        self.preferences_dialog = None  # Edit ▸ Preferences… while it is open
        self._show_title("")
        self.setObjectName("mainWindow")

        # The features, each handed what it needs and nothing of the window.
        self.search = SearchPanel(corpus, self)
        self.search.set_zoom(settings.zoom)
        self.library = LibraryPanel(corpus, self)
        self.tabs = DocumentTabs(corpus, self.lexicon, settings, self)
        self.selection = SelectionDock(corpus, settings, selection_path, self)
        self.timeline = TimelineDock(corpus, settings, self)
        self.welcome = WelcomePage(corpus, self)
        self.reader_area = QStackedWidget(self)
        self.reader_area.addWidget(self.welcome)
        self.reader_area.addWidget(self.tabs)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.selection)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline)
        self.selection.hide()
        self.timeline.hide()

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

        self.index_status = IndexStatus(self)
        corpus_label = plain_label(
            f"{documents_count(len(corpus))} · {provisions_count(corpus.provision_count())}",
            self,
        )
        self.statusBar().addPermanentWidget(self.index_status)
        self.statusBar().addPermanentWidget(corpus_label)

        self.import_flow = ImportFlow(corpus, self)
        self.setAcceptDrops(True)  # a file dropped on the window is imported (dropEvent)
        self.commands = Actions(self)
        self.commands.build_menus(
            self.selection.file_actions(), [self.selection.toggle, self.timeline.toggle]
        )
        a = self.commands
        self.focus_panes = PaneHider({
            "search": Pane(a.show_search.isChecked, a.show_search.setChecked),
            "library": Pane(a.show_library.isChecked, a.show_library.setChecked),
            "selection": Pane(self.selection.isVisible, self.selection.setVisible),
            "timeline": Pane(self.timeline.isVisible, self.timeline.setVisible),
        })  # fmt: skip
        self._connect()
        self.apply_preferences()
        self.update_reader_area()
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.resize(1360, 860)

    # -- wiring ------------------------------------------------------------------------------

    def _connect(self) -> None:
        """Every edge between the features, and every command's target, on one screen."""
        a, tabs, search, selection, timeline = (
            self.commands,
            self.tabs,
            self.search,
            self.selection,
            self.timeline,
        )
        a.open_document.triggered.connect(self.show_library)
        a.compare.triggered.connect(tabs.compare_current)
        a.close_tab.triggered.connect(tabs.close_current)
        a.reopen_closed.triggered.connect(tabs.reopen_closed)
        a.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        a.print_preview.triggered.connect(selection.print_preview)
        a.print_.triggered.connect(selection.print_now)
        a.export_pdf.triggered.connect(selection.export)
        a.quit.triggered.connect(self.close)
        a.copy_citation.triggered.connect(tabs.copy_with_citation)
        a.find.triggered.connect(self.focus_search)
        a.find_in_document.triggered.connect(self.find_in_document)
        a.find_next.triggered.connect(lambda: self.find_step(1))
        a.find_previous.triggered.connect(lambda: self.find_step(-1))
        a.find_precedents.triggered.connect(self.find_precedents)
        a.back.triggered.connect(lambda: self.go_history(-1))
        a.forward.triggered.connect(lambda: self.go_history(1))
        a.go_to_provision.triggered.connect(self.go_to_provision)
        a.add_hit.triggered.connect(search.add_current_to_selection)
        a.add_all_hits.triggered.connect(search.add_all_to_selection)
        a.show_search.toggled.connect(self.show_search_panel)
        a.show_library.toggled.connect(self.show_library_pane)
        a.show_contents.toggled.connect(self.show_contents_pane)
        a.focus_mode.toggled.connect(self.set_focus_mode)
        a.focus_mode.triggered.connect(self.remember_focus_choice)  # by the user only
        a.full_screen.toggled.connect(self.set_full_screen)
        a.show_on_timeline.triggered.connect(timeline.show_current_document)
        a.zoom_in.triggered.connect(lambda: self.zoom(1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.zoom(0))
        a.next_tab.triggered.connect(lambda: tabs.step(1))
        a.previous_tab.triggered.connect(lambda: tabs.step(-1))
        a.theme_group.triggered.connect(lambda action: self.set_theme_mode(action.data()))
        a.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        a.about.triggered.connect(self.show_about)
        a.about_qt.triggered.connect(QApplication.aboutQt)
        a.shortcuts_help.triggered.connect(self.show_shortcuts)
        a.user_guide.triggered.connect(self.show_user_guide)
        a.preferences.triggered.connect(self.show_preferences)

        # search -> index -> search; hits open in the reader, mark the timeline, print terms
        search.search_requested.connect(self.index_service.submit)
        self.index_service.results.connect(search.show_results)
        self.index_service.search_failed.connect(search.show_error)
        self.index_service.progress.connect(self.index_status.building)
        self.index_service.ready.connect(self._index_ready)
        self.index_service.failed.connect(self.index_status.failed)
        self.index_service.failed.connect(search.set_unavailable)
        self.index_status.notice.connect(self.statusBar().showMessage)
        search.open_provision_requested.connect(self.open_provision)
        search.selection_add_requested.connect(selection.add)
        search.results_changed.connect(timeline.set_results)
        search.results_changed.connect(tabs.set_results)
        search.results_changed.connect(selection.set_results)
        search.results_changed.connect(
            lambda results: a.add_all_hits.setEnabled(bool(results and results.hits))
        )
        # library and welcome page -> tabs, timeline
        self.library.open_document_requested.connect(tabs.open_document)
        self.library.compare_requested.connect(tabs.open_comparison)
        self.library.timeline_requested.connect(timeline.show_document)
        self.welcome.open_document_requested.connect(tabs.open_document)
        # tabs (readers, comparisons) -> selection, timeline, the window
        tabs.open_provision_requested.connect(self.open_provision)
        tabs.selection_toggle_requested.connect(selection.toggle_provision)
        tabs.section_selection_requested.connect(selection.toggle_section)
        tabs.selection_add_requested.connect(selection.add)
        tabs.timeline_requested.connect(timeline.show_document)
        tabs.compare_requested.connect(tabs.open_comparison)
        tabs.precedents_requested.connect(tabs.open_precedents)
        tabs.zoom_requested.connect(self.zoom)
        tabs.focus_requested.connect(self.request_focus_mode)
        tabs.comparison_opened.connect(self._comparison_opened)
        tabs.reader_opened.connect(selection.announce_ticks)
        tabs.reader_opened.connect(self.library.select)
        tabs.reader_opened.connect(self.remember_recent)
        tabs.comparison_opened.connect(lambda *pair: self.remember_recent(compare_entry(*pair)))
        tabs.current_document_changed.connect(selection.set_current_document)
        tabs.current_document_changed.connect(timeline.set_current_document)
        tabs.current_document_changed.connect(self.library.select)  # it follows the tab
        tabs.title_changed.connect(self._show_title)
        tabs.tabs_changed.connect(self.update_reader_area)
        tabs.link_followed.connect(self.follow_link)
        # selection, timeline -> tabs
        selection.ticks_changed.connect(tabs.set_ticks)
        selection.open_provision_requested.connect(self.open_provision)
        selection.open_document_requested.connect(tabs.open_document)
        timeline.open_provision_requested.connect(self.open_provision)
        timeline.open_document_requested.connect(tabs.open_document)
        for feature in (tabs, selection, timeline):
            feature.status_message.connect(self.statusBar().showMessage)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        # the user's own documents: add (menu or drop), edit, remove -> a rebuilt window
        a.add_document.triggered.connect(self.import_flow.choose_file)
        a.edit_details.triggered.connect(
            lambda: self.import_flow.edit(self.library.current_document())
        )
        a.remove_document.triggered.connect(
            lambda: self.import_flow.remove(self.library.current_document())
        )
        self.library.edit_requested.connect(self.import_flow.edit)
        self.library.remove_requested.connect(self.import_flow.remove)
        self.library.current_document_changed.connect(self._enable_own_document_commands)
        self._enable_own_document_commands(self.library.current_document())
        self.import_flow.library_changed.connect(self.library_changed)

    def start_index(self) -> None:
        """Open or build the search index off the GUI thread."""
        self.index_status.preparing()
        self.index_service.start()

    # -- the reading area --------------------------------------------------------------------

    def _show_title(self, label: str) -> None:
        name = f"ictviewer {__version__}"  # which build a delegate runs, at a glance
        self.setWindowTitle(f"{label} — {name}" if label else name)

    def update_reader_area(self) -> None:
        self.reader_area.setCurrentWidget(self.tabs if self.tabs.count() else self.welcome)
        self.commands.close_tab.setEnabled(self.tabs.count() > 0)
        self.commands.copy_citation.setEnabled(self.tabs.count() > 0)
        self.commands.reopen_closed.setEnabled(bool(self.tabs.closed))

    def show_search_panel(self, visible: bool) -> None:
        self.search.setVisible(visible)

    def show_library_pane(self, visible: bool) -> None:
        self.library.setVisible(visible)

    def show_contents_pane(self, visible: bool) -> None:
        self.settings.set("preferences/show_contents", visible)
        self.tabs.set_contents_visible(visible)

    # -- commands ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.commands.show_search.setChecked(True)
        self.search.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.box.selectAll()

    def show_library(self) -> None:
        self.commands.show_library.setChecked(True)
        self.library.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_about(self) -> None:
        AboutDialog(self.corpus, self.index_status.state, self).exec()

    def show_shortcuts(self) -> None:
        shortcuts_dialog(self.actions(), self).exec()

    def show_corpus_problems(self) -> None:
        if self.corpus.problems:
            box = corpus_problems_box(self.corpus.problems, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    # -- index -------------------------------------------------------------------------------

    def _index_ready(self, index) -> None:
        self.index_status.ready(index, self.corpus.provision_count())
        self.search.set_ready(True)
        self.index_ready.emit()

    def unknown_document(self, doc_id: str) -> None:
        unknown_document_warning(doc_id, [d.id for d in self.corpus], self)

    def shutdown(self) -> None:
        if not self._shut_down:
            self._shut_down = True
            self.save_state()
            self.selection.shutdown()
            self.tabs.shutdown()
            self.index_service.shutdown()
            self.import_flow.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # -- a file dropped on the window: imported -----------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a dragged local file the importer reads; anything else is refused at once."""
        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_flow.import_file(path)
