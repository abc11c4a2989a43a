"""A text as the words precedents are matched on, each with its character offsets.

Matching must see past the differences negotiators do not count as a change of
wording, and nothing else, so this reuses the search's one fold and stem policy
instead of inventing a second one:

- words are cut and folded exactly as the index cuts them (`search.analysis.tokenize`:
  case, typographic apostrophes, NFKC, "ё"/"е", Turkish "İ", possessive "'s"), then
  stemmed with `text.stemmer` (Snowball plus the British/American folds), so
  "recognising" meets "recognizing" and "behaviour" meets "behavior";
- the field's acronyms (`search.synonyms.ACRONYMS`) are contracted: a spelled-out
  form ("information and communication technologies") becomes one token whose key is
  the acronym's ("ict"), so "ICTs" meets it. Contracting rather than expanding keeps
  the draft's word count honest: "ICTs" is one word of the draft, not four.

A draft has no declared language, so it is given one (`language_of`: Kazakh by its own
letters, else Russian when mostly Cyrillic, else English) and its words are keyed as the
search keys a record of that language (`text.stemmer`: English and Russian stem only
words of their own script; Kazakh is only folded, no Kazakh stemmer ships with Whoosh).
Every token keeps `start`/`end` into the *original* text, so a shared run can be
highlighted where it stands.

Indexing needs only the keys, not the offsets: `keys` takes the search index's own fast
path (`search.analysis.index_words`, C-level maps over cached words), and `tokens`, with
offsets, is computed only for the few provisions a query shows. Both cut, fold, stem and
contract identically, so position i of one is token i of the other.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from ictviewer.search.analysis import index_words, tokenize
from ictviewer.search.synonyms import ACRONYMS
from ictviewer.text import stemmer

_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


class Word(NamedTuple):
    """One matching unit: `text[start:end]`, its key, and how many words of the text it is.

    `words` is 1 for a word, and the length of the spelled-out form for a contracted
    acronym expansion ("information and communication technologies" is 4 words, 1 token).
    """

    start: int
    end: int
    key: str
    words: int = 1


def language_of(text: str) -> str:
    """ "kk" if the text has Kazakh-only letters, "ru" if mostly Cyrillic, else "en"."""
    if any(c in _KAZAKH_LETTERS for c in text):
        return "kk"
    cyrillic = latin = 0
    for c in text:
        if "\u0400" <= c <= "\u04ff":
            cyrillic += 1
        elif c.isascii() and c.isalpha():
            latin += 1
    return "ru" if cyrillic > latin else "en"


@functools.cache
def _acronyms(lang: str) -> tuple[dict[tuple[str, ...], str], dict[str, int]]:
    """{key sequence of a spelled-out form: acronym key}, {first key: longest form from it}.

    The second map keeps the contraction cheap: only a word that can begin a form is
    looked at further, so indexing pays one dict probe per word.
    """
    key = stemmer(lang)
    forms: dict[tuple[str, ...], str] = {}
    for acronym, expansions in ACRONYMS.items():
        for expansion in expansions:
            keys = tuple(key(w) for _, _, w in tokenize(expansion))
            if len(keys) > 1:
                forms.setdefault(keys, key(acronym))
    starts: dict[str, int] = {}
    for keys in forms:
        starts[keys[0]] = max(starts.get(keys[0], 0), len(keys))
    return forms, starts


def _contracted(keys: list[str], lang: str) -> list[tuple[int, int, str]] | None:
    """(first word, words, acronym key) for each spelled-out form in `keys`; None if none."""
    forms, starts = _acronyms(lang)
    if starts.keys().isdisjoint(keys):
        return None  # the common case, decided in C
    found = []
    i, n = 0, len(keys)
    while i < n:
        for length in range(min(starts.get(keys[i], 0), n - i), 1, -1):
            acronym = forms.get(tuple(keys[i : i + length]))
            if acronym is not None:
                found.append((i, length, acronym))
                i += length
                break
        else:
            i += 1
    return found or None


def keys(text: str, lang: str) -> list[str]:
    """The matching keys of `text` in order (what `tokens` gives, without offsets)."""
    terms = index_words(text, lang)[1]
    groups = _contracted(terms, lang)
    if groups is None:
        return terms
    out: list[str] = []
    previous = 0
    for first, length, acronym in groups:
        out.extend(terms[previous:first])
        out.append(acronym)
        previous = first + length
    out.extend(terms[previous:])
    return out


@functools.lru_cache(maxsize=4096)
def tokens(text: str, lang: str) -> tuple[Word, ...]:
    """The matching units of `text` (written in `lang`), in order, offsets into `text`.

    Cached: a window asks again for the same provisions and the same draft as the user
    edits around them.
    """
    spans = tokenize(text)
    key = stemmer(lang)
    terms = [key(folded) for _, _, folded in spans]
    groups = _contracted(terms, lang) or []
    out: list[Word] = []
    i = 0
    for first, length, acronym in groups:
        out.extend(
            Word(s, e, t) for (s, e, _), t in zip(spans[i:first], terms[i:first], strict=True)
        )
        out.append(Word(spans[first][0], spans[first + length - 1][1], acronym, length))
        i = first + length
    out.extend(Word(s, e, t) for (s, e, _), t in zip(spans[i:], terms[i:], strict=True))
    return tuple(out)
