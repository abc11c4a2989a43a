"""Moving through a concept's occurrences on both sides, and which concept is spotlit.

The view's two panes share one notion of "the concept the reader is following":
chosen in the legend or on a highlight, it stays spotlit (the others faded) until
Escape or another pair; hovering another highlight spotlights that one while the
mouse is on it. Kept out of `view.py`, which wires the pieces together.
"""

from __future__ import annotations

from collections.abc import Callable

from ictviewer.ui.compare.pane import ComparePane


class ConceptNavigator:
    def __init__(self, panes: tuple[ComparePane, ComparePane], hidden: Callable[[], frozenset]):
        self.panes = panes
        self._hidden = hidden  # the concepts switched off: never spotlit
        self._cursor: dict[tuple[str, str], int] = {}  # (side, concept) -> occurrence shown
        self.chosen = ""

    def reset(self) -> None:
        """A new pair: start every concept from its first occurrence, nothing chosen."""
        self._cursor.clear()
        self.chosen = ""

    def step(self, pane: ComparePane, concept_id: str) -> str:
        """Reveal the concept's next occurrence in `pane`; "2/5" where it is, "" if none."""
        found = pane.occurrences(concept_id)
        if not found:
            return ""
        key = (pane.side, concept_id)
        self._cursor[key] = (self._cursor.get(key, -1) + 1) % len(found)
        pane.reveal(*found[self._cursor[key]])
        return f"{self._cursor[key] + 1}/{len(found)}"

    def choose(self, concept_id: str) -> None:
        self.chosen = concept_id
        self.spotlight(concept_id)

    def hover(self, concept_id: str) -> None:
        """The mouse is on a highlight of `concept_id` ("" when it left them)."""
        self.spotlight(concept_id or self.chosen)

    def clear(self) -> bool:
        """Escape: every concept at full strength again. False if nothing was chosen."""
        if not self.chosen:
            return False
        self.choose("")
        return True

    def spotlight(self, concept_id: str) -> None:
        if concept_id in self._hidden():
            concept_id = ""
        for pane in self.panes:
            pane.spotlight(concept_id)
