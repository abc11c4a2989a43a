"""An inverted index of word 3-grams ("shingles"): which records share a stretch of wording.

A precedent shares at least one run of three words with the draft, so every
precedent shares at least one shingle: looking the draft's shingles up finds every
candidate without reading the other records. Each posting list holds the numbers
of the records that contain the shingle (once each, ascending); where in a record
it occurs is recomputed for the few candidates kept (`runs.py`), which keeps the
index to one small int per (shingle, record) and the build fast.

Very common shingles ("the use of", "in the field") are not used to *find*
candidates: in a large library they would pull in a fraction of every record for no
information. They still count once a candidate is found (runs are extended word by
word). A draft made only of common shingles falls back to its rarest few.

Kept in memory, never on disk: building it for the 10k-provision benchmark corpus
takes well under a second (see benchmarks/precedents_bench.py), less than checking
and unpickling a cached copy would, and it can then never disagree with the corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

SIZE = 3  # words per shingle: the shortest run that counts as shared wording
SEP = "\x1f"
FALLBACK = 3  # rarest shingles used when all of a draft's are common


def shingles(keys: Sequence[str]) -> list[str]:
    """The shingles of a key sequence, in order (position i starts shingle i)."""
    return list(map(SEP.join, zip(keys, keys[1:], keys[2:], strict=False)))  # SIZE 3


class ShingleIndex:
    """Shingle -> record numbers; `candidates` ranks records by the shingles they share."""

    def __init__(self, records: Iterable[Sequence[str]]):
        postings: dict[str, list[int]] = {}
        count = 0
        for number, keys in enumerate(records):
            count += 1
            for shingle in set(shingles(keys)):
                found = postings.get(shingle)
                if found is None:
                    postings[shingle] = [number]
                else:
                    found.append(number)
        self.postings = postings
        self.records = count
        #: A shingle in more records than this does not make candidates (see the module doc).
        self.common = max(200, count // 20)

    def __len__(self) -> int:
        return len(self.postings)

    def candidates(self, keys: Sequence[str], limit: int) -> list[tuple[int, int]]:
        """Up to `limit` (record, shared shingles) pairs, most shared first.

        Shared shingles are counted over the draft's distinct, not-too-common shingles.
        """
        lists = [p for s in set(shingles(keys)) if (p := self.postings.get(s)) is not None]
        if not lists:
            return []
        usable = [p for p in lists if len(p) <= self.common]
        if not usable:
            usable = sorted(lists, key=len)[:FALLBACK]
        counts: Counter[int] = Counter()
        for postings in usable:
            counts.update(postings)
        return counts.most_common(limit)
