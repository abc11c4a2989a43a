"""Test-wide setup: headless Qt, and caches that never touch the user's real folders.

With `ICTVIEWER_WITHOUT_QT=1` (the `make test` step "core without Qt"), PySide6
and shiboken6 cannot be imported at all: the core and CLI tests then prove that
the core runs on a machine where Qt is missing, not merely that its modules do
not name Qt at the top (tests marked `needs_qt` are the declared exception,
PDF rendering, and are left out of that run).
"""

import importlib.abc
import os
import sys
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_scratch = tempfile.mkdtemp(prefix="ictviewer-tests-")
os.environ.setdefault("ICTVIEWER_CACHE", os.path.join(_scratch, "cache"))
os.environ.setdefault("ICTVIEWER_DATA", os.path.join(_scratch, "data"))

QT_PACKAGES = ("PySide6", "shiboken6")


class _NoQt(importlib.abc.MetaPathFinder):
    """Refuses every Qt import, as on a machine without PySide6 installed."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in QT_PACKAGES:
            raise ModuleNotFoundError(f"No module named {name!r} (Qt is blocked)", name=name)
        return None


if os.environ.get("ICTVIEWER_WITHOUT_QT") == "1":
    if any(name.split(".")[0] in QT_PACKAGES for name in sys.modules):
        raise RuntimeError("Qt was imported before the blocker; run with -p no:pytestqt")
    sys.meta_path.insert(0, _NoQt())


def pytest_addoption(parser):
    """Without pytest-qt (the Qt-less run), its ini setting is still declared, for strict config."""
    if os.environ.get("ICTVIEWER_WITHOUT_QT") == "1":
        parser.addini("qt_log_level_fail", "pytest-qt's setting; unused without Qt")


@pytest.fixture
def one_concept():
    """`make(en_terms)`: a lexicon of one concept, "kaleido", whose first English term
    ("kaleidoscope") is in no document, so what a search finds comes from the others."""
    from ictviewer.concepts import lexicon_from_data

    def make(*english: str):
        return lexicon_from_data(
            {
                "palette": {"colours": {"blue": {"light": "#77AADD", "dark": "#77AADD"}}},
                "concepts": [
                    {
                        "id": "kaleido",
                        "code": 1,
                        "label": "Kaleido",
                        "colour": "blue",
                        "pattern": "single",
                        "terms": {"en": ["kaleidoscope", *english], "ru": ["калейдоскоп"]},
                        "examples": [{"text": "kaleidoscope"}],
                    }
                ],
            }
        )

    return make
