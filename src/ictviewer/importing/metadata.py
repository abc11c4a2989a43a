"""Guesses of what a document's metadata is, from where documents print it.

Title from the opening lines, date and place from a dateline ("(Shanghai,
15 June 2006)", "Astana, 20 May 2024", "Done at Singapore on 14 November
2018"), organisation from the names and acronyms the text uses, kind from the
title, language from the script and a few very common words. Every guess is
returned with a sentence saying what was guessed from what, so the user (and
the document's provenance) can see which facts were printed and which were
inferred; an option given on the command line always wins.

Nothing is invented: a date that cannot be found is an error asking for
`--date`, not today's date; a missing place or organisation is "not stated".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

NOT_STATED = "not stated"

_MONTHS = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    "ru-nom": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
               "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
           "қыркүйек", "қазан", "қараша", "желтоқсан"),
}  # fmt: skip
MONTH_NUMBER = {name: i + 1 for names in _MONTHS.values() for i, name in enumerate(names)}
_MONTH = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
_DAY_MONTH_YEAR = (
    rf"(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:г\.|года|год))?"
)
_MONTH_DAY_YEAR = rf"(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d)"
_KAZAKH = rf"(?P<y3>(?:19|20)\d\d)\s+жылғы\s+(?P<d3>\d{{1,2}})\s+(?P<m3>{_MONTH})"
_NUMERIC = (
    r"(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>(?:19|20)\d\d)"
    r"|(?P<y5>(?:19|20)\d\d)-(?P<m5>\d\d)-(?P<d5>\d\d)"
)
_MONTH_YEAR = rf"(?P<m6>{_MONTH})\s+(?P<y6>(?:19|20)\d\d)"
DATE = re.compile(
    rf"(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_KAZAKH}|{_NUMERIC}|{_MONTH_YEAR})",
    re.IGNORECASE,
)
_PLACE = r"(?:г\.\s*|city of\s+)?(?P<place>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’ -]{1,30}?)(?:\s+қ\.)?"
DATELINE = re.compile(rf"^\(?\s*{_PLACE}\s*,\s*(?:on\s+)?(?P<date>.+?)\s*\)?\.?$")
DONE_AT = re.compile(
    rf"\b(?:Done|Adopted|Signed|Issued)\s+(?:at|in)\s+{_PLACE}\s*,?\s+(?:on\s+)?(?P<date>[^.;]+)",
)
ORGANISATIONS = {
    "CICA": ("Conference on Interaction and Confidence Building Measures in Asia",
             "Conference on Interaction and Confidence-Building Measures in Asia",
             "СВМДА", "АӨСШК"),
    "CSTO": ("Collective Security Treaty Organization", "ОДКБ", "ҰҚШҰ"),
    "ASEAN": ("Association of Southeast Asian Nations", "АСЕАН"),
    "SCO": ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "ШОС"),
    "CIS": ("Commonwealth of Independent States", "СНГ", "ТМД"),
    "BRICS": ("БРИКС",),
    "OSCE": ("Organization for Security and Co-operation in Europe", "ОБСЕ"),
    "UN": ("United Nations", "General Assembly", "ООН", "БҰҰ"),
}  # fmt: skip
KINDS = (
    ("joint-statement", r"\bjoint\s+statement\b|совместное\s+заявление|бірлескен\s+мәлімдеме"),
    ("note-verbale", r"\bnote\s+verbale\b|вербальная\s+нота|вербалды\s+нота"),
    ("concept-paper", r"\bconcept\b|концепци|тұжырымдама"),
    ("declaration", r"\bdeclaration\b|декларац"),
    ("statement", r"\bstatement\b|заявление|мәлімдеме"),
)
_KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_KAZAKH_WORDS = {"және", "мен", "бойынша", "жылғы", "туралы", "үшін", "мүше", "мемлекеттер"}
_RUSSIAN_WORDS = {"и", "в", "на", "по", "с", "о", "для", "что", "государств", "года"}


def parse_date(text: str) -> tuple[dt.date, str] | None:
    """The first date written in `text`, with its precision ("day" or "month"), or None."""
    for match in DATE.finditer(text):
        try:
            return _date_of(match)
        except ValueError:
            continue
    return None


def _date_of(match: re.Match) -> tuple[dt.date, str]:
    g = match.groupdict()
    for d, m, y in (("d", "m", "y"), ("d2", "m2", "y2"), ("d3", "m3", "y3")):
        if g[y]:
            return dt.date(int(g[y]), MONTH_NUMBER[g[m].lower()], int(g[d])), "day"
    for d, m, y in (("d4", "m4", "y4"), ("d5", "m5", "y5")):
        if g[y]:
            return dt.date(int(g[y]), int(g[m]), int(g[d])), "day"
    return dt.date(int(g["y6"]), MONTH_NUMBER[g["m6"].lower()], 1), "month"


def dateline(text: str) -> tuple[str, dt.date, str] | None:
    """(place, date, precision) when `text` is a dateline such as "Astana, 20 May 2024"."""
    if len(text.split()) > 10:
        return None
    match = DATELINE.match(text.strip())
    if not match:
        return None
    found = DATE.fullmatch(match.group("date").strip(" .)"))
    if not found:
        return None
    try:
        day, precision = _date_of(found)
    except ValueError:
        return None
    return match.group("place").strip(), day, precision


def detect_language(text: str) -> str:
    """ "kk", "ru" or "en" from the script and the commonest function words."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "en"
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
    if cyrillic / len(letters) < 0.5:
        return "en"
    words = Counter(re.findall(r"\w+", text.lower()))
    kazakh = sum(c in _KAZAKH_LETTERS for c in letters) / len(letters)
    kazakh_words = sum(words[w] for w in _KAZAKH_WORDS)
    russian_words = sum(words[w] for w in _RUSSIAN_WORDS)
    return "kk" if kazakh > 0.01 or kazakh_words > russian_words else "ru"


