"""Where the bundled data lives and where the program may write.

The index and other caches go under the user cache directory (never inside the
installed package); `ICTVIEWER_CORPUS` and `ICTVIEWER_CACHE` let a user or a
test point the program elsewhere.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "ictviewer"


def bundled_corpus_dir() -> Path:
    """The corpus shipped with the program.

    A wheel carries it as package data (`ictviewer/corpus_data`); an editable
    install of a checkout reads the repository's `corpus/` folder directly, so
    curators see their edits without reinstalling.
    """
    packaged = resources.files("ictviewer") / "corpus_data"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "corpus"


def corpus_dir() -> Path:
    """The corpus to load: `ICTVIEWER_CORPUS` when set, else the bundled one."""
    override = os.environ.get("ICTVIEWER_CORPUS")
    return Path(override).expanduser() if override else bundled_corpus_dir()


def cache_dir() -> Path:
    """The writable cache root: `ICTVIEWER_CACHE` when set, else the user cache dir."""
    override = os.environ.get("ICTVIEWER_CACHE")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Where user data (the saved selection) lives: `ICTVIEWER_DATA` or the user data dir."""
    override = os.environ.get("ICTVIEWER_DATA")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_corpus_dir() -> Path:
    """The user's own corpus folder (imported documents), inside the user data directory.

    Kept apart from the bundled corpus so an update of the program never touches
    a user's documents and an import never writes into the installed package.
    """
    return data_dir() / "corpus"


def resource_path(name: str) -> Path:
    """A file shipped in `ictviewer/resources` (icons, stylesheets, lexicons)."""
    return Path(str(resources.files("ictviewer") / "resources" / name))
