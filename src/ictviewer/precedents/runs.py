"""Maximal stretches of shared wording between a draft and one record, both offsets kept.

Seeds are the positions where a shingle of the record is also a shingle of the
draft; each seed that does not continue a longer match on the same diagonal is
extended word by word as far as both texts agree. That yields every maximal common
run of at least `shingles.SIZE` tokens. Runs are then chosen longest first, never
reusing a word of either text, so the draft's coverage counts each word once and a
phrase the draft repeats is not credited twice to a provision that has it once. A run
overlapping one already chosen keeps its longest free stretch, if that is still SIZE
tokens long: "information and communication technologies (ICTs) and their …" has two
runs through "ICTs and their" for a draft saying "use of ICTs and their", and the
second must give up only the one word the first took.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ictviewer.precedents.shingles import SIZE, shingles


class Span(NamedTuple):
    """`length` tokens shared from draft token `draft` and record token `record`."""

    draft: int
    record: int
    length: int


def positions(keys: Sequence[str]) -> dict[str, list[int]]:
    """{shingle: positions} of a draft, computed once per draft and reused for every record."""
    found: dict[str, list[int]] = {}
    for i, shingle in enumerate(shingles(keys)):
        found.setdefault(shingle, []).append(i)
    return found


def maximal_runs(
    draft: Sequence[str], record: Sequence[str], draft_positions: Mapping[str, list[int]]
) -> list[Span]:
    """Every maximal run of at least SIZE equal keys of `draft` and `record`."""
    runs: list[Span] = []
    n, m = len(draft), len(record)
    for j, shingle in enumerate(shingles(record)):
        for i in draft_positions.get(shingle, ()):
            if i and j and draft[i - 1] == record[j - 1]:
                continue  # inside a run that starts earlier on this diagonal
            k = SIZE
            while i + k < n and j + k < m and draft[i + k] == record[j + k]:
                k += 1
            runs.append(Span(i, j, k))
    return runs


def chosen_runs(
    draft: Sequence[str], record: Sequence[str], draft_positions: Mapping[str, list[int]]
) -> list[Span]:
    """Non-overlapping shared runs (in both texts), longest first chosen, in draft order."""
    runs = maximal_runs(draft, record, draft_positions)
    if len(runs) <= 1:
        return runs
    runs.sort(key=lambda r: (-r.length, r.draft, r.record))
    used_draft: set[int] = set()
    used_record: set[int] = set()
    kept: list[Span] = []
    for run in runs:
        free = _longest_free(run, used_draft, used_record)
        if free is not None:
            kept.append(free)
            used_draft.update(range(free.draft, free.draft + free.length))
            used_record.update(range(free.record, free.record + free.length))
    kept.sort()
    return kept


def _longest_free(run: Span, used_draft: set[int], used_record: set[int]) -> Span | None:
    """The longest stretch of `run` using no word already taken, if SIZE long or more."""
    best: Span | None = None
    start = None
    for k in range(run.length + 1):
        free = (
            k < run.length and run.draft + k not in used_draft and run.record + k not in used_record
        )
        if free and start is None:
            start = k
        elif not free and start is not None:
            if k - start >= SIZE and (best is None or k - start > best.length):
                best = Span(run.draft + start, run.record + start, k - start)
            start = None
    return best
