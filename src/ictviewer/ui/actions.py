"""The window's actions and menus, declared in one place with their standard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

Key = QKeySequence.StandardKey


def make_action(window: QWidget, text: str, keys: list, tip: str = "") -> QAction:
    """An action of `window` with its shortcuts: standard keys (all their bindings) or strings.

    It is added to the window, so its shortcuts work even while no menu shows it.
    """
    action = QAction(text, window)
    shortcuts: list[QKeySequence] = []
    for key in keys:
        shortcuts.extend(
            QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]
        )
    unique: list[QKeySequence] = []
    for shortcut in shortcuts:
        if not shortcut.isEmpty() and shortcut not in unique:
            unique.append(shortcut)
    action.setShortcuts(unique)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    window.addAction(action)
    return action


class Actions(QObject):
    """Creates every QAction of the main window; the window connects them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        a = self._action
        self.open_document = a(
            self.tr("&Open Document…"), [Key.Open], self.tr("Choose a document in the library")
        )
        self.close_tab = a(
            self.tr("&Close Document"), [Key.Close], self.tr("Close the current document")
        )
        self.reopen_closed = a(
            self.tr("Reopen Closed &Tab"),
            ["Ctrl+Shift+T"],
            self.tr("Open the last tab closed again"),
        )
        self.reopen_closed.setEnabled(False)
        self.add_document = a(
            self.tr("&Add Document…"), ["Ctrl+Shift+O"],
            self.tr("Import a file of your own (txt, md, html, docx, odt, pdf) after reviewing it"),
        )  # fmt: skip
        self.edit_details = a(
            self.tr("Edit &Details…"),
            [],
            self.tr("Correct the title, date or labels of your document"),
        )
        self.remove_document = a(
            self.tr("&Remove Document…"),
            [],
            self.tr("Remove the selected document of yours from the library"),
        )
        self.quit = a(self.tr("&Quit"), [Key.Quit], self.tr("Quit ictviewer"))
        self.copy_citation = a(
            self.tr("Copy with &Citation"),
            ["Ctrl+Shift+C"],
            self.tr("Copy the current provision or selection with its citation"),
        )
        self.compare = a(
            self.tr("Co&mpare Documents…"), ["Ctrl+Shift+D"],
            self.tr("Put the current document beside another, with their shared concepts"),
        )  # fmt: skip
        self.print_preview = a(
            self.tr("Print Pre&view…"), [Key.Print],
            self.tr("Preview the selection, or the current document when nothing is selected"),
        )  # fmt: skip
        self.print_ = a(
            self.tr("&Print…"), [], self.tr("Print the selection, or the current document")
        )
        self.export_pdf = a(
            self.tr("&Export PDF…"), ["Ctrl+Shift+E"],
            self.tr("Save the selection, or the current document, as a PDF"),
        )  # fmt: skip
        self.add_hit = a(
            self.tr("Add Hit to &Selection"), ["Ctrl+Shift+A"],
            self.tr("Add the search hit under the cursor to the selection (Insert in the list)"),
        )  # fmt: skip
        self.add_all_hits = a(
            self.tr("Add All &Hits to Selection"),
            [],
            self.tr("Add every hit shown to the selection"),
        )
        self.show_on_timeline = a(
            self.tr("S&how on Timeline"), ["Ctrl+Shift+L"],
            self.tr("Centre the timeline on the current document"),
        )  # fmt: skip
        # Ctrl+F finds on the page, as in every reader; the corpus search has Ctrl+K (the
        # browsers' "search the web" key; Ctrl+Shift+F is Find Precedents).
        self.find = a(
            self.tr("&Search All Documents…"), ["Ctrl+K"], self.tr("Search all documents")
        )
        self.find_in_document = a(
            self.tr("&Find in Document…"), [Key.Find],
            self.tr("Find words in the open document (F3 / Shift+F3 then step through them)"),
        )  # fmt: skip
        self.find_next = a(self.tr("Find &Next"), [Key.FindNext], self.tr("Open the next hit"))
        self.find_previous = a(
            self.tr("Find &Previous"), [Key.FindPrevious], self.tr("Open the previous hit")
        )
        self.find_precedents = a(
            self.tr("Find P&recedents…"), ["Ctrl+Shift+F"],
            self.tr("Which agreed texts already hold the selected text's wording"
                    " (or a pasted draft)"),
        )  # fmt: skip
        self.show_search = a(
            self.tr("&Search Panel"), ["Alt+1"], self.tr("Show or hide the search panel")
        )
        self.show_library = a(
            self.tr("&Library Pane"), ["Alt+2"], self.tr("Show or hide the library")
        )
        self.show_search.setCheckable(True)
        self.show_library.setCheckable(True)
        self.show_contents = a(
            self.tr("&Contents Pane"), ["F9"], self.tr("Show each document's contents")
        )
        self.show_contents.setCheckable(True)
        self.focus_mode = a(
            self.tr("&Focus on the Text"), ["Ctrl+Shift+M"],
            self.tr("Hide the search, the library and the docks, so the text has the whole width"),
        )  # fmt: skip
        self.focus_mode.setCheckable(True)
        self.full_screen = a(
            self.tr("F&ull Screen"),
            [Key.FullScreen, "F11"],
            self.tr("Use the whole screen for the window"),
        )
        self.full_screen.setCheckable(True)
        self.zoom_in = a(self.tr("Zoom &In"), [Key.ZoomIn, "Ctrl+="], self.tr("Larger text"))
        self.zoom_out = a(self.tr("Zoom &Out"), [Key.ZoomOut], self.tr("Smaller text"))
        self.zoom_reset = a(self.tr("&Actual Size"), ["Ctrl+0"], self.tr("Text at its normal size"))
        # The platform's Back/Forward keys (Alt+Left/Alt+Right here) without Backspace, which
        # removes from the selection, and the Back/Forward media keys, which step the tabs.
        self.back = a(self.tr("&Back"), _browse(Key.Back), self.tr("Back to where you were before"))
        self.forward = a(self.tr("&Forward"), _browse(Key.Forward), self.tr("Forward again"))
        self.go_to_provision = a(
            self.tr("&Go to Provision…"), ["Ctrl+G"],
            self.tr("Jump to a provision of the document by label"),
        )  # fmt: skip
        # Ctrl+G goes to a provision, as "go to page" in PDF viewers; some desktops' standard
        # Find Next keys include it (an ambiguous key fires neither), so Find Next keeps F3.
        go_keys = self.go_to_provision.shortcuts()
        self.find_next.setShortcuts([k for k in self.find_next.shortcuts() if k not in go_keys])
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        self.next_tab = a(self.tr("Next Document"), [Key.NextChild, "Ctrl+PgDown"], "")
        self.previous_tab = a(self.tr("Previous Document"), [Key.PreviousChild, "Ctrl+PgUp"], "")
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.themes = {
            "system": a(
                self.tr("Follow the &System"), [], self.tr("Light or dark as the desktop is")
            ),
            "light": a(self.tr("&Light"), [], self.tr("Dark text on a light background")),
            "dark": a(self.tr("&Dark"), [], self.tr("Light text on a dark background")),
        }
        for mode, action in self.themes.items():
            action.setCheckable(True)
            action.setData(mode)
            self.theme_group.addAction(action)
        # Language names in their own language, as every desktop's language menu does.
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.languages = {
            "system": a(self.tr("As the &System"), [], self.tr("The desktop's language")),
            "en": a("&English", [], "English"),
            "ru": a("&Русский", [], "Русский"),
        }
        for code, action in self.languages.items():
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
        self.about = a(self.tr("&About ictviewer"), [], self.tr("Version and corpus"))
        self.about_qt = a(self.tr("About &Qt"), [], "")
        # F1 (the platform's Help key) opens the guide, as in every desktop program; the
        # list of shortcuts stays in the Help menu without a key of its own.
        self.user_guide = a(
            self.tr("&User Guide"), [Key.HelpContents],
            self.tr("How to search, read, compare and print; the query syntax (offline)"),
        )  # fmt: skip
        self.shortcuts_help = a(self.tr("&Keyboard Shortcuts"), [], "")
        # The platform's Preferences key where it has one (Cmd+, on macOS); Linux and
        # Windows have none, so Ctrl+, as in the browsers and the code editors.
        self.preferences = a(
            self.tr("&Preferences…"),
            [Key.Preferences] if QKeySequence.keyBindings(Key.Preferences) else ["Ctrl+,"],
            self.tr("Interface language, reading font, paper, export folder, citations"),
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self._window = window

    def _action(self, text: str, keys: list, tip: str) -> QAction:
        return make_action(self._parent(), text, keys, tip)

    def _parent(self) -> QMainWindow:
        return self.parent()

    def build_menus(
        self, selection_files: list[QAction | None], dock_toggles: list[QAction]
    ) -> None:
        """The menu bar, once the docks exist: their toggles and the selection's file commands.

        `selection_files` fill File ▸ Selection (None = a separator); `dock_toggles`
        join the panes in the View menu.
        """
        bar = self._window.menuBar()
        self.file_menu = file = bar.addMenu(self.tr("&File"))
        file.addAction(self.open_document)
        self.recent_menu = file.addMenu(self.tr("Open &Recent"))  # filled as it opens
        file.addActions([self.compare, self.close_tab, self.reopen_closed])
        file.addSeparator()
        file.addActions([self.add_document, self.edit_details, self.remove_document])
        file.addSeparator()
        file.addActions([self.print_preview, self.print_, self.export_pdf])
        file.addSeparator()
        self.selection_menu = file.addMenu(self.tr("Se&lection"))
        _add(self.selection_menu, selection_files)
        file.addSeparator()
        file.addAction(self.quit)
        self.edit_menu = edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(self.copy_citation)
        edit.addSeparator()
        edit.addActions([self.find_in_document, self.find, self.find_next, self.find_previous])
        edit.addAction(self.find_precedents)
        edit.addSeparator()
        edit.addActions([self.add_hit, self.add_all_hits])
        edit.addSeparator()
        edit.addAction(self.preferences)
        self.view_menu = view = bar.addMenu(self.tr("&View"))
        view.addActions([self.show_search, self.show_library, *dock_toggles, self.show_contents])
        view.addSeparator()
        view.addActions([self.focus_mode, self.full_screen])
        view.addSeparator()
        view.addAction(self.show_on_timeline)
        view.addSeparator()
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        view.addSeparator()
        themes = QMenu(self.tr("&Theme"), view)
        themes.addActions(list(self.themes.values()))
        view.addMenu(themes)
        languages = QMenu(self.tr("&Language"), view)
        languages.addActions(list(self.languages.values()))
        view.addMenu(languages)
        view.addSeparator()
        view.addActions([self.next_tab, self.previous_tab])
        self.go_menu = go = bar.addMenu(self.tr("&Go"))
        go.addActions([self.back, self.forward])
        go.addSeparator()
        go.addAction(self.go_to_provision)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.user_guide, self.shortcuts_help])
        help_menu.addSeparator()
        help_menu.addActions([self.about, self.about_qt])
        for toggle in dock_toggles:  # their shortcuts work, and are listed, with menus closed
            self._window.addAction(toggle)


def _browse(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """A standard Back/Forward key's bindings, less the keys other commands have."""
    taken = {QKeySequence(k) for k in ("Backspace", "Shift+Backspace")}
    taken |= {QKeySequence(Qt.Key.Key_Back), QKeySequence(Qt.Key.Key_Forward)}
    return [k for k in QKeySequence.keyBindings(key) if k not in taken]


def _add(menu: QMenu, actions: list[QAction | None]) -> None:
    """Add `actions` to `menu`, None standing for a separator."""
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
