"""Compiling a parsed query into Whoosh queries, one branch per language field.

Each Whoosh document holds one language version of a provision, so a query is
compiled once per language field (with that language's analysis) and the
branches are OR-ed: "all words must match" holds within one version.
"""

from __future__ import annotations

from collections.abc import Callable

from whoosh import query as wq

from ictviewer.search import analysis
from ictviewer.search.filters import FilterContext
from ictviewer.search.phrases import PhraseCatalogue
from ictviewer.search.schema import (
    FIELD_LANGS,
    LANG_FIELD,
    phrases_field,
    text_field,
)
from ictviewer.search.syntax import (
    Alias,
    And,
    ConceptAlias,
    Filter,
    Node,
    Not,
    Or,
    Phrase,
    Prefix,
    Word,
    leaves,
)

PrefixTerms = Callable[[str, str], list[str]]
#: How much a concept's other terms count towards a score, against 1 for what was
#: typed: "cybercrime" ranks the provision saying "cybercrime" above those saying
#: "criminal use of ICTs", which it still finds.
EXPANSION_WEIGHT = 0.3


def compile_query(
    node: Node | None,
    filters: FilterContext,
    prefix_terms: PrefixTerms,
    phrases: PhraseCatalogue,
) -> wq.Query | None:
    """The Whoosh query for a tree: one branch per language field, OR-ed.

    A branch whose matches are not confined to its language by its own terms
    (a NOT, a filter) is confined explicitly, or a record excluded in its own
    language would come back through another language's branch.
    `prefix_terms(lang, prefix)` lists the index terms of the words with a prefix;
    a phrase of the catalogue `phrases` is one term of the `phrases_L` field.
    """
    if node is None:
        return None
    ctx = _Context(filters, prefix_terms, phrases)
    if not _has_not(node) and not _bound(node):  # filters only: the same in every language
        return _compile(node, "xx", ctx)
    branches: list[wq.Query] = []
    for lang in FIELD_LANGS:
        branch = _compile(node, lang, ctx)
        if not _bound(node):
            branch = wq.And([_everything(lang), branch])
        branches.append(branch)
    return wq.Or(branches)


class _Context:
    """What compiling one query looks up: filters (the same query object for the same
    filter in every language branch, see `evaluate`), prefix terms and indexed phrases."""

    def __init__(self, filters: FilterContext, prefix_terms: PrefixTerms, phrases: PhraseCatalogue):
        self._filters = filters
        self._made: dict[tuple[str, str], wq.Query] = {}
        self.prefix_terms = prefix_terms
        self.phrases = phrases

    def field(self, name: str, value: str) -> wq.Query:
        key = (name, value)
        if key not in self._made:
            self._made[key] = self._filters.field(name, value)
        return self._made[key]


def _everything(lang: str) -> wq.Query:
    return wq.ConstantScoreQuery(wq.Term(LANG_FIELD, lang), 1.0)


def _has_not(node: Node) -> bool:
    return any(negated for _, negated in leaves(node))


def _bound(node: Node) -> bool:
    """True when every match of the node has a term in the branch language's own fields."""
    if isinstance(node, Word | Phrase | Alias | ConceptAlias | Prefix):
        return True
    if isinstance(node, Filter | Not):
        return False
    if isinstance(node, And):
        return any(_bound(c) for c in node.children)
    return all(_bound(c) for c in node.children)


def _compile(node: Node, lang: str, ctx: _Context) -> wq.Query:
    if isinstance(node, Word):
        return wq.Term(text_field(lang), analysis.stemmer(lang)(node.folded))
    if isinstance(node, Phrase):
        terms = [analysis.stemmer(lang)(w.folded) for w in node.words]
        if len(terms) == 1:
            return wq.Term(text_field(lang), terms[0])
        if ctx.phrases.holds(lang, terms):  # an acronym's expansion, a concept's term
            return wq.Term(phrases_field(lang), " ".join(terms))  # counted per record
        return wq.Phrase(text_field(lang), terms)  # matched by `evaluate`, not by Whoosh
    if isinstance(node, Alias):
        parts = [_compile(node.word, lang, ctx)]
        parts += [_compile(p, lang, ctx) for p in node.phrases]
        return wq.Or(parts)
    if isinstance(node, ConceptAlias):
        # each of the concept's terms only in its own language's branch (any in "xx"):
        # a Russian term compiled for English records could only cost time
        typed = _compile(node.typed, lang, ctx)  # type: ignore[arg-type]
        others = [
            _compile(term, lang, ctx)
            for term_lang, term in node.terms
            if term_lang == lang or lang not in analysis.LANGUAGES
        ]
        if not others:
            return typed
        return wq.Or([typed, wq.Or(others, boost=EXPANSION_WEIGHT)])
    if isinstance(node, Prefix):
        terms = ctx.prefix_terms(lang, node.text)
        if not terms:
            return wq.NullQuery
        field = text_field(lang)
        return (
            wq.Term(field, terms[0])
            if len(terms) == 1
            else wq.Or([wq.Term(field, t) for t in terms])
        )
    if isinstance(node, Filter):
        try:
            return wq.ConstantScoreQuery(ctx.field(node.field, node.value), 0.0)
        except ValueError:
            return wq.NullQuery
    if isinstance(node, Not):
        return wq.AndNot(_everything(lang), _compile(node.child, lang, ctx))
    positive = [
        _compile(c, lang, ctx)
        for c in node.children
        if not (isinstance(node, And) and isinstance(c, Not))
    ]
    if isinstance(node, Or):
        return wq.Or(positive)
    negative = [_compile(c.child, lang, ctx) for c in node.children if isinstance(c, Not)]
    if not positive:
        positive = [_everything(lang)]
    query = positive[0] if len(positive) == 1 else wq.And(positive)
    if negative:
        query = wq.AndNot(query, negative[0] if len(negative) == 1 else wq.Or(negative))
    return query
