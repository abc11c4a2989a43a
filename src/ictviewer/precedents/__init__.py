"""Precedents: which provisions of the library share a draft paragraph's wording.

The one public face of the capability (the CLI and the window import from here):

    index = PrecedentIndex.build(load_library(), bundled_lexicon())   # once per library
    found = index.find(pasted_text, limit=10)                          # on every paste
    found.summary, found.precedents[0].strength, found.precedents[0].runs

- `tokens`: words with offsets, through the search's fold, stem and acronym forms;
- `shingles`: the inverted index of word 3-grams that finds candidates without a scan;
- `runs`: maximal shared runs; `rank`: score and strength; `summary`: the sentence;
- `drafts`: paragraphs of a paste or a draft file, and the limits on their size;
- `report`: the printable precedents report of a whole draft (an `export` pack).
"""

from ictviewer.precedents.drafts import DraftError, read_draft, split_paragraphs
from ictviewer.precedents.index import DEFAULT_LIMIT, PrecedentIndex
from ictviewer.precedents.rank import CLOSE, RELATED, STRONG, VERBATIM
from ictviewer.precedents.report import precedents_report
from ictviewer.precedents.results import ParagraphPrecedents, Precedent, SharedRun

__all__ = [
    "CLOSE",
    "DEFAULT_LIMIT",
    "RELATED",
    "STRONG",
    "VERBATIM",
    "DraftError",
    "ParagraphPrecedents",
    "Precedent",
    "PrecedentIndex",
    "SharedRun",
    "precedents_report",
    "read_draft",
    "split_paragraphs",
]
