"""Concept-aware search: a query that names a concept also searches the concept's terms.

A delegate comparing texts in three languages types "цифровой разрыв" and
expects the English provisions on the "digital divide" too; types "cybercrime"
and expects "the criminal use of ICTs". The concept lexicon
(`ictviewer.concepts`, the one the compare view marks with) already says which
wordings name one concept, so the query is matched against it with the very
matcher the compare view uses (same folds, stems, gaps and `ignore:` names):
a run of query words that is exactly one concept span becomes a
`ConceptAlias`, which searches what was typed *or* any of the concept's terms,
each in its own language.

Rules, and why:

- Only whole query units are expanded: a bare word, consecutive bare words
  (stop words typed between them count, "Charter of the United Nations"), a
  hyphenated word, an acronym, and only when the matcher's span covers them
  exactly. A "quoted phrase" is never expanded: quotes ask for that wording.
  "confidence forensics" expands each word on its own; the name
  "Conference on Interaction and Confidence Building Measures in Asia" is an
  `ignore:` phrase and expands to nothing, as it is marked as nothing.
- Nothing under NOT is expanded: "-terrorism" excludes the word the user
  typed, not every wording of a concept they did not spell out.
- Terms with wildcards ("peaceful ** ICT environment", Kazakh "сенім шара*")
  cannot be said as a phrase and are left out; the typed words still search.
  So are terms of the typed language that contain what was typed ("digital
  forensics" for "forensics"): they could only find what the typed words find.
- The concept's terms weigh less than the typed words in the ranking
  (`compile.EXPANSION_WEIGHT`): the wording asked for comes first.
- The expansion is shown in `parsed` (`syntax.describe`) and can be switched
  off (`SearchIndex.search(expand_concepts=False)`, `--no-concepts`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ictviewer.concepts import LANGUAGES, Concept, Lexicon
from ictviewer.search import analysis
from ictviewer.search.syntax import (
    Alias,
    And,
    ConceptAlias,
    Node,
    Or,
    Parsed,
    Phrase,
    Word,
)

MAX_RUN = 24  # query words looked at together (the longest term has 13 words)


def expand(parsed: Parsed, lexicon: Lexicon) -> Parsed:
    """`parsed` with each part that names a concept paired with the concept's terms."""
    if parsed.node is None:
        return parsed
    node = _expand(parsed.node, parsed.text, lexicon)
    return parsed if node == parsed.node else dataclasses.replace(parsed, node=node)


def concepts_of(node: Node | None) -> list[ConceptAlias]:
    """The concept expansions in a tree, in query order (what `parsed` reports)."""
    if isinstance(node, ConceptAlias):
        return [node]
    if isinstance(node, And | Or):
        return [found for child in node.children for found in concepts_of(child)]
    return []  # under NOT nothing is expanded; leaves hold none


def _expand(node: Node, text: str, lexicon: Lexicon) -> Node:
    if isinstance(node, And):
        return _expand_run(list(node.children), text, lexicon, And)
    if isinstance(node, Or):
        return Or(tuple(_expand(child, text, lexicon) for child in node.children))
    if isinstance(node, Word | Phrase | Alias):
        return _expand_run([node], text, lexicon, And)
    return node  # Not, Prefix, Filter: as typed


def _span(node: object, text: str) -> tuple[int, int] | None:
    """Where a plain query unit stands in the query text, or None (not one to expand)."""
    if isinstance(node, Word):
        return (node.start, node.end) if node.start >= 0 else None
    if isinstance(node, Phrase):
        first, last = node.words[0], node.words[-1]
        if first.start < 0 or (first.start > 0 and text[first.start - 1] == '"'):
            return None  # a quoted phrase: the user asked for exactly that wording
        return first.start, last.end
    if isinstance(node, Alias):
        return _span(node.word, text) if node.acronym_typed else _span(node.phrases[0], text)
    return None


