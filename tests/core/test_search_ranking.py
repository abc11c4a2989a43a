"""The best hits are those of sorting every match (`search/ranking.py`), ties included."""

from __future__ import annotations

import random

import pytest

from ictviewer.search.ranking import best, top


def sorted_fully(scores: dict[int, float], limit, rank=None):
    order = (lambda i: (-i[1], i[0])) if rank is None else (lambda i: (-i[1], rank[i[0]]))
    ranked = sorted(scores.items(), key=order)
    return ranked if limit is None else ranked[: max(limit, 0)]


@pytest.mark.parametrize("seed", range(30))
def test_the_best_are_the_first_of_a_full_sort(seed):
    rng = random.Random(seed)
    size = rng.choice([1, 5, 20, 21, 300, 2000])
    keys = sorted(rng.sample(range(5 * size), size))
    pool = [rng.random() for _ in range(rng.choice([1, 3, size]))]  # few values: many ties
    scores = {k: rng.choice(pool) for k in keys}
    rank = list(range(5 * size))
    rng.shuffle(rank)
    for limit in (None, 0, 1, 20, size - 1, size, size + 5):
        assert best(keys, list(scores.values()), limit, None) == sorted_fully(scores, limit)
        assert top(scores, limit) == sorted_fully(scores, limit)
        assert top(scores, limit, rank) == sorted_fully(scores, limit, rank)


def test_nothing_matched_or_nothing_asked():
    assert best([], [], 20, None) == [] and best([1], [0.5], 0, None) == []
    assert best([1], [0.5], -1, None) == [] and best([3, 1], [0.5, 0.5], None, [0, 1, 2, 3]) == [
        (1, 0.5),
        (3, 0.5),
    ]
