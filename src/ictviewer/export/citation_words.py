"""The words of a citation in each language it can be written in: English and Russian.

A citation names a document in the words of the language it is written in: a
Russian statement cites "…, Астана, 13 октября 2022 г., п. 5", not "…, Astana,
13 October 2022, para. 5". Only the *form words* change: the date, the draft
mark, the language note, the standard words of a provision label and the names
of a few known places. The title stays as the corpus has it (one title per
document, no translation is invented), and a label part this table does not
know is kept as it is rather than half-translated.

Plain Python (no Qt, no locale): the CLI, the PDF pack and the window must
agree whatever the machine's locale is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ictviewer.corpus.model import LANGUAGE_NAMES, FuzzyDate

CITATION_LANGUAGES = ("en", "ru")  # the languages a citation can be written in

# Russian: the month after a day is genitive ("13 октября"), alone it is nominative.
_RU_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
_RU_NOMINATIVE = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
_RU_VERSION = {"en": "английская версия", "ru": "русская версия", "kk": "казахская версия"}

# The standard words of provision labels, as Russian legal citations write them.
# Each part of a label ("Preamble", "para. 3") must match one of these exactly
# (a word, then at most a number or a letter); otherwise the label stays English.
_RU_LABEL_WORDS = {
    "para.": "п.",
    "paras.": "пп.",
    "paragraph": "пункт",
    "subpara.": "подп.",
    "article": "статья",
    "art.": "ст.",
    "section": "раздел",
    "chapter": "глава",
    "part": "часть",
    "annex": "приложение",
    "preamble": "преамбула",
    "objective": "цель",
    "initiative": "инициатива",
    "chapeau": "вводная часть",
    "operative clause": "постановляющая часть",
    "opening": "вступительная часть",
    "signature block": "подписи",
    "place and date": "место и дата",
    "dateline": "дата",
    "letterhead": "бланк",
    "addressee": "адресат",
    "enclosure line": "приложение",
    "number": "номер",
}
_LABEL_PART = re.compile(
    r"^(?P<word>[A-Za-z][A-Za-z .]*?)(?:\s+(?P<rest>\d+[a-z]?|\([a-z0-9]+\)|[ivxlc]+))?$"
)
_RU_PLACES = {
    "Astana": "Астана",
    "Almaty": "Алматы",
    "Singapore": "Сингапур",
    "Yerevan": "Ереван",
    "Moscow": "Москва",
    "Minsk": "Минск",
    "Bishkek": "Бишкек",
    "Dushanbe": "Душанбе",
    "Tashkent": "Ташкент",
    "Beijing": "Пекин",
    "New York": "Нью-Йорк",
    "Geneva": "Женева",
}


@dataclass(frozen=True)
class CitationWords:
    """How one language writes the form words of a citation."""

    language: str

    def date(self, date: FuzzyDate) -> str:
        if self.language != "ru":
            return date.human()
        start = date.start
        if date.precision == "month":
            return f"{_RU_NOMINATIVE[start.month - 1]} {start.year} г."
        if date.precision == "year":
            return f"{start.year} г."
        day = f"{start.day} {_RU_GENITIVE[start.month - 1]} {start.year}"
        if date.precision == "range" and date.end is not None and date.end != date.start:
            end = date.end
            return f"{day} – {end.day} {_RU_GENITIVE[end.month - 1]} {end.year} г."
        return f"{day} г."

    @property
    def draft(self) -> str:
        """The note for a draft, without brackets: "draft" / "проект"."""
        return "проект" if self.language == "ru" else "draft"

    def version(self, lang: str) -> str:
        """The note for a quotation in another language: "Kazakh version"."""
        if self.language == "ru":
            return _RU_VERSION.get(lang, f"версия на языке {lang}")
        return f"{LANGUAGE_NAMES.get(lang, lang)} version"

    def label(self, label: str) -> str:
        """A provision label in this language's standard words, or as it is."""
        label = label.strip()
        if self.language != "ru" or not label:
            return label
        parts = []
        for part in label.split(", "):
            match = _LABEL_PART.match(part.strip())
            word = _RU_LABEL_WORDS.get(match.group("word").lower()) if match else None
            if word is None:
                return label  # a part not known exactly: keep the label whole
            rest = match.group("rest")
            parts.append(f"{word} {rest}" if rest else word)
        return ", ".join(parts)

    def place(self, place: str) -> str:
        place = place.strip()
        return _RU_PLACES.get(place, place) if self.language == "ru" else place


def citation_words(language: str) -> CitationWords:
    """The words of `language`, English for a language citations are not written in."""
    return CitationWords(language if language in CITATION_LANGUAGES else "en")
