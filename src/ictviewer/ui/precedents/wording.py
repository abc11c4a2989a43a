"""A paragraph's summary and a precedent's reason, in the interface's language.

The core words both in English (`precedents/summary.py`, `precedents/rank.py`) for
the command line and `--json`, and keeps what they are worded from (the history,
the related count, each precedent's score and runs). The Precedents tab words
them again here through the catalogue, so a Russian window does not head each
paragraph with "agreed language in CICA 2022 (para. 5)". In English the two give
the same sentence (tests/ui/test_precedents_wording.py holds them together).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from ictviewer.precedents import DraftError, ParagraphPrecedents, Precedent
from ictviewer.precedents.drafts import MAX_PARAGRAPH_WORDS
from ictviewer.precedents.rank import VERBATIM
from ictviewer.precedents.summary import place_names
from ictviewer.ui.i18n import interface_language


class _Words(QObject):
    """The strings with a count: lupdate sees a numerus only in a `self.tr(text, "", n)`."""

    def runs(self, n: int) -> str:
        return self.tr("in %n shared run", "", n) if n == 1 else self.tr("in %n shared runs", "", n)

    def longest(self, n: int) -> str:
        return self.tr("longest %n word", "", n) if n == 1 else self.tr("longest %n words", "", n)

    def concepts(self, n: int) -> str:
        if n == 1:
            return self.tr("%n shared concept", "", n)
        return self.tr("%n shared concepts", "", n)

    def related(self, n: int) -> str:
        if n == 1:
            return self.tr("%n related provision shares concepts, but little wording", "", n)
        return self.tr("%n related provisions share concepts, but little wording", "", n)

    def covers(self, percent: int) -> str:
        return self.tr("covers {0}% of the draft's words").format(percent)

    def agreed(self, places: str) -> str:
        return self.tr("agreed language in {0}").format(places)

    def close(self, places: str) -> str:
        return self.tr("close to agreed language in {0}").format(places)

    def none(self) -> str:
        return self.tr("no agreed language found: nothing in the library shares this wording")

    def too_short(self) -> str:
        return self.tr(
            "no agreed language found: a precedent shares at least three words, "
            "and the draft has fewer"
        )

    def too_long(self, limit: int) -> str:
        return self.tr(
            "the text has more than {0} characters, the most that can be searched at once: "
            "give a part of it (a section, or the paragraphs being negotiated)"
        ).format(_number(limit))

    def paragraph_too_long(self, words: int, limit: int) -> str:
        return self.tr(
            "one paragraph has {0} words (at most {1}); separate the paragraphs with "
            "blank lines so each is searched on its own"
        ).format(_number(words), _number(limit))

    def listed(self, items: Sequence[str]) -> str:
        if len(items) == 1:
            return items[0]
        return self.tr("{0} and {1}").format(", ".join(items[:-1]), items[-1])


_WORDS = _Words()


def _number(n: int) -> str:
    """ "2,000,000" in English, "2 000 000" in Russian (its thousands are spaced)."""
    grouped = f"{n:,}"
    return grouped.replace(",", "\u00a0") if interface_language() == "ru" else grouped


def draft_refusal(error: DraftError) -> str:
    """Why a draft being typed cannot be searched, or "" for a refusal without a code."""
    if error.code == "too-long":
        return _WORDS.too_long(error.count)
    if error.code == "paragraph-too-long":
        return _WORDS.paragraph_too_long(error.count, MAX_PARAGRAPH_WORDS)
    return ""


def reason(precedent: Precedent) -> str:
    """Why the precedent has its strength: "covers 80% of the draft's words in 2 shared
    runs (longest 9 words); 1 shared concept"."""
    text = _WORDS.covers(round(precedent.score * 100))
    if precedent.runs:
        text += f" {_WORDS.runs(len(precedent.runs))} ({_WORDS.longest(precedent.longest)})"
    if precedent.concepts:
        text += f"; {_WORDS.concepts(len(precedent.concepts))}"
    return text


def summary(paragraph: ParagraphPrecedents) -> str:
    """Where the paragraph's wording was agreed, oldest first, or that it was not."""
    if paragraph.too_short:
        return _WORDS.too_short()
    verbatim = [p for p in paragraph.history if p.strength == VERBATIM]
    if verbatim:
        return _WORDS.agreed(_places(verbatim))
    if paragraph.history:
        return _WORDS.close(_places(paragraph.history))
    if paragraph.related:
        return f"{_WORDS.none()} ({_WORDS.related(paragraph.related)})"
    return _WORDS.none()


def _places(precedents: Sequence[Precedent]) -> str:
    return _WORDS.listed(place_names(precedents))
