"""Human names for the corpus's codes (kinds, statuses, languages), translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ictviewer.corpus.model import LANGUAGE_NAMES


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def kind_name(kind: str) -> str:
    names = {
        "statement": _tr("Statement"),
        "joint-statement": _tr("Joint statement"),
        "concept-paper": _tr("Concept paper"),
        "note-verbale": _tr("Note verbale"),
        "declaration": _tr("Declaration"),
        "other": _tr("Other"),
    }
    return names.get(kind, kind.replace("-", " ").capitalize())


def status_name(status: str) -> str:
    names = {
        "adopted": _tr("Adopted"),
        "draft": _tr("Draft"),
        "approved": _tr("Approved"),
        "circulated": _tr("Circulated"),
    }
    return names.get(status, status.capitalize())


def language_name(code: str) -> str:
    names = {"en": _tr("English"), "ru": _tr("Russian"), "kk": _tr("Kazakh")}
    return names.get(code, LANGUAGE_NAMES.get(code, code))


def relation_name(kind: str) -> str:
    names = {
        "supersedes": _tr("Supersedes"),
        "superseded-by": _tr("Superseded by"),
        "refers-to": _tr("Refers to"),
        "encloses": _tr("Encloses"),
        "enclosed-in": _tr("Enclosed in"),
    }
    return names.get(kind, kind)
