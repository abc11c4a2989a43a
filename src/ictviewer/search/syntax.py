"""The parsed form of a query: a small tree, shown back to the user by `describe`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ictviewer.search import analysis


@dataclass(frozen=True)
class Word:
    text: str  # as typed
    start: int  # span in the cleaned query, for "did you mean"
    end: int

    @property
    def folded(self) -> str:
        return analysis.fold(self.text)


@dataclass(frozen=True)
class Phrase:
    words: tuple[Word, ...]


@dataclass(frozen=True)
class Prefix:
    text: str  # folded, without the star


@dataclass(frozen=True)
class Alias:
    """A word and the phrases that spell it out (or a phrase and its acronym): either matches."""

    word: Word
    phrases: tuple[Phrase, ...]
    acronym_typed: bool = True  # False when the user typed the phrase


@dataclass(frozen=True)
class ConceptAlias:
    """A part of the query that names a concept, searched with the concept's terms (#13).

    `typed` is what the user wrote (a word, several words, a phrase, an
    acronym with its expansion) and is searched as ever; `terms` are the
    concept's other terms, `(lang, Word | Phrase)`, each searched in its own
    language only, so "меры доверия" also finds "confidence-building
    measures". `describe` shows them all: an expansion is never hidden.
    """

    typed: object  # Node
    concept_id: str
    label: str
    terms: tuple[tuple[str, Word | Phrase], ...]


@dataclass(frozen=True)
class Filter:
    field: str
    value: str


@dataclass(frozen=True)
class And:
    children: tuple


@dataclass(frozen=True)
class Or:
    children: tuple


@dataclass(frozen=True)
class Not:
    child: object


Node = Word | Phrase | Alias | ConceptAlias | Prefix | Filter | And | Or | Not


@dataclass(frozen=True)
class Parsed:
    text: str  # the cleaned query the spans refer to
    node: Node | None
    fallback: str = ""  # why the query fell back to plain words ("" if it parsed)
    ignored: tuple[str, ...] = field(default=())  # common words left out
    why: tuple[str, str] = ("", "")  # the fallback's code (`query.FALLBACKS`) and part

    def describe(self) -> str:
        """The `parsed` string of the results: the query as understood."""
        body = describe(self.node) if self.node is not None else "(nothing to search)"
        if self.ignored:
            body += f"  [common words ignored: {', '.join(self.ignored)}]"
        if self.fallback:
            return f"fallback: plain terms ({self.fallback}): {body}"
        return body


def describe(node: Node) -> str:
    if isinstance(node, Word):
        return node.folded
    if isinstance(node, Phrase):
        return '"' + " ".join(w.folded for w in node.words) + '"'
    if isinstance(node, Prefix):
        return node.text + "*"
    if isinstance(node, Alias):
        phrases = " OR ".join(describe(p) for p in node.phrases)
        if node.acronym_typed:
            return f"({describe(node.word)} OR {phrases})"
        return f"({phrases} OR {describe(node.word)})"
    if isinstance(node, ConceptAlias):
        typed = describe(node.typed)  # type: ignore[arg-type]
        if isinstance(node.typed, And | Or):
            typed = f"({typed})"
        terms = " OR ".join(describe(term) for _, term in node.terms)
        return f"({typed} OR [concept {node.concept_id}: {terms}])"
    if isinstance(node, Filter):
        return f"{node.field}:{node.value}"
    if isinstance(node, Not):
        inner = describe(node.child)
        return "NOT " + (f"({inner})" if isinstance(node.child, And | Or) else inner)
    joiner = " AND " if isinstance(node, And) else " OR "
    parts = []
    for child in node.children:
        text = describe(child)
        parts.append(f"({text})" if isinstance(child, And | Or) else text)
    return joiner.join(parts)


def leaves(node: Node | None, negated: bool = False) -> Iterator[tuple[Node, bool]]:
    """(leaf, negated) for every word, phrase, prefix and filter of a tree.

    An `Alias` or a `ConceptAlias` is one leaf: what it stands for is its own.
    """
    if node is None:
        return
    if isinstance(node, And | Or):
        for child in node.children:
            yield from leaves(child, negated)
    elif isinstance(node, Not):
        yield from leaves(node.child, not negated)
    else:
        yield node, negated
