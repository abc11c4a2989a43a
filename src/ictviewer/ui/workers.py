"""Work that must not freeze the window: building the index and running searches.

One `QThread` owns every use of the index, so the index is only ever touched
by one thread at a time. `IndexService` lives on the GUI thread and talks to
the worker through queued signals; searches are coalesced, so when the user
types faster than the searches finish, only the newest one runs.
"""

from __future__ import annotations

import logging
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ictviewer.corpus.model import Corpus

log = logging.getLogger(__name__)
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class SearchRequest:
    generation: int
    query: str
    organisation: str | None = None
    doc_id: str | None = None
    lang: str | None = None
    date_from: str | None = None
    date_to: str | None = None


class _IndexWorker(QObject):
    progress = Signal(int, int)
    ready = Signal(object)
    failed = Signal(str)
    results = Signal(int, object)
    search_failed = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self.index = None
        self.latest = 0  # set from the GUI thread; a plain int is safe to share
        self._last_progress = 0.0

    @Slot(object, object)
    def build(self, corpus: Corpus, index_dir: object) -> None:
        try:
            from ictviewer.search import SearchIndex

            self.index = SearchIndex.open_or_build(
                corpus, index_dir=index_dir, progress=self._report
            )
        except Exception as error:
            log.error("index build failed:\n%s", traceback.format_exc())
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.ready.emit(self.index)

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress > 0.05:
            self._last_progress = now
            self.progress.emit(done, total)

    @Slot(object)
    def search(self, request) -> None:
        if request.generation < self.latest or self.index is None:
            return  # the user typed on; a newer request is queued
        try:
            results = self.index.search(
                request.query,
                organisation=request.organisation,
                doc_id=request.doc_id,
                lang=request.lang,
                date_from=request.date_from,
                date_to=request.date_to,
                limit=SEARCH_LIMIT,
            )
        except Exception as error:
            log.warning("search %r failed: %s", request.query, error, exc_info=True)
            self.search_failed.emit(request.generation, str(error))
            return
        self.results.emit(request.generation, results)


class IndexService(QObject):
    """The GUI thread's handle on the index thread."""

    progress = Signal(int, int)
    ready = Signal(object)  # the SearchIndex
    failed = Signal(str)
    results = Signal(int, object)  # generation, SearchResults
    search_failed = Signal(int, str)

    _build = Signal(object, object)
    _search = Signal(object)

    def __init__(self, corpus: Corpus, index_dir: str | Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.index_dir = index_dir
        self.index = None
        self.building = False
        self._pending = None
        self._thread = QThread()
        self._thread.setObjectName("ictviewer-index")
        self._worker = _IndexWorker()
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._build.connect(self._worker.build)
        self._search.connect(self._worker.search)
        self._worker.progress.connect(self.progress)
        self._worker.ready.connect(self._ready)
        self._worker.failed.connect(self._failed)
        self._worker.results.connect(self.results)
        self._worker.search_failed.connect(self.search_failed)
        self._thread.start()

    def start(self) -> None:
        self.building = True
        self._build.emit(self.corpus, self.index_dir)

    def submit(self, request) -> None:
        """Run `request` (a SearchRequest) as soon as the index is ready; newest wins."""
        self._worker.latest = request.generation
        if self.index is None:
            self._pending = request
            return
        self._search.emit(request)

    def _ready(self, index) -> None:
        self.index = index
        self.building = False
        self.ready.emit(index)
        if self._pending is not None:
            request, self._pending = self._pending, None
            self._search.emit(request)

    def _failed(self, message: str) -> None:
        self.building = False
        self.failed.emit(message)

    def shutdown(self) -> None:
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
        # Closed while the index was still being built: the worker has it, the window not yet.
        index = self.index if self.index is not None else self._worker.index
        if index is not None and hasattr(index, "close"):
            try:
                index.close()
            except Exception:
                log.debug("closing the index failed", exc_info=True)
