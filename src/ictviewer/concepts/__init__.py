"""The concept lexicon and its matcher: one model for the compare view and for search.

Concepts ("confidence-building measures", "UN Charter and international law",
...) are named by terms in English, Russian and Kazakh (`resources/concepts.yaml`).
Two capabilities need them: `ictviewer.compare` marks and compares them, and
`ictviewer.search` expands a query that names a concept into the concept's
terms in every language (#13). The layers keep compare and search independent
of each other, so the lexicon lives below both, here, rather than inside either
(where the other would have to import it, or a caller would have to hand a
table across). It depends only on `ictviewer.text` (the one fold and stem
policy) and the corpus model.

- `matcher`: `Concept`, `Lexicon` and `Lexicon.match` over folded, stemmed words;
- `lexicon`: reading and validating `concepts.yaml`; `bundled_lexicon()`.
"""

from ictviewer.concepts.lexicon import bundled_lexicon, lexicon_from_data, load_lexicon
from ictviewer.concepts.matcher import (
    LANGUAGES,
    PATTERNS,
    Concept,
    ConceptSpan,
    Example,
    Lexicon,
    LexiconError,
    ProvisionConcepts,
    concepts_in,
    match_concepts,
    normal_form,
    normalise,
)

__all__ = [
    "LANGUAGES",
    "PATTERNS",
    "Concept",
    "ConceptSpan",
    "Example",
    "Lexicon",
    "LexiconError",
    "ProvisionConcepts",
    "bundled_lexicon",
    "concepts_in",
    "lexicon_from_data",
    "load_lexicon",
    "match_concepts",
    "normal_form",
    "normalise",
]
