"""Which words of a text a search query matches: one function for every view that marks them.

The reader, the printed pack and the compare view each marked matches their
own way, so they disagreed: for "cooperate" the reader (stemming) marked
"cooperation" and the PDF (word starts) marked nothing; for "ICTs" only the
reader marked the spelled-out "information and communication technologies".
`match_spans` is the search's own rule (`snippets.Plan`: the index's folding
and stemming, acronym expansions, prefixes and phrases, negated terms never
marked), so what is highlighted is what was found.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ictviewer.search import query as q
from ictviewer.search.snippets import Plan

Span = tuple[int, int]


@functools.lru_cache(maxsize=256)
def plan(query: str, lang: str) -> Plan:
    """The marking plan of `query` for texts in `lang`, parsed once per (query, language)."""
    return Plan.of(q.parse(query), lang)


def match_spans(query: str, text: str, lang: str) -> list[Span]:
    """Sorted, non-overlapping ``(start, end)`` spans of the words of `text` that `query`
    matches, for `text` written in `lang` ("en", "ru", "kk"; others are only folded)."""
    if not query.strip() or not text:
        return []
    return plan(query, lang).spans(text)


def terms_query(terms: Iterable[str]) -> str:
    """A query marking each of `terms` (words, or several words as a phrase), for callers
    that keep terms rather than the query (the printed pack's "highlight search terms")."""
    parts = []
    for term in terms:
        words = " ".join(term.replace('"', " ").split())
        if words:
            parts.append(f'"{words}"' if " " in words else words)
    return " ".join(parts)