def guess_organisation(title: str, text: str) -> str | None:
    """The organisation the title names, else the one the text names most often."""
    for where in (title, text):
        counts = Counter()
        for acronym, names in ORGANISATIONS.items():
            for name in (acronym, *names):
                counts[acronym] += len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", where))
        best = [name for name, n in counts.most_common(2) if n]
        if best:
            return best[0]
    return None


def guess_kind(title: str) -> str:
    for kind, pattern in KINDS:
        if re.search(pattern, title, re.IGNORECASE):
            return kind
    return "other"


def guess_date_place(units: list[str]) -> tuple[str | None, tuple[dt.date, str] | None, str]:
    """(place, (date, precision), how) from a dateline, a "Done at" line, or the first date."""
    near = units[:8] + units[-4:]
    for unit in near:
        found = dateline(unit)
        if found:
            return found[0], (found[1], found[2]), f"dateline “{unit}”"
    for unit in reversed(units):
        match = DONE_AT.search(unit)
        if match:
            date = parse_date(match.group("date"))
            if date:
                return match.group("place").strip(), date, f"“{match.group(0).strip()}”"
    for unit in near + units:
        date = parse_date(unit)
        if date:
            return None, date, f"the first date in the text (“{unit[:60]}”)"
    return None, None, ""


def slug(*parts: str) -> str:
    """A document id from words: lowercase ASCII letters, digits and hyphens."""
    text = "-".join(p for p in parts if p).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:60].strip("-") or "document"


def short_title(title: str, organisation: str, kind: str, year: int) -> str:
    """A list-sized title: the title itself when short, else "ORG kind YEAR"."""
    if len(title) <= 60:
        return title
    words = {"joint-statement": "Joint Statement", "note-verbale": "Note Verbale",
             "concept-paper": "Concept Paper", "declaration": "Declaration",
             "statement": "Statement"}  # fmt: skip
    name = words.get(kind)
    if name and organisation != NOT_STATED:
        return f"{organisation} {name} {year}"
    cut = title[:57].rsplit(" ", 1)[0]
    return f"{cut}…"
