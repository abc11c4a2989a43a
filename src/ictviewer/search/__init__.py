"""Full-text search over the corpus: a Whoosh index in the user cache, ranked with BM25F.

`SearchIndex.open_or_build(corpus)` gives an index; `index.search(...)` gives
`SearchResults` of `Hit`s. See `index.py` for the storage rules, `analysis.py`
for how words are matched and `query.py` for the query language.
"""

from ictviewer.search.index import SearchIndex
from ictviewer.search.results import Hit, SearchResults

__all__ = ["Hit", "SearchIndex", "SearchResults"]
