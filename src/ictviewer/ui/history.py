"""Back and forward through the places the user was sent to, as in a browser.

Plain Python (no Qt), so the rules are unit-tested alone; the main window records
a `Place` each time it opens a provision (a search hit, a timeline click, a
comparison's or the selection's provision) or follows a link to a document, and
its Back/Forward actions ask `back()`/`forward()`.

Recording a new place also takes `here`, where the user actually was when they
left: a reader is scrolled after it was sent somewhere, and Back should return to
the provision they were reading, not to the one they had been sent to an hour ago.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

LIMIT = 100  # places kept; older ones fall off the back
RECENT = 10  # File ▸ Open Recent's length


class Place(NamedTuple):
    doc_id: str
    provision_id: str  # "" for the top of the document


class History:
    """A list of places and a cursor in it; `record` cuts off the forward ones."""

    def __init__(self, limit: int = LIMIT) -> None:
        self._places: list[Place] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> Place | None:
        return self._places[self._index] if self._index >= 0 else None

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return 0 <= self._index < len(self._places) - 1

    def record(self, place: Place, here: Place | None = None) -> None:
        """The user is sent to `place`, leaving `here` (None when nothing was open)."""
        if here is not None:
            if self._index < 0:
                self._append(here)
            elif here.doc_id == self._places[self._index].doc_id:
                self._places[self._index] = here  # where they read to, in the same document
            elif here != self._places[self._index]:
                self._append(here)  # another tab was chosen in between: it counts as a place
        if place != self.current:
            self._append(place)

    def back(self, here: Place | None = None) -> Place | None:
        """The place before the current one (None at the start); `here` updates the current."""
        if not self.can_go_back():
            return None
        self._remember(here)
        self._index -= 1
        return self._places[self._index]

    def forward(self, here: Place | None = None) -> Place | None:
        if not self.can_go_forward():
            return None
        self._remember(here)
        self._index += 1
        return self._places[self._index]

    def _remember(self, here: Place | None) -> None:
        if here is not None and here.doc_id == self._places[self._index].doc_id:
            self._places[self._index] = here

    def kept(self, keep: Callable[[Place], bool]) -> History:
        """A copy with only the places `keep` accepts, the cursor on the nearest one kept.

        The window is rebuilt when the library changes or the language is switched;
        Back and Forward go on in the new one, without the places of a document
        removed in between (two places made neighbours by that are one).
        """
        new = History(self._limit)
        for position, place in enumerate(self._places):
            if keep(place) and (not new._places or new._places[-1] != place):
                new._places.append(place)
            if position == self._index:
                new._index = len(new._places) - 1
        if new._index < 0 and new._places:
            new._index = 0
        return new

    def _append(self, place: Place) -> None:
        del self._places[self._index + 1 :]
        self._places.append(place)
        if len(self._places) > self._limit:
            del self._places[: len(self._places) - self._limit]
        self._index = len(self._places) - 1


def push_recent(entries: list[str], entry: str, limit: int = RECENT) -> list[str]:
    """`entries` (newest first) with `entry` moved or added to the front, `limit` long."""
    return [entry, *(e for e in entries if e != entry)][:limit]
