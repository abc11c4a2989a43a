"""The phrases the index counts in every record, so that a query looks each one up as a term.

The index keeps no word positions: a phrase is matched by intersecting its
words' postings and searching the candidates' term sequences (`evaluate`).
For a phrase of common words ("security of and in the use of ICTs", "меры
доверия") that is 1-7 ms at 10,000 provisions, paid the first time a query
needs the phrase, and it was most of the slowest keystrokes of
search-as-you-type. Most phrases a query holds are known before anyone types:
the spelled-out acronyms (`synonyms.py`) and the multi-word terms of the
concept lexicon, which every query naming a concept also searches
(`expansion.py`). A `PhraseCatalogue` lists them; each record's occurrences
of them are counted when it is indexed (`segment.py`) into its language's
`phrases_L` field, and `compile` turns a phrase of the catalogue into one
term of that field: a posting-list look-up instead of a search.

The catalogue's digest is part of the index fingerprint and of its manifest,
so an index is only read, or updated, with the catalogue it was built with. A
phrase outside the catalogue (a quoted phrase, a lexicon set after opening) is
matched as before: the catalogue changes the speed of a search, never its
results (a phrase term counts what `bytes.count` finds in the same term
sequence, and is scored as a phrase is).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ictviewer.concepts import Lexicon
from ictviewer.search.analysis import LANGUAGES, OTHER, stemmer, words
from ictviewer.search.synonyms import ACRONYMS

#: One phrase as the index holds it: its `phrases_L` term and what the record's
#: " "-joined terms contain where it occurs.
Entry = tuple[str, bytes]


@dataclass(frozen=True)
class PhraseCatalogue:
    """The indexed phrases of each field language, by their first term."""

    by_lang: Mapping[str, Mapping[str, tuple[Entry, ...]]]
    digest: str

    def holds(self, lang: str, terms: Sequence[str]) -> bool:
        """Whether the phrase of these (stemmed) terms is indexed in the language's field."""
        key = " ".join(terms)
        return any(key == term for term, _ in self.by_lang.get(lang, {}).get(terms[0], ()))

    def counts(self, lang: str, counts: Mapping[str, int], joined: bytes) -> dict[str, int]:
        """{`phrases_L` term: occurrences} of the catalogue's phrases in one record.

        `counts` are the record's terms, `joined` its terms joined by spaces
        (with a space before and after). Only phrases whose first term the
        record has are looked for.
        """
        entries = self.by_lang.get(lang, {})
        found = {}
        for first in entries.keys() & counts.keys():
            for term, needle in entries[first]:
                if n := joined.count(needle):
                    found[term] = n
        return found


def catalogue(lexicon: Lexicon | None) -> PhraseCatalogue:
    """The acronyms' expansions and, with a lexicon, its concepts' multi-word terms."""
    return _catalogue(lexicon)


@functools.lru_cache(maxsize=8)
def _catalogue(lexicon: Lexicon | None) -> PhraseCatalogue:
    by_lang: dict[str, dict[str, list[Entry]]] = {}
    acronyms = [e for expansions in ACRONYMS.values() for e in expansions]
    for lang in (*LANGUAGES, OTHER):
        stem = stemmer(lang)
        found = by_lang[lang] = {}
        # what `compile` asks this language's field for: every acronym's expansion, and
        # the concept terms of its language (of any language in the "other" field)
        phrases = acronyms + [
            term
            for concept in (lexicon or ())
            for term_lang, terms in concept.terms
            if term_lang == lang or lang not in LANGUAGES
            for term in terms
            if "*" not in term  # a gap or a prefix: never searched as a phrase
        ]
        for phrase in phrases:
            terms = [stem(w) for w in words(phrase)]
            if len(terms) > 1:
                entry = (" ".join(terms), f" {' '.join(terms)} ".encode())
                if entry not in found.setdefault(terms[0], []):
                    found[terms[0]].append(entry)
    frozen = {lang: {f: tuple(e) for f, e in entries.items()} for lang, entries in by_lang.items()}
    return PhraseCatalogue(frozen, _digest(frozen.items()))


def _digest(by_lang: Iterable[tuple[str, Mapping[str, tuple[Entry, ...]]]]) -> str:
    digest = hashlib.sha256()
    for lang, entries in sorted(by_lang):
        for first in sorted(entries):
            for term, _ in entries[first]:
                digest.update(f"{lang}\t{term}\n".encode())
    return digest.hexdigest()[:16]
