"""The selection to print in the main window: its dock, printing, and ticks from everywhere.

Provisions are ticked in the reader (margin checkbox, Space, "select all in
section"), added from the search results and from the comparison; Ctrl+P
previews the selection, or the current document when nothing is selected.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from ictviewer.ui.actions import make_action
from ictviewer.ui.selection import SelectionController, SelectionPanel, make_dock, query_terms

if TYPE_CHECKING:
    from ictviewer.ui.main_window import MainWindow
    from ictviewer.ui.reader.view import ReaderView

Key = QKeySequence.StandardKey
Ref = tuple[str, str]
MIN_WIDTH = 340  # the first time it shows: titles and the print buttons without a squeeze


class SelectionWiring:
    """The selection dock (Alt+3), printing, and every way of ticking a provision."""

    def __init__(self, window: MainWindow, path: str | Path | None = None) -> None:
        self.window = window
        tr = window.tr
        self.controller = SelectionController(window.corpus, path=path, parent=window)
        self.panel = SelectionPanel(self.controller, window)
        self.dock = make_dock(self.panel, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.addAction(self.dock.toggleViewAction())  # Alt+3, listed with the shortcuts
        self.dock.hide()
        self._sized = False

        def action(text: str, keys: list, tip: str, slot) -> QAction:
            made = make_action(window, text, keys, tip)
            made.triggered.connect(slot)
            return made

        self.preview = action(
            tr("Print Pre&view…"), [Key.Print],
            tr("Preview the selection, or the current document when nothing is selected"),
            self.print_preview,
        )  # fmt: skip
        self.print_ = action(
            tr("&Print…"), [], tr("Print the selection, or the current document"), self.print_now
        )
        self.export_pdf = action(
            tr("&Export PDF…"), ["Ctrl+Shift+E"],
            tr("Save the selection, or the current document, as a PDF"), self.export,
        )  # fmt: skip
        self.add_hit = action(
            tr("Add Hit to &Selection"), ["Ctrl+Shift+A"],
            tr("Add the search hit under the cursor to the selection (Insert in the list)"),
            self.add_current_hit,
        )  # fmt: skip
        self.add_all_hits = action(
            tr("Add All &Hits to Selection"), [], tr("Add every hit shown to the selection"),
            self.add_every_hit,
        )  # fmt: skip
        self._connect()

    def file_actions(self) -> list[QAction | None]:
        """The selection file commands for the File ▸ Selection menu (None = separator)."""
        p = self.panel
        return [p.save_action, p.load_action, None, p.sort_action, p.clear_action]

    def _connect(self) -> None:
        w = self.window
        status = w.statusBar()
        self.panel.open_provision_requested.connect(w.open_provision)
        self.panel.open_document_requested.connect(w.open_document)
        self.panel.status_message.connect(lambda text: status.showMessage(text, 6000))
        self.controller.notice_posted.connect(lambda text: status.showMessage(text, 15000))
        self.controller.documents_changed.connect(self._refresh_ticks)
        w.search.selection_add_requested.connect(self.add)
        w.search.model.modelReset.connect(self._results_changed)
        self.dock.visibilityChanged.connect(self._first_size)

    def _first_size(self, visible: bool) -> None:
        """The first time in a new window, room for document titles rather than a sliver."""
        if not visible or self._sized:
            return
        self._sized = True
        if not self.window.settings.get("window/state"):
            width = max(MIN_WIDTH, self.window.width() // 4)
            self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)

    # -- readers -----------------------------------------------------------------------------

    def attach_reader(self, reader: ReaderView) -> None:
        reader.selection_toggle_requested.connect(self.controller.toggle)
        reader.section_selection_requested.connect(
            lambda doc_id, ids: self.controller.toggle_all([(doc_id, pid) for pid in ids])
        )
        reader.set_selected(self.controller.selected_in(reader.document.id))

    def _refresh_ticks(self, doc_ids: list) -> None:
        for reader in self.window.readers():
            if reader.document.id in doc_ids:
                reader.set_selected(self.controller.selected_in(reader.document.id))

    # -- adding ------------------------------------------------------------------------------

    def add(self, refs: Iterable[Ref]) -> int:
        """Add provisions (from the search results or a comparison) and say so."""
        refs = list(refs)
        added = self.controller.add_many(refs)
        w = self.window
        if len(refs) == 1:
            document = w.corpus.get(refs[0][0])
            provision = document.provision(refs[0][1]) if document else None
            label = f"{document.short_title}, {provision.label}" if provision else refs[0][1]
            text = (
                w.tr("Added {0} to the selection")
                if added
                else w.tr("{0} is in the selection already")
            )
            w.statusBar().showMessage(text.format(label), 5000)
        else:
            w.statusBar().showMessage(
                w.tr("Added {0} of {1} provisions to the selection").format(added, len(refs)), 5000
            )
        return added

    def add_one(self, doc_id: str, provision_id: str) -> int:
        return self.add([(doc_id, provision_id)])

    def add_current_hit(self) -> None:
        hit = self.window.search.current_hit()
        if hit is not None:
            self.add([(hit.doc_id, hit.provision_id)])

    def add_every_hit(self) -> None:
        refs = self.window.search.list.refs()
        if refs:
            self.add(refs)

    def _results_changed(self) -> None:
        """The hit list changed: offer its query's words as "highlight search terms"."""
        results = self.window.search.model.results
        self.panel.set_highlight_terms(query_terms(results.query) if results else [])
        self.add_all_hits.setEnabled(bool(results and results.hits))

    # -- printing ----------------------------------------------------------------------------

    def target(self) -> tuple[list[Ref], str | None]:
        """The selection, or the current document when nothing is selected."""
        refs = self.controller.refs()
        if refs:
            return refs, None
        reader = self.window.reader()
        if reader is None:
            return [], None
        document = reader.document
        return [(document.id, p.id) for p in document.provisions], document.short_title

    def print_preview(self) -> None:
        self._with_target(self.panel.print_preview)

    def print_now(self) -> None:
        self._with_target(self.panel.print_selection)

    def export(self) -> None:
        self._with_target(self.panel.export_pdf)

    def _with_target(self, command) -> None:
        refs, title = self.target()
        if refs:
            command(refs, title)
        else:
            self.window.statusBar().showMessage(
                self.window.tr("Nothing to print: tick provisions, or open a document"), 8000
            )

    def shutdown(self) -> None:
        self.panel.shutdown()
