"""The interface language: which one, its translators, and the words that depend on it.

Every string the user sees is looked up in a Qt Linguist catalogue
(`resources/translations/ictviewer_<lang>.ts`, compiled to `.qm`). Qt
Linguist rather than gettext because Qt already owns the other half of the
job: its own dialogs (standard buttons, the file chooser) are translated by
the `qtbase_<lang>.qm` shipped in PySide6, `QTranslator` swaps catalogues at
run time, and its numerus forms give Russian its three plural forms
("1 документ", "2 документа", "5 документов") from one source string.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ictviewer import paths

# Call sites write `translate("Context", "Text")` with both strings literal:
# `pyside6-lupdate` reads the source, not the running program, so a helper that
# hides the context (`_tr(text)`) makes its strings invisible to the translator.
translate = QCoreApplication.translate


log = logging.getLogger("ictviewer")

LANGUAGES = ("en", "ru")  # what View ▸ Language offers; English is the source language
CHOICES = ("system", *LANGUAGES)  # the values of the setting `preferences/language`

_state = {"language": "en"}
_installed: list[QTranslator] = []


def interface_language() -> str:
    """The language the interface speaks now ("en" until a catalogue is installed)."""
    return _state["language"]


def resolve(choice: str, locale: QLocale | None = None) -> str:
    """The language for the setting `choice`: "system" follows the locale, else "en"."""
    if choice in LANGUAGES:
        return choice
    name = (locale or QLocale.system()).name()  # "ru_RU", "en_GB", "C"
    code = name.split("_")[0]
    return code if code in LANGUAGES else "en"


def catalogue(language: str) -> Path | None:
    """The compiled catalogue `ictviewer_<language>.qm`, or None when there is none.

    The repository and the wheel carry the `.ts` the translators edit; when no
    `.qm` ships beside it, it is compiled once with the `lrelease` inside
    PySide6 into the user cache, and again whenever the `.ts` is newer, so a
    translator sees an edit on the next start. (A build hook would need all of
    PySide6 in every build environment; a bundle may ship the `.qm` instead.)
    """
    folder = paths.resource_path("translations")
    shipped = folder / f"ictviewer_{language}.qm"
    source = folder / f"ictviewer_{language}.ts"
    if shipped.is_file() and not (source.is_file() and _newer(source, shipped)):
        return shipped
    if not source.is_file():
        return None
    compiled = paths.cache_dir() / "translations" / shipped.name
    if compiled.is_file() and not _newer(source, compiled):
        return compiled
    try:
        compiled.parent.mkdir(parents=True, exist_ok=True)
        compile_catalogue(source, compiled)
    except (OSError, subprocess.CalledProcessError) as error:
        log.warning("could not compile %s: %s", source, error)
        return shipped if shipped.is_file() else None
    return compiled


def _newer(a: Path, b: Path) -> bool:
    return a.stat().st_mtime > b.stat().st_mtime


def lrelease_command() -> list[str]:
    """PySide6's own `lrelease`, run through its Python wrapper (it finds the binary)."""
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


def compile_catalogue(source: Path, target: Path) -> None:
    subprocess.run(
        [*lrelease_command(), "-silent", str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
        timeout=60,
    )


def install(app, language: str) -> str:
    """Make `language` the interface's: ictviewer's catalogue and Qt's own (its dialogs).

    The previous translators are removed first, so switching back to English
    leaves no Russian behind. Widgets built afterwards speak the new language;
    the window host rebuilds the window for that (see `WindowHost.set_language`).
    Returns the language installed: "en" when no catalogue for `language` exists.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    installed = "en"
    if language != "en":
        path = catalogue(language)
        ours = QTranslator(app)
        if path is not None and ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
            installed = language
            qt = QTranslator(app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{language}", qt_folder):
                app.installTranslator(qt)
                _installed.append(qt)
        else:
            log.warning("no interface catalogue for %r; the interface stays in English", language)
    _state["language"] = installed
    QLocale.setDefault(QLocale(installed))
    return installed
