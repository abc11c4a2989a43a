"""Verbatim shared passages: where two documents use the very same wording.

A passage is a run of at least `MIN_WORDS` consecutive words that occurs in a
provision of each document. Words are compared after folding case, quotes,
dashes and whitespace, and punctuation is ignored, so "Security of and in the
Use of ICTs" in a title and "security of and in the use of ICTs" in a
paragraph are the same wording.

Runs are found from shared 6-word n-grams, merged along their diagonal into
maximal runs, then chosen greedily, longest first: each word of either
document belongs to at most one passage, so a stock phrase repeated on both
sides is paired once per occurrence, not once per combination. On equal
length, a pair of provisions the alignment already matched is preferred, then
document order.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass

from ictviewer.corpus.model import Document
from ictviewer.text import passage_words

MIN_WORDS = 6


@dataclass(frozen=True)
class SharedPassage:
    """`words` words shared verbatim by `left_provision` and `right_provision`.

    `text` is the left document's wording (`left_start:left_end` of its
    provision text); `right_text` the right one's, which may differ in case or
    punctuation only.
    """

    left_provision: str
    right_provision: str
    text: str
    words: int
    left_start: int
    left_end: int
    right_start: int
    right_end: int
    right_text: str

    def to_json(self) -> dict:
        return {
            "left_provision": self.left_provision,
            "right_provision": self.right_provision,
            "text": self.text,
            "words": self.words,
            "left_start": self.left_start,
            "left_end": self.left_end,
            "right_start": self.right_start,
            "right_end": self.right_end,
            "right_text": self.right_text,
        }


def shared_passages(
    left: Document,
    right: Document,
    min_words: int = MIN_WORDS,
    preferred: frozenset[tuple[str, str]] = frozenset(),
) -> tuple[SharedPassage, ...]:
    """Maximal verbatim runs of `min_words`+ words shared by provisions of both documents."""
    left_words = [passage_words(p.text) for p in left.provisions]
    right_words = [passage_words(p.text) for p in right.provisions]
    index: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for rp, tokens in enumerate(right_words):
        forms = [t.form for t in tokens]
        for i in range(len(forms) - min_words + 1):
            index[tuple(forms[i : i + min_words])].append((rp, i))
    diagonals: dict[tuple[int, int, int], list[int]] = defaultdict(list)
    for lp, tokens in enumerate(left_words):
        forms = [t.form for t in tokens]
        for i in range(len(forms) - min_words + 1):
            for rp, j in index.get(tuple(forms[i : i + min_words]), ()):
                diagonals[(lp, rp, i - j)].append(i)

    heap: list[tuple[int, int, int, int, int, int]] = []  # (-words, not preferred, lp, i, rp, j)
    for (lp, rp, shift), starts in diagonals.items():
        starts.sort()
        first = previous = starts[0]
        for i in [*starts[1:], None]:
            if i is not None and i == previous + 1:
                previous = i
                continue
            length = previous - first + min_words
            pair = (left.provisions[lp].id, right.provisions[rp].id)
            heapq.heappush(heap, (-length, pair not in preferred, lp, first, rp, first - shift))
            if i is not None:
                first = previous = i

    left_taken = [bytearray(len(w)) for w in left_words]
    right_taken = [bytearray(len(w)) for w in right_words]
    chosen: list[tuple[int, int, int, int, int]] = []
    while heap:
        negative, flag, lp, i, rp, j = heapq.heappop(heap)
        length = -negative
        free = [not left_taken[lp][i + k] and not right_taken[rp][j + k] for k in range(length)]
        if all(free):
            left_taken[lp][i : i + length] = b"\1" * length
            right_taken[rp][j : j + length] = b"\1" * length
            chosen.append((lp, i, rp, j, length))
            continue
        k = 0
        while k < length:  # what is still free goes back in the contest
            if not free[k]:
                k += 1
                continue
            start = k
            while k < length and free[k]:
                k += 1
            if k - start >= min_words:
                heapq.heappush(heap, (start - k, flag, lp, i + start, rp, j + start))

    chosen.sort()
    out = []
    for lp, i, rp, j, length in chosen:
        lprov, rprov = left.provisions[lp], right.provisions[rp]
        ls, le = left_words[lp][i].start, left_words[lp][i + length - 1].end
        rs, re_ = right_words[rp][j].start, right_words[rp][j + length - 1].end
        out.append(
            SharedPassage(
                lprov.id, rprov.id, lprov.text[ls:le], length, ls, le, rs, re_, rprov.text[rs:re_]
            )
        )
    return tuple(out)
