"""The selection as a dock (Alt+3): the panel, ticks from everywhere, and what to print.

Provisions are ticked in the reader (margin checkbox, Space, "select all in
section"), added from the search results and from the comparison; "Print
preview" prints the selection, or the current document when nothing is
selected. The dock is handed the corpus and the settings and owns the
`SelectionController`; the window connects its signals and slots.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ictviewer.corpus.model import Corpus
from ictviewer.selection import Ref
from ictviewer.ui.docks import FeatureDock
from ictviewer.ui.folders import DialogFolders
from ictviewer.ui.selection.controller import SelectionController
from ictviewer.ui.selection.options import query_terms
from ictviewer.ui.selection.panel import SelectionPanel
from ictviewer.ui.settings import Settings

MIN_WIDTH = 340  # the first time it shows: titles and the print buttons without a squeeze


class SelectionDock(FeatureDock):
    """The selection panel in a dock named "selectionDock" (kept by QMainWindow.saveState)."""

    open_provision_requested = Signal(str, str)  # doc id, provision id
    open_document_requested = Signal(str)  # a document whose selected provision has vanished
    # The provisions ticked in one document changed: its reader redraws its checkboxes.
    ticks_changed = Signal(str, object)  # doc id, the set of provision ids now selected

    def __init__(
        self,
        corpus: Corpus,
        settings: Settings,
        path: str | Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Selection"), "selectionDock", settings,
            (Qt.Orientation.Horizontal, 1 / 4, MIN_WIDTH), parent,
        )  # fmt: skip
        self.corpus = corpus
        self.controller = SelectionController(corpus, path=path, parent=self)
        self.panel = SelectionPanel(self.controller, self)
        self.setWidget(self.panel)
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.toggle = self.toggleViewAction()
        self.toggle.setText(self.tr("Se&lection Panel"))
        self.toggle.setShortcut(QKeySequence("Alt+3"))
        self._current = ""
        self.panel.open_provision_requested.connect(self.open_provision_requested)
        self.panel.open_document_requested.connect(self.open_document_requested)
        self.panel.status_message.connect(lambda text: self.status_message.emit(text, 6000))
        self.controller.notice_posted.connect(lambda text: self.status_message.emit(text, 15000))
        self.controller.documents_changed.connect(self._announce_all)

    def set_export_defaults(self, paper_size: str, folders: DialogFolders) -> None:
        """The user's paper (Preferences ▸ Export) and where the save dialogs start."""
        self.panel.printing.set_defaults(paper_size, folders)

    def file_actions(self) -> list[QAction | None]:
        """The selection file commands for the File ▸ Selection menu (None = separator)."""
        p = self.panel
        return [p.save_action, p.load_action, None, p.sort_action, p.clear_action]

    # -- ticks -------------------------------------------------------------------------------

    def toggle_provision(self, doc_id: str, provision_id: str) -> None:
        self.controller.toggle(doc_id, provision_id)

    def toggle_section(self, doc_id: str, provision_ids: list) -> None:
        """Tick a whole section, or untick it when all of it is ticked already."""
        self.controller.toggle_all([(doc_id, pid) for pid in provision_ids])

    def announce_ticks(self, doc_id: str) -> None:
        """Say which provisions of `doc_id` are ticked (a reader has just opened it)."""
        self.ticks_changed.emit(doc_id, self.controller.selected_in(doc_id))

    def _announce_all(self, doc_ids: list) -> None:
        for doc_id in doc_ids:
            self.announce_ticks(doc_id)

    # -- adding ------------------------------------------------------------------------------

    def add(self, refs: Iterable[Ref]) -> int:
        """Add provisions (from the search results or a comparison) and say so."""
        refs = list(refs)
        added = self.controller.add_many(refs)
        if len(refs) == 1:
            document = self.corpus.get(refs[0][0])
            provision = document.provision(refs[0][1]) if document else None
            label = f"{document.short_title}, {provision.label}" if provision else refs[0][1]
            text = (
                self.tr("Added {0} to the selection")
                if added
                else self.tr("{0} is in the selection already")
            )
            self.status_message.emit(text.format(label), 5000)
        elif refs:
            text = self.tr("Added {0} of {1} provisions to the selection")
            self.status_message.emit(text.format(added, len(refs)), 5000)
        return added

    def add_one(self, doc_id: str, provision_id: str) -> int:
        return self.add([(doc_id, provision_id)])

    def set_results(self, results) -> None:
        """The hit list changed: offer its query's words as "highlight search terms"."""
        self.panel.set_highlight_terms(query_terms(results.query) if results else [])

    # -- printing ----------------------------------------------------------------------------

    def set_current_document(self, doc_id: str) -> None:
        """The document being read ("" for none): printed when nothing is selected."""
        self._current = doc_id

    def target(self) -> tuple[list[Ref], str | None]:
        """The selection, or the current document when nothing is selected."""
        refs = self.controller.refs()
        if refs:
            return refs, None
        document = self.corpus.get(self._current) if self._current else None
        if document is None:
            return [], None
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
            text = self.tr("Nothing to print: tick provisions, or open a document")
            self.status_message.emit(text, 8000)

    def shutdown(self) -> None:
        self.panel.shutdown()
