"""The main window's open documents: readers, provisions, precedents, own documents.

A mixin of `MainWindow`, kept apart so the composition root stays about
composing (#11). The window's scripting face (`reader`, `readers`,
`open_document`, `close_tab`) hands over to `DocumentTabs`; `open_provision` is
where the search, the selection, the timeline and a comparison open a place, and
so where Back/Forward record it (`WindowNavigation`); and Edit ▸ Edit Details /
Remove are enabled only for the user's own documents.
"""

from __future__ import annotations

from ictviewer.ui.history import Place
from ictviewer.ui.reader.view import ReaderView


class WindowDocuments:
    """The documents open in the window, as the window's commands and scripts see them."""

    def reader(self, index: int | None = None) -> ReaderView | None:
        return self.tabs.reader(index)

    def readers(self) -> list[ReaderView]:
        return self.tabs.readers()

    def open_document(self, doc_id: str, activate: bool = True) -> ReaderView | None:
        return self.tabs.open_document(doc_id, activate)

    def close_tab(self, index: int) -> None:
        self.tabs.close_tab(index)

    def open_provision(self, doc_id: str, provision_id: str, lang: str = "") -> None:
        """Open a document at a provision with every match of the current query highlighted.

        Every place opened here is one Back returns to (see `ui/history.py`).
        """
        here = self.reading_place()
        if self.tabs.open_provision(doc_id, provision_id, lang, self.search.query) is not None:
            self._record(Place(doc_id, provision_id), here)
            self.provision_shown.emit(doc_id, provision_id)

    def find_precedents(self) -> None:
        """Edit ▸ Find Precedents…: the Precedents tab, with the reader's selection as draft."""
        reader = self.tabs.reader()
        self.tabs.open_precedents(reader.selected_text() if reader is not None else "")

    def _enable_own_document_commands(self, doc_id: str) -> None:
        mine = self.import_flow.user_document(doc_id) is not None
        self.commands.edit_details.setEnabled(mine)
        self.commands.remove_document.setEnabled(mine)
