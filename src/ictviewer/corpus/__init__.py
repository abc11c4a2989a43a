"""The corpus: documents, provisions and their provenance; bundled and the user's own."""

from ictviewer.corpus.library import load_library
from ictviewer.corpus.loader import load_corpus
from ictviewer.corpus.model import (
    Corpus,
    CorpusProblem,
    Document,
    FuzzyDate,
    Provision,
)

__all__ = [
    "Corpus",
    "CorpusProblem",
    "Document",
    "FuzzyDate",
    "Provision",
    "load_corpus",
    "load_library",
]
