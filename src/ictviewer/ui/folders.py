"""Where the window's file dialogs start: the folder last used, kept across restarts.

A delegate saves briefings into one folder and picks drafts out of another, day after
day; a dialog that opens in Documents each time (or, worse, in the directory the program
was started from, where a chooser given "" opens) makes them walk there every time. So
every Save dialog (Export PDF, Save Selection, the timeline's Export, the precedents
report) starts where the last save went, and every Open dialog (Add Document, Load
Selection) where the last file came from, as in Okular or calibre.

Before the first save, Save dialogs start in the export folder of Preferences ▸ Export
(`Settings.export_folder`, itself Documents when none is chosen). Choosing another
export folder makes it win again: a remembered save folder counts only under the export
folder it was remembered with, so the new choice takes effect at once. A remembered
folder that has since gone (an unplugged stick) is skipped, never offered.

The memory lives in the settings file (`dialogs/*`), so each feature holds its own
`DialogFolders` on the one `Settings` and they all share it; features tested alone get
one without settings, remembering for as long as it lives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths


class Settings(Protocol):
    """What the memory needs of `ui.settings.Settings` (which takes `documents_folder`
    from here: named by its shape, not imported, so the two modules make no circle)."""

    @property
    def export_folder(self) -> str: ...

    def get(self, key: str) -> object: ...

    def set(self, key: str, value: object) -> None: ...


def documents_folder() -> str:
    """The user's Documents folder, else the home folder (never "")."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or str(Path.home())


class DialogFolders:
    """The start folders of Open and Save dialogs, and what they remember."""

    def __init__(self, settings: Settings | None = None) -> None:
        self._settings = settings
        self._memory: dict[str, str] = {}  # without settings: for this object's life

    def save_start(self) -> str:
        """Where a Save dialog opens: the folder last saved to (under the current export
        folder), else the export folder, else Documents."""
        export = self._export_folder()
        if self._get("dialogs/save_folder_under") == export:
            remembered = _existing(self._get("dialogs/save_folder"))
            if remembered:
                return remembered
        return export

    def open_start(self) -> str:
        """Where an Open dialog opens: the folder the last opened file came from, else
        Documents."""
        return _existing(self._get("dialogs/open_folder")) or documents_folder()

    def saved(self, path: str | Path) -> None:
        """A file was saved at `path`: the next Save dialog starts in its folder."""
        if str(path):
            self._set("dialogs/save_folder", str(Path(path).parent))
            self._set("dialogs/save_folder_under", self._export_folder())

    def opened(self, path: str | Path) -> None:
        """A file was chosen at `path`: the next Open dialog starts in its folder."""
        if str(path):
            self._set("dialogs/open_folder", str(Path(path).parent))

    def _export_folder(self) -> str:
        folder = self._settings.export_folder if self._settings is not None else ""
        return folder or documents_folder()

    def _get(self, key: str) -> str:
        if self._settings is not None:
            return str(self._settings.get(key))
        return self._memory.get(key, "")

    def _set(self, key: str, value: str) -> None:
        if self._settings is not None:
            self._settings.set(key, value)
        else:
            self._memory[key] = value


def _existing(folder: str) -> str:
    """`folder` if it is a folder that exists now, else ""."""
    try:
        return folder if folder and Path(folder).is_dir() else ""
    except OSError:  # a name the file system refuses (too long, bad bytes)
        return ""
