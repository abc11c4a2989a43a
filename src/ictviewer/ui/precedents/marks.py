"""Where the draft and a precedent share wording, and where they differ (plain Python).

The side-by-side pair marks each shared run in the same tint on both sides (run 1
one tint, run 2 the next), so the eye pairs them even when the provision says them
in another order. What differs is marked too, so "the whole range" against "a wide
range" shows at a glance:

- on the draft side, every stretch of words outside the runs: the draft's wording
  that this provision does not have;
- on the provision side, only the wording *between* two runs that follow each other
  on both sides: what the provision says in the place of the draft's words. The
  rest of a long provision is context, not a difference, and is left plain.

Offsets are those of `SharedRun` (the cleaned draft paragraph; the provision's text
in the precedent's language). Whitespace and punctuation at a gap's edges are not
marked, and a gap of punctuation alone is no difference.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ictviewer.precedents import SharedRun

RUN, DIFFERS = "run", "differs"
_WORD = re.compile(r"\w")
_EDGE = re.compile(r"^[\W_]*(.*?)[\W_]*$", re.DOTALL)


@dataclass(frozen=True)
class PairMark:
    """`text[start:end]` is a shared run (`number`, in draft order) or differing wording.

    For differing wording between two runs, `other` is what the other side says there
    ("" when the other side has nothing in that place).
    """

    start: int
    end: int
    kind: str
    number: int = 0
    other: str = ""


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The gap without the whitespace and punctuation at its edges; None for no words."""
    piece = text[start:end]
    if not _WORD.search(piece):
        return None
    match = _EDGE.match(piece)
    inner_start = start + match.start(1)
    return inner_start, inner_start + len(match.group(1))


def _gap(text: str, start: int, end: int) -> str:
    span = _trimmed(text, start, end)
    return text[span[0] : span[1]] if span else ""


def pair_marks(
    runs: Sequence[SharedRun], draft: str, provision: str
) -> tuple[list[PairMark], list[PairMark]]:
    """(the draft's marks, the provision's marks), each sorted by position."""
    ordered = sorted(runs, key=lambda r: (r.draft_start, r.provision_start))
    left = [PairMark(r.draft_start, r.draft_end, RUN, n) for n, r in enumerate(ordered)]
    right = [PairMark(r.provision_start, r.provision_end, RUN, n) for n, r in enumerate(ordered)]
    between: dict[tuple[int, int], str] = {}  # draft gap -> what the provision says there
    for a, b in itertools.pairwise(ordered):
        if b.provision_start < a.provision_end or b.draft_start < a.draft_end:
            continue  # out of order on one side: no "in its place" to speak of
        theirs = _trimmed(provision, a.provision_end, b.provision_start)
        mine = _gap(draft, a.draft_end, b.draft_start)
        if theirs is not None:
            right.append(PairMark(*theirs, DIFFERS, other=mine))
        between[(a.draft_end, b.draft_start)] = _gap(provision, a.provision_end, b.provision_start)
    covered = sorted((r.draft_start, r.draft_end) for r in ordered)
    position = 0
    for start, end in [*covered, (len(draft), len(draft))]:
        if start > position:
            span = _trimmed(draft, position, start)
            if span is not None:
                left.append(PairMark(*span, DIFFERS, other=between.get((position, start), "")))
        position = max(position, end)
    return sorted(left, key=_order), sorted(right, key=_order)


def _order(mark: PairMark) -> tuple[int, int]:
    return mark.start, mark.end


def segments(text: str, marks: Sequence[PairMark]) -> list[tuple[int, int, PairMark | None]]:
    """`text` cut at every mark boundary: (start, end, the mark on the piece or None).

    Runs never overlap on one side (the core keeps each word in one run), and a
    difference lies outside every run, so each piece has at most one mark.
    """
    points = sorted(
        {0, len(text), *(max(0, min(len(text), p)) for m in marks for p in (m.start, m.end))}
    )
    out = []
    for start, end in itertools.pairwise(points):
        covering = next((m for m in marks if m.start <= start and end <= m.end), None)
        out.append((start, end, covering))
    return out
