"""Dates as printed in the documents: English, Russian and Kazakh forms.

`find_dates(text)` returns every date mentioned in a text, each with the precision
the text gives it: "4 March 2024" is a day, "October 2022" a month, "in 2023" a
year, "2-3 October 2023" and "2021–2025" ranges (of days and of years). A year
alone is never turned into a fake 1 January: a mention carries its `unit`, and
`iso`/`iso_end` are truncated to it ("2023", "2021"-"2025").

Numbers that are not dates are rejected: paragraph and page numbers ("2 p."),
reference numbers ("No. NCT/ICT/623", "2428-25-11-2022"), ordinals ("20th
Anniversary"), times ("13:58"), and four-digit numbers that do not read as a year
in their context ("2000 participants").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

# Month names by language; Russian in every case ending, Kazakh stems take suffixes
# ("наурыздағы", "маусымға"). English abbreviations may carry a dot.
_MONTHS = {
    "en": (
        r"jan(?:uary|\.)?", r"feb(?:ruary|\.)?", r"mar(?:ch|\.)?", r"apr(?:il|\.)?", r"may",
        r"jun(?:e|\.)?", r"jul(?:y|\.)?", r"aug(?:ust|\.)?", r"sep(?:tember|t\.|t|\.)?",
        r"oct(?:ober|\.)?", r"nov(?:ember|\.)?", r"dec(?:ember|\.)?",
    ),
    "ru": (
        r"январ[ьяюе]", r"феврал[ьяюе]", r"март[аеу]?", r"апрел[ьяюе]", r"ма[йяюе]",
        r"июн[ьяюе]", r"июл[ьяюе]", r"август[аеу]?", r"сентябр[ьяюе]", r"октябр[ьяюе]",
        r"ноябр[ьяюе]", r"декабр[ьяюе]",
    ),
    "kk": tuple(
        stem + r"[^\W\d_]*"
        for stem in (
            "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
            "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
        )
    ),
}  # fmt: skip
_MONTH_TABLE = [
    (re.compile(pattern + r"$", re.IGNORECASE), number, lang)
    for lang, patterns in _MONTHS.items()
    for number, pattern in enumerate(patterns, 1)
]
_M = r"(?:{})(?!\w)".format("|".join(p for ps in _MONTHS.values() for p in ps))
_DN = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_D = r"(?<![\w.,/:-])" + _DN
_Y = r"(?:19|20)\d\d(?!\d)"
_DASH = r"\s*[-–—]\s*"
# What may follow a year: Russian "года", "г.", Kazakh "жылғы", "жылдарға", "ж.".
_YSUF = r"(?:\s*(?:год(?:а|у|ы|ов|ам|ах)?(?!\w)|гг?\.|жыл[^\W\d_]*|ж\.))?"
_KK_YEAR = r"\s*(?:жылғы|ж\.)\s*"
# A bare year must read as one: after these words, or followed by a year word or a name.
_YEAR_LEAD = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|from|for|during|before|after|the|and|or|to|year|"
    r"early|late|mid|в|с|до|по|от|к|на|за|и)|[(\[,;–—-])\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    """One date as written in a text, with the interval of days it denotes.

    `precision` is "day", "month", "year" or "range"; `unit` is the granularity of
    the ends ("day", "month" or "year"), so "2021-2025" is a range of years, not of
    days. `qualifier` is "end" for "the end of 2025" (the last day of that year).
    """

    text: str
    start: int
    stop: int
    first: dt.date
    last: dt.date
    precision: str
    unit: str
    lang: str = ""
    qualifier: str = ""

    @property
    def iso(self) -> str:
        """The first day, truncated to the unit: "2023-10-02", "2022-10", "2023"."""
        return iso_date(self.first, self.unit)

    @property
    def iso_end(self) -> str | None:
        """The last day of a range, truncated to the unit; None for a single date."""
        return iso_date(self.last, self.unit) if self.precision == "range" else None

    @property
    def approximate(self) -> bool:
        """A month or a year (or a range of them) does not say which day."""
        return self.unit in ("month", "year")

    def key(self) -> tuple[dt.date, dt.date, str]:
        return (self.first, self.last, self.precision)


def iso_date(day: dt.date, unit: str) -> str:
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def month_number(word: str) -> tuple[int, str] | None:
    """(month, language) for a month name in any form, or None."""
    for pattern, number, lang in _MONTH_TABLE:
        if pattern.match(word.strip()):
            return number, lang
    return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


_Built = tuple[dt.date, dt.date, str, str, str] | None  # first, last, precision, unit, lang


def _days(m: re.Match) -> _Built:
    g = m.groupdict()
    m1 = month_number(g["m1"])
    m2 = month_number(g["m2"]) if g.get("m2") else m1
    if m1 is None or m2 is None:
        return None
    y2 = int(g.get("y2") or g["y1"])
    y1 = int(g["y1"]) if g.get("y1") and g.get("y2") else y2
    first = dt.date(y1, m1[0], _day(g["d1"]))
    last = dt.date(y2, m2[0], _day(g["d2"])) if g.get("d2") else first
    if first > last and not (g.get("y1") and g.get("y2")):
        first = first.replace(year=y2 - 1)  # "30 December – 2 January 2024"
    if first > last:
        return None
    precision = "day" if first == last else "range"
    return first, last, precision, "day", m1[1]


def _numeric(m: re.Match) -> _Built:
    day = dt.date(int(m["y1"]), int(m["mn"]), int(m["dn"]))
    return day, day, "day", "day", ""


def _months(m: re.Match) -> _Built:
    g = m.groupdict()
    m1, y = month_number(g["m1"]), int(g["y1"])
    m2 = month_number(g["m2"]) if g.get("m2") else m1
    if m1 is None or m2 is None or m2[0] < m1[0]:
        return None
    if g["m1"] == "may" and not g.get("m2"):
        return None  # the modal verb, not the month
    first, last = dt.date(y, m1[0], 1), _month_end(y, m2[0])
    return first, last, "month" if m1 == m2 else "range", "month", m1[1]


def _year_lang(suffix: str) -> str:
    if re.search(r"[а-яё]", suffix, re.IGNORECASE):
        return "kk" if re.search(r"жыл|ж\.", suffix) else "ru"
    return ""


def _years(m: re.Match) -> _Built:
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if m["y2"] else y1
    if not y1 <= y2 <= y1 + 100:
        return None
    lang = _year_lang(m.group())
    return dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range" if y2 > y1 else "year", "year", lang


def _end_of_year(m: re.Match) -> _Built:
    day = dt.date(int(m["y1"]), 12, 31)
    lang = "kk" if "жыл" in m.group() else ("ru" if "конц" in m.group().lower() else "en")
    return day, day, "day", "day", lang


def _group(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


d1, d2, m1, m2 = _group("d1", _D), _group("d2", _DN), _group("m1", _M), _group("m2", _M)
y1, y2 = _group("y1", _Y), _group("y2", _Y)
# (name, pattern, builder); longer forms win over the shorter forms they contain.
_FORMS: list[tuple[str, re.Pattern, Callable[[re.Match], _Built]]] = [
    (name, re.compile(pattern, re.IGNORECASE), builder)
    for name, pattern, builder in (
        # Kazakh: "2024 жылғы 4 наурыздағы", "2024 жылғы 2-3 қазанда"
        ("kk-day", rf"{y1}{_KK_YEAR}{d1}(?:{_DASH}{d2})?\s*{m1}", _days),
        ("kk-end", rf"{y1}\s*жылдың\s+соң[^\W\d_]*", _end_of_year),
        ("kk-month", rf"{y1}{_KK_YEAR}{m1}", _months),
        # "30 September - 2 October 2023", "30 December 2023 – 2 January 2024"
        ("day-range", rf"{d1}\s+{m1}(?:,?\s+{y1})?{_DASH}{d2}\s+{m2},?\s+{y2}{_YSUF}", _days),
        # "2-3 October 2023", "11-12 October, 2021", "2-3 октября 2023 года"
        ("days", rf"{d1}{_DASH}{d2}\s+{m1},?\s+{y1}{_YSUF}", _days),
        # "October 12-13, 2022", "September 30 - October 2, 2023", "November 23, 2022"
        ("us-range", rf"{m1}\s+{d1}{_DASH}(?:{m2}\s+)?{d2},?\s+{y1}", _days),
        ("us-day", rf"{m1}\s+{d1},?\s+{y1}", _days),
        # "4 March 2024", "7 июня 2024 года", "4 наурыз 2024 ж."
        ("day", rf"{d1}\s+{m1},?\s+{y1}{_YSUF}", _days),
        ("dotted", rf"(?<![\d.])(?P<dn>[0-3]?\d)\.(?P<mn>[01]?\d)\.{y1}(?![.\d])", _numeric),
        ("iso", r"(?<![\d/-])(?P<y1>(?:19|20)\d\d)-(?P<mn>\d\d)-(?P<dn>\d\d)(?![\d/-])", _numeric),
        # "September–October 2023", "October 2022", "в октябре 2022 года"
        ("months", rf"{m1}{_DASH}{m2}\s+{y1}{_YSUF}", _months),
        ("month", rf"(?<![\d\w]){m1},?\s+{y1}{_YSUF}", _months),
        ("end", rf"\b(?:the\s+)?end\s+of\s+{y1}", _end_of_year),
        ("ru-end", rf"\bконц[аеу]\s+{y1}{_YSUF}", _end_of_year),
        # "2021-2025", "2021–2025", "(2016–2020)", "2024-2025 годов", "2024-2025 жылдарға"
        ("years", rf"(?<![\d/.№#–—-]){y1}{_DASH}{y2}{_YSUF}(?![/-]\d)", _years),
        ("year", rf"(?<![\d/.№#:–—-]){y1}(?![/:]\d|[-–—]\d|[.,]\d)(?P<y2>){_YSUF}", _years),
    )
]


_ANY_YEAR = re.compile(r"(?:19|20)\d\d")


def _reads_as_year(text: str, m: re.Match) -> bool:
    """A bare four-digit number is a year only where the text uses it as one."""
    if m.group() != m["y1"]:
        return True  # "в 2023 году", "2023 жылы": the year word says so
    before, after = text[: m.start()], text[m.end() :]
    if re.search(r"(?:No\.?|№|#|[Nn]umber)\s*$", before):
        return False
    if re.match(r"\s*(?:th|st|nd|rd|%|\.\d)", after):
        return False
    return bool(_YEAR_LEAD.search(before[-20:])) or bool(re.match(r"\s+[A-ZА-Я)]|\)", after))


def find_dates(text: str) -> list[DateMention]:
    """Every date mentioned in `text`, in reading order, without overlaps."""
    if not _ANY_YEAR.search(text):
        return []  # every form names a year
    return list(_find_dates(text))


@lru_cache(maxsize=4096)
def _find_dates(text: str) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    impossible: list[tuple[int, int]] = []  # "31 February 2024" hides "February 2024"
    for name, pattern, builder in _FORMS:
        for m in pattern.finditer(text):
            if name == "year" and not _reads_as_year(text, m):
                continue
            try:
                built = builder(m)
            except ValueError:
                impossible.append(m.span())
                continue
            if built is None:
                continue
            first, last, precision, unit, lang = built
            found.append(
                DateMention(
                    m.group(),
                    m.start(),
                    m.end(),
                    first,
                    last,
                    precision,
                    unit,
                    lang,
                    "end" if name.endswith("end") else "",
                )
            )
    found.sort(key=lambda d: (d.start, -(d.stop - d.start)))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].stop:
            continue
        if any(start <= mention.start and mention.stop <= stop for start, stop in impossible):
            continue
        kept.append(mention)
    return tuple(kept)


def parse_date(text: str) -> DateMention | None:
    """The date a whole string denotes ("2-3 October 2023", "2021–2025"), or None.

    A bare year is accepted here without context: the string is known to be a date.
    """
    stripped = text.strip()
    whole = {stripped, stripped.rstrip(".,;")}  # "2023." and "2023 г." are both whole
    for prefix in ("", "in "):  # "in " lets a bare year read as one
        mentions = find_dates(prefix + stripped)
        if len(mentions) == 1 and mentions[0].text in whole:
            mention, shift = mentions[0], len(prefix)
            return replace(mention, start=mention.start - shift, stop=mention.stop - shift)
    return None
