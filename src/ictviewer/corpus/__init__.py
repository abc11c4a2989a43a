"""The bundled corpus: documents, provisions and their provenance."""

from ictviewer.corpus.loader import load_corpus
from ictviewer.corpus.model import (
    Corpus,
    CorpusProblem,
    Document,
    FuzzyDate,
    Provision,
)

__all__ = ["Corpus", "CorpusProblem", "Document", "FuzzyDate", "Provision", "load_corpus"]
