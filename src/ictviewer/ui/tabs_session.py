"""The tabs' session: which tabs were open, which were closed, and how each is named.

A mixin of `DocumentTabs`, kept apart from `tabs.py` (which opens readers and
comparisons and keeps them in step) so that neither grows past ~400 lines (#11).
A tab is saved as a plain string, a document id or "compare:LEFT:RIGHT", both in
the settings (`session/open_tabs`, restored at start) and in the stack of closed
tabs Ctrl+Shift+T brings back; File ▸ Open Recent names the same strings.
Its one user-visible string keeps the translation context "DocumentTabs".
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ictviewer.ui.compare import CompareView
from ictviewer.ui.i18n import translate
from ictviewer.ui.precedents import PrecedentsView
from ictviewer.ui.reader.view import ReaderView

COMPARE_PREFIX = "compare:"  # a compare tab in the saved session: "compare:LEFT:RIGHT"
CLOSED_KEPT = 20  # closed tabs Ctrl+Shift+T can bring back


class TabsSession:
    """`DocumentTabs`' closing and reopening of tabs, and its saved session."""

    def close_tab(self, index: int) -> None:
        widget = self.widget(index)
        if widget is None:
            return
        self.remember_reader_splitter(widget)
        if entry := self.tab_entry(widget):
            self.closed = [*self.closed, entry][-CLOSED_KEPT:]
        if isinstance(widget, CompareView | PrecedentsView):
            widget.shutdown()  # let a comparison or a search still running finish first
        self.removeTab(index)
        widget.deleteLater()
        self.tabs_changed.emit()

    def close_current(self) -> None:
        self.close_tab(self.currentIndex())

    def reopen_closed(self) -> bool:
        """Ctrl+Shift+T: the last tab closed, in front again (False when none is left).

        A document removed from the library since is skipped for the one closed before.
        """
        while self.closed:
            entry = self.closed.pop()
            if self.open_tab_entry(entry, activate=True):
                self.tabs_changed.emit()  # the stack shrank even if the tab was still open
                return True
        return False

    @staticmethod
    def tab_entry(widget: QWidget | None) -> str:
        """A tab as the session saves it: a document id, or "compare:LEFT:RIGHT"."""
        if isinstance(widget, CompareView):
            return compare_entry(*widget.documents())
        return widget.document.id if isinstance(widget, ReaderView) else ""

    def open_tab_entry(self, entry: str, activate: bool = False) -> QWidget | None:
        """Reopen a tab saved by `tab_entry` (an unknown id is skipped with a message)."""
        if entry.startswith(COMPARE_PREFIX):
            left, _, right = entry[len(COMPARE_PREFIX) :].partition(":")
            return self.open_comparison(left, right, activate=activate)
        return self.open_document(entry, activate=activate)

    def entry_title(self, entry: str) -> str:
        """How File ▸ Open Recent names a tab entry ("" for a document no longer there)."""
        ids = (
            entry[len(COMPARE_PREFIX) :].split(":", 1)
            if entry.startswith(COMPARE_PREFIX)
            else [entry]
        )
        documents = [self.corpus.get(doc_id) for doc_id in ids]
        if not documents or None in documents:
            return ""
        if len(documents) == 2:
            return translate("DocumentTabs", "{0} ↔ {1}").format(
                documents[0].short_title, documents[1].short_title
            )
        return documents[0].short_title

    def save_state(self) -> None:
        """Which tabs are open, the current one, and the reader's layout preferences."""
        widgets = [self.widget(i) for i in range(self.count())]
        kept = [w for w in widgets if self.tab_entry(w)]
        self.settings.set("session/open_tabs", [self.tab_entry(w) for w in kept])
        # Each reader's reading position; a "-" placeholder keeps the list in step (an
        # empty string would not survive the INI file's list).
        positions = [w.provision_at_top() if isinstance(w, ReaderView) else "" for w in kept]
        self.settings.set(
            "session/positions", [p or "-" for p in positions] if any(positions) else []
        )
        self.settings.set("session/current_tab", max(self.currentIndex(), 0))
        reader = self.reader()
        if reader is not None:
            self.remember_reader_splitter(reader)
            if len(reader.document.languages) > 1:
                self.settings.set("preferences/parallel_layout", reader.layout_mode)

    def restore_state(self) -> None:
        positions = self.settings.get("session/positions")
        for number, entry in enumerate(self.settings.get("session/open_tabs")):
            widget = self.open_tab_entry(entry)
            top = positions[number] if number < len(positions) else "-"
            if isinstance(widget, ReaderView) and top != "-":
                widget.restore_top(top)
        if self.count():
            self.setCurrentIndex(min(self.settings.get("session/current_tab"), self.count() - 1))


def compare_entry(left: str, right: str) -> str:
    """A comparison as the session and File ▸ Open Recent keep it: "compare:LEFT:RIGHT"."""
    return f"{COMPARE_PREFIX}{left}:{right}"
