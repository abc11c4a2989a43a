"""The one sentence per paragraph: where its wording was agreed, oldest first.

"agreed language in CICA 2022 (para. 5) and CSTO 2022 (para. 7)" reads as the
history of a formula: each document once, with the labels of its provisions, in date
order. Only verbatim precedents make "agreed language"; when the strongest are close
it says "close to agreed language in …", so a paraphrase is never passed off as the
agreed text. Without either it says so plainly.
"""

from __future__ import annotations

from collections.abc import Sequence

from ictviewer.precedents.rank import VERBATIM
from ictviewer.precedents.results import Precedent

NONE = "no agreed language found: nothing in the library shares this wording"
TOO_SHORT = (
    "no agreed language found: a precedent shares at least three words, and the draft has fewer"
)


def _listed(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def place_names(precedents: Sequence[Precedent]) -> list[str]:
    """Each document once, oldest first, with its provisions' labels: "CICA 2022 (para. 5;
    para. 7)". Names from the corpus, the same in every language (the window joins them)."""
    by_document: dict[str, list[Precedent]] = {}
    for precedent in sorted(precedents, key=lambda p: (p.sort_date, p.doc_id, p.provision_id)):
        by_document.setdefault(precedent.doc_id, []).append(precedent)
    items = []
    for group in by_document.values():
        labels = list(dict.fromkeys(p.label for p in group))
        items.append(f"{group[0].organisation} {group[0].year} ({'; '.join(labels)})")
    return items


def _places(precedents: Sequence[Precedent]) -> str:
    return _listed(place_names(precedents))


def summarise(history: Sequence[Precedent], related: int = 0) -> str:
    """The summary of a paragraph from its strong precedents (`history`) and related count."""
    verbatim = [p for p in history if p.strength == VERBATIM]
    if verbatim:
        return f"agreed language in {_places(verbatim)}"
    if history:
        return f"close to agreed language in {_places(history)}"
    if related:
        shown = "provision shares" if related == 1 else "provisions share"
        return f"{NONE} ({related} related {shown} concepts, but little wording)"
    return NONE
