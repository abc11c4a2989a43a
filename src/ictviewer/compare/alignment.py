"""Alignment of similar provisions, and the word-level diff of each aligned pair.

Every left provision is scored against every right one, and the score carries
its reason (as Picard's `MatchResult` does):

- wording: difflib's ratio over words and punctuation marks (folded quotes,
  dashes and whitespace; case kept) - 1.0 is "same wording";
- concepts: the Dice overlap of the two provisions' concept sets, each concept
  weighted by its rarity in the two documents (log N/df over their
  provisions), so sharing "OEWG" says more than sharing the ubiquitous
  "security of and in the use of ICTs".

`similarity = max(wording, CONCEPT_WEIGHT * concept overlap)`, where wording
counts from `MIN_WORDING` up (below it, shared words are mostly stock phrases
and function words) and `CONCEPT_WEIGHT` < 1 keeps a pair that shares ideas
but not words below a pair with the same wording. Pairs reaching
`MIN_SIMILARITY` are chosen greedily, best first (ties: the pair closest in
relative position), each provision at most once.

For two versions of one text this is the version diff: each aligned pair's
`changes` says what was kept, removed, inserted or replaced, word by word
(`WordChange(op, left_words, right_words)`, with character offsets in
`change_offsets` for highlighting); unaligned provisions were removed or added
whole.
"""

from __future__ import annotations

import difflib
import functools
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from ictviewer.corpus.model import Document
from ictviewer.text import Token, diff_tokens

CONCEPT_WEIGHT = 0.8
MIN_SIMILARITY = 0.25
MIN_WORDING = 0.5


class WordChange(NamedTuple):
    """One step of a word-level diff: op is "equal", "replace", "delete" or "insert"."""

    op: str
    left_words: tuple[str, ...]
    right_words: tuple[str, ...]


@dataclass(frozen=True)
class AlignedPair:
    """Left provision <-> right provision, how similar (0..1) and why."""

    left_provision: str
    right_provision: str
    similarity: float
    reason: str
    wording: float
    shared_concepts: tuple[str, ...]
    changes: tuple[WordChange, ...]
    # (left_start, left_end, right_start, right_end) of each change in the provision texts
    change_offsets: tuple[tuple[int, int, int, int], ...]
    left_text: str = field(default="", repr=False, compare=False)
    right_text: str = field(default="", repr=False, compare=False)

    @property
    def same_wording(self) -> bool:
        return self.wording == 1.0

    def to_json(self) -> dict:
        return {
            "left_provision": self.left_provision,
            "right_provision": self.right_provision,
            "similarity": self.similarity,
            "reason": self.reason,
            "wording": self.wording,
            "shared_concepts": list(self.shared_concepts),
            "changes": [
                {
                    "op": change.op,
                    "left_words": list(change.left_words),
                    "right_words": list(change.right_words),
                    "left_start": offsets[0],
                    "left_end": offsets[1],
                    "right_start": offsets[2],
                    "right_end": offsets[3],
                }
                for change, offsets in zip(self.changes, self.change_offsets, strict=True)
            ],
        }


@functools.lru_cache(maxsize=8192)
def _forms(text: str) -> tuple[str, ...]:
    return tuple(t.form for t in diff_tokens(text))


def word_changes(
    left_text: str, right_text: str
) -> tuple[tuple[WordChange, ...], tuple[tuple[int, int, int, int], ...], float]:
    """The word-level diff of two texts, the offsets of each step, and the wording ratio."""
    left, right = diff_tokens(left_text), diff_tokens(right_text)
    matcher = difflib.SequenceMatcher(None, _forms(left_text), _forms(right_text), autojunk=False)
    changes, offsets = [], []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        changes.append(
            WordChange(
                op,
                tuple(left_text[t.start : t.end] for t in left[i1:i2]),
                tuple(right_text[t.start : t.end] for t in right[j1:j2]),
            )
        )
        offsets.append((*_extent(left, i1, i2), *_extent(right, j1, j2)))
    return tuple(changes), tuple(offsets), round(matcher.ratio(), 3)


def _extent(tokens: tuple[Token, ...], i: int, j: int) -> tuple[int, int]:
    if i < j:
        return tokens[i].start, tokens[j - 1].end
    at = tokens[i].start if i < len(tokens) else (tokens[-1].end if tokens else 0)
    return at, at


@functools.lru_cache(maxsize=8192)
def _bag(text: str) -> Counter[str]:
    return Counter(_forms(text))


@functools.lru_cache(maxsize=65536)
def _wording(left_text: str, right_text: str) -> float:
    """difflib's ratio, or 0.0 when its cheap upper bounds show it is below `MIN_WORDING`."""
    left, right = _forms(left_text), _forms(right_text)
    if left == right:
        return 1.0
    total = len(left) + len(right)
    if 2 * min(len(left), len(right)) < MIN_WORDING * total:  # difflib's real_quick_ratio
        return 0.0
    if 2 * sum((_bag(left_text) & _bag(right_text)).values()) < MIN_WORDING * total:
        return 0.0  # difflib's quick_ratio
    return round(difflib.SequenceMatcher(None, left, right, autojunk=False).ratio(), 3)


