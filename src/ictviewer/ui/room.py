"""Room to read: the window's sizes, and focus mode's bookkeeping.

Focus mode hides panes and later brings back only those it hid; the window
decides when (its command, a tab's Focus button, a comparison opening in a
narrow window), this module only remembers what was showing. The first-start
size and the search pane's share are here too, with the measured reasons for
each width beside its constant.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtWidgets import QMainWindow

# Below this window width a comparison cannot have the search pane, the library, its
# legend and two text columns of 45 characters at once (~320 + 280 + 2 x ~540 px), so
# opening one enters focus mode (preferences/focus_for_comparisons).
ROOMY_WIDTH = 1700
# Half of a 1366 px laptop screen, beside a draft in a word processor.
MINIMUM_WIDTH = 640


class Pane(NamedTuple):
    shown: Callable[[], bool]
    show: Callable[[bool], None]


class PaneHider:
    """Hides its panes and, later, brings back those that were showing."""

    def __init__(self, panes: dict[str, Pane]) -> None:
        self.panes = panes
        self.before: dict[str, bool] = {}  # empty while nothing is hidden by us

    def hide(self) -> None:
        self.before = {name: pane.shown() for name, pane in self.panes.items()}
        for pane in self.panes.values():
            pane.show(False)

    def restore(self) -> None:
        """Show again what `hide` hid; a pane the user opened meanwhile stays open."""
        for name, pane in self.panes.items():
            if self.before.get(name):
                pane.show(True)
        self.before = {}

    def shown_after(self, name: str) -> bool:
        """Whether the pane shows once focus mode is left (what a session should save)."""
        return self.before.get(name, self.panes[name].shown())


def search_share(width: int) -> int:
    """The search pane's width in a first window `width` wide: 30%, within 240..420 px.

    It has no stretch, so without this a smaller window takes all of its shrinking
    out of the documents.
    """
    return max(240, min(420, round(width * 0.3)))


def first_start_size(window: QMainWindow) -> None:
    """The first time, a comfortable size that fits the screen, centred on it."""
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width = min(1360, int(area.width() * 0.92))
    height = min(880, int(area.height() * 0.92))
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
