"""What the compare view computes off the GUI thread: a comparison, the concept matrix.

The view runs these on its `JobQueue` (one worker thread, so the lexicon's
caches are never used by two threads at once); each job carries a generation,
and the view ignores a result whose generation is no longer the newest (the
user picked another pair meanwhile).
"""

from __future__ import annotations

from dataclasses import dataclass

from ictviewer.compare import Comparison, Concept, Lexicon, compare_documents, concept_matrix
from ictviewer.corpus.model import Corpus, Document
from ictviewer.ui.compare.marks import SideMarks, side_marks


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
