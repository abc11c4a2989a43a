"""Saving the session when the window closes and bringing it back at the next start.

What is kept is declared in `settings.py`; this module only moves it between the
settings and the window's widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from ictviewer.ui.main_window import MainWindow


def restore(window: MainWindow, open_doc: str | None = None) -> None:
    s = window.settings
    window.commands.themes[s.theme].setChecked(True)
    if s.get("window/geometry"):
        window.restoreGeometry(s.get("window/geometry"))
    else:
        _first_start_size(window)
    if s.get("window/state"):
        window.restoreState(s.get("window/state"))
    window.layout().activate()  # lay out at the restored size, so splitter sizes fit it
    if s.get("window/main_splitter"):
        window.splitter.restoreState(s.get("window/main_splitter"))
    if s.get("window/right_splitter"):
        window.right.restoreState(s.get("window/right_splitter"))
    for action, key, show in (
        (window.commands.show_search, "window/show_search", window.show_search_panel),
        (window.commands.show_library, "window/show_library", window.show_library_pane),
        (window.commands.show_contents, "preferences/show_contents", window.show_contents_pane),
    ):
        action.setChecked(s.get(key))
        show(s.get(key))
    window.library.restore_sort(s.get("window/library_sort"))
    window.search.details_button.setChecked(s.get("search/show_details"))
    for entry in s.get("session/open_tabs"):
        window.workspace.open_tab_entry(entry)
    if window.tabs.count():
        window.tabs.setCurrentIndex(min(s.get("session/current_tab"), window.tabs.count() - 1))
    if open_doc:
        if window.corpus.get(open_doc) is None:
            QTimer.singleShot(0, window, lambda: window.unknown_document(open_doc))
        else:
            window.open_document(open_doc)
    window.search.restore({key: s.get(key) for key in window.search.state()})
    if window.search.box.text().strip():
        window.search.search_now()


def save(window: MainWindow) -> None:
    s = window.settings
    s.set("window/geometry", window.saveGeometry())
    s.set("window/state", window.saveState())
    s.set("window/main_splitter", window.splitter.saveState())
    s.set("window/right_splitter", window.right.saveState())
    s.set("window/show_search", window.commands.show_search.isChecked())
    s.set("window/show_library", window.commands.show_library.isChecked())
    s.set("window/library_sort", window.library.sort_state())
    tabs = (window.workspace.tab_entry(window.tabs.widget(i)) for i in range(window.tabs.count()))
    s.set("session/open_tabs", [entry for entry in tabs if entry])
    s.set("session/current_tab", max(window.tabs.currentIndex(), 0))
    s.set("search/show_details", window.search.details_button.isChecked())
    for key, value in window.search.state().items():
        s.set(key, value)
    reader = window.reader()
    if reader is not None:
        window.remember_reader_splitter(reader)
        if len(reader.document.languages) > 1:
            s.set("preferences/parallel_layout", reader.layout_mode)
    s.sync()


def _first_start_size(window: MainWindow) -> None:
    """The first time, a comfortable size that fits the screen, centred on it."""
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width = min(1360, int(area.width() * 0.92))
    height = min(880, int(area.height() * 0.92))
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
