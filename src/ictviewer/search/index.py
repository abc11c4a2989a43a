"""The search index: a Whoosh index in the user cache, keyed by the corpus fingerprint.

It is built on first use, reused while the corpus is unchanged, updated when
documents change (only their records are rewritten), rebuilt when the analysis
changes (`SCHEMA_VERSION`) or the files are damaged (`storage.py`). If the cache
cannot be written, the index lives in memory and `notice` says why.

Damage found *while searching* (a disk read error, a file that changed under
an open index) is handled once per search: the index is rebuilt and the search
retried (`READ_ERRORS`); only a second failure reaches the caller.

A query that names a concept of the lexicon also searches the concept's terms
in every language (`expansion.py`); `search(expand_concepts=False)` turns that
off. The lexicon is the bundled one unless `open_or_build(lexicon=...)` or the
`lexicon` property says otherwise; `open_or_build` loads it (~0.5 s the first
time in a process), because it runs where slow work belongs (the window's
index job), and the first keystroke should not pay for it.

One searcher is opened and reused; the last results are kept in a small LRU
keyed by query and filters (typing "confid", "confide", "confidence" and back
is free), and snippets are made only for the hits returned.

Which record each document number is, checked against the corpus at open, is
`records.py`; making hits and their snippets is `hits.py`; matching and
scoring is `evaluate.py`; the words a query reached and "did you mean" are
`vocabulary.py`, over the words held in memory (`wordlist.py`).
"""

from __future__ import annotations

import datetime as dt
import pickle
import struct
import threading
import zlib
from collections import OrderedDict
from pathlib import Path

from whoosh import scoring
from whoosh.filedb.filestore import RamStorage

from ictviewer.concepts import Lexicon, bundled_lexicon
from ictviewer.corpus.model import Corpus
from ictviewer.search import expansion, opening, reporting, sessions
from ictviewer.search import query as q
from ictviewer.search.compile import compile_query
from ictviewer.search.evaluate import Evaluator
from ictviewer.search.filters import FilterContext, date_bounds
from ictviewer.search.hits import HitMaker
from ictviewer.search.notices import Notice
from ictviewer.search.opening import DAMAGED, IndexCorrupt
from ictviewer.search.phrases import PhraseCatalogue, catalogue
from ictviewer.search.ranking import best
from ictviewer.search.records import map_records
from ictviewer.search.results import ConceptExpansion, Hit, SearchResults
from ictviewer.search.schema import INDEX_NAME, document_digest
from ictviewer.search.storage import KEEP_INDEXES, MANIFEST, Layout, Progress, build
from ictviewer.search.vocabulary import Vocabulary

__all__ = ["DAMAGED", "KEEP_INDEXES", "MANIFEST", "IndexCorrupt", "SearchIndex"]
CACHE_SIZE = 64  # results kept for repeated queries (typing, going back)
#: What reading a damaged index raises inside Whoosh (a pickle, a struct, a
#: zlib stream, an offset past the end, a disk error); see `SearchIndex.search`.
READ_ERRORS = (
    OSError,
    EOFError,
    pickle.UnpicklingError,
    struct.error,
    zlib.error,
    IndexError,
    KeyError,
    ValueError,
    TypeError,
)


