"""Filters by organisation, document, language and date, shared by the API and `org:` syntax.

Dates are intervals: a document dated "2022-10" covers 1-31 October 2022, so it
overlaps a range ending on 5 October. Filters are resolved against the corpus
held in memory (the index was built from exactly this corpus) and become plain
Whoosh term queries, so they combine freely with the rest of a query.
"""

from __future__ import annotations

import datetime as dt
import re

from whoosh import query as wq

from ictviewer.corpus.model import Corpus, FuzzyDate

_YEARS = re.compile(r"^(\d{4})-(\d{4})$")  # year:2018-2022


def date_interval(value: dt.date | str) -> tuple[dt.date, dt.date]:
    """The first and last day a date or an ISO prefix ("2022", "2022-10", "2022-10-13") denotes.

    Read by `FuzzyDate.parse`, the corpus's own reading; raises ValueError.
    """
    date = FuzzyDate.parse(value)
    return date.start, date.last


def date_bounds(
    date_from: dt.date | str | None, date_to: dt.date | str | None
) -> tuple[dt.date | None, dt.date | None]:
    """A search range: from the first day of `date_from` to the last day of `date_to`."""
    start = date_interval(date_from)[0] if date_from not in (None, "") else None
    end = date_interval(date_to)[1] if date_to not in (None, "") else None
    return start, end


def period_bounds(value: str) -> tuple[dt.date, dt.date]:
    """The days a `year:`/`date:` filter covers: "2022", "2018-2022", "2022-01..2022-06"."""
    years = _YEARS.match(value.strip())
    if years:
        first, last = years.groups()
    else:
        first, _, last = value.partition("..") if ".." in value else value.partition("/")
    start, end = date_bounds(first, last or first)
    if start is None or end is None:
        raise ValueError(f"not a date: {value!r}")
    return start, end


def org_matches(value: str, organisation: str) -> bool:
    """True when `value` names the organisation: equal, or its first word(s) ("ASEAN")."""
    wanted, name = value.casefold().strip(), organisation.casefold()
    if not wanted:
        return False
    return name == wanted or (name.startswith(wanted) and not name[len(wanted)].isalnum())


class FilterContext:
    """Turns filter values into Whoosh queries for one corpus."""

    def __init__(self, corpus: Corpus):
        self.organisations = sorted({d.organisation for d in corpus})
        self.dates = {d.id: (d.date.start, d.date.last) for d in corpus}
        self.orgs = {d.id: d.organisation for d in corpus}
        self.languages = sorted(
            {lang for d in corpus for p in d.provisions for lang in p.versions()}
        )

    def organisation(self, value: str) -> wq.Query:
        names = [o.casefold() for o in self.organisations if org_matches(value, o)]
        return _any("org", names)

    def document(self, value: str) -> wq.Query:
        return wq.Term("doc_id", value.strip().lower())

    def language(self, value: str) -> wq.Query:
        return wq.Term("lang", value.strip().lower())

    def period(self, start: dt.date | None, end: dt.date | None) -> wq.Query:
        ids = [
            doc_id
            for doc_id, (first, last) in self.dates.items()
            if (end is None or first <= end) and (start is None or last >= start)
        ]
        return _any("doc_id", sorted(ids))

    def field(self, name: str, value: str) -> wq.Query:
        """A filter written in the query text (`org:`, `doc:`, `lang:`, `year:`/`date:`)."""
        if name == "org":
            return self.organisation(value)
        if name == "doc":
            return self.document(value)
        if name == "lang":
            return self.language(value)
        if name in ("year", "date"):
            return self.period(*period_bounds(value))
        raise ValueError(f"unknown filter {name}:")

    def problem(self, name: str, value: str) -> str:
        """Why a filter written in a query matches nothing ("" when it is understood).

        For the `parsed` text and `SearchResults.not_understood`: an invalid
        date, an organisation, document or language the corpus does not have
        would otherwise just give 0 hits with no explanation.
        """
        written = f"{name}:{value}"
        if name in ("year", "date"):
            try:
                period_bounds(value)
            except ValueError:
                return (
                    f"{written}: not a date (expected YYYY, YYYY-MM, YYYY-MM-DD, "
                    "a range YYYY-YYYY or FROM..TO, with a real day of the month)"
                )
            return ""
        if name == "org" and not any(org_matches(value, o) for o in self.organisations):
            return f"{written}: no such organisation (known: {', '.join(self.organisations)})"
        if name == "doc" and value.strip().lower() not in self.dates:
            return f"{written}: no such document (see `ictviewer documents`)"
        if name == "lang" and value.strip().lower() not in self.languages:
            return f"{written}: no text in this language (known: {', '.join(self.languages)})"
        return ""

    def document_ids(
        self,
        organisation: str | None = None,
        doc_id: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> set[str] | None:
        """Ids of the documents passing the API's document-level filters (None: no filter)."""
        if not (organisation or doc_id or start or end):
            return None
        ids = set(self.dates)
        if organisation:
            ids &= {d for d, org in self.orgs.items() if org_matches(organisation, org)}
        if doc_id:
            ids &= {doc_id.strip().lower()}
        if start is not None or end is not None:
            ids &= {
                d
                for d, (first, last) in self.dates.items()
                if (end is None or first <= end) and (start is None or last >= start)
            }
        return ids


def _any(field: str, values: list[str]) -> wq.Query:
    if not values:
        return wq.NullQuery
    if len(values) == 1:
        return wq.Term(field, values[0])
    return wq.Or([wq.Term(field, v) for v in values])


FILTER_FIELDS = ("org", "doc", "lang", "year", "date")
