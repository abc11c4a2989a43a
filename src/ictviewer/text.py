"""Text folding, word folding and stemming: one policy for search, concepts and comparison.

Two folds, for two jobs:

- `fold(text)` maps typographic variants to plain characters *character for
  character* (so offsets into the folded text are offsets into the original);
- `fold_word(word)` is what a word is compared as, in the search index and in
  the concept matcher alike: NFKC (full-width letters, ligatures), case-folded,
  Turkish "İ"/"ı" as plain "i" (Python's casefold turns "İ" into "i" plus a
  combining dot, so "İCTs" met no "icts"), one apostrophe, "ё" as "е", no
  possessive "'s".

`stem(word, lang)` maps a folded word to the form both search and concepts
match on (see `stem` for the rules); `stemmer(lang)` gives the function.

Folding maps typographic variants to one plain form *character for character*,
so offsets computed on the folded text are offsets into the original text:
curly and angle quotes become straight ones, every dash and hyphen becomes
"-", no-break and thin spaces become spaces, and "ё" becomes "е".

Three tokenisations serve three purposes:

- `words`: runs of letters and digits (a hyphen separates words, so
  "confidence-building" is two words); the concept matcher stems these.
- `diff_tokens`: words (keeping inner hyphens and apostrophes) and single
  punctuation marks; the word-level diff works on these, so a changed comma
  shows as a change, as it must in negotiated text.
- `passage_words`: the word tokens of `diff_tokens`, case-folded, without
  punctuation; verbatim shared passages are runs of these.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

from whoosh.lang.snowball.english import EnglishStemmer
from whoosh.lang.snowball.russian import RussianStemmer

_FOLD_MAP = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00ad": "-",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ",
    "\u0451": "\u0435", "\u0401": "\u0415",  # ё -> е, Ё -> Е
}  # fmt: skip
_FOLD = str.maketrans(_FOLD_MAP)
assert all(len(key) == 1 and len(value) == 1 for key, value in _FOLD_MAP.items())

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_DIFF_TOKEN = re.compile(r"[^\W_]+(?:['-][^\W_]+)*|\S")
_SENTENCE_BREAK = re.compile(r"[.;:!?]")


def fold(text: str) -> str:
    """Typographic variants to plain characters; the result has the same length."""
    return text.translate(_FOLD)


@functools.lru_cache(maxsize=4096)
def _loose_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[:1] or char
    lower = base.lower()
    return lower if len(lower) == 1 else base


def loose_fold(text: str) -> str:
    """`fold`, then lower case and no diacritics, *still character for character*.

    What a reader's Find in Document compares: "cooperation" finds "Coopération",
    "ёлка" finds "Елка". The result has the length of `text`, so a match's offsets
    in it are offsets on the page; a letter whose lower case is longer than one
    character ("İ") keeps its base letter rather than shifting what follows.
    """
    return "".join(_loose_char(char) for char in fold(text))


class Token(NamedTuple):
    """A token of a text: its characters `text[start:end]` and its folded form."""

    start: int
    end: int
    form: str


def words(text: str) -> list[tuple[int, int, str, bool]]:
    """Words as `(start, end, folded word, follows a sentence break)`.

    The flag is true when a full stop, semicolon, colon, "!" or "?" stands
    between this word and the previous one; a concept never spans such a break.
    """
    folded = fold(text)
    out: list[tuple[int, int, str, bool]] = []
    previous_end = 0
    for match in _WORD.finditer(folded):
        start, end = match.span()
        brk = bool(out) and _SENTENCE_BREAK.search(folded, previous_end, start) is not None
        out.append((start, end, match.group(), brk))
        previous_end = end
    return out


@functools.lru_cache(maxsize=8192)
def diff_tokens(text: str) -> tuple[Token, ...]:
    """Words and punctuation marks, folded but case kept (a capital is a change). Cached."""
    folded = fold(text)
    return tuple(Token(m.start(), m.end(), m.group()) for m in _DIFF_TOKEN.finditer(folded))


@functools.lru_cache(maxsize=8192)
def passage_words(text: str) -> tuple[Token, ...]:
    """Word tokens only, case-folded: what "the same wording" is compared on. Cached."""
    return tuple(
        Token(t.start, t.end, t.form.casefold()) for t in diff_tokens(text) if t.form[0].isalnum()
    )


# --- words: one fold, one stemmer -----------------------------------------------------

_WORD_FOLD = str.maketrans(
    {"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'", "ё": "е", "ı": "i", "\u0307": None}
)
_LATIN = re.compile(r"^[a-z0-9'\u00c0-\u024f]+$")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@functools.lru_cache(maxsize=100_000)
def fold_word(word: str) -> str:
    """A word as search and concepts compare it: NFKC, casefold, "İ"/"ı" → "i", one apostrophe.

    The combining dot above (U+0307) is dropped: after NFKC it only ever
    follows a letter as a separate mark, and casefold produces it from "İ".
    """
    folded = unicodedata.normalize("NFKC", word).casefold().translate(_WORD_FOLD)
    if folded.endswith("'s"):
        folded = folded[:-2]
    return folded.strip("'")


_SPELLING = {
    "programme": "program", "programmes": "programs", "centre": "center", "centres": "centers",
    "defence": "defense", "judgement": "judgment", "misjudgement": "misjudgment",
    "licence": "license", "analyse": "analyze",
}  # fmt: skip
_ISE = re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$")
_OUR = re.compile(r"(?<=[a-z]{3})our(s|ed|ing|able)?$")
_english = EnglishStemmer()
_russian = RussianStemmer()


def _american(word: str) -> str:
    """British spellings to American ones before stemming (behaviour, defence, organise)."""
    if word in _SPELLING:
        return _SPELLING[word]
    return _OUR.sub(r"or\1", _ISE.sub(r"iz\1", word))


@functools.lru_cache(maxsize=200_000)
def _stem_en(word: str) -> str:
    """Snowball English on the American spelling, then two folds on the stem.

    (1) A stem of eight letters or more ending in "ist"/"ism" loses it:
    Snowball leaves "terrorist" but gives "terror" for "terrorism", so after
    the fold terrorists, terrorist, terrorism and terror share one stem (the
    price: a rare over-match, specialist ~ special). (2) Spellings Snowball
    still keeps apart meet: a stem of six letters or more ending in "is"
    loses it (organis(ation) = organ(ization)), and "yz" becomes "ys".
    """
    if not _LATIN.match(word):
        return word
    stem = _english.stem(_american(word))
    if len(stem) >= 8 and stem.endswith(("ist", "ism")):
        stem = stem[:-3]
    if len(stem) >= 6 and stem.endswith("is"):
        stem = stem[:-2]
    elif stem.endswith("yz"):
        stem = stem[:-1] + "s"
    if stem == "intern" and word.startswith("internation"):
        # Snowball reduces both "international" and "internal" to "intern", so a
        # search for "internal" found every "international" (28 false hits, #13).
        stem = "internation"
    return stem


@functools.lru_cache(maxsize=200_000)
def _stem_ru(word: str) -> str:
    """Snowball Russian, with two repairs so every case form of a noun shares its stem.

    (1) Snowball reads a final "-в"/"-ив"/"-ыв" as a perfective gerund and cuts
    it, so the nominative "устав", "разрыв" became "уста", "разр" while
    "Устава", "разрыва" kept "устав", "разрыв": "Устава ООН" never met the term
    "Устав ООН" (#13). In these texts such words are nouns, so a word ending
    in "в" keeps it. (2) Nouns in "-ея"/"-ия" lose one ending or two
    ("ассамблея" -> "ассамбле", "ассамблеи" -> "ассамбл"), so a stem's final
    "е" is dropped: every form of "Генеральная Ассамблея" meets.
    """
    if not _CYRILLIC.search(word):
        return word
    stem = _russian.stem(word)
    if word.startswith(stem) and word[len(stem) :] in ("в", "ив", "ыв"):
        stem = word
    if len(stem) >= 4 and stem.endswith("е"):
        stem = stem[:-1]
    return stem


def _identity(word: str) -> str:
    return word


_STEMMERS: dict[str, Callable[[str], str]] = {"en": _stem_en, "ru": _stem_ru}


def stemmer(lang: str) -> Callable[[str], str]:
    """The folded-word → stem function of a language.

    English and Russian: Snowball, applied only to words in the language's own
    script (a Cyrillic word is never "stemmed" as English). Kazakh and any
    other language: no stemmer (none ships with Whoosh), so the folded word.
    """
    return _STEMMERS.get(lang, _identity)


def stem(word: str, lang: str) -> str:
    """The stem of a folded word (`fold_word`) in a language."""
    return stemmer(lang)(word)