def _expand_run(children: list, text: str, lexicon: Lexicon, kind) -> Node:
    """Replace runs of consecutive plain units that are exactly one concept span."""
    chosen: dict[int, tuple[int, Concept]] = {}  # first child -> (end child, concept)
    i = 0
    while i < len(children):
        if _span(children[i], text) is None:
            i += 1
            continue
        j = i
        while j < len(children) and j - i < MAX_RUN and _span(children[j], text) is not None:
            j += 1
        chosen.update(_windows(children[i:j], i, text, lexicon))
        i = j
    out: list = []
    i = 0
    while i < len(children):
        if i in chosen:
            end, concept = chosen[i]
            window = children[i:end]
            typed = window[0] if len(window) == 1 else And(tuple(window))
            out.append(_alias(typed, concept, window))
            i = end
        else:
            child = children[i]
            # a group (brackets) is expanded inside; a quoted phrase or a NOT is kept as typed
            out.append(_expand(child, text, lexicon) if isinstance(child, And | Or) else child)
            i += 1
    return out[0] if len(out) == 1 else kind(tuple(out))


def _windows(
    run: Sequence, offset: int, text: str, lexicon: Lexicon
) -> dict[int, tuple[int, Concept]]:
    """Concept spans of the run's text that begin and end on its units' boundaries.

    The run's text is matched once per language, so `ignore:` names and the
    longest-match rule decide exactly as they do in the compare view.
    """
    spans = [_span(unit, text) for unit in run]
    base = spans[0][0]  # type: ignore[index]
    piece = text[base : spans[-1][1]]  # type: ignore[index]
    starts = {s[0] - base: k for k, s in enumerate(spans)}  # type: ignore[index]
    ends = {s[1] - base: k for k, s in enumerate(spans)}  # type: ignore[index]
    candidates = []
    for lang in LANGUAGES:
        for found in lexicon.match(piece, lang):
            if (
                found.start in starts
                and found.end in ends
                and starts[found.start] <= ends[found.end]
            ):
                first, last = starts[found.start], ends[found.end]
                candidates.append((first - last, first, last, found.concept_id))
    chosen: dict[int, tuple[int, Concept]] = {}
    taken: set[int] = set()
    for _, first, last, concept_id in sorted(candidates):  # longest first
        if taken.isdisjoint(range(first, last + 1)):
            taken.update(range(first, last + 1))
            chosen[offset + first] = (offset + last + 1, lexicon.get(concept_id))  # type: ignore[assignment]
    return chosen


def _alias(typed: Node, concept: Concept, window: Sequence) -> ConceptAlias:
    typed_words = tuple(
        w.folded
        for unit in window
        for w in (
            unit.words
            if isinstance(unit, Phrase)
            else (unit.word,)
            if isinstance(unit, Alias) and unit.acronym_typed
            else unit.phrases[0].words
            if isinstance(unit, Alias)
            else (unit,)
        )
    )
    terms: list[tuple[str, Word | Phrase]] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()  # per language: each branch has its own
    for lang, texts in concept.terms:
        stem = analysis.stemmer(lang)
        typed_stems = tuple(stem(w) for w in typed_words)
        for term in texts:
            if "*" in term:
                continue  # a gap or a prefix: not expressible as a phrase
            words = tuple(Word(m.group(), -1, -1) for m in analysis.TOKEN_RE.finditer(term))
            key = tuple(stem(w.folded) for w in words)
            if not words or (lang, key) in seen or _contains(key, typed_stems):
                continue  # said twice, or it can only find what the typed words find
            seen.add((lang, key))
            terms.append((lang, words[0] if len(words) == 1 else Phrase(words)))
    return ConceptAlias(typed, concept.id, concept.label, tuple(terms))


def _contains(term: tuple[str, ...], typed: tuple[str, ...]) -> bool:
    """Whether the term's stems contain the typed stems as one run."""
    n = len(typed)
    return any(term[i : i + n] == typed for i in range(len(term) - n + 1))
