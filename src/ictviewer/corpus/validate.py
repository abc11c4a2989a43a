"""Checks one parsed corpus file against the schema, naming line and field.

The schema is declared once: the keys of each mapping are read off the model's
dataclasses (`keys_of`), with what the annotations cannot say (allowed values,
dates, YAML-only keys) declared beside them, so the loader, `ictviewer check`
and the tests agree on it, and a field added to the model is a key at once. Unknown
keys are errors: a misspelt `date_precison` must not be silently ignored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from ictviewer.corpus.model import (
    LANGUAGE_NAMES,
    PRECISIONS,
    RELATION_TYPES,
    STATUSES,
    Correction,
    Document,
    EventOverride,
    FuzzyDate,
    Provision,
    Relation,
    Source,
)
from ictviewer.corpus.yamldata import field_name, shown

# fullmatch, not `$`: "p1\n" must not pass as "p1" (it slipped past the duplicate check).
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
#: Characters no text of a treaty needs and that break what reads the corpus later:
#: C0/C1 controls but tab and line ends (a NUL truncates C strings, ESC drives
#: terminals), DEL, lone surrogates (not characters: printing or indexing them
#: raises UnicodeEncodeError) and the non-characters U+FFFE/U+FFFF.
BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
#: Dates outside these years are typos in this corpus, and far ones overflow
#: date arithmetic later (the timeline pads intervals: 9999-12 overflowed).
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)
KINDS = ("statement", "joint-statement", "concept-paper", "note-verbale", "declaration", "other")
EVENT_KINDS = ("adoption", "meeting", "workshop", "deadline", "note", "reference", "mandate")


@dataclass(frozen=True)
class Key:
    """A key of a mapping: its expected type, whether required, and allowed values."""

    type: type | tuple[type, ...]
    required: bool = False
    choices: tuple[str, ...] = ()


#: How a date is written in YAML: "2022-10-13", "2022-10", 2022, or a YAML date.
DATE = (str, dt.date, int)


def keys_of(
    model: type, *, omit: Iterable[str] = (), then: dict[str, Key] | None = None, **overrides: Key
) -> dict[str, Key]:
    """The YAML keys of a model dataclass, read off its fields: the schema declared once.

    A field's type gives the YAML type (text, a list for a tuple, a mapping for
    a dict or a nested record) and a field without a default is required.
    `overrides` say what the annotations cannot (allowed values, a date, a
    field optional in YAML that the loader fills in); `omit` names fields that
    are never read from YAML (set by the loader); `then` adds YAML-only keys
    (a fuzzy date is three keys in YAML, one field in the model).
    """
    hints = typing.get_type_hints(model)
    keys: dict[str, Key] = {}
    for field in dataclasses.fields(model):
        if field.name in omit:
            continue
        if field.name in overrides:
            keys[field.name] = overrides.pop(field.name)
            continue
        required = field.default is dataclasses.MISSING and (
            field.default_factory is dataclasses.MISSING
        )
        keys[field.name] = Key(_yaml_type(hints[field.name]), required)
    if overrides:
        raise TypeError(f"{model.__name__} has no fields {sorted(overrides)}")
    return {**keys, **(then or {})}


def _yaml_type(annotation: object) -> type:
    origin = typing.get_origin(annotation) or annotation
    if origin is tuple:
        return list
    if origin is dict or dataclasses.is_dataclass(origin):
        return dict
    if origin is str:
        return str
    raise TypeError(f"no YAML type for {annotation!r}: declare it as an override")


DOCUMENT_KEYS = keys_of(
    Document,
    omit=("path", "origin"),
    kind=Key(str, True, KINDS),
    date=Key(DATE, True),
    status=Key(str, True, STATUSES),
    then={"date_precision": Key(str, True, PRECISIONS), "date_end": Key((str, dt.date))},
)
SOURCE_KEYS = keys_of(Source)
PROVISION_KEYS = keys_of(Provision, lang=Key(str))  # the document's first language if absent
CORRECTION_KEYS = keys_of(Correction)
RELATION_KEYS = keys_of(Relation, type=Key(str, True, RELATION_TYPES))
EVENT_KEYS = keys_of(
    EventOverride,
    date=Key(DATE, True),
    kind=Key(str, True, EVENT_KINDS),
    then={"precision": Key(str, False, PRECISIONS), "end": Key((str, dt.date))},
)


def parse_date(value: object) -> tuple[dt.date, str]:
    """Parse a YAML date value into (first day, precision implied by its form).

    Raises ValueError with a message a curator can act on, also for a date
    outside `EARLIEST`..`LATEST`.
    """
    if isinstance(value, bool) or not isinstance(value, (str, int, dt.date)):
        raise ValueError(f"expected a date (YYYY-MM-DD, YYYY-MM or YYYY), got {shown(value)}")
    try:
        date = FuzzyDate.parse(value)
    except ValueError as error:
        if error.__cause__ is not None:  # the right form, but no such day
            raise ValueError(
                f"{str(value).strip()!r} is not a real date ({error.__cause__})"
            ) from None
        raise ValueError(
            f"{shown(str(value).strip())} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY"
        ) from None
    text = value.isoformat() if isinstance(value, dt.date) else str(value).strip()
    return _in_range(date.start, text), date.precision


def _in_range(day: dt.date, text: str) -> dt.date:
    if not EARLIEST <= day <= LATEST:
        raise ValueError(
            f"{text!r} is outside the years {EARLIEST.year}-{LATEST.year}; check the year"
        )
    return day


class Problems:
    """Collects problems for one file, resolving a key path to its line."""

    def __init__(self, file: str, lines: LineLookup | None = None, quiet: Iterable[tuple] = ()):
        self.file = file
        self.lines = lines if lines is not None else {}
        self.quiet = frozenset(quiet)
        self.items: list[tuple[int, str, str]] = []

    def add(self, path: tuple, message: str) -> None:
        """Report at the line of `path`, or of its nearest ancestor with a known line.

        Nothing is reported under a `quiet` path: a value already refused by
        the YAML reader, whose own problem says why.
        """
        if self.quiet and any(path[:end] in self.quiet for end in range(len(path) + 1)):
            return
        line = 0
        for end in range(len(path), -1, -1):
            found = self.lines.get(path[:end])
            if found is not None:
                line = found
                break
        self.items.append((line, field_name(path), message))


class LineLookup(Protocol):
    """Anything that gives the line of a key path: `yamldata.LineIndex` or a plain dict."""

    def get(self, path: tuple, /) -> int | None: ...


def check_text(text: str, path: tuple, problems: Problems) -> None:
    """Report a character that would break search, printing or the timeline later."""
    bad = BAD_CHARACTER.search(text)
    if bad is None:
        return
    code = ord(bad.group())
    what = "a control character"
    if 0xD800 <= code <= 0xDFFF:
        what = "a lone surrogate, not a character"
    elif code in (0xFFFE, 0xFFFF):
        what = "a non-character"
    problems.add(path, f"contains U+{code:04X} ({what}) at character {bad.start() + 1}; remove it")


def check_mapping(value: object, keys: dict[str, Key], path: tuple, problems: Problems) -> bool:
    """Check a mapping's keys and value types; False when it is not a mapping at all."""
    if not isinstance(value, dict):
        problems.add(path, f"expected a mapping of {', '.join(keys)}")
        return False
    for name in value:
        if name not in keys:
            problems.add(
                (*path, name), f"unknown field; expected one of: {', '.join(sorted(keys))}"
            )
    for name, key in keys.items():
        if name not in value or value[name] is None:
            if key.required:
                problems.add((*path, name), "required field is missing")
            continue
        item = value[name]
        if isinstance(item, bool) or not isinstance(item, key.type):
            problems.add((*path, name), f"expected {_type_name(key.type)}, got {shown(item)}")
        elif key.choices and item not in key.choices:
            problems.add((*path, name), f"{shown(item)} is not one of: {', '.join(key.choices)}")
        elif isinstance(item, str) and not item.strip():
            problems.add((*path, name), "must not be empty")
        elif isinstance(item, str):
            check_text(item, (*path, name), problems)
    return True


