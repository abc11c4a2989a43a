"""The selection, the timeline and the comparison, fitted into the main window.

Each feature's place, actions and connections live in `ui/wiring/`; this module
puts the three together, adds their commands to the window's menus, and is
what the main window calls for every new reader, a theme or zoom change, the
session and the shutdown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ictviewer.ui.reader.view import ReaderView
from ictviewer.ui.wiring.compare import CompareWiring
from ictviewer.ui.wiring.selection import SelectionWiring
from ictviewer.ui.wiring.timeline import TimelineWiring

if TYPE_CHECKING:
    from ictviewer.ui.main_window import MainWindow


class Workspace:
    """The selection dock, the timeline dock and the compare tabs of one window."""

    def __init__(self, window: MainWindow, selection_path: str | Path | None = None) -> None:
        self.window = window
        self.selection = SelectionWiring(window, selection_path)
        self.timeline = TimelineWiring(window)
        self.compare = CompareWiring(window, self.selection.add_one)
        self._menus()
        window.library.compare_requested.connect(self.compare.open)
        window.library.timeline_requested.connect(self.timeline.show_document)

    def _menus(self) -> None:
        c, selection = self.window.commands, self.selection
        c.file_menu.insertAction(c.close_tab, self.compare.action)
        submenu = QMenu(self.window.tr("Se&lection"), c.file_menu)
        _insert(submenu, None, selection.file_actions())
        _insert(
            c.file_menu, c.quit,
            [selection.preview, selection.print_, selection.export_pdf, None,
             submenu.menuAction(), None],
        )  # fmt: skip
        c.edit_menu.addSeparator()
        c.edit_menu.addActions([selection.add_hit, selection.add_all_hits])
        _insert(
            c.view_menu, c.show_contents, [selection.dock.toggleViewAction(), self.timeline.toggle]
        )
        _insert(c.view_menu, c.zoom_in, [self.timeline.show_current, None])

    # -- what the main window calls ----------------------------------------------------------

    def attach_reader(self, reader: ReaderView) -> None:
        """Connect a new reader's ticks, "Compare with" and "Show on timeline"."""
        self.selection.attach_reader(reader)
        self.timeline.attach_reader(reader)
        self.compare.attach_reader(reader)

    def start(self, compare: tuple[str, str] | None = None, timeline: bool = False) -> None:
        """What `ictviewer gui --compare LEFT RIGHT --timeline` asks for at start."""
        if compare:
            unknown = [doc_id for doc_id in compare if self.window.corpus.get(doc_id) is None]
            if unknown:
                QTimer.singleShot(0, self.window, lambda: self.window.unknown_document(unknown[0]))
            else:
                self.compare.open(*compare)
        if timeline:
            self.timeline.show()

    def tab_entry(self, widget: QWidget) -> str:
        """A tab as the session saves it: a document id, or a compare tab's pair."""
        return self.compare.tab_entry(widget) or getattr(
            getattr(widget, "document", None), "id", ""
        )

    def open_tab_entry(self, entry: str) -> None:
        if not self.compare.open_tab_entry(entry):
            self.window.open_document(entry, activate=False)

    def closing(self, widget: QWidget) -> None:
        self.compare.closing(widget)

    def set_appearance(self, scheme: str, zoom: int) -> None:
        self.compare.set_appearance(scheme, zoom)

    def shutdown(self) -> None:
        self.selection.shutdown()
        self.compare.shutdown()


def _insert(menu: QMenu, before: QAction | None, actions: list[QAction | None]) -> None:
    """Insert `actions` (None = a separator) into `menu` before `before` (None: at the end)."""
    for action in actions:
        if action is None:
            menu.insertSeparator(before)
        else:
            menu.insertAction(before, action)
