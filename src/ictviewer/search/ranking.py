"""The best hits of a scored query: highest score first, ties in corpus order.

Only the shown hits (20 while typing) need ordering, out of thousands of
matches for a short prefix. `best` finds the score of the last one shown with
`heapq.nlargest` over the bare scores (no key function, no dict of scores),
keeps the records scoring at least that (a C-level `compress`), and sorts only
those: the same list as sorting every match, at a fraction of the cost.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from itertools import compress, repeat
from operator import ge

Ranked = list[tuple[int, float]]


def best(
    keys: Sequence[int], values: Sequence[float], limit: int | None, rank: Sequence[int] | None
) -> Ranked:
    """The best (docnum, score) pairs of parallel `keys` (ascending) and `values`.

    Highest score first; equal scores in corpus order: document order when
    `rank` is None (the numbers follow the corpus), else `rank[docnum]`.
    """
    if (limit is not None and limit <= 0) or not keys:
        return []
    if rank is not None:
        ordered = sorted(zip(keys, values, strict=True), key=lambda i: (-i[1], rank[i[0]]))
        return ordered if limit is None else ordered[:limit]
    if limit is None or limit >= len(keys):
        return sorted(zip(keys, values, strict=True), key=lambda item: (-item[1], item[0]))
    threshold = heapq.nlargest(limit, values)[-1]
    chosen = list(compress(range(len(values)), map(ge, values, repeat(threshold))))
    picked = [(keys[i], values[i]) for i in chosen]  # ascending docnums
    picked.sort(key=lambda item: -item[1])  # stable: equal scores stay in document order
    return picked[:limit]


def top(scores: dict[int, float], limit: int | None, rank: Sequence[int] | None = None) -> Ranked:
    """`best` of a {docnum: score} dict listing documents in ascending order
    (as `Evaluator.scores` does)."""
    return best(list(scores), list(scores.values()), limit, rank)
