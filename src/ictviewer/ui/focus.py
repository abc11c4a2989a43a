"""Focus mode's bookkeeping: which panes it hid, so that only those come back.

The window decides when (its command, a tab's Focus button, a comparison opening
in a narrow window); this module only remembers what was showing. Measured reasons
for the widths are beside the constants.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

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
