"""What each side of a comparison marks, provision by provision (plain Python, no Qt).

`side_marks(comparison, document, side)` turns the core's `Comparison` into
ranges of each provision's text: concept occurrences (numbered per concept
in document order, so "next occurrence" has a meaning), verbatim shared
passages, and the word-level changes of aligned provisions. `segments()`
cuts a text at every mark boundary, so the renderer can give each piece one
style and one tooltip.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from ictviewer.compare import Comparison, Concept, ConceptComparison
from ictviewer.corpus.model import Document
from ictviewer.ui.compare.reasons import pair_reason

CONCEPT, PASSAGE, DELETE, INSERT = "concept", "passage", "delete", "insert"
REMOVED, ADDED, UNMATCHED = "removed", "added", "unmatched"


@dataclass(frozen=True)
class Mark:
    """`text[start:end]` of a provision is marked.

    kind CONCEPT: `key` is the concept id, `number` the occurrence on this side;
    kind PASSAGE: `number` is the passage index, `partner` the other side's provision,
    `words` its length; kind DELETE/INSERT: `number` is the change index, `other`
    the words it replaces (the other side's text of a "replace").
    """

    start: int
    end: int
    kind: str
    key: str = ""
    number: int = 0
    partner: str = ""
    words: int = 0
    other: str = ""


@dataclass(frozen=True)
class Partner:
    """The provision aligned with one on the other side, and why."""

    provision_id: str
    similarity: float
    reason: str


@dataclass
class SideMarks:
    """Everything one pane marks; `side` is "left" or "right"."""

    side: str
    doc_id: str
    versions: bool
    concepts: dict[str, Concept] = field(default_factory=dict)
    shared: set[str] = field(default_factory=set)  # ids of the concepts both sides mention
    by_provision: dict[str, list[Mark]] = field(default_factory=dict)
    whole: dict[str, str] = field(default_factory=dict)  # provision id -> REMOVED/ADDED/UNMATCHED
    partners: dict[str, Partner] = field(default_factory=dict)

    def marks(self, provision_id: str, kinds: tuple[str, ...] | None = None) -> list[Mark]:
        found = self.by_provision.get(provision_id, [])
        return found if kinds is None else [m for m in found if m.kind in kinds]

    def add(self, provision_id: str, mark: Mark) -> None:
        if mark.end > mark.start:
            self.by_provision.setdefault(provision_id, []).append(mark)


def _concept_entries(comparison: Comparison, side: str) -> list[ConceptComparison]:
    one_sided = comparison.only_left if side == "left" else comparison.only_right
    return [*comparison.shared_concepts, *one_sided]


def side_marks(comparison: Comparison, document: Document, side: str) -> SideMarks:
    """The marks of `document`, shown on `side` ("left" or "right") of `comparison`."""
    left = side == "left"
    out = SideMarks(side, document.id, comparison.versions)
    order = {p.id: i for i, p in enumerate(document.provisions)}

    occurrences: list[tuple[int, int, int, str]] = []  # (provision order, start, end, concept)
    out.shared = {entry.concept.id for entry in comparison.shared_concepts}
    for entry in _concept_entries(comparison, side):
        out.concepts[entry.concept.id] = entry.concept
        for occurrence in entry.left if left else entry.right:
            if occurrence.via:  # found in another language version: its offsets are not ours
                continue
            for start, end in occurrence.spans:
                position = order.get(occurrence.provision_id, len(order))
                occurrences.append((position, start, end, entry.concept.id))
    numbers: dict[str, int] = {}
    ids = [p.id for p in document.provisions]
    for position, start, end, concept_id in sorted(occurrences):
        if position >= len(ids):
            continue
        number = numbers.get(concept_id, 0)
        numbers[concept_id] = number + 1
        out.add(ids[position], Mark(start, end, CONCEPT, concept_id, number))

    for index, passage in enumerate(comparison.shared_passages):
        if left:
            mark = Mark(passage.left_start, passage.left_end, PASSAGE, "", index,
                        passage.right_provision, passage.words)  # fmt: skip
            out.add(passage.left_provision, mark)
        else:
            mark = Mark(passage.right_start, passage.right_end, PASSAGE, "", index,
                        passage.left_provision, passage.words)  # fmt: skip
            out.add(passage.right_provision, mark)

    change_number = 0
    for pair in comparison.alignment:
        mine = pair.left_provision if left else pair.right_provision
        theirs = pair.right_provision if left else pair.left_provision
        out.partners[mine] = Partner(theirs, pair.similarity, pair_reason(pair, out.concepts))
        for change, (ls, le, rs, re_) in zip(pair.changes, pair.change_offsets, strict=True):
            if change.op == "equal":
                continue
            change_number += 1
            if left and change.op in ("delete", "replace"):
                other = pair.right_text[rs:re_] if change.op == "replace" else ""
                out.add(mine, Mark(ls, le, DELETE, change.op, change_number, other=other))
            elif not left and change.op in ("insert", "replace"):
                other = pair.left_text[ls:le] if change.op == "replace" else ""
                out.add(mine, Mark(rs, re_, INSERT, change.op, change_number, other=other))
    unaligned = comparison.unaligned_left if left else comparison.unaligned_right
    status = (REMOVED if left else ADDED) if comparison.versions else UNMATCHED
    for provision_id in unaligned:
        out.whole[provision_id] = status
    for marks in out.by_provision.values():
        marks.sort(key=lambda m: (m.start, m.end))
    return out


def segments(text: str, marks: list[Mark]) -> list[tuple[int, int, tuple[Mark, ...]]]:
    """`text` cut at every mark boundary: (start, end, marks covering the piece)."""
    bounds = {0, len(text)}
    for mark in marks:
        bounds.add(max(0, min(mark.start, len(text))))
        bounds.add(max(0, min(mark.end, len(text))))
    points = sorted(bounds)
    out = []
    for start, end in itertools.pairwise(points):
        covering = tuple(m for m in marks if m.start <= start and end <= m.end)
        out.append((start, end, covering))
    return out
