"""What the user chooses for a printed pack, and the search terms it may highlight."""

from __future__ import annotations

import re
from dataclasses import dataclass

PAGE_SIZES = ("A4", "Letter")
ENGLISH, ALL_LANGUAGES = "en", "all"
_OPERATORS = {"AND", "OR", "NOT"}


@dataclass
class PrintOptions:
    """What the user chose for the printed pack; shared by preview, print and export."""

    page_size: str = "A4"
    languages: str = ENGLISH  # "en": English (else the provision's own language) | "all"
    highlight: bool = False  # mark the current search terms (off by default for printing)
    title: str = ""  # "" = the core's default ("Selected provisions" or the document's title)


def query_terms(query: str) -> list[str]:
    """The words and "phrases" of a search query, without operators, filters and wildcards,
    for highlighting in the printed pack ("confiden*" marks words starting "confiden")."""
    terms = [" ".join(phrase.split()) for phrase in re.findall(r'"([^"]+)"', query)]
    for word in re.sub(r'"[^"]*"?', " ", query).split():
        if word in _OPERATORS or ":" in word:
            continue
        word = word.strip("()+-~^?*")
        if len(word) > 1:
            terms.append(word)
    return list(dict.fromkeys(term for term in terms if term))
