"""Which words of a text a search query matches: one function for every view that marks them.

The reader, the printed pack and the compare view each marked matches their
own way, so they disagreed: for "cooperate" the reader (stemming) marked
"cooperation" and the PDF (word starts) marked nothing; for "ICTs" only the
reader marked the spelled-out "information and communication technologies".
`match_spans` is the search's own rule (`snippets.Plan`: the index's folding
and stemming, acronym expansions, prefixes and phrases, negated terms never
marked), so what is highlighted is what was found. Given the concept lexicon
the search expanded with, it marks the concept's wordings too (#13): a hit the
Russian query "цифровой разрыв" found in an English text shows "digital divide".
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ictviewer.concepts import Lexicon
from ictviewer.search import expansion
from ictviewer.search import query as q
from ictviewer.search.snippets import Plan

Span = tuple[int, int]
_EXPANDED_PLANS = 256
_expanded: dict[tuple[str, str, int], tuple[Lexicon, Plan]] = {}


@functools.lru_cache(maxsize=256)
def plan(query: str, lang: str) -> Plan:
    """The marking plan of `query` for texts in `lang`, parsed once per (query, language)."""
    return Plan.of(q.parse(query), lang)


def expanded_plan(query: str, lang: str, lexicon: Lexicon) -> Plan:
    """The plan of `query` with its concept expansions (`expansion.expand`), cached.

    Keyed by the lexicon's identity (hashing a whole lexicon per keystroke would
    cost more than the plan); the entry keeps the lexicon alive, so an id is
    never reused for another one while it is cached.
    """
    key = (query, lang, id(lexicon))
    cached = _expanded.get(key)
    if cached is None or cached[0] is not lexicon:
        if len(_expanded) >= _EXPANDED_PLANS:
            _expanded.clear()
        cached = _expanded[key] = (
            lexicon,
            Plan.of(expansion.expand(q.parse(query), lexicon), lang),
        )
    return cached[1]


def match_spans(query: str, text: str, lang: str, lexicon: Lexicon | None = None) -> list[Span]:
    """Sorted, non-overlapping ``(start, end)`` spans of the words of `text` that `query`
    matches, for `text` written in `lang` ("en", "ru", "kk"; others are only folded).

    With `lexicon`, the query's concept expansions are marked as the search found
    them (the reader passes the lexicon the search uses); without, only what was typed."""
    if not query.strip() or not text:
        return []
    chosen = plan(query, lang) if lexicon is None else expanded_plan(query, lang, lexicon)
    return chosen.spans(text)


def terms_query(terms: Iterable[str]) -> str:
    """A query marking each of `terms` (words, or several words as a phrase), for callers
    that keep terms rather than the query (the printed pack's "highlight search terms")."""
    parts = []
    for term in terms:
        words = " ".join(term.replace('"', " ").split())
        if words:
            parts.append(f'"{words}"' if " " in words else words)
    return " ".join(parts)