def align(
    left: Document,
    right: Document,
    left_concepts: dict[str, frozenset[str]],
    right_concepts: dict[str, frozenset[str]],
    order: Callable[[str], int] = lambda concept_id: 0,
    label_of: Callable[[str], str] = str,
) -> tuple[tuple[AlignedPair, ...], tuple[str, ...], tuple[str, ...]]:
    """Aligned pairs (in left document order), unaligned left ids, unaligned right ids.

    `left_concepts`/`right_concepts` map provision ids to concept ids; `order`
    sorts shared concepts (legend order) and `label_of` names them in reasons.
    """
    nl, nr = len(left.provisions), len(right.provisions)
    weight = _rarity([*left_concepts.values(), *right_concepts.values()], nl + nr)
    candidates = []
    for li, lp in enumerate(left.provisions):
        lc = left_concepts.get(lp.id, frozenset())
        lw = sum(weight[c] for c in lc)
        for ri, rp in enumerate(right.provisions):
            rc = right_concepts.get(rp.id, frozenset())
            shared = lc & rc
            wording = _wording(lp.text, rp.text)
            if wording < MIN_WORDING and not shared:
                continue
            overlap = 2 * sum(weight[c] for c in shared) / (lw + sum(weight[c] for c in rc) or 1)
            counted = wording if wording >= MIN_WORDING else 0.0
            similarity = round(max(counted, CONCEPT_WEIGHT * overlap), 3)
            if similarity < MIN_SIMILARITY:
                continue
            distance = abs(li / max(nl, 1) - ri / max(nr, 1))
            candidates.append((-similarity, distance, li, ri, wording, shared))
    candidates.sort(key=lambda c: c[:4])
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs = []
    for negative, _, li, ri, wording, shared in candidates:
        if li in used_left or ri in used_right:
            continue
        used_left.add(li)
        used_right.add(ri)
        lp, rp = left.provisions[li], right.provisions[ri]
        ordered = tuple(sorted(shared, key=lambda c: (order(c), c)))
        changes, offsets, _ = word_changes(lp.text, rp.text)
        reason = _reason(wording, ordered, label_of)
        pair = AlignedPair(
            lp.id, rp.id, -negative, reason, wording, ordered, changes, offsets, lp.text, rp.text
        )
        pairs.append((li, pair))
    pairs.sort(key=lambda p: p[0])
    unaligned_left = tuple(p.id for i, p in enumerate(left.provisions) if i not in used_left)
    unaligned_right = tuple(p.id for i, p in enumerate(right.provisions) if i not in used_right)
    return tuple(p for _, p in pairs), unaligned_left, unaligned_right


def _rarity(concept_sets: list[frozenset[str]], provisions: int) -> dict[str, float]:
    """Concept id -> log(N / df): how informative sharing it is in these two documents."""
    df: dict[str, int] = {}
    for concepts in concept_sets:
        for concept_id in concepts:
            df[concept_id] = df.get(concept_id, 0) + 1
    # +1 so a concept in every provision still weighs a little
    return {c: math.log((provisions + 1) / n) for c, n in df.items()}


def _reason(wording: float, shared: tuple[str, ...], label_of: Callable[[str], str]) -> str:
    if wording == 1.0:
        return "same wording"
    parts = []
    if wording >= MIN_WORDING:
        parts.append(f"{round(wording * 100)}% same wording")
    if shared:
        names = ", ".join(label_of(c) for c in shared[:3]) + (", ..." if len(shared) > 3 else "")
        word = "concept" if len(shared) == 1 else "concepts"
        parts.append(f"shares {len(shared)} {word} ({names})")
    return "; ".join(parts) or "similar wording"


def diff_text(pair: AlignedPair, context: int = 4) -> str:
    """The pair's changes inline: "kept [-removed-]{+inserted+} kept", long kept runs shortened.

    Spacing and punctuation come from the texts themselves (the offsets of each step).
    """
    out: list[str] = []
    cursor = 0  # end of what has been written of the right text
    for change, (ls, le, rs, re_) in zip(pair.changes, pair.change_offsets, strict=True):
        gap = pair.right_text[cursor:rs] if change.op != "delete" else ""
        old, new = pair.left_text[ls:le], pair.right_text[rs:re_]
        if change.op == "equal":
            words = new.split()
            if len(words) > 2 * context + 1:
                head = words[:context] if out else []
                tail = words[-context:] if change is not pair.changes[-1] else []
                new = " ".join([*head, "...", *tail])
            out.append(gap + new)
        elif change.op == "delete":
            space = " " if out and pair.left_text[ls - 1 : ls].isspace() else ""
            out.append(f"{space}[-{old}-]")
        elif change.op == "insert":
            out.append(f"{gap}{{+{new}+}}")
        else:
            out.append(f"{gap}[-{old}-]{{+{new}+}}")
        if change.op != "delete":
            cursor = re_
    return "".join(out).strip()
