"""Computing comparisons and the concept matrix off the GUI thread.

`Computer` runs each job in its own `QThreadPool` (one thread, so the
lexicon's caches are never used by two threads at once) and reports back
with a queued signal carrying the job's generation: the view ignores a
result whose generation is no longer the newest (the user picked another
pair meanwhile).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ictviewer.compare import Comparison, Concept, Lexicon, compare_documents, concept_matrix
from ictviewer.corpus.model import Corpus, Document
from ictviewer.ui.compare.marks import SideMarks, side_marks

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CompareResult:
    comparison: Comparison
    left: SideMarks
    right: SideMarks


@dataclass(frozen=True)
class MatrixResult:
    matrix: dict[str, dict[str, int]]
    concepts: tuple[Concept, ...]


def compute_comparison(left: Document, right: Document, lexicon: Lexicon) -> CompareResult:
    comparison = compare_documents(left, right, lexicon)
    return CompareResult(
        comparison, side_marks(comparison, left, "left"), side_marks(comparison, right, "right")
    )


def compute_matrix(corpus: Corpus, lexicon: Lexicon) -> MatrixResult:
    return MatrixResult(concept_matrix(corpus, lexicon), tuple(lexicon))


class _Relay(QObject):
    finished = Signal(str, int, object)  # job kind, generation, result
    failed = Signal(str, int, str)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, kind: str, generation: int, work: Callable[[], object]):
        super().__init__()
        self.relay, self.kind, self.generation, self.work = relay, kind, generation, work

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:
            log.exception("%s job failed", self.kind)
            self._emit(self.relay.failed, f"{type(error).__name__}: {error}")
            return
        self._emit(self.relay.finished, result)

    def _emit(self, signal, payload) -> None:
        try:
            signal.emit(self.kind, self.generation, payload)
        except RuntimeError:  # the view was closed while the job ran
            log.debug("%s result dropped: its receiver is gone", self.kind)


class Computer(QObject):
    """Runs jobs off the GUI thread; `finished(kind, generation, result)` comes back on it."""

    finished = Signal(str, int, object)
    failed = Signal(str, int, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self.finished)
        self._relay.failed.connect(self.failed)

    def submit(self, kind: str, generation: int, work: Callable[[], object]) -> None:
        self.pool.start(_Job(self._relay, kind, generation, work))

    def wait(self, msecs: int = 10000) -> bool:
        return self.pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self.pool.clear()
        self.pool.waitForDone()
