"""Two documents side by side: shared concepts, verbatim passages, aligned provisions.

The one public face of the comparison capability: the CLI and the window import
from here, never from the modules inside. The concept lexicon is always passed
in explicitly (`bundled_lexicon()` gives the shipped one), so no function
reaches for a hidden process-wide default and a test can hand in its own.

- `documents`: `compare_documents`, `concept_matrix` and their frozen results;
- the concept lexicon and matcher come from `ictviewer.concepts` (below both
  compare and search, which expands queries with it) and are re-exported here;
- `passages`: verbatim shared passages; `alignment`: similar provisions paired.
"""

from ictviewer.compare.alignment import MIN_WORDING, AlignedPair, align, diff_text
from ictviewer.compare.documents import (
    Comparison,
    ConceptComparison,
    ConceptOccurrence,
    are_versions,
    compare_documents,
    concept_matrix,
    format_comparison,
)
from ictviewer.compare.passages import SharedPassage, shared_passages
from ictviewer.concepts import (
    LANGUAGES,
    Concept,
    ConceptSpan,
    Lexicon,
    LexiconError,
    ProvisionConcepts,
    bundled_lexicon,
    concepts_in,
    lexicon_from_data,
    load_lexicon,
    match_concepts,
    normal_form,
    normalise,
)

__all__ = [
    "LANGUAGES",
    "MIN_WORDING",
    "AlignedPair",
    "Comparison",
    "Concept",
    "ConceptComparison",
    "ConceptOccurrence",
    "ConceptSpan",
    "Lexicon",
    "LexiconError",
    "ProvisionConcepts",
    "SharedPassage",
    "align",
    "are_versions",
    "bundled_lexicon",
    "compare_documents",
    "concept_matrix",
    "concepts_in",
    "diff_text",
    "format_comparison",
    "lexicon_from_data",
    "load_lexicon",
    "match_concepts",
    "normal_form",
    "normalise",
    "shared_passages",
]
