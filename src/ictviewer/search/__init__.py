"""Full-text search over the corpus: a Whoosh index in the user cache, ranked with BM25F.

`SearchIndex.open_or_build(corpus)` gives an index; `index.search(...)` gives
`SearchResults` of `Hit`s. See `index.py` for the storage rules, `analysis.py`
for how words are matched and `query.py` for the query language.

`SearchIndex` is imported on first use: the result types alone (all a window
needs to show hits) do not load Whoosh, so a window paints before the index
thread has even imported it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ictviewer.search.results import ConceptExpansion, Hit, SearchResults

if TYPE_CHECKING:
    from ictviewer.search.index import SearchIndex

__all__ = ["ConceptExpansion", "Hit", "SearchIndex", "SearchResults"]


def __getattr__(name: str):
    if name == "SearchIndex":
        from ictviewer.search.index import SearchIndex

        return SearchIndex
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
