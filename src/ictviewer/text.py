"""Text folding and tokenising shared by the concept matcher and the comparison.

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
from typing import NamedTuple

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
