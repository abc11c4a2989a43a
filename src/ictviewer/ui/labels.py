"""Human names for the corpus's codes (kinds, statuses, languages), counts, dates: translated."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QObject

from ictviewer.corpus.model import LANGUAGE_NAMES, FuzzyDate
from ictviewer.ui.i18n import interface_language, translate


def kind_name(kind: str) -> str:
    names = {
        "statement": translate("labels", "Statement"),
        "joint-statement": translate("labels", "Joint statement"),
        "concept-paper": translate("labels", "Concept paper"),
        "note-verbale": translate("labels", "Note verbale"),
        "declaration": translate("labels", "Declaration"),
        "other": translate("labels", "Other"),
    }
    return names.get(kind, kind.replace("-", " ").capitalize())


def status_name(status: str) -> str:
    names = {
        "adopted": translate("labels", "Adopted"),
        "draft": translate("labels", "Draft"),
        "approved": translate("labels", "Approved"),
        "circulated": translate("labels", "Circulated"),
    }
    return names.get(status, status.capitalize())


def language_name(code: str) -> str:
    names = {
        "en": translate("labels", "English"),
        "ru": translate("labels", "Russian"),
        "kk": translate("labels", "Kazakh"),
    }
    return names.get(code, LANGUAGE_NAMES.get(code, code))


def relation_name(kind: str) -> str:
    names = {
        "supersedes": translate("labels", "Supersedes"),
        "superseded-by": translate("labels", "Superseded by"),
        "refers-to": translate("labels", "Refers to"),
        "encloses": translate("labels", "Encloses"),
        "enclosed-in": translate("labels", "Enclosed in"),
    }
    return names.get(kind, kind)


# -- counts ------------------------------------------------------------------------------------
# Qt's numerus form: one source string per count, and the catalogue holds as many forms as
# the language has (Russian three: "1 документ", "2 документа", "5 документов"; 21 takes the
# first). The English source is picked for 1 or many here, so English needs no catalogue of
# its own; each English source still carries "%n" and is translated with every Russian form.


class _Counts(QObject):
    """Holds the count strings: lupdate sees a numerus only in a `self.tr(text, "", n)`."""

    def documents(self, n: int) -> str:
        return self.tr("%n document", "", n) if n == 1 else self.tr("%n documents", "", n)

    def provisions(self, n: int) -> str:
        return self.tr("%n provision", "", n) if n == 1 else self.tr("%n provisions", "", n)

    def hits(self, n: int) -> str:
        return self.tr("%n hit", "", n) if n == 1 else self.tr("%n hits", "", n)

    def pages(self, n: int) -> str:
        return self.tr("%n page", "", n) if n == 1 else self.tr("%n pages", "", n)

    def events(self, n: int) -> str:
        return self.tr("%n event", "", n) if n == 1 else self.tr("%n events", "", n)


_COUNTS = _Counts()


def documents_count(n: int) -> str:
    """ "1 document", "5 documents"; in Russian "1 документ", "2 документа", "5 документов"."""
    return _COUNTS.documents(n)


def provisions_count(n: int) -> str:
    return _COUNTS.provisions(n)


def hits_count(n: int) -> str:
    return _COUNTS.hits(n)


def pages_count(n: int) -> str:
    return _COUNTS.pages(n)


def events_count(n: int) -> str:
    return _COUNTS.events(n)


# -- dates -------------------------------------------------------------------------------------
# `FuzzyDate.human()` is the core's English form, which citations use (they keep the
# document's language). The interface shows dates in its own language instead: Russian
# needs the genitive month after a day ("20 мая 2024 г.") and the nominative without one
# ("октябрь 2022 г."), which is what QLocale gives: "d MMMM" and the standalone month name.


# "г." stays with its year: a line broken between "2022" and "г." reads as a lone "г."
YEAR = "\u00a0г."


def interface_date(date: FuzzyDate) -> str:
    """`date` at its precision in the interface language: "20 May 2024" / "20 мая 2024 г."."""
    if interface_language() != "ru":
        return date.human()
    locale = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    start = QDate(date.start.year, date.start.month, date.start.day)
    if date.precision == "month":
        return f"{locale.standaloneMonthName(date.start.month)} {date.start.year}{YEAR}"
    if date.precision == "year":
        return f"{date.start.year}{YEAR}"
    if date.precision == "range" and date.end is not None and date.end != date.start:
        end = QDate(date.end.year, date.end.month, date.end.day)
        first, last = locale.toString(start, "d MMMM yyyy"), locale.toString(end, "d MMMM yyyy")
        return f"{first} – {last}{YEAR}"
    return f"{locale.toString(start, 'd MMMM yyyy')}{YEAR}"


def interface_short_date(date: FuzzyDate) -> str:
    """The compact form for lists in the interface language: "13 Oct 2022" / "13 окт. 2022 г."."""
    if interface_language() != "ru":
        return date.short()
    locale = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    if date.precision == "year":
        return f"{date.start.year}{YEAR}"
    if date.precision == "month":
        month = locale.standaloneMonthName(date.start.month, QLocale.FormatType.ShortFormat)
        return f"{month} {date.start.year}{YEAR}"
    start = QDate(date.start.year, date.start.month, date.start.day)
    return f"{locale.toString(start, 'd MMM yyyy')}{YEAR}"


def precision_note(precision: str) -> str:
    """How exactly a date is known, said for people ("known to the month"), "" for a day."""
    return {
        "month": translate("labels", "known to the month"),
        "year": translate("labels", "known to the year"),
        "range": translate("labels", "a range of dates"),
    }.get(precision, "")


def concept_name(concept) -> str:
    """A lexicon concept's label in the interface language (its English one if it has
    no Russian label): the Russian window's legend listed "Criminal use of ICTs"."""
    if interface_language() == "ru" and concept.label_ru:
        return concept.label_ru
    return concept.label


def concept_other_name(concept) -> str:
    """The label in the other language of the two, for tooltips ("" if there is none)."""
    other = concept.label if interface_language() == "ru" else concept.label_ru
    return "" if other == concept_name(concept) else other


def pattern_name(pattern: str) -> str:
    """A concept's underline pattern as the legend's tooltip says it."""
    return {
        "single": translate("labels", "solid line"),
        "dash": translate("labels", "dashes"),
        "dot": translate("labels", "dots"),
        "dash-dot": translate("labels", "dash and dot"),
        "dash-dot-dot": translate("labels", "dash and two dots"),
        "wave": translate("labels", "wave"),
    }.get(pattern, pattern)
