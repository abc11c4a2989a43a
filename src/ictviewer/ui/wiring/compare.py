"""Comparisons in the main window: each pair in a tab beside the documents being read.

"Compare Documents…" (Ctrl+Shift+D) puts the current document beside the next
one; "Compare with" in the reader and the library picks the other; `ictviewer
gui --compare LEFT RIGHT` opens a pair at start. A double click in a pane
opens the provision in the reader; its context menu adds it to the selection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ictviewer.ui import theme
from ictviewer.ui.actions import make_action
from ictviewer.ui.compare import CompareView

if TYPE_CHECKING:
    from ictviewer.ui.main_window import MainWindow
    from ictviewer.ui.reader.view import ReaderView

TAB_PREFIX = "compare:"  # a compare tab in the saved session: "compare:LEFT:RIGHT"


class CompareWiring:
    """Opens compare tabs and connects them; `add_to_selection(doc_id, provision_id)`."""

    def __init__(self, window: MainWindow, add_to_selection: Callable[[str, str], object]) -> None:
        self.window = window
        self._add_to_selection = add_to_selection
        self.action = make_action(
            window, window.tr("Co&mpare Documents…"), ["Ctrl+Shift+D"],
            window.tr("Put the current document beside another, with their shared concepts"),
        )  # fmt: skip
        self.action.triggered.connect(self.compare_current)

    def attach_reader(self, reader: ReaderView) -> None:
        reader.compare_requested.connect(self.open)

    def compare_current(self) -> CompareView | None:
        """The current document (or the comparison's left one) beside the next in the corpus."""
        ids = [d.id for d in self.window.corpus]
        if not ids:
            return None
        current = self.window.tabs.currentWidget()
        if isinstance(current, CompareView):
            left = current.documents()[0]
        else:
            reader = self.window.reader()
            left = reader.document.id if reader is not None else ids[0]
        right = ids[(ids.index(left) + 1) % len(ids)]
        return self.open(left, right)

    def open(self, left: str, right: str, activate: bool = True) -> CompareView | None:
        """A compare tab for the pair (the one already open, if any); None for an unknown id."""
        w = self.window
        for view in self.views():
            if view.documents() == (left, right):
                if activate:
                    w.tabs.setCurrentWidget(view)
                return view
        view = CompareView(w.corpus, w.lexicon, w)
        if not view.set_documents(left, right):
            view.shutdown()
            view.deleteLater()
            missing = left if w.corpus.get(left) is None else right
            w.statusBar().showMessage(w.tr("No document “{0}” in the corpus").format(missing))
            return None
        view.open_provision_requested.connect(w.open_provision)
        view.selection_add_requested.connect(self._add_to_selection)
        view.zoom_requested.connect(w.zoom)
        view.status_message.connect(lambda text: w.statusBar().showMessage(text, 6000))
        view.pair_changed.connect(lambda *_ids: self._title(view))
        view.set_appearance(theme.current_scheme(), w.settings.zoom)
        index = w.tabs.addTab(view, "")
        self._title(view)
        if activate:
            w.tabs.setCurrentIndex(index)
        w.update_reader_area()
        return view

    def _title(self, view: CompareView) -> None:
        tabs = self.window.tabs
        index = tabs.indexOf(view)
        documents = [self.window.corpus.get(doc_id) for doc_id in view.documents()]
        if index < 0 or None in documents:
            return
        left, right = documents
        tabs.setTabText(
            index, self.window.tr("{0} ↔ {1}").format(left.short_title, right.short_title)
        )
        tabs.setTabToolTip(index, f"{left.title}\n↔\n{right.title}")
        if index == tabs.currentIndex():
            self.window.setWindowTitle(f"{tabs.tabText(index)} — ictviewer")

    def views(self) -> list[CompareView]:
        tabs = self.window.tabs
        return [v for i in range(tabs.count()) if isinstance(v := tabs.widget(i), CompareView)]

    # -- the session ---------------------------------------------------------------------------

    @staticmethod
    def tab_entry(widget: QWidget) -> str:
        """How a compare tab is saved in the session's open tabs ("" if it is not one)."""
        if isinstance(widget, CompareView):
            left, right = widget.documents()
            return f"{TAB_PREFIX}{left}:{right}"
        return ""

    def open_tab_entry(self, entry: str) -> bool:
        """Reopen a tab saved by `tab_entry`; False if `entry` is not a compare tab."""
        if not entry.startswith(TAB_PREFIX):
            return False
        left, _, right = entry[len(TAB_PREFIX) :].partition(":")
        self.open(left, right, activate=False)
        return True

    # -- the window ------------------------------------------------------------------------------

    def set_appearance(self, scheme: str, zoom: int) -> None:
        for view in self.views():
            view.set_appearance(scheme, zoom)

    @staticmethod
    def closing(widget: QWidget) -> None:
        """A tab is closing: let a comparison still being computed finish first."""
        if isinstance(widget, CompareView):
            widget.shutdown()

    def shutdown(self) -> None:
        for view in self.views():
            view.shutdown()
