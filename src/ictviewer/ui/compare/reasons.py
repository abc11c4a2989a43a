"""Why two provisions were aligned, in the interface's language: the tooltip of "↔ para. 3".

The core words the reason in English for the command line (`compare/alignment.py`)
and keeps what it is worded from: the share of same wording and the shared
concepts. Here it is worded again through the catalogue, with the concepts' names
in the interface language; in English the two give the same sentence
(tests/ui/test_compare_reasons.py holds them together).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from ictviewer.compare import MIN_WORDING, AlignedPair, Concept
from ictviewer.ui.labels import concept_name


class _Words(QObject):
    """The strings with a count: lupdate sees a numerus only in a `self.tr(text, "", n)`."""

    def same(self) -> str:
        return self.tr("same wording")

    def similar(self) -> str:
        return self.tr("similar wording")

    def share(self, percent: int) -> str:
        return self.tr("{0}% same wording").format(percent)

    def concepts(self, n: int, names: str) -> str:
        if n == 1:
            return self.tr("shares %n concept ({0})", "", n).format(names)
        return self.tr("shares %n concepts ({0})", "", n).format(names)


_WORDS = _Words()


def pair_reason(pair: AlignedPair, concepts: Mapping[str, Concept]) -> str:
    """ "72% same wording; shares 2 concepts (Confidence-building measures, ...)"."""
    if pair.wording == 1.0:
        return _WORDS.same()
    parts = []
    if pair.wording >= MIN_WORDING:
        parts.append(_WORDS.share(round(pair.wording * 100)))
    shared = pair.shared_concepts
    if shared:
        names = [concept_name(concepts[c]) if c in concepts else c for c in shared[:3]]
        listed = ", ".join(names) + (", ..." if len(shared) > 3 else "")
        parts.append(_WORDS.concepts(len(shared), listed))
    return "; ".join(parts) or _WORDS.similar()
