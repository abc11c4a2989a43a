"""The timeline view: documents and the events they mention, one lane per organisation."""

from ictviewer.ui.timeline.view import TimelineView

__all__ = ["TimelineView"]
