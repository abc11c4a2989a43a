"""The half of the main window that saves its layout and session and brings them back.

A mixin of `MainWindow`, kept in its own module so the composition root stays
about composing: what is saved (declared in `settings.py`) and in which order
it must come back (geometry before splitters, panes before focus mode, tabs
before the command's own document) is read here in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from ictviewer.ui.room import first_start_size, search_share


class WindowSession:
    """`restore_state()` at start, `save_state()` when the window closes."""

    def restore_state(
        self,
        open_doc: str | None = None,
        compare: tuple[str, str] | None = None,
        timeline: bool = False,
    ) -> None:
        """Bring back the last session, then open what the command asks: a document, a
        comparison (`gui --compare LEFT RIGHT`), the timeline (`gui --timeline`)."""
        s = self.settings
        self.commands.themes[s.theme].setChecked(True)
        language = s.get("preferences/language")
        self.commands.languages.get(language, self.commands.languages["system"]).setChecked(True)
        if s.get("window/geometry"):
            self.restoreGeometry(s.get("window/geometry"))
        else:
            first_start_size(self)
        if s.get("window/state"):
            self.restoreState(s.get("window/state"))
        self.layout().activate()  # lay out at the restored size, so splitter sizes fit it
        if not s.get("window/main_splitter"):
            search = search_share(self.width())
            self.splitter.setSizes([search, self.width() - search])
        for splitter, key in ((self.splitter, "window/main_splitter"),
                              (self.right, "window/right_splitter")):  # fmt: skip
            if s.get(key):
                splitter.restoreState(s.get(key))
        for action, key, show in (
            (self.commands.show_search, "window/show_search", self.show_search_panel),
            (self.commands.show_library, "window/show_library", self.show_library_pane),
            (self.commands.show_contents, "preferences/show_contents", self.show_contents_pane),
        ):
            action.setChecked(s.get(key))
            show(s.get(key))
        if s.get("window/focus_mode"):
            self.commands.focus_mode.setChecked(True)
        self.library.restore_sort(s.get("window/library_sort"))
        self.search.details_button.setChecked(s.get("search/show_details"))
        self.search.concepts_button.setChecked(s.get("search/concepts"))
        self.tabs.restore_state()
        unknown = [d for d in (open_doc, *(compare or ())) if d and self.corpus.get(d) is None]
        if unknown:
            QTimer.singleShot(0, self, lambda: self.unknown_document(unknown[0]))
        if open_doc and open_doc not in unknown:
            self.tabs.open_document(open_doc)
        if compare and not set(compare) & set(unknown):
            self.tabs.open_comparison(*compare)
        if timeline:
            self.timeline.present()
        self.search.restore({key: s.get(key) for key in self.search.state()})
        if self.search.box.text().strip():
            self.search.search_now()

    def save_state(self) -> None:
        s = self.settings
        s.set("window/geometry", self.saveGeometry())
        s.set("window/state", self.saveState())
        s.set("window/main_splitter", self.splitter.saveState())
        s.set("window/right_splitter", self.right.saveState())
        # In focus mode, the panes as they will come back when it is left.
        s.set("window/show_search", self.focus_panes.shown_after("search"))
        s.set("window/show_library", self.focus_panes.shown_after("library"))
        s.set("window/focus_mode", self.focus_mode)
        s.set("window/library_sort", self.library.sort_state())
        s.set("search/show_details", self.search.details_button.isChecked())
        s.set("search/concepts", self.search.concepts_button.isChecked())
        for key, value in self.search.state().items():
            s.set(key, value)
        self.tabs.save_state()
        s.sync()