def _type_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "text", dict: "a mapping", list: "a list", int: "a number", dt.date: "a date"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def check_document(data: object, problems: Problems) -> None:
    """Every per-file rule; cross-file rules (relation targets, unique ids) are in the loader."""
    if not check_mapping(data, DOCUMENT_KEYS, (), problems):
        return
    assert isinstance(data, dict)
    doc_id = data.get("id")
    if isinstance(doc_id, str) and not ID_PATTERN.fullmatch(doc_id):
        problems.add(
            ("id",), "use lowercase letters, digits and hyphens (e.g. cica-statement-2022)"
        )
    _check_dates(data, problems)
    languages = data.get("languages")
    if isinstance(languages, list):
        if not languages:
            problems.add(("languages",), "list at least one language")
        for i, lang in enumerate(languages):
            if not isinstance(lang, str) or lang not in LANGUAGE_NAMES:
                problems.add(
                    ("languages", i), f"{shown(lang)} is not one of: {', '.join(LANGUAGE_NAMES)}"
                )
    if isinstance(data.get("source"), dict):
        check_mapping(data["source"], SOURCE_KEYS, ("source",), problems)
    provision_ids = _check_provisions(data, problems)
    _check_list(data, "corrections", CORRECTION_KEYS, problems)
    for i, correction in enumerate(_list(data, "corrections")):
        target = correction.get("provision") if isinstance(correction, dict) else None
        if isinstance(target, str) and target not in provision_ids:
            problems.add(("corrections", i, "provision"), f"no provision {target!r} in this file")
    _check_list(data, "relations", RELATION_KEYS, problems)
    _check_list(data, "events", EVENT_KEYS, problems)
    for i, event in enumerate(_list(data, "events")):
        if not isinstance(event, dict):
            continue
        if "date" in event:
            try:
                parse_date(event["date"])
            except ValueError as error:
                problems.add(("events", i, "date"), str(error))
        target = event.get("provision")
        if isinstance(target, str) and target and target not in provision_ids:
            problems.add(("events", i, "provision"), f"no provision {target!r} in this file")
    for key in ("signatories", "removed"):
        for i, item in enumerate(_list(data, key)):
            if not isinstance(item, str) or not item.strip():
                problems.add((key, i), "expected non-empty text")
            else:
                check_text(item, (key, i), problems)


