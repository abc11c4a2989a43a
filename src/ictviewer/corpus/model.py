"""The corpus as frozen dataclasses: what every other layer reads.

Nothing here parses YAML or touches the disk; `loader.py` builds these objects
and `validate.py` decides whether a file may become one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

PRECISIONS = ("day", "month", "year", "range")
STATUSES = ("adopted", "draft", "approved", "circulated")
RELATION_TYPES = ("supersedes", "superseded-by", "refers-to", "encloses", "enclosed-in")
LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "kk": "Kazakh"}
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True)
class FuzzyDate:
    """A date known only to some precision ("Oct 2022" is not 1 October 2022).

    `start` is the first day the date may denote and `end` the last, so filters
    and timelines can treat a month or a year as the interval it is.
    """

    start: dt.date
    precision: str = "day"
    end: dt.date | None = None

    @classmethod
    def parse(cls, value: str | int | dt.date) -> FuzzyDate:
        """The one reading of an ISO date at its precision: "2022", "2022-10", "2022-10-13".

        A corpus file's `date:`, an import's `--date`, and the search's date
        filters all go through here, so "2022-10" means October 2022 to each.
        Raises ValueError (with what was expected) for anything else.
        """
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value, "day")
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise ValueError(f"not a date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        text = str(value).strip()
        match = _ISO_DATE.fullmatch(text)
        if match is None:
            raise ValueError(f"not a date: {text!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = (int(part) if part else None for part in match.groups())
        try:
            start = dt.date(year, month or 1, day or 1)
        except ValueError as error:
            raise ValueError(f"not a date: {text!r} is not a real date ({error})") from error
        return cls(start, "day" if day else "month" if month else "year")

    @property
    def last(self) -> dt.date:
        """The last day this date may denote."""
        if self.end is not None:
            return self.end
        if self.precision == "month":
            days = calendar.monthrange(self.start.year, self.start.month)[1]
            return self.start.replace(day=days)
        if self.precision == "year":
            return self.start.replace(month=12, day=31)
        return self.start

    def iso(self) -> str:
        """ISO form truncated to the precision: "2022-10-13", "2022-10" or "2022"."""
        if self.precision == "month":
            return self.start.strftime("%Y-%m")
        if self.precision == "year":
            return str(self.start.year)
        return self.start.isoformat()

    def human(self) -> str:
        """How a citation prints it: "13 October 2022", "October 2022", "2022"."""
        if self.precision == "month":
            return f"{MONTHS[self.start.month - 1]} {self.start.year}"
        if self.precision == "year":
            return str(self.start.year)
        if self.precision == "range" and self.end is not None:
            return f"{_human_day(self.start)} – {_human_day(self.end)}"
        return _human_day(self.start)

    def short(self) -> str:
        """Compact form for lists: "13 Oct 2022", "Oct 2022", "2022"."""
        if self.precision == "month":
            return self.start.strftime("%b %Y")
        if self.precision == "year":
            return str(self.start.year)
        return f"{self.start.day} {self.start.strftime('%b %Y')}"


def _human_day(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Provision:
    """One citable unit of a document: a paragraph, objective, initiative or block.

    `text` is in the provision's own language `lang`; `parallel` holds the other
    language versions of the same provision (the note verbale is trilingual).
    """

    id: str
    label: str
    text: str
    lang: str
    section: str = ""
    parallel: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def versions(self) -> dict[str, str]:
        """Every language version of this provision, the main one first."""
        return {self.lang: self.text, **self.parallel}

    def text_in(self, lang: str) -> str | None:
        return self.versions().get(lang)


@dataclass(frozen=True)
class Correction:
    """A change made to the source text (a run-together word split), shown to readers."""

    original: str
    corrected: str
    provision: str


@dataclass(frozen=True)
class Relation:
    type: str
    target: str
    note: str = ""


@dataclass(frozen=True)
class Source:
    publisher: str
    seed: str = ""
    note: str = ""
    url: str = ""
    reference: str = ""
    # Set for a document the user imported: the original file's name, its SHA-256
    # (how a second import of the same file is recognised) and the day of import.
    file: str = ""
    sha256: str = ""
    imported: str = ""


@dataclass(frozen=True)
class EventOverride:
    """A dated event declared in the YAML (`events:`), which wins over extraction."""

    date: FuzzyDate
    label: str
    kind: str
    provision: str = ""


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    short_title: str
    organisation: str
    kind: str
    date: FuzzyDate
    place: str
    languages: tuple[str, ...]
    status: str
    source: Source
    provisions: tuple[Provision, ...]
    date_note: str = ""
    organisation_note: str = ""
    corrections: tuple[Correction, ...] = ()
    removed: tuple[str, ...] = ()
    relations: tuple[Relation, ...] = ()
    signatories: tuple[str, ...] = ()
    events: tuple[EventOverride, ...] = ()
    notes: str = ""
    path: str = ""
    #: "bundled" (shipped with the program) or "user" (imported into the user's
    #: corpus folder); set when the library is composed, never read from YAML.
    origin: str = "bundled"

    def provision(self, provision_id: str) -> Provision | None:
        for provision in self.provisions:
            if provision.id == provision_id:
                return provision
        return None

    def sections(self) -> list[tuple[str, list[Provision]]]:
        """Provisions grouped by section, in document order (for a table of contents)."""
        groups: list[tuple[str, list[Provision]]] = []
        for provision in self.provisions:
            if not groups or groups[-1][0] != provision.section:
                groups.append((provision.section, []))
            groups[-1][1].append(provision)
        return groups

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    def summary(self) -> dict:
        """The `documents --json` record (contract)."""
        return {
            "id": self.id,
            "title": self.title,
            "short_title": self.short_title,
            "organisation": self.organisation,
            "kind": self.kind,
            "date": self.date.iso(),
            "date_precision": self.date.precision,
            "languages": list(self.languages),
            "status": self.status,
            "provisions": len(self.provisions),
            "origin": self.origin,
        }


@dataclass(frozen=True)
class CorpusProblem:
    """A reason a corpus file was rejected, in `file:line: field: message` form."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        location = f"{self.file}:{self.line}" if self.line else self.file
        return f"{location}: {self.field}: {self.message}"


@dataclass(frozen=True)
class Corpus:
    """Every valid document of a corpus folder, and the problems of the others."""

    documents: tuple[Document, ...]
    problems: tuple[CorpusProblem, ...] = ()
    path: str = ""
    fingerprint: str = ""

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def get(self, doc_id: str) -> Document | None:
        for document in self.documents:
            if document.id == doc_id:
                return document
        return None

    def organisations(self) -> list[str]:
        return sorted({d.organisation for d in self.documents})

    def languages(self) -> list[str]:
        return sorted({lang for d in self.documents for lang in d.languages})

    def provision_count(self) -> int:
        return sum(len(d.provisions) for d in self.documents)
