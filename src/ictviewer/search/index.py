"""The search index: a Whoosh index in the user cache, keyed by the corpus fingerprint.

It is built on first use, reused while the corpus is unchanged, rebuilt when the
corpus (or the analysis, via `SCHEMA_VERSION`) changes or the files are damaged
(`storage.py`). If the cache cannot be written, the index lives in memory and
`notice` says so.

One searcher is opened and reused; the last results are kept in a small LRU
keyed by query and filters (typing "confid", "confide", "confidence" and back
is free), and snippets are made only for the hits returned.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import OrderedDict
from pathlib import Path

from whoosh import scoring
from whoosh.filedb.filestore import FileStorage, RamStorage

from ictviewer import paths
from ictviewer.corpus.model import Corpus
from ictviewer.search import query as q
from ictviewer.search.compile import compile_query
from ictviewer.search.evaluate import Evaluator, top
from ictviewer.search.filters import FilterContext, date_bounds
from ictviewer.search.results import Hit, SearchResults
from ictviewer.search.schema import SCHEMA_VERSION, fingerprint, record_keys
from ictviewer.search.snippets import Plan, snippet
from ictviewer.search.storage import (
    KEEP_INDEXES,
    MANIFEST,
    Progress,
    build,
    build_on_disk,
    file_hashes,
    other_indexes,
    tidy,
)
from ictviewer.search.vocabulary import Vocabulary

__all__ = ["KEEP_INDEXES", "MANIFEST", "IndexCorrupt", "SearchIndex"]
CACHE_SIZE = 64  # results kept for repeated queries (typing, going back)


class IndexCorrupt(Exception):
    """An index folder that cannot be trusted."""


class SearchIndex:
    """A searchable index of one corpus. Create with `SearchIndex.open_or_build`."""

    def __init__(self, corpus: Corpus, ix, location: Path | None, fingerprint: str):
        self.corpus = corpus
        self.location = location
        self.in_memory = location is None
        self.fingerprint = fingerprint
        self.notice = ""
        self.built = False
        self._ix = ix
        self._searcher = ix.searcher(weighting=scoring.BM25F())
        try:
            self._setup(corpus)
        except BaseException:
            self._searcher.close()
            raise

    def _setup(self, corpus: Corpus) -> None:
        self._vocabulary = Vocabulary(self._searcher.reader())
        self._documents = {d.id: d for d in corpus}
        self._labels = {(d.id, p.id): p.label for d in corpus for p in d.provisions}
        self._keys = record_keys(corpus)  # docnum -> (doc_id, provision_id, lang)
        self._ranges: dict[str, tuple[int, int]] = {}  # doc_id -> its docnums [start, end)
        for docnum, (doc_id, _, _) in enumerate(self._keys):
            first = self._ranges.get(doc_id, (docnum, docnum))[0]
            self._ranges[doc_id] = (first, docnum + 1)
        self._texts = {
            (d.id, p.id, lang): text
            for d in corpus
            for p in d.provisions
            for lang, text in p.versions().items()
        }
        self._evaluator = Evaluator(self._searcher, len(self._keys))
        self._filters = FilterContext(corpus)
        self._lock = threading.RLock()
        self._cache: OrderedDict[tuple, SearchResults] = OrderedDict()
        self._filter_cache: OrderedDict[tuple, set[int] | None] = OrderedDict()
        self._plans: dict[tuple[str, str], Plan] = {}

    # --- opening and building --------------------------------------------------------

    @classmethod
    def open_or_build(
        cls,
        corpus: Corpus,
        index_dir: str | Path | None = None,
        progress: Progress | None = None,
        rebuild: bool = False,
    ) -> SearchIndex:
        """Reuse the cached index of this corpus, or build it (on disk, else in memory).

        `progress(done, total)` is called during a build; `rebuild=True` forces one.
        """
        key = fingerprint(corpus)
        root = Path(index_dir) if index_dir is not None else paths.cache_dir() / "index"
        target = root / key
        notice = ""
        if target.is_dir() and not rebuild:
            try:
                index = cls._open(corpus, target, key)
                tidy(root, keep=target)
                return index
            except IndexCorrupt:
                notice = "The search index was damaged and has been rebuilt."
        elif not rebuild and other_indexes(root, key):
            notice = "Index rebuilt: the corpus changed."
        try:
            location = build_on_disk(corpus, root, key, progress, replace=target.is_dir())
            index = cls._open(corpus, location, key)
            tidy(root, keep=target)
        except (OSError, IndexCorrupt) as error:
            index = cls(corpus, build(RamStorage(), corpus, progress), None, key)
            notice = (
                f"Cache folder {root} is not writable; using an in-memory index "
                "(search works, but the index is rebuilt at every start)."
                if isinstance(error, OSError)
                else f"The index in {root} could not be read back; using an in-memory index."
            )
        index.notice = notice
        index.built = True
        return index

    @classmethod
    def _open(cls, corpus: Corpus, location: Path, key: str) -> SearchIndex:
        """Open and check an index folder; IndexCorrupt if anything is wrong."""
        try:
            manifest = json.loads((location / MANIFEST).read_text(encoding="utf-8"))
            if manifest.get("fingerprint") != key or manifest.get("schema") != SCHEMA_VERSION:
                raise IndexCorrupt("manifest does not match")
            if file_hashes(location) != manifest.get("files"):
                raise IndexCorrupt("files differ from the manifest")
            ix = FileStorage(str(location), readonly=True).open_index()
        except IndexCorrupt:
            raise
        except Exception as error:  # any damage: bad JSON, bad pickle, missing segment …
            raise IndexCorrupt(str(error)) from error
        index = None
        try:
            index = cls(corpus, ix, location, key)
            reader = index._searcher.reader()
            if reader.doc_count_all() != manifest.get("documents"):
                raise IndexCorrupt("document count differs")
            keys = index._keys
            for docnum in {0, len(keys) // 2, len(keys) - 1} if keys else ():
                stored = reader.stored_fields(docnum)
                if (stored["doc_id"], stored["provision_id"], stored["lang"]) != keys[docnum]:
                    raise IndexCorrupt("records out of order")
            return index
        except Exception as error:
            if index is not None:
                index.close()
            raise error if isinstance(error, IndexCorrupt) else IndexCorrupt(str(error)) from error

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
    ) -> SearchResults:
        """Ranked provision-language records matching `query` and the filters.

        Never raises for a malformed query; raises ValueError for a malformed date.
        """
        start, end = date_bounds(date_from, date_to)
        key = (query, organisation, doc_id, lang, start, end, limit)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
            results = self._search(query, key, organisation, doc_id, lang, start, end, limit)
            self._cache[key] = results
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
            return results

    def _search(self, query, key, organisation, doc_id, lang, start, end, limit):
        if self._searcher is None:
            raise RuntimeError("this search index has been closed")
        parsed = q.parse(query)
        compiled = compile_query(parsed.node, self._filters, self._vocabulary.prefix_terms)
        allowed = self._allowed(key[1:6], organisation, doc_id, lang, start, end)
        hits: list[Hit] = []
        total = 0
        if compiled is not None and allowed != set():
            matched = self._evaluator.matches(compiled)
            if allowed is not None:
                matched = matched & allowed
            scores = self._evaluator.scores(compiled, matched)
            total = len(matched)
            hits = [self._hit(docnum, score, parsed) for docnum, score in top(scores, limit)]
        description = parsed.describe() + _describe_filters(organisation, doc_id, lang, start, end)
        notice = ""
        if parsed.fallback:
            notice = (
                f"The query could not be read as written ({parsed.fallback}); searched its words."
            )
        return SearchResults(
            query=query,
            total=total,
            parsed=description,
            expanded_terms=self._vocabulary.expanded_terms(parsed),
            suggestion=self._vocabulary.suggestion(parsed),
            hits=tuple(hits),
            notice=notice,
            terms=_searched(parsed),
        )

    def _allowed(self, key, organisation, doc_id, lang, start, end) -> set[int] | None:
        """Document numbers passing the keyword filters (cached), or None for no filter."""
        if key in self._filter_cache:
            return self._filter_cache[key]
        documents = self._filters.document_ids(organisation, doc_id, start, end)
        allowed: set[int] | None = None
        if documents is not None:  # a document's records have consecutive numbers
            allowed = set()
            for document in documents:
                allowed.update(range(*self._ranges.get(document, (0, 0))))
        if lang:
            wanted = lang.strip().lower()
            in_lang = {i for i, key in enumerate(self._keys) if key[2] == wanted}
            allowed = in_lang if allowed is None else allowed & in_lang
        self._filter_cache[key] = allowed
        if len(self._filter_cache) > CACHE_SIZE:
            self._filter_cache.popitem(last=False)
        return allowed

    def _hit(self, docnum: int, score: float, parsed: q.Parsed) -> Hit:
        """A hit from the corpus in memory (the index was built from exactly this corpus)."""
        doc_id, provision_id, lang = self._keys[docnum]
        document = self._documents[doc_id]
        text = self._texts[(doc_id, provision_id, lang)]
        return Hit(
            doc_id=doc_id,
            provision_id=provision_id,
            label=self._labels[(doc_id, provision_id)],
            organisation=document.organisation,
            date=document.date.iso(),
            lang=lang,
            score=round(score, 4),
            snippet=snippet(text, self._plan(parsed, lang).spans(text)),
            text=text,
            short_title=document.short_title,
        )

    def _plan(self, parsed: q.Parsed, lang: str) -> Plan:
        key = (parsed.text, lang)
        plan = self._plans.get(key)
        if plan is None:
            if len(self._plans) > 4 * CACHE_SIZE:
                self._plans.clear()
            plan = self._plans[key] = Plan.of(parsed, lang)
        return plan

    def match_spans(self, query: str, text: str, lang: str) -> list[tuple[int, int]]:
        """Character spans in `text` of the words the query matches (for the reader)."""
        with self._lock:
            plan = self._plan(q.parse(query), lang)
        return plan.spans(text)

    # --- housekeeping ---------------------------------------------------------------

    def clear_caches(self) -> None:
        """Forget cached results and postings (for benchmarks measuring cold queries)."""
        with self._lock:
            self._cache.clear()
            self._filter_cache.clear()
            self._evaluator.clear()

    @property
    def record_count(self) -> int:
        """Provision-language records in the index."""
        return len(self._keys)

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            self._ix.close()
            self._cache.clear()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _searched(parsed: q.Parsed) -> tuple[str, ...]:
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
