"""ictviewer: an offline reference viewer for international documents on ICT security."""

__version__ = "0.1.0"
