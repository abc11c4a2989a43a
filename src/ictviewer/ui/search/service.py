"""The search index off the GUI thread: building or opening it, then every search.

`IndexService` lives on the GUI thread and runs its work on one `JobQueue`, so
the index is only ever touched by one thread at a time. Searches are
coalesced: when the user types faster than the searches finish, a queued
request older than the newest is skipped without searching.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ictviewer.compare import Lexicon
from ictviewer.corpus.model import Corpus
from ictviewer.ui.jobs import JobQueue

log = logging.getLogger(__name__)
SEARCH_LIMIT = 50
PROGRESS_EVERY = 0.05  # seconds between progress reports while building
SKIPPED = object()  # what a search superseded before it ran returns


@dataclass(frozen=True)
class SearchRequest:
    generation: int
    query: str
    organisation: str | None = None
    doc_id: str | None = None
    lang: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    suggest: bool = False  # also compute "did you mean" (only once typing pauses)
    expand_concepts: bool = True  # a concept named in the query found in every language
    limit: int = SEARCH_LIMIT  # how many hits to return: "Show more" asks for 50 more


class IndexService(QObject):
    """The GUI thread's handle on the index: `start()`, then `submit(request)`."""

    progress = Signal(int, int)
    ready = Signal(object)  # the SearchIndex
    failed = Signal(str)
    results = Signal(int, object)  # generation, SearchResults
    search_failed = Signal(int, str)

    def __init__(
        self,
        corpus: Corpus,
        lexicon: Lexicon | None = None,
        index_dir: str | Path | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.lexicon = lexicon  # the window's, so search expands the concepts the views mark
        self.index_dir = index_dir
        self.index = None  # once the window has heard it is ready
        self.opened = None  # as soon as the worker has it (closed at shutdown either way)
        self.building = False
        self.latest = 0  # the newest request's generation; a plain int is safe to share
        self._pending: SearchRequest | None = None
        self.jobs = JobQueue(self)
        self.jobs.progress.connect(lambda _kind, _gen, done, total: self.progress.emit(done, total))
        self.jobs.finished.connect(self._finished)
        self.jobs.failed.connect(self._failed)

    def start(self) -> None:
        self.building = True
        self.jobs.submit("build", self._build)

    def submit(self, request: SearchRequest) -> None:
        """Run `request` as soon as the index is ready; the newest request wins."""
        self.latest = request.generation
        if self.index is None:
            self._pending = request
            return
        self.jobs.submit("search", lambda *_: self._search(request), request.generation)

    # -- on the worker thread ------------------------------------------------------------------

    def _build(self, report, _cancelled):
        from ictviewer.search import SearchIndex

        last = [0.0]

        def throttled(done: int, total: int) -> None:
            now = time.monotonic()
            if done >= total or now - last[0] > PROGRESS_EVERY:
                last[0] = now
                report(done, total)

        self.opened = SearchIndex.open_or_build(
            self.corpus, index_dir=self.index_dir, progress=throttled, lexicon=self.lexicon
        )
        return self.opened

    def _search(self, request: SearchRequest):
        if request.generation < self.latest:
            return SKIPPED  # the user typed on; a newer request is queued
        return self.index.search(
            request.query,
            organisation=request.organisation,
            doc_id=request.doc_id,
            lang=request.lang,
            date_from=request.date_from,
            date_to=request.date_to,
            limit=request.limit,
            suggest=request.suggest,
            expand_concepts=request.expand_concepts,
        )

    # -- back on the GUI thread ------------------------------------------------------------------

    def _finished(self, kind: str, generation: int, result: object) -> None:
        if kind == "search":
            if result is not SKIPPED:
                self.results.emit(generation, result)
            return
        self.index = result
        self.building = False
        self.ready.emit(result)
        if self._pending is not None:
            request, self._pending = self._pending, None
            self.submit(request)

    def _failed(self, kind: str, generation: int, error: object) -> None:
        if kind == "search":
            log.warning("search failed: %s", error)
            self.search_failed.emit(generation, str(error))
            return
        log.error("index build failed: %s", error)
        self.building = False
        self.failed.emit(f"{type(error).__name__}: {error}")

    def shutdown(self) -> None:
        self.jobs.shutdown()
        # Closed while the index was still being built: the worker has it, the window not yet.
        index = self.index if self.index is not None else self.opened
        if index is not None and hasattr(index, "close"):
            try:
                index.close()
            except Exception:
                log.debug("closing the index failed", exc_info=True)