class SearchIndex:
    """A searchable index of one corpus. Create with `SearchIndex.open_or_build`."""

    def __init__(
        self,
        corpus: Corpus,
        ix,
        location: Path | None,
        fingerprint: str,
        layout: Layout,
        digests: dict[str, str],
        phrases: PhraseCatalogue,
    ):
        self.corpus = corpus
        self._phrases = phrases  # the phrases counted per record: see `phrases.py`
        self.location = location
        self.in_memory = location is None
        self.fingerprint = fingerprint
        #: What the user should hear of how the index was opened (rebuilt, in memory...);
        #: `notice` is its English, the window words it itself (`notices.py`).
        self.why_notice: Notice | None = None
        self.built = False
        self._root: Path | None = None  # the index root, for a rebuild after damage
        self._lexicon: Lexicon | None = None  # None: the bundled one, loaded when first needed
        self._ix = ix
        self._session: Path | None = None
        self._searcher = ix.searcher(weighting=scoring.BM25F())
        try:
            self._setup(corpus, layout, digests)
        except BaseException:
            self._searcher.close()
            raise

    def _setup(self, corpus: Corpus, layout: Layout, digests: dict[str, str]) -> None:
        leaves = list(self._searcher.reader().leaf_readers())
        records = self._records = map_records(corpus, leaves, layout, digests)
        self._evaluator = Evaluator(self._searcher, records.side, records.deleted, records.ranges)
        reader = self._searcher.reader()
        self._vocabulary = Vocabulary(
            reader, self._evaluator.frequency if records.deleted else None
        )
        self._evaluator.use_words(self._vocabulary.words)
        self._hits = HitMaker(records, {d.id: d for d in corpus}, self._evaluator)
        self._filters = FilterContext(corpus)
        self._lock = threading.RLock()
        self._cache: OrderedDict[tuple, SearchResults] = OrderedDict()
        self._filter_cache: OrderedDict[tuple, set[int] | None] = OrderedDict()

    # --- opening and building --------------------------------------------------------

    @classmethod
    def open_or_build(
        cls,
        corpus: Corpus,
        index_dir: str | Path | None = None,
        progress: Progress | None = None,
        rebuild: bool = False,
        lexicon: Lexicon | None = None,
    ) -> SearchIndex:
        """Reuse the cached index of this corpus, update an older one, or build it.

        The index is on disk, else in memory. `progress(done, total)` is called
        during a build or update; `rebuild=True` forces a full build. The steps
        (and what each failure means) are in `opening.py`. `lexicon` is the
        concept lexicon queries are expanded with (None: the bundled one). Its
        multi-word terms are counted in every record as it is indexed, so that
        a query naming a concept looks them up (`phrases.py`): it is part of
        the cache key.
        """
        lexicon = lexicon if lexicon is not None else bundled_lexicon()
        phrases = catalogue(lexicon)
        index = opening.open_or_build(cls, corpus, phrases, index_dir, progress, rebuild)
        index.lexicon = lexicon
        return index

    @property
    def notice(self) -> str:
        """How the index was opened, if worth saying, in English ("" when it was reused)."""
        return str(self.why_notice) if self.why_notice is not None else ""

    @property
    def lexicon(self) -> Lexicon:
        """The concept lexicon queries are expanded with (the bundled one by default)."""
        if self._lexicon is None:
            self._lexicon = bundled_lexicon()
        return self._lexicon

    @lexicon.setter
    def lexicon(self, lexicon: Lexicon) -> None:
        with self._lock:
            self._lexicon = lexicon
            self._cache.clear()
            self._hits.forget_plans()

    # --- searching ------------------------------------------------------------------

    def search(
        self,
        query: str,
        organisation: str | None = None,
        doc_id: str | None = None,
        lang: str | None = None,
        date_from: dt.date | str | None = None,
        date_to: dt.date | str | None = None,
        limit: int | None = 20,
        suggest: bool = True,
        expand_concepts: bool = True,
    ) -> SearchResults:
        """Ranked provision-language records matching `query` and the filters.

        With `expand_concepts` (the default), a part of the query that names a
        concept of the lexicon also searches the concept's other terms, in every
        language ("меры доверия" finds "confidence-building measures"); `parsed`
        and `concepts` of the results show the expansion. False searches only
        what was typed (and acronyms' expansions), as the `--no-concepts` option.

        Never raises for a malformed query; raises ValueError for a malformed date.
        A read error from a damaged index rebuilds it and searches again, once.
        `suggest=False` skips "did you mean" (an edit-distance walk of the
        vocabulary in memory, ~0.1 ms a word), which the window asks for once typing pauses.
        """
        start, end = date_bounds(date_from, date_to)
        key = (query, organisation, doc_id, lang, start, end, limit, suggest, expand_concepts)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
            arguments = (query, key, organisation, doc_id, lang, start, end, limit)
            arguments += (suggest, expand_concepts)
            try:
                results = self._search(*arguments)
            except READ_ERRORS:
                if self._searcher is None:
                    raise
                self._recover()
                results = self._search(*arguments)
            self._cache[key] = results
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
            return results

    def _search(self, query, key, organisation, doc_id, lang, start, end, limit, suggest, concepts):
        if self._searcher is None:
            raise RuntimeError("this search index has been closed")
        parsed = q.parse(query)
        if concepts:
            parsed = expansion.expand(parsed, self.lexicon)
        compiled = compile_query(
            parsed.node, self._filters, self._vocabulary.prefix_terms, self._phrases
        )
        allowed = self._allowed(key[1:6], organisation, doc_id, lang, start, end)
        hits: list[Hit] = []
        total = 0
        if compiled is not None and allowed != set():
            matched = self._evaluator.matches(compiled)
            if allowed is not None:
                matched = matched & allowed
            keys, values = self._evaluator.totals(compiled, matched)
            total = len(matched)
            ranked = best(keys, values, limit, self._records.rank)
            hits = [self._hits.hit(docnum, score, parsed, concepts) for docnum, score in ranked]
        not_understood = reporting.not_understood(parsed, self._filters)
        description = reporting.described(
            parsed, not_understood, organisation, doc_id, lang, start, end
        )
        return SearchResults(
            query=query,
            total=total,
            parsed=description,
            expanded_terms=self._vocabulary.expanded_terms(parsed),
            suggestion=self._vocabulary.suggestion(parsed) if suggest else None,
            hits=tuple(hits),
            notice=reporting.fallback_notice(parsed),
            fallback=parsed.why,
            terms=reporting.searched(parsed),
            not_understood=not_understood,
            concepts=tuple(
                ConceptExpansion(
                    found.concept_id,
                    found.label,
                    q.describe(found.typed),  # type: ignore[arg-type]
                    tuple(q.describe(term) for _, term in found.terms),
                )
                for found in expansion.concepts_of(parsed.node)
            ),
        )

    def _allowed(self, key, organisation, doc_id, lang, start, end) -> set[int] | None:
        """Document numbers passing the keyword filters (cached), or None for no filter."""
        if key in self._filter_cache:
            return self._filter_cache[key]
        documents = self._filters.document_ids(organisation, doc_id, start, end)
        allowed = self._filter_cache[key] = self._records.allowed(documents, lang)
        if len(self._filter_cache) > CACHE_SIZE:
            self._filter_cache.popitem(last=False)
        return allowed

    def _recover(self) -> None:
        """Replace a damaged index by a freshly built one, in place (the caller holds the lock).

        The old files are released first (Windows cannot delete open files), then
        the index is rebuilt where it was (or in memory, if it was there).
        """
        lock, root, in_memory, lexicon = self._lock, self._root, self.in_memory, self._lexicon
        phrases = self._phrases
        self._release()
        if in_memory or root is None:
            storage = RamStorage()
            digests = {d.id: document_digest(d) for d in self.corpus}
            layout = build(storage, self.corpus, phrases)
            ix = storage.open_index(INDEX_NAME)
            fresh = SearchIndex(self.corpus, ix, None, self.fingerprint, layout, digests, phrases)
            fresh._root = root
        else:
            fresh = opening.open_or_build(SearchIndex, self.corpus, phrases, root, rebuild=True)
        vars(self).update(vars(fresh))
        self._lock = lock
        self._lexicon = lexicon
        self.built = True
        self.why_notice = fresh.why_notice or Notice("damaged")

    # --- housekeeping ---------------------------------------------------------------

    def clear_caches(self) -> None:
        """Forget cached results, postings, word look-ups, snippet plans and record tokens."""
        with self._lock:
            self._cache.clear()
            self._filter_cache.clear()
            self._evaluator.clear()
            self._vocabulary.clear()
            self._hits.clear()

    @property
    def record_count(self) -> int:
        """Provision-language records in the index (not counting replaced ones)."""
        return self._records.live

    def close(self) -> None:
        with self._lock:
            self._release()

    def _release(self) -> None:
        """Close the searcher and the files, forget the caches, end the session marker."""
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._ix.close()
        self._cache.clear()
        self._filter_cache.clear()
        if self._session is not None:
            sessions.end(self._session)
            self._session = None

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
