"""Work that must not freeze the window, run one job at a time off the GUI thread.

Every background job of the window goes through a `JobQueue`: the index build
and its searches, comparisons and the concept matrix, printing and PDF export.
Each queue runs its jobs in order on one worker thread (a `QThreadPool` capped
at one), so what a queue's jobs share (the search index, the lexicon's caches)
is only ever touched by one thread at a time. Answers come back on the GUI
thread as queued signals tagged with the job's kind and generation, so a
receiver can drop the answer to a question no longer asked (the user typed on,
or picked another pair). A job may report progress and poll its cancel flag.

One mechanism instead of three (a hand-made QThread worker for the index, a
thread pool for comparisons, a QThread subclass for printing): one place for
the rules about threads, errors and shutting down.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

#: What a job runs: `work(report, cancelled)`, where `report(done, total)` sends
#: progress and `cancelled()` says whether the user asked it to stop.
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Ticket:
    """A submitted job: its kind and generation, and a way to ask it to stop."""

    def __init__(self, kind: str, generation: int) -> None:
        self.kind = kind
        self.generation = generation
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()


class _Relay(QObject):
    """Lives on the GUI thread; its signals, emitted by the worker, are queued to it."""

    finished = Signal(str, int, object)
    failed = Signal(str, int, object)
    cancelled = Signal(str, int)
    progress = Signal(str, int, int, int)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, ticket: Ticket, work: Work) -> None:
        super().__init__()
        self.relay, self.ticket, self.work = relay, ticket, work

    def run(self) -> None:
        ticket = self.ticket
        try:
            result = self.work(self._report, ticket.is_cancelled)
        except Exception as error:
            if ticket.is_cancelled():
                self._emit(self.relay.cancelled)
            else:
                log.warning("%s job failed", ticket.kind, exc_info=True)
                self._emit(self.relay.failed, error)
            return
        if ticket.is_cancelled():
            self._emit(self.relay.cancelled)
        else:
            self._emit(self.relay.finished, result)

    def _report(self, done: int, total: int) -> None:
        self._emit(self.relay.progress, done, total)

    def _emit(self, signal, *payload) -> None:
        try:
            signal.emit(self.ticket.kind, self.ticket.generation, *payload)
        except RuntimeError:  # the receiver was closed while the job ran
            log.debug("%s result dropped: its receiver is gone", self.ticket.kind)


class JobQueue(QObject):
    """Runs jobs in order on one worker thread; their outcomes come back on the GUI thread.

    Exactly one of `finished`, `failed` (with the exception) or `cancelled`
    follows each job, then `ended`.
    """

    finished = Signal(str, int, object)  # kind, generation, result
    failed = Signal(str, int, object)  # kind, generation, the exception
    cancelled = Signal(str, int)  # kind, generation
    progress = Signal(str, int, int, int)  # kind, generation, done, total
    ended = Signal(str, int)  # kind, generation: whatever the outcome

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running: list[Ticket] = []
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._relay.cancelled.connect(self._cancelled)
        self._relay.progress.connect(self.progress)

    def submit(self, kind: str, work: Work, generation: int = 0) -> Ticket:
        ticket = Ticket(kind, generation)
        self._running.append(ticket)
        self.pool.start(_Job(self._relay, ticket, work))
        return ticket

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has run (tests and shutdown); False on a timeout."""
        return self.pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Drop the jobs not started, ask the running one to stop, and wait for it."""
        self.pool.clear()
        for ticket in self._running:
            ticket.cancel()
        self.pool.waitForDone()

    def _done(self, kind: str, generation: int) -> None:
        for ticket in self._running:
            if ticket.kind == kind and ticket.generation == generation:
                self._running.remove(ticket)
                break
        self.ended.emit(kind, generation)

    def _finished(self, kind: str, generation: int, result: object) -> None:
        self.finished.emit(kind, generation, result)
        self._done(kind, generation)

    def _failed(self, kind: str, generation: int, error: object) -> None:
        self.failed.emit(kind, generation, error)
        self._done(kind, generation)

    def _cancelled(self, kind: str, generation: int) -> None:
        self.cancelled.emit(kind, generation)
        self._done(kind, generation)


def describe(error: object) -> str:
    """An exception as one line for the user: its message, else its type."""
    text = str(error)
    return text if text else type(error).__name__
