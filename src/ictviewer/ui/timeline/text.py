"""What the timeline says in words: kind names, dates in human form, tooltips.

Every string goes through Qt's translation (context "Timeline"); dates use the
locale's month names, so a Russian UI says "2–3 октября 2023".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from ictviewer.timeline import KINDS, UN, Event
from ictviewer.ui.i18n import translate
from ictviewer.ui.plain import escape

CONTEXT_LIMIT = 240


def tr(text: str) -> str:
    """A string translated at run time (its source literal is seen by lupdate elsewhere)."""
    return translate("Timeline", text)


def kind_names() -> dict[str, str]:
    """Plural names of the event kinds, in the core's order, for filters and tooltips."""
    names = {
        "adoption": translate("Timeline", "Adoptions and approvals"),
        "meeting": translate("Timeline", "Meetings"),
        "workshop": translate("Timeline", "Workshops"),
        "deadline": translate("Timeline", "Deadlines"),
        "note": translate("Timeline", "Notes verbales"),
        "reference": translate("Timeline", "Earlier texts referred to"),
        "mandate": translate("Timeline", "Mandates and periods"),
        "document": translate("Timeline", "Drafts circulated"),
    }
    return {kind: names.get(kind, kind.capitalize()) for kind in KINDS}


def kind_name(kind: str) -> str:
    names = {
        "adoption": translate("Timeline", "adoption"),
        "meeting": translate("Timeline", "meeting"),
        "workshop": translate("Timeline", "workshop"),
        "deadline": translate("Timeline", "deadline"),
        "note": translate("Timeline", "note verbale"),
        "reference": translate("Timeline", "earlier text"),
        "mandate": translate("Timeline", "mandate or period"),
        "document": translate("Timeline", "document circulated"),
    }
    return names.get(kind, kind)


def lane_name(organisation: str) -> str:
    return translate("Timeline", "UN bodies") if organisation == UN else organisation


def _day(day: dt.date, fmt: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def human_date(event: Event) -> str:
    """ "2–3 October 2023", "October 2022", "2021–2025", "30 September – 3 October 2023"."""
    first, last = event.first, event.last
    if event.unit == "year":
        return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
    if event.unit == "month":
        if (first.year, first.month) == (last.year, last.month):
            return _day(first, "MMMM yyyy")
        if first.year == last.year:
            return f"{_day(first, 'MMMM')} – {_day(last, 'MMMM yyyy')}"
        return f"{_day(first, 'MMMM yyyy')} – {_day(last, 'MMMM yyyy')}"
    if first == last:
        return _day(first, "d MMMM yyyy")
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{_day(last, 'd MMMM yyyy')}"
    if first.year == last.year:
        return f"{_day(first, 'd MMMM')} – {_day(last, 'd MMMM yyyy')}"
    return f"{_day(first, 'd MMMM yyyy')} – {_day(last, 'd MMMM yyyy')}"


def precision_note(event: Event) -> str:
    if event.unit == "year":
        return translate("Timeline", "approximate: the text gives only the year")
    if event.unit == "month":
        return translate("Timeline", "approximate: the text gives only the month")
    return ""


def tooltip(event: Event, hits: int = 0) -> str:
    """Rich text: the full label, the date in words, kind and lane, citation, context."""
    e = escape
    when = e(human_date(event))
    note = precision_note(event)
    if note:
        when += f" <span style='color:gray'>({e(note)})</span>"
    source = (
        translate("Timeline", "the document itself")
        if event.is_document
        else translate("Timeline", "mentioned in the text")
    )
    lines = [
        f"<b>{e(event.label)}</b>",
        when,
        f"{e(kind_name(event.kind).capitalize())} · {e(lane_name(event.organisation))} · "
        f"{e(source)}",
        f"<i>{e(event.citation)}</i>",
    ]
    if event.context and not event.is_document:
        context = event.context
        if len(context) > CONTEXT_LIMIT:
            context = context[:CONTEXT_LIMIT].rsplit(" ", 1)[0] + "…"
        lines.append(f"<span style='color:gray'>“{e(context)}”</span>")
    if hits:
        if event.provision_id is None:
            found = translate("Timeline", "{0} search hit(s) in this document").format(hits)
        else:
            found = translate("Timeline", "{0} search hit(s) in this provision").format(hits)
        lines.append(f"<b>{e(found)}</b>")
    hint = translate("Timeline", "Click or press Enter to open")
    lines.append(f"<span style='color:gray'>{e(hint)}</span>")
    return "<qt>" + "<br>".join(lines) + "</qt>"


def accessible_text(event: Event) -> str:
    """A plain sentence for screen readers and the status line."""
    return f"{event.label}, {human_date(event)}, {event.citation}"
