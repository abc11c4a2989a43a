"""The corpus as a timeline: one event per document and the dated events its texts mention.

Dates are found by `ictviewer.timeline.dates`; each is given a kind (meeting, workshop,
deadline, ...) and a short label by the sentence rules of `ictviewer.timeline.mentions`. A
mention in several language versions of one provision is one event; the same
meeting named in two documents is two events, each citing its own provision.
Events declared in a document's YAML (`events:`) win over extraction for the same
provision and date. No Qt here: the view draws these events, the CLI prints them.

    events = build_timeline(load_corpus())
    filter_events(events, organisation="UN", kinds={"mandate"})
    print(format_timeline(events)); json.dumps(timeline_json(events))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ictviewer.corpus.model import Document, EventOverride, FuzzyDate
from ictviewer.timeline.dates import find_dates, iso_date
from ictviewer.timeline.mentions import describe, is_un_body

KINDS = ("adoption", "meeting", "workshop", "deadline", "note", "reference", "mandate", "document")
UN = "UN"


@dataclass(frozen=True)
class Event:
    """One point or span on the timeline, citing the document (and provision) it comes from.

    `date`/`end` are ISO strings truncated to the unit of the date ("2023-10-02",
    "2022-10", "2021"); `first`/`last` are the days the event may cover, for drawing
    and sorting. `source` says where it comes from: "document" (the document's own
    date), "title", "text" (a provision) or "yaml" (declared in the document's file).
    """

    date: str
    end: str | None
    precision: str
    label: str
    kind: str
    organisation: str
    doc_id: str
    provision_id: str | None
    first: dt.date
    last: dt.date
    unit: str = "day"
    approximate: bool = False
    citation: str = ""
    quote: str = ""
    langs: tuple[str, ...] = ()
    source: str = "text"
    place: str = ""
    context: str = ""

    @property
    def is_document(self) -> bool:
        return self.source == "document"

    @property
    def key(self) -> str:
        """A stable identifier for selection and focus in the view."""
        return f"{self.doc_id}/{self.provision_id or '-'}/{self.date}/{self.kind}"

    def to_json(self) -> dict:
        """The `timeline --json` record (contract keys first, then what helps a view)."""
        return {
            "date": self.date,
            "end": self.end,
            "precision": self.precision,
            "label": self.label,
            "kind": self.kind,
            "organisation": self.organisation,
            "doc_id": self.doc_id,
            "provision_id": self.provision_id,
            "unit": self.unit,
            "first_day": self.first.isoformat(),
            "last_day": self.last.isoformat(),
            "approximate": self.approximate,
            "citation": self.citation,
            "quote": self.quote,
            "langs": list(self.langs),
            "source": self.source,
            "place": self.place,
            "context": self.context,
        }


def _interval(date: FuzzyDate) -> tuple[dt.date, dt.date, str]:
    """(first, last, unit) of a corpus date; a YAML range of years keeps its unit."""
    if date.precision != "range" or date.end is None:
        unit = date.precision if date.precision in ("day", "month", "year") else "day"
        return date.start, date.last, unit
    start, end = date.start, date.end
    # YAML writes a range of years as "2021" .. "2025": the loader gives both as 1 January.
    if start.day == end.day == 1 and start.month == end.month == 1:
        return start, end.replace(month=12, day=31), "year"
    if start.day == end.day == 1:
        return start, FuzzyDate(end, "month").last, "month"
    return start, end, "day"


def _event(first, last, unit, precision, **fields) -> Event:
    return Event(
        date=iso_date(first, unit),
        end=iso_date(last, unit) if precision == "range" else None,
        precision=precision,
        first=first,
        last=last,
        unit=unit,
        approximate=unit in ("month", "year"),
        **fields,
    )


def document_event(document: Document) -> Event:
    """The document itself: adopted, approved, circulated or sent on its date."""
    first, last, unit = _interval(document.date)
    if document.kind == "note-verbale":
        kind, label = "note", document.short_title
    elif document.status in ("adopted", "approved"):
        kind, label = "adoption", f"{document.short_title} {document.status}"
    else:
        kind, label = "document", f"{document.short_title} circulated"
    return _event(
        first, last, unit, document.date.precision, label=label, kind=kind,
        organisation=document.organisation, doc_id=document.id, provision_id=None,
        citation=document.short_title, source="document", place=document.place,
        context=document.date_note, langs=document.languages,
    )  # fmt: skip


def build_timeline(corpus: Iterable[Document]) -> list[Event]:
    """Every event of every document in a corpus, in date order."""
    events = [event for document in corpus for event in document_events(document)]
    return sorted(events, key=_sort_key)


def _sort_key(event: Event) -> tuple:
    return (event.first, event.last, not event.is_document, event.organisation, event.doc_id)


def document_events(document: Document) -> list[Event]:
    """The document's own event, the events its title and provisions mention, then YAML's."""
    events = [document_event(document)]
    title_lang = document.languages[0] if document.languages else "en"
    events += _mentions(document, None, {title_lang: document.title}, "title")
    for provision in document.provisions:
        events += _mentions(document, provision.id, provision.versions(), "text")
    return _apply_overrides(document, events)


def _mentions(document, provision_id, versions: dict[str, str], source: str) -> list[Event]:
    """Events of one provision; its language versions add languages, not events."""
    provision = document.provision(provision_id) if provision_id else None
    citation = document.short_title + (f", {provision.label}" if provision else "")
    doc_first, doc_last, _ = _interval(document.date)
    events: list[Event] = []
    main_lang = next(iter(versions), "")
    for lang, text in versions.items():
        for mention in find_dates(text):
            rest = (text[: mention.start] + text[mention.stop :]).split()
            if (mention.first, mention.last) == (doc_first, doc_last) and len(rest) <= 4:
                continue  # the document's own dateline: the document event shows it
            same = [i for i, e in enumerate(events) if (e.first, e.last) == mention.key()[:2]]
            if same and lang != main_lang:  # another language version of the same mention
                missing = [i for i in same if lang not in events[i].langs] or same
                events[missing[0]] = replace(
                    events[missing[0]],
                    langs=tuple(dict.fromkeys((*events[missing[0]].langs, lang))),
                )
                continue
            reading = describe(text, mention)
            if not reading.label:
                continue
            label = reading.label
            if any((events[i].kind, events[i].label) == (reading.kind, label) for i in same):
                continue  # the same event named twice in one provision
            if source == "title" and reading.kind == "mandate":
                label = f"{document.short_title}: period covered"
            events.append(
                _event(
                    mention.first,
                    mention.last,
                    mention.unit,
                    mention.precision,
                    label=label,
                    kind=reading.kind,
                    organisation=reading.organisation or document.organisation,
                    doc_id=document.id,
                    provision_id=provision_id,
                    citation=citation,
                    quote=mention.text,
                    langs=(lang,),
                    source=source,
                    place=reading.place,
                    context=reading.sentence,
                )
            )
    return events


def _apply_overrides(document: Document, events: list[Event]) -> list[Event]:
    """YAML `events:` replace the extracted event of the same provision and date, or add one."""
    for override in document.events:
        first, last, unit = _interval(override.date)
        provision_id = override.provision or None
        # The same date; else an extracted date the YAML refines ("2022" -> 24 August 2022);
        # else one of the same kind within the YAML's dates.
        candidates = [
            i
            for i, e in enumerate(events)
            if e.provision_id == provision_id
            and (e.source != "document" or provision_id is None)
            and (
                (e.first <= first and last <= e.last)
                or (first <= e.first and e.last <= last and e.kind == override.kind)
            )
        ]
        candidates.sort(
            key=lambda i: (
                (events[i].first, events[i].last) != (first, last),
                events[i].kind != override.kind,
            )
        )
        target = candidates[0] if candidates else None
        event = _override_event(document, override, first, last, unit)
        if target is None:
            events.append(event)
        else:
            kept = events[target]
            events[target] = replace(
                event,
                quote=kept.quote,
                langs=kept.langs,
                place=kept.place,
                context=kept.context,
                source="document" if kept.is_document else "yaml",
            )
    return events


def _override_event(document: Document, override: EventOverride, first, last, unit) -> Event:
    provision = document.provision(override.provision) if override.provision else None
    return _event(
        first, last, unit, override.date.precision, label=override.label, kind=override.kind,
        organisation=UN if is_un_body(override.label) else document.organisation,
        doc_id=document.id, provision_id=override.provision or None,
        citation=document.short_title + (f", {provision.label}" if provision else ""),
        source="yaml",
    )  # fmt: skip


# --- Filtering and printing -----------------------------------------------------------------


def filter_events(
    events: Iterable[Event],
    organisation: str | Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
) -> list[Event]:
    """The events of an organisation's lane (case-insensitive; "UN" for UN bodies) and kinds."""
    result = list(events)
    if organisation is not None:
        wanted = {organisation} if isinstance(organisation, str) else set(organisation)
        folded = {o.casefold() for o in wanted}
        result = [e for e in result if e.organisation.casefold() in folded]
    if kinds is not None:
        kind_set = set(kinds)
        result = [e for e in result if e.kind in kind_set]
    return result


def when(event: Event) -> str:
    """How a listing prints the date: "2023-10-02 – 2023-10-03", "~2022-10", "~2021 – 2025"."""
    text = event.date if event.end is None else f"{event.date} – {event.end}"
    return ("~" if event.approximate else "") + text


def format_timeline(events: Iterable[Event]) -> str:
    """The text listing of `ictviewer timeline`: one event a line, in the given order."""
    lines = []
    for event in events:
        cite = event.doc_id + (f":{event.provision_id}" if event.provision_id else "")
        lines.append(
            f"{when(event):<24} {event.kind:<9} {event.organisation:<12} {event.label}  [{cite}]"
        )
    return "\n".join(lines) if lines else "No events."


def timeline_json(events: Iterable[Event]) -> list[dict]:
    return [event.to_json() for event in events]
