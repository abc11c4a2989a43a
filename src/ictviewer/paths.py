"""Where the bundled data lives and where the program may write.

The two folders people edit, `corpus/` and `resources/`, sit at the top of
the repository and are shipped inside the package (see `pyproject.toml`).

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


def bundled_resources_dir() -> Path:
    """The resources shipped with the program: lexicon, style sheet, icons, desktop entry.

    They live at the top of the repository in `resources/`, beside `corpus/`,
    because curators and translators edit them; like the corpus, a wheel
    carries them as package data (`ictviewer/resources_data`) and an editable
    install of a checkout reads the repository's folder directly. Found through
    `importlib.resources`, never through the current directory, so an installed
    copy does not depend on the source tree. Qt wants real files (icons,
    translations), and wheels install unpacked, so this is a `Path`.
    """
    packaged = resources.files("ictviewer") / "resources_data"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    # An installed copy without its resources is broken; say where we looked
    # rather than failing later on some file that "does not exist".
    raise FileNotFoundError(
        f"ictviewer's resources are missing: neither {packaged} nor {checkout} is a folder"
    )


def resource_path(name: str) -> Path:
    """A file or folder in the bundled resources, e.g. `concepts.yaml`, `style.qss`, `icons`."""
    return bundled_resources_dir() / name