def _list(data: dict, key: str) -> list:
    value = data.get(key)
    return value if isinstance(value, list) else []


def _check_list(data: dict, key: str, keys: dict[str, Key], problems: Problems) -> None:
    for i, item in enumerate(_list(data, key)):
        check_mapping(item, keys, (key, i), problems)


def _check_dates(data: dict, problems: Problems) -> None:
    start = precision = None
    if "date" in data and data["date"] is not None:
        try:
            start, precision = parse_date(data["date"])
        except ValueError as error:
            problems.add(("date",), str(error))
    declared = data.get("date_precision")
    if precision and declared in ("day", "month", "year") and declared != precision:
        problems.add(
            ("date_precision",),
            f"is {declared!r} but the date {data['date']!r} is written with {precision} precision",
        )
    if declared == "range" and "date_end" not in data:
        problems.add(("date_end",), "a range needs date_end")
    if data.get("date_end") is not None:
        try:
            end, _ = parse_date(data["date_end"])
        except ValueError as error:
            problems.add(("date_end",), str(error))
        else:
            if start and end < start:
                problems.add(("date_end",), "is before date")


def _check_provisions(data: dict, problems: Problems) -> set[str]:
    provisions = data.get("provisions")
    seen: set[str] = set()
    if not isinstance(provisions, list):
        return seen
    if not provisions:
        problems.add(("provisions",), "a document needs at least one provision")
    languages = data.get("languages") if isinstance(data.get("languages"), list) else []
    for i, provision in enumerate(provisions):
        path = ("provisions", i)
        if not check_mapping(provision, PROVISION_KEYS, path, problems):
            continue
        pid = provision.get("id")
        if isinstance(pid, str):
            if not ID_PATTERN.fullmatch(pid):
                problems.add((*path, "id"), "use lowercase letters, digits and hyphens")
            if pid in seen:
                problems.add((*path, "id"), f"duplicate provision id {pid!r}")
            seen.add(pid)
        lang = provision.get("lang")
        if lang is not None and lang not in languages:
            problems.add((*path, "lang"), f"{lang!r} is not in the document's languages")
        parallel = provision.get("parallel")
        if isinstance(parallel, dict):
            for code, text in parallel.items():
                if code not in languages:
                    problems.add(
                        (*path, "parallel", code), f"{code!r} is not in the document's languages"
                    )
                if not isinstance(text, str) or not text.strip():
                    problems.add((*path, "parallel", code), "expected non-empty text")
                else:
                    check_text(text, (*path, "parallel", code), problems)
    return seen
