"""Two documents side by side: shared concepts, one-sided concepts, reused wording.

`compare_documents(left, right)` builds a `Comparison` (frozen, no Qt):

- `shared_concepts`, `only_left`, `only_right`: concepts of the lexicon found
  in both / one document, with the provisions and matched text on each side
  (legend order). Every language version of a provision is read: the note
  verbale's Russian and Kazakh texts count as much as its English one. A
  concept found in the main version is reported there (`languages` lists
  every version that has it); one found only in another version is reported
  with that version's matches and `via` set to its language, so a reader (and
  the compare view) knows the main text does not say it in those words;
- `shared_passages`: verbatim runs of 6+ words (see `ictviewer.compare.passages`);
- `alignment`: similar provisions paired with a score and its reason, and a
  word-level diff of each pair (see `ictviewer.compare.alignment`); with
  `unaligned_left`/`unaligned_right` it is the version diff when `versions`
  says the two are versions of one text (a `supersedes` relation).

`Comparison.to_json()` is the `ictviewer compare --json` contract;
`format_comparison()` is its plain-text form. `concept_matrix()` says which
document mentions which concept, for the concept x document overview.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass

from ictviewer.compare.alignment import AlignedPair, align, diff_text
from ictviewer.compare.passages import SharedPassage, shared_passages
from ictviewer.concepts import Concept, Lexicon
from ictviewer.corpus.model import Document

VERSION_RELATIONS = ("supersedes", "superseded-by")
# Two texts count as versions of one text without a relation when at least half of
# the shorter one's provisions align with a near-identical partner. Measured on the
# corpus: the CICA concept papers 2022/2024 (related) have 8 of 14 at >= 0.8; every
# unrelated pair has at most 2 of 16 (statement vs ASEAN-Russia), most none.
NEAR_IDENTICAL = 0.8
SAME_TEXT_SHARE = 0.5


@dataclass(frozen=True)
class ConceptOccurrence:
    """Where one provision mentions a concept: the matched texts and their offsets.

    `matches` and `spans` are in the provision's version `lang`. That is the
    main text unless the concept is found only in another language version:
    then `via` names that version ("ru"), and the offsets are into *its* text,
    not the main one (a view must not paint them over the main text).
    `languages` lists every version the concept is found in, main one first.
    """

    provision_id: str
    matches: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    lang: str = ""
    via: str | None = None
    languages: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {
            "provision_id": self.provision_id,
            "matches": list(self.matches),
            "spans": [list(span) for span in self.spans],
            "lang": self.lang,
            "via": self.via,
            "languages": list(self.languages),
        }


@dataclass(frozen=True)
class ConceptComparison:
    """A concept and its occurrences on each side (one side empty for one-sided concepts)."""

    concept: Concept
    left: tuple[ConceptOccurrence, ...]
    right: tuple[ConceptOccurrence, ...]

    @property
    def count_left(self) -> int:
        return sum(len(o.matches) for o in self.left)

    @property
    def count_right(self) -> int:
        return sum(len(o.matches) for o in self.right)

    def to_json(self) -> dict:
        return {
            **self.concept.summary(),
            "left": [o.to_json() for o in self.left],
            "right": [o.to_json() for o in self.right],
            "count_left": self.count_left,
            "count_right": self.count_right,
        }


@dataclass(frozen=True)
class Comparison:
    left: str
    right: str
    left_title: str
    right_title: str
    versions: bool
    shared_concepts: tuple[ConceptComparison, ...]
    only_left: tuple[ConceptComparison, ...]
    only_right: tuple[ConceptComparison, ...]
    shared_passages: tuple[SharedPassage, ...]
    alignment: tuple[AlignedPair, ...]
    unaligned_left: tuple[str, ...]
    unaligned_right: tuple[str, ...]

    @property
    def close_pairs(self) -> int:
        """Aligned provisions whose wording is near-identical (similarity >= NEAR_IDENTICAL)."""
        return sum(1 for a in self.alignment if a.similarity >= NEAR_IDENTICAL)

    @property
    def shorter_length(self) -> int:
        """Provisions in the shorter of the two documents (every one is aligned or not)."""
        left = len(self.alignment) + len(self.unaligned_left)
        right = len(self.alignment) + len(self.unaligned_right)
        return min(left, right)

    @property
    def near_identical(self) -> bool:
        """The alignment finds two versions of one text, whatever the relations say."""
        shorter = self.shorter_length
        return shorter > 0 and self.close_pairs >= SAME_TEXT_SHARE * shorter

    @property
    def diffable(self) -> bool:
        """A word-level diff means something: a relation or the wording says "versions".

        Between unrelated texts nearly every word is "changed", so the diff is noise.
        """
        return self.versions or self.near_identical

    def to_json(self) -> dict:
        """The `compare --json` document (contract keys first, then extras)."""
        return {
            "left": self.left,
            "right": self.right,
            "shared_concepts": [c.to_json() for c in self.shared_concepts],
            "only_left": [c.to_json() for c in self.only_left],
            "only_right": [c.to_json() for c in self.only_right],
            "shared_passages": [p.to_json() for p in self.shared_passages],
            "alignment": [a.to_json() for a in self.alignment],
            "left_title": self.left_title,
            "right_title": self.right_title,
            "versions": self.versions,
            "unaligned_left": list(self.unaligned_left),
            "unaligned_right": list(self.unaligned_right),
        }


def _occurrences(document: Document, lexicon: Lexicon) -> dict[str, list[ConceptOccurrence]]:
    """Concept id -> its occurrences in the document, provision by provision.

    Every language version is matched (`Provision.versions()`, main first): a
    concept the main text words differently is still found, flagged `via`.
    """
    found: dict[str, list[ConceptOccurrence]] = {}
    for provision in document.provisions:
        # concept id -> {lang: spans}, languages in version order (main first)
        by_concept: dict[str, dict[str, list]] = {}
        for lang, text in provision.versions().items():
            for span in lexicon.match(text, lang):
                by_concept.setdefault(span.concept_id, {}).setdefault(lang, []).append(span)
        # main-text concepts in text order, then those only another version has
        for concept_id, by_lang in by_concept.items():
            lang = provision.lang if provision.lang in by_lang else next(iter(by_lang))
            spans = by_lang[lang]
            found.setdefault(concept_id, []).append(
                ConceptOccurrence(
                    provision.id,
                    tuple(s.matched_text for s in spans),
                    tuple((s.start, s.end) for s in spans),
                    lang=lang,
                    via=None if lang == provision.lang else lang,
                    languages=tuple(by_lang),
                )
            )
    return found


def _provision_concepts(found: dict[str, list[ConceptOccurrence]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for concept_id, occurrences in found.items():
        for occurrence in occurrences:
            out.setdefault(occurrence.provision_id, set()).add(concept_id)
    return {k: frozenset(v) for k, v in out.items()}


def are_versions(left: Document, right: Document) -> bool:
    """True when one document supersedes the other (or they are the same document)."""
    if left.id == right.id:
        return True
    return any(
        r.type in VERSION_RELATIONS and r.target == other.id
        for doc, other in ((left, right), (right, left))
        for r in doc.relations
    )


def compare_documents(left: Document, right: Document, lexicon: Lexicon) -> Comparison:
    """Compare two documents by the concepts of `lexicon` (`bundled_lexicon()`: the shipped one)."""
    left_found, right_found = _occurrences(left, lexicon), _occurrences(right, lexicon)

    def entries(ids, with_left: bool, with_right: bool) -> tuple[ConceptComparison, ...]:
        return tuple(
            ConceptComparison(
                lexicon.get(cid),  # type: ignore[arg-type]
                tuple(left_found[cid]) if with_left else (),
                tuple(right_found[cid]) if with_right else (),
            )
            for cid in sorted(ids, key=lexicon.order)
        )

    shared = left_found.keys() & right_found.keys()
    alignment, unaligned_left, unaligned_right = align(
        left,
        right,
        _provision_concepts(left_found),
        _provision_concepts(right_found),
        order=lexicon.order,
        label_of=lambda cid: lexicon.get(cid).label,  # type: ignore[union-attr]
    )
    preferred = frozenset((a.left_provision, a.right_provision) for a in alignment)
    return Comparison(
        left=left.id,
        right=right.id,
        left_title=left.short_title or left.title,
        right_title=right.short_title or right.title,
        versions=are_versions(left, right),
        shared_concepts=entries(shared, True, True),
        only_left=entries(left_found.keys() - shared, True, False),
        only_right=entries(right_found.keys() - shared, False, True),
        shared_passages=shared_passages(left, right, preferred=preferred),
        alignment=alignment,
        unaligned_left=unaligned_left,
        unaligned_right=unaligned_right,
    )


def concept_matrix(documents: Iterable[Document], lexicon: Lexicon) -> dict[str, dict[str, int]]:
    """Document id -> concept id -> number of mentions (a provision's main version, or the
    first other version that has the concept: see `ConceptOccurrence.via`).

    The concept x document matrix of the comparison view: which document
    mentions which concept, and how often.
    """
    return {
        document.id: {
            cid: sum(len(o.matches) for o in occurrences)
            for cid, occurrences in sorted(
                _occurrences(document, lexicon).items(), key=lambda item: lexicon.order(item[0])
            )
        }
        for document in documents
    }


# -- plain text ---------------------------------------------------------------------------


def _where(occurrences: tuple[ConceptOccurrence, ...]) -> str:
    return ", ".join(
        f"{o.provision_id}"
        + (f" (x{len(o.matches)})" if len(o.matches) > 1 else "")
        + (f" (via {o.via})" if o.via else "")
        for o in occurrences
    )


def format_comparison(c: Comparison) -> str:
    """The comparison as plain text for the terminal (`ictviewer compare LEFT RIGHT`)."""
    lines = [f"{c.left}  ({c.left_title})", f"  vs {c.right}  ({c.right_title})"]
    if c.versions:
        lines.append("  (two versions of one text: the alignment below is the version diff)")

    def concept_block(title: str, items: tuple[ConceptComparison, ...]) -> None:
        lines.extend(["", f"{title} ({len(items)})"])
        for item in items:
            sides = []
            if item.left:
                sides.append(f"left: {_where(item.left)}")
            if item.right:
                sides.append(f"right: {_where(item.right)}")
            lines.append(f"  [{item.concept.code}] {item.concept.label}  -  {'; '.join(sides)}")

    concept_block("Shared concepts", c.shared_concepts)
    concept_block(f"Only in {c.left}", c.only_left)
    concept_block(f"Only in {c.right}", c.only_right)

    lines.extend(["", f"Shared wording, 6+ words verbatim ({len(c.shared_passages)})"])
    for p in c.shared_passages:
        lines.append(f"  {p.left_provision} = {p.right_provision} ({p.words} words):")
        lines.extend(
            textwrap.wrap(f'"{p.text}"', 96, initial_indent="    ", subsequent_indent="    ")
        )

    lines.extend(["", f"Aligned provisions ({len(c.alignment)})"])
    for a in c.alignment:
        lines.append(
            f"  {a.left_provision} <-> {a.right_provision}  {a.similarity:.2f}  {a.reason}"
        )
        if c.versions and not a.same_wording:
            lines.extend(
                textwrap.wrap(diff_text(a), 96, initial_indent="    ", subsequent_indent="    ")
            )
    removed, added = ("Removed", "Added") if c.versions else ("Unmatched in", "Unmatched in")
    if c.unaligned_left:
        label = f"{removed} ({c.left})" if c.versions else f"{removed} {c.left}"
        lines.extend(["", f"{label}: {', '.join(c.unaligned_left)}"])
    if c.unaligned_right:
        label = f"{added} ({c.right})" if c.versions else f"{added} {c.right}"
        lines.extend(["", f"{label}: {', '.join(c.unaligned_right)}"])
    return "\n".join(lines) + "\n"
