"""The timeline as a dock at the bottom of the window, linked both ways with reading.

A click on an event asks for its provision (or document) to be opened; "Show
on timeline" centres it on a document; the hits of the current search are
marked on their events. The dock knows the corpus and the settings only: the
window connects its requests to the reader.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from ictviewer.corpus.model import Corpus
from ictviewer.timeline import build_timeline
from ictviewer.ui.docks import FeatureDock
from ictviewer.ui.folders import DialogFolders
from ictviewer.ui.settings import Settings
from ictviewer.ui.timeline.view import TimelineView

MIN_HEIGHT = 220  # the first time it shows: lanes, axis and legend without a squeeze


class TimelineDock(FeatureDock):
    """The timeline dock (Alt+4); `show_document(doc_id)` centres it on a document."""

    open_provision_requested = Signal(str, str)  # doc id, provision id
    open_document_requested = Signal(str)  # doc id

    def __init__(self, corpus: Corpus, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Timeline"), "timelineDock", settings,
            (Qt.Orientation.Vertical, 1 / 3, MIN_HEIGHT), parent,
        )  # fmt: skip
        self.view = TimelineView(build_timeline(corpus), self)
        self.setWidget(self.view)
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        self.toggle = self.toggleViewAction()
        self.toggle.setText(self.tr("&Timeline"))
        self.toggle.setShortcut(QKeySequence("Alt+4"))
        self.toggle.setStatusTip(self.tr("Show or hide the timeline of documents and events"))
        self._current = ""
        self.view.open_provision_requested.connect(self._open_event)
        self.view.status_message.connect(lambda text: self.status_message.emit(text, 6000))

    # -- slots -------------------------------------------------------------------------------

    def set_dialog_folders(self, folders: DialogFolders) -> None:
        """Where "Export the timeline" starts: the last save's folder, else Preferences ▸ Export."""
        self.view.folders = folders

    def show_document(self, doc_id: str) -> bool:
        """Show the timeline centred on a document's own event."""
        self.present()
        found = self.view.centre_on_document(doc_id)
        if found:  # a dock just shown gets its size later: centre again once it has
            QTimer.singleShot(0, self.view, lambda: self.view.centre_on_document(doc_id))
        return found

    def set_current_document(self, doc_id: str) -> None:
        """The document being read ("" for none): what "Show on Timeline" centres on."""
        self._current = doc_id

    def show_current_document(self) -> None:
        if self._current:
            self.show_document(self._current)
        else:
            self.present()

    def set_results(self, results) -> None:
        """The hit list changed (new results, or None when cleared): mark the same hits."""
        self.view.set_search_hits(results.hits if results is not None else [])

    def _open_event(self, doc_id: str, provision_id: str) -> None:
        if provision_id:
            self.open_provision_requested.emit(doc_id, provision_id)
        else:
            self.open_document_requested.emit(doc_id)
