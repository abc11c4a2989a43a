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

A draft has no declared language, so words are stemmed by their script: a Latin
word with the English stemmer, a Cyrillic one with the Russian stemmer (which is
what the search does for each record's own-script words); Kazakh text (recognised
by its own letters) is only folded, as the search does, since no Kazakh stemmer
ships with Whoosh. Every token keeps `start`/`end` into the *original* text, so a
shared run can be highlighted where it stands.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import NamedTuple

from ictviewer.search.analysis import tokenize
from ictviewer.search.synonyms import ACRONYMS
from ictviewer.text import stemmer

_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_MAX_KEYS = (
    300_000  # raw word -> key cache bound per language (a huge paste cannot grow it forever)
)


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


def _family(lang: str) -> str:
    """Texts whose words are keyed alike: Kazakh apart (no stemming of Cyrillic), the rest one."""
    return "kk" if lang == "kk" else "en"


@functools.cache
def key_function(lang: str) -> Callable[[str], str]:
    """The folded word -> key function of a language family (script-based stemming)."""
    english, russian = stemmer("en"), stemmer("ru")
    if _family(lang) == "kk":
        return english  # Latin words (names, "NCT") stemmed; Kazakh words only folded
    return lambda word: russian(english(word))  # each stemmer leaves the other script alone


@functools.cache
def _acronyms(family: str) -> tuple[dict[tuple[str, ...], str], dict[str, int]]:
    """{key sequence of a spelled-out form: acronym key}, {first key: longest form from it}.

    The second map keeps the contraction cheap: only a word that can begin a form is
    looked at further, so indexing pays one dict probe per word.
    """
    key = key_function(family)
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


_KEYS: dict[str, dict[str, str]] = {}


def tokens(text: str, lang: str) -> tuple[Word, ...]:
    """The matching units of `text` (written in `lang`), in order, offsets into `text`."""
    family = _family(lang)
    cache = _KEYS.setdefault(family, {})
    if len(cache) > _MAX_KEYS:
        cache.clear()
    key = key_function(family)
    spans = tokenize(text)
    keys = []
    for _, _, folded in spans:
        found = cache.get(folded)
        if found is None:
            found = cache[folded] = key(folded)
        keys.append(found)
    forms, starts = _acronyms(family)
    out: list[Word] = []
    i, n = 0, len(spans)
    while i < n:
        for length in range(min(starts.get(keys[i], 0), n - i), 1, -1):
            acronym = forms.get(tuple(keys[i : i + length]))
            if acronym is not None:
                out.append(Word(spans[i][0], spans[i + length - 1][1], acronym, length))
                i += length
                break
        else:
            out.append(Word(spans[i][0], spans[i][1], keys[i]))
            i += 1
    return tuple(out)
