"""Moving about the texts: find on the page, Back/Forward, Go to Provision, recent tabs.

A mixin of `MainWindow`, like `window_focus.py`: these commands need the tabs, the
search panel and the history together, so they live with the composition root,
but in their own module so `main_window.py` stays about composing (`_connect`
still holds every edge). The history itself is plain Python (`history.py`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ictviewer.ui.dialogs.goto import GoToProvisionDialog
from ictviewer.ui.history import History, Place, push_recent
from ictviewer.ui.reader.view import TOP


class WindowNavigation:
    """Ctrl+F and F3 in a reader, Alt+Left/Alt+Right, Ctrl+G, File ▸ Open Recent."""

    def find_in_document(self) -> None:
        """Ctrl+F: the reader's find bar; with no reader in front, the search of all documents."""
        reader = self.tabs.reader()
        if reader is None:
            self.focus_search()
        else:
            reader.open_find()

    def find_step(self, step: int) -> None:
        """F3 / Shift+F3: the matches of an open find bar, else the search's hits.

        In the search panel they always step the hits (what the user is looking at there);
        in a reader whose find bar has words, its matches, as in every reader.
        """
        reader = self.tabs.reader()
        focus = QApplication.focusWidget()
        in_search = focus is not None and self.search.isAncestorOf(focus)
        if reader is not None and reader.find_bar.active and not in_search:
            (reader.find_bar.next if step > 0 else reader.find_bar.previous)()
        elif step > 0:
            self.search.next_hit()
        else:
            self.search.previous_hit()

    def follow_link(self, doc_id: str) -> None:
        """A reader's link to a related document: open it at its top, a place to come back from."""
        here = self.reading_place()
        reader = self.tabs.open_document(doc_id)
        if reader is not None:
            reader.go_to(TOP)
            self._record(Place(doc_id, ""), here)

    def reading_place(self) -> Place | None:
        """The document in front and the provision at the top of its page (None: no reader)."""
        reader = self.tabs.reader()
        return None if reader is None else Place(reader.document.id, reader.provision_at_top())

    def go_history(self, step: int) -> None:
        """Back (-1) or Forward (+1): the place is opened again, without being recorded anew."""
        here = self.reading_place()
        place = self.history.back(here) if step < 0 else self.history.forward(here)
        if place is not None:
            self._navigating = True
            try:
                if place.provision_id:
                    self.open_provision(place.doc_id, place.provision_id)
                elif (reader := self.tabs.open_document(place.doc_id)) is not None:
                    reader.go_to(TOP)
            finally:
                self._navigating = False
        self._enable_history()

    def _record(self, place: Place, here: Place | None) -> None:
        if not self._navigating:
            self.history.record(place, here)
            self._enable_history()

    def navigation_state(self) -> tuple[History, list[str]]:
        """Back/Forward and the closed tabs, for the window that replaces this one."""
        return self.history, list(self.tabs.closed)

    def adopt_navigation(self, history: History, closed: list[str]) -> None:
        """Go on with the places and closed tabs of the window this one replaces (a
        language switch, an import), without the places of a removed document;
        Reopen Closed Tab skips those by itself."""
        self.history = history.kept(lambda place: self.corpus.get(place.doc_id) is not None)
        self.tabs.closed = [*closed, *self.tabs.closed]
        self._enable_history()
        self.update_reader_area()

    def _enable_history(self) -> None:
        self.commands.back.setEnabled(self.history.can_go_back())
        self.commands.forward.setEnabled(self.history.can_go_forward())

    def go_to_provision(self) -> None:
        """Go ▸ Go to Provision… (Ctrl+G): pick one of the current document's labels."""
        reader = self.tabs.reader()
        if reader is None:
            self.statusBar().showMessage(self.tr("Open a document to go to one of its provisions"))
            return
        doc_id = reader.document.id
        dialog = GoToProvisionDialog(reader.document, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda provision_id: self.open_provision(doc_id, provision_id))
        dialog.open()

    # -- File ▸ Open Recent --------------------------------------------------------------------

    def remember_recent(self, entry: str) -> None:
        """A document or a comparison was opened: first in File ▸ Open Recent, kept at once
        (a crash or a second window must not lose it)."""
        self.settings.set("session/recent", push_recent(self.settings.get("session/recent"), entry))

    def fill_recent_menu(self) -> None:
        """Fill File ▸ Open Recent as it opens, never stale; gone documents are left out."""
        menu = self.commands.recent_menu
        menu.clear()
        for entry in self.settings.get("session/recent"):
            title = self.tabs.entry_title(entry)
            if title:
                action = menu.addAction(title.replace("&", "&&"))
                action.triggered.connect(
                    lambda _checked=False, e=entry: self.tabs.open_tab_entry(e, activate=True)
                )
        if menu.isEmpty():
            menu.addAction(self.tr("No Recent Documents")).setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction(self.tr("Clear Menu")).triggered.connect(
            lambda: self.settings.set("session/recent", [])
        )
