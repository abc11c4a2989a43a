"""The corpus as a timeline: each document's adoption and the dated events its texts mention.

The one public face of the timeline capability (the CLI and the window import
from here):

- `events`: `build_timeline`, `filter_events` and the frozen `Event`;
- `dates`: dates as printed in the documents ("20 May 2024", "20 мая 2024 г.");
- `mentions`: what a dated mention is about (a meeting, a deadline, a UN body).
"""

from ictviewer.timeline.dates import DateMention, find_dates, iso_date
from ictviewer.timeline.events import (
    KINDS,
    UN,
    Event,
    build_timeline,
    document_event,
    document_events,
    filter_events,
    format_timeline,
    timeline_json,
    when,
)
from ictviewer.timeline.mentions import describe, is_un_body

__all__ = [
    "KINDS",
    "UN",
    "DateMention",
    "Event",
    "build_timeline",
    "describe",
    "document_event",
    "document_events",
    "filter_events",
    "find_dates",
    "format_timeline",
    "is_un_body",
    "iso_date",
    "timeline_json",
    "when",
]
