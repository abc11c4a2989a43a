"""Every setting the window keeps, declared once with its type and default.

Preferences (what the user chose: theme, zoom, language layout) are kept apart
from window state (geometry, splitters, open tabs, last query). Everything goes
through one `Settings` object wrapping a `QSettings`; tests pass an explicit
INI file so the user's real settings are never touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ictviewer.ui.folders import documents_folder


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any


PREFERENCES = {
    option.key: option
    for option in (
        Option("preferences/theme", str, "system"),  # system | light | dark
        Option("preferences/zoom", int, 100),  # percent of the base reader font
        Option("preferences/parallel_layout", str, "side-by-side"),  # or a language code
        Option("preferences/show_contents", bool, True),
        # Enter focus mode when a comparison opens in a window too narrow for it and the
        # side panes; the user's last choice in front of a comparison sets it.
        Option("preferences/focus_for_comparisons", bool, True),
        Option("preferences/compare_legend", bool, True),  # the legend beside a comparison
        Option("preferences/language", str, "system"),  # system | en | ru: the interface's
        # Copy with citation: in the document's own language or the interface's, and
        # in the brief form (pasted after a quotation) or the full one (`cite`).
        Option("preferences/citation_language", str, "document"),  # document | interface
        Option("preferences/citation_form", str, "brief"),  # brief | full
        Option("preferences/reader_font", str, ""),  # a family; "" = the bundled choice
        Option("preferences/reader_font_size", int, 0),  # points at 100% zoom; 0 = default
        Option("preferences/paper_size", str, ""),  # "" = by the locale | A4 | Letter
        Option("preferences/export_folder", str, ""),  # "" = the Documents folder
    )
}
STATE = {
    option.key: option
    for option in (
        Option("window/geometry", QByteArray, QByteArray()),
        Option("window/state", QByteArray, QByteArray()),
        Option("window/main_splitter", QByteArray, QByteArray()),
        Option("window/reader_splitter", QByteArray, QByteArray()),
        Option("window/right_splitter", QByteArray, QByteArray()),
        Option("window/show_search", bool, True),
        Option("window/show_library", bool, True),
        Option("window/focus_mode", bool, False),  # side panes hidden for the texts
        Option("window/library_sort", list, []),
        Option("session/open_tabs", list, []),  # doc ids; "compare:LEFT:RIGHT" for a pair
        Option("session/current_tab", int, 0),
        # The provision at the top of each open tab, in the order of open_tabs ("" for none).
        Option("session/positions", list, []),
        Option("session/recent", list, []),  # File ▸ Open Recent: tab entries, newest first
        Option("search/query", str, ""),
        Option("search/organisation", str, ""),
        Option("search/document", str, ""),
        Option("search/language", str, ""),
        Option("search/date_from", str, ""),
        Option("search/date_to", str, ""),
        Option("search/show_details", bool, False),
        Option("search/concepts", bool, True),  # concept-aware search across languages
        # Where file dialogs start (ui/folders.py): the folder of the last file saved
        # (and the export folder it was saved under), the folder of the last file opened.
        Option("dialogs/save_folder", str, ""),
        Option("dialogs/save_folder_under", str, ""),
        Option("dialogs/open_folder", str, ""),
    )
}
OPTIONS = {**PREFERENCES, **STATE}

THEMES = ("system", "light", "dark")
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 50, 300, 10
CITATION_LANGUAGES = ("document", "interface")
CITATION_FORMS = ("brief", "full")
PAPER_SIZES = ("", "A4", "Letter")
FONT_SIZE_MIN, FONT_SIZE_MAX = 6, 36  # points; 0 stands for the default size


class Settings:
    """Typed access to the declared options; unknown keys are a programming error."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self._qsettings = QSettings()
        else:
            self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def location(self) -> str:
        return self._qsettings.fileName()

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        value = self._qsettings.value(key, option.default)
        return _coerce(value, option)

    def set(self, key: str, value: Any) -> None:
        option = OPTIONS[key]
        if option.type is list and not value:
            # An empty list does not survive an INI round trip: remove the key instead.
            self._qsettings.remove(key)
            return
        self._qsettings.setValue(key, _coerce(value, option))

    def sync(self) -> None:
        self._qsettings.sync()

    # Convenience accessors for the preferences read in several places.
    @property
    def theme(self) -> str:
        theme = self.get("preferences/theme")
        return theme if theme in THEMES else "system"

    @property
    def zoom(self) -> int:
        return clamp_zoom(self.get("preferences/zoom"))

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        """The value of `key` if it is one of `allowed`, else its default (a hand-edited
        file with a value this version does not know is not an error)."""
        value = self.get(key)
        return value if value in allowed else OPTIONS[key].default

    @property
    def reader_font(self) -> tuple[str, int]:
        """The reader's font family ("" = default) and size in points at 100% (0 = default)."""
        size = self.get("preferences/reader_font_size")
        if size and not FONT_SIZE_MIN <= size <= FONT_SIZE_MAX:
            size = 0
        return self.get("preferences/reader_font").strip(), size

    @property
    def paper_size(self) -> str:
        """ "A4" or "Letter" when chosen, "" to follow the locale (`default_page_size`)."""
        return self.choice("preferences/paper_size", PAPER_SIZES)

    @property
    def export_folder(self) -> str:
        """The folder save dialogs start in: the chosen one if it still exists, else Documents."""
        folder = self.get("preferences/export_folder").strip()
        if folder and Path(folder).is_dir():
            return folder
        return documents_folder()

    def reset_preferences(self, keys: list[str]) -> None:
        for key in keys:
            self._qsettings.remove(key)


def clamp_zoom(value: int) -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, int(value)))


def _coerce(value: Any, option: Option) -> Any:
    """QSettings gives back strings from INI files and bare values for 1-item lists."""
    if value is None:
        return option.default
    try:
        if option.type is bool:
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        if option.type is int:
            return int(value)
        if option.type is str:
            return str(value)
        if option.type is list:
            if isinstance(value, str):
                return [value] if value else []
            return [str(item) for item in value]
        if option.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(value)
    except (TypeError, ValueError):
        return option.default
    return value
