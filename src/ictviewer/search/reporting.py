"""What a search reports besides its hits: the query as understood, and what was not.

`described` is the `parsed` text of the results (contract: `search --json`
carries it); filters that match nothing for a reason the user can fix are
listed in it and in `SearchResults.not_understood`.
"""

from __future__ import annotations

from ictviewer.search import query as q
from ictviewer.search.filters import FilterContext


def not_understood(parsed: q.Parsed, filters: FilterContext) -> tuple[str, ...]:
    """Why each filter of the query that cannot match anything does not (once each)."""
    return tuple(
        dict.fromkeys(
            problem
            for leaf, _ in q.leaves(parsed.node)
            if isinstance(leaf, q.Filter) and (problem := filters.problem(leaf.field, leaf.value))
        )
    )


def described(parsed: q.Parsed, problems: tuple[str, ...], *api_filters) -> str:
    """The `parsed` text: the query as understood, the API's filters, what was not understood."""
    text = parsed.describe() + _describe_filters(*api_filters)
    if problems:
        text += f"  [not understood: {'; '.join(problems)}]"
    return text


def fallback_notice(parsed: q.Parsed) -> str:
    """The English notice of a query searched as its plain words ("" if read as written)."""
    if not parsed.fallback:
        return ""
    return f"The query could not be read as written ({parsed.fallback}); searched its words."


def searched(parsed: q.Parsed) -> tuple[str, ...]:
    out = []
    for leaf, negated in q.leaves(parsed.node):
        if not negated and not isinstance(leaf, q.Filter):
            out.append(q.describe(leaf))
    return tuple(dict.fromkeys(out))


def _describe_filters(organisation, doc_id, lang, start, end) -> str:
    parts = []
    if organisation:
        parts.append(f"organisation={organisation}")
    if doc_id:
        parts.append(f"doc={doc_id}")
    if lang:
        parts.append(f"lang={lang}")
    if start or end:
        parts.append(f"date={start or '…'}..{end or '…'}")
    return f"  [filters: {', '.join(parts)}]" if parts else ""
