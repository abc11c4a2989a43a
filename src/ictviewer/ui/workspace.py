"""The selection, timeline and comparison, fitted into the main window.

Each feature is a self-contained widget that emits "...requested" signals with
plain ids; this module gives it a place (a dock or a tab), its menu actions and
its connections, so `main_window.py` stays about the library, reader and search.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from ictviewer.timeline import build_timeline
from ictviewer.ui.compare import CompareView
from ictviewer.ui.selection import SelectionController, SelectionPanel, make_dock, query_terms
from ictviewer.ui.timeline import TimelineView

if TYPE_CHECKING:
    from ictviewer.ui.main_window import MainWindow
    from ictviewer.ui.widgets.reader import ReaderView

Key = QKeySequence.StandardKey


class Workspace:
    """Owns the selection dock, the timeline dock and compare tabs of one window."""

    def __init__(self, window: MainWindow, selection_path: str | Path | None = None) -> None:
        self.window = window
        tr = window.tr
        self.selection = SelectionController(window.corpus, path=selection_path, parent=window)
        self.selection_panel = SelectionPanel(self.selection, window)
        self.selection_dock = make_dock(self.selection_panel, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.selection_dock)
        self.selection_dock.hide()

        self.timeline = TimelineView(build_timeline(window.corpus), window)
        self.timeline_dock = QDockWidget(tr("Timeline"), window)
        self.timeline_dock.setObjectName("timelineDock")
        self.timeline_dock.setWidget(self.timeline)
        self.timeline_dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline_dock)
        self.timeline_dock.hide()
        self.timeline_dock.visibilityChanged.connect(self._first_timeline_size)
        timeline_toggle = self.timeline_dock.toggleViewAction()
        timeline_toggle.setText(tr("&Timeline"))
        timeline_toggle.setShortcut(QKeySequence("Alt+4"))

        self.print_preview = self._action(tr("Print Pre&view…"), [Key.Print], self.preview)
        self.print_ = self._action(tr("&Print…"), [], self.print_now)
        self.export_pdf = self._action(tr("&Export PDF…"), ["Ctrl+Shift+E"], self.export)
        self.compare = self._action(tr("Co&mpare Documents…"), ["Ctrl+Shift+D"], self.compare_now)
        self.show_on_timeline = self._action(
            tr("Show on Time&line"), ["Ctrl+Shift+L"], self.timeline_for_current
        )
        self.add_hit = self._action(
            tr("Add Hit to &Selection"), ["Ctrl+Shift+A"], self.add_current_hit
        )
        self._menus(timeline_toggle)
        self._connect()

    def _action(self, text: str, keys: list, slot) -> QAction:
        action = QAction(text, self.window)
        shortcuts = []
        for key in keys:
            shortcuts += QKeySequence.keyBindings(key) if isinstance(key, Key) else [key]
        action.setShortcuts([QKeySequence(k) for k in shortcuts])
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _menus(self, timeline_toggle: QAction) -> None:
        bar = self.window.menuBar()
        file, edit, view = (m.menu() for m in bar.actions()[:3])
        first = file.actions()[2] if len(file.actions()) > 2 else None
        file.insertSeparator(first)
        file.insertActions(first, [self.print_preview, self.print_, self.export_pdf])
        selection = file.addMenu(self.window.tr("Se&lection"))
        for action in self.selection_panel.menu_actions():
            if action is None:
                selection.addSeparator()
            else:
                selection.addAction(action)
        file.insertMenu(first, selection)
        edit.addSeparator()
        edit.addAction(self.add_hit)
        first_view = view.actions()[3] if len(view.actions()) > 3 else None
        view.insertActions(first_view, [self.selection_dock.toggleViewAction(), timeline_toggle])
        view.insertSeparator(first_view)
        view.insertActions(first_view, [self.compare, self.show_on_timeline])

    def _connect(self) -> None:
        w = self.window
        status = w.statusBar()
        self.selection_panel.open_provision_requested.connect(w.open_provision)
        self.selection_panel.open_document_requested.connect(w.open_document)
        self.selection_panel.status_message.connect(lambda text: status.showMessage(text, 6000))
        self.selection.notice_posted.connect(lambda text: status.showMessage(text, 15000))
        self.selection.documents_changed.connect(self._refresh_ticks)
        self.timeline.open_provision_requested.connect(self._open_event)
        self.timeline.status_message.connect(lambda text: status.showMessage(text, 6000))
        w.index_service.results.connect(self._search_results)

    def _first_timeline_size(self, visible: bool) -> None:
        """Give the timeline a third of the window the first time, not half of it."""
        if visible and not self.window.settings.get("window/state"):
            height = max(220, self.window.height() // 3)
            self.window.resizeDocks([self.timeline_dock], [height], Qt.Orientation.Vertical)
            self.timeline_dock.visibilityChanged.disconnect(self._first_timeline_size)

    # -- readers -----------------------------------------------------------------------------

    def attach_reader(self, reader: ReaderView) -> None:
        """Connect a new reader's ticks and "show on timeline" to this workspace."""
        reader.selection_toggle_requested.connect(self.selection.toggle)
        reader.section_selection_requested.connect(
            lambda doc_id, ids: self.selection.toggle_all([(doc_id, pid) for pid in ids])
        )
        reader.timeline_requested.connect(self.show_document_on_timeline)
        reader.set_selected(self.selection.selected_in(reader.document.id))

    def _refresh_ticks(self, doc_ids: list) -> None:
        for reader in self.window.readers():
            if reader.document.id in doc_ids:
                reader.set_selected(self.selection.selected_in(reader.document.id))

    # -- commands ----------------------------------------------------------------------------

    def _print_target(self) -> tuple[list, str | None]:
        """The selection, or the current document when nothing is selected."""
        refs = self.selection.refs()
        if refs:
            return refs, None
        reader = self.window.reader()
        if reader is None:
            return [], None
        document = reader.document
        return [(document.id, p.id) for p in document.provisions], document.short_title

    def preview(self) -> None:
        self._prepare_printing()
        self.selection_panel.print_preview(*self._print_target())

    def print_now(self) -> None:
        self._prepare_printing()
        self.selection_panel.print_selection(*self._print_target())

    def export(self) -> None:
        self._prepare_printing()
        self.selection_panel.export_pdf(*self._print_target())

    def _prepare_printing(self) -> None:
        self.selection_panel.set_highlight_terms(query_terms(self.window.search.query))

    def add_current_hit(self) -> None:
        hit = self.window.search.current_hit()
        if hit is not None:
            self.selection.add(hit.doc_id, hit.provision_id)
            self.window.statusBar().showMessage(
                self.window.tr("Added {0} to the selection").format(hit.label), 4000
            )

    def timeline_for_current(self) -> None:
        reader = self.window.reader()
        if reader is not None:
            self.show_document_on_timeline(reader.document.id)
        else:
            self.timeline_dock.show()

    def show_document_on_timeline(self, doc_id: str) -> None:
        self.timeline_dock.show()
        self.timeline_dock.raise_()
        self.timeline.centre_on_document(doc_id)

    def _open_event(self, doc_id: str, provision_id: str) -> None:
        if provision_id:
            self.window.open_provision(doc_id, provision_id)
        else:
            self.window.open_document(doc_id)

    def _search_results(self, _generation: int, results) -> None:
        self.timeline.set_search_hits(getattr(results, "hits", ()))

    def compare_now(self) -> None:
        """Compare the current document with the next one in the library's order."""
        ids = [d.id for d in self.window.corpus]
        reader = self.window.reader()
        left = reader.document.id if reader is not None else ids[0]
        right = ids[(ids.index(left) + 1) % len(ids)]
        self.open_compare(left, right)

    def open_compare(self, left: str, right: str) -> CompareView | None:
        w = self.window
        view = CompareView(w.corpus, w)
        view.setObjectName("compareView")
        if not view.set_documents(left, right):
            view.deleteLater()
            w.statusBar().showMessage(w.tr("Cannot compare “{0}” and “{1}”").format(left, right))
            return None
        view.open_provision_requested.connect(w.open_provision)
        view.zoom_requested.connect(w.zoom)
        view.status_message.connect(lambda text: w.statusBar().showMessage(text, 6000))
        view.pair_changed.connect(lambda *_ids: self._title_compare(view))
        view.set_appearance(_scheme(), w.settings.zoom)
        index = w.tabs.addTab(view, "")
        self._title_compare(view)
        w.tabs.setCurrentIndex(index)
        w.update_reader_area()
        return view

    def _title_compare(self, view: CompareView) -> None:
        tabs = self.window.tabs
        index = tabs.indexOf(view)
        if index < 0:
            return
        left, right = (self.window.corpus.get(i) for i in view.documents())
        tabs.setTabText(
            index, self.window.tr("{0} ↔ {1}").format(left.short_title, right.short_title)
        )
        tabs.setTabToolTip(index, f"{left.title}\n↔\n{right.title}")

    def compare_views(self) -> list[CompareView]:
        tabs = self.window.tabs
        return [v for i in range(tabs.count()) if isinstance(v := tabs.widget(i), CompareView)]

    def set_appearance(self, scheme: str, zoom: int) -> None:
        for view in self.compare_views():
            view.set_appearance(scheme, zoom)

    def shutdown(self) -> None:
        self.selection_panel.shutdown()
        for view in self.compare_views():
            view.shutdown()


def _scheme() -> str:
    from ictviewer.ui import theme

    return theme.current_scheme()
