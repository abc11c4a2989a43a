"""The timeline in the main window: a dock at the bottom, linked both ways with reading.

A click on an event opens its provision (or document) in the reader; "Show on
timeline" in the reader or the library centres the timeline on a document; the
hits of the current search are marked on their events as the results arrive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from ictviewer.timeline import build_timeline
from ictviewer.ui.actions import make_action
from ictviewer.ui.timeline import TimelineView

if TYPE_CHECKING:
    from ictviewer.ui.main_window import MainWindow
    from ictviewer.ui.reader.view import ReaderView

MIN_HEIGHT = 220  # the first time it shows: lanes, axis and legend without a squeeze


class TimelineWiring:
    """The timeline dock (Alt+4) and "Show on Timeline" (Ctrl+Shift+L)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        tr = window.tr
        self.view = TimelineView(build_timeline(window.corpus), window)
        self.dock = QDockWidget(tr("Timeline"), window)
        self.dock.setObjectName("timelineDock")  # so QMainWindow.saveState keeps it
        self.dock.setWidget(self.view)
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.toggle = self.dock.toggleViewAction()
        self.toggle.setText(tr("&Timeline"))
        self.toggle.setShortcut(QKeySequence("Alt+4"))
        self.toggle.setStatusTip(tr("Show or hide the timeline of documents and events"))
        window.addAction(self.toggle)
        self.show_current = make_action(
            window, tr("S&how on Timeline"), ["Ctrl+Shift+L"],
            tr("Centre the timeline on the current document"),
        )  # fmt: skip
        self.show_current.triggered.connect(self.show_current_document)
        self._sized = False
        self._connect()

    def _connect(self) -> None:
        w = self.window
        self.view.open_provision_requested.connect(self.open_event)
        self.view.status_message.connect(lambda text: w.statusBar().showMessage(text, 6000))
        self.dock.visibilityChanged.connect(self._first_size)
        w.search.model.modelReset.connect(self._results_changed)

    def attach_reader(self, reader: ReaderView) -> None:
        reader.timeline_requested.connect(self.show_document)

    # -- commands ----------------------------------------------------------------------------

    def show(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def show_document(self, doc_id: str) -> bool:
        """Show the timeline centred on a document's own event."""
        self.show()
        found = self.view.centre_on_document(doc_id)
        if found:  # a dock just shown gets its size later: centre again once it has
            QTimer.singleShot(0, self.view, lambda: self.view.centre_on_document(doc_id))
        return found

    def show_current_document(self) -> None:
        reader = self.window.reader()
        if reader is not None:
            self.show_document(reader.document.id)
        else:
            self.show()

    def open_event(self, doc_id: str, provision_id: str) -> None:
        if provision_id:
            self.window.open_provision(doc_id, provision_id)
        else:
            self.window.open_document(doc_id)

    def _results_changed(self) -> None:
        """The hit list changed (new results, or cleared): mark the same hits here."""
        results = self.window.search.model.results
        self.view.set_search_hits(results.hits if results is not None else [])

    def _first_size(self, visible: bool) -> None:
        """The first time in a new window, a third of its height rather than half of it."""
        if not visible or self._sized:
            return
        self._sized = True
        if not self.window.settings.get("window/state"):
            height = max(MIN_HEIGHT, self.window.height() // 3)
            self.window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)
