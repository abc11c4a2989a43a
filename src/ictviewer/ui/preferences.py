"""What the user's preferences mean to the features: plain values the window hands out.

The settings file says `preferences/paper_size = ""` or `preferences/citation_language
= interface`; a feature needs "Letter", a folder that exists, or a `CitationStyle` in
the language the interface speaks now. The window turns the one into the other here
(`MainWindow.apply_preferences`) and gives each feature its values, so no feature
reads the settings of another, and the Preferences dialog shows the same meaning in
its live examples as the features apply.
"""

from __future__ import annotations

from dataclasses import dataclass

from ictviewer.export.citation import CitationStyle
from ictviewer.export.pdf import default_page_size
from ictviewer.ui.browser import PageFont
from ictviewer.ui.folders import DialogFolders
from ictviewer.ui.i18n import interface_language
from ictviewer.ui.settings import CITATION_FORMS, CITATION_LANGUAGES, Settings


@dataclass(frozen=True)
class ExportDefaults:
    """Which paper printing and PDFs use, and where save dialogs start."""

    paper_size: str  # "A4" | "Letter"
    folders: DialogFolders  # the last save's folder, else the export folder, else Documents


def export_defaults(settings: Settings) -> ExportDefaults:
    """The chosen paper (else the locale's, `default_page_size`) and the dialogs' folders."""
    return ExportDefaults(settings.paper_size or default_page_size(), DialogFolders(settings))


def citation_style(language_choice: str, form: str, interface: str | None = None) -> CitationStyle:
    """The style for the choices "document" | "interface" and "brief" | "full"."""
    if language_choice not in CITATION_LANGUAGES:
        language_choice = CITATION_LANGUAGES[0]
    language = (interface or interface_language()) if language_choice == "interface" else ""
    return CitationStyle(language, form if form in CITATION_FORMS else CITATION_FORMS[0])


def settings_citation_style(settings: Settings) -> CitationStyle:
    return citation_style(
        settings.get("preferences/citation_language"), settings.get("preferences/citation_form")
    )


def page_font(settings: Settings) -> PageFont:
    family, size = settings.reader_font
    return PageFont(family, size)
