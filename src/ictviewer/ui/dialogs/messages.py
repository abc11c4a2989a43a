"""Messages that must reach the user without a traceback: corpus problems, unexpected errors."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from ictviewer.corpus.model import CorpusProblem
from ictviewer.ui.i18n import translate
from ictviewer.ui.plain import escape, literal, message_box

log = logging.getLogger("ictviewer")


def unknown_document_warning(doc_id: str, known: list[str], parent: QWidget) -> None:
    """Say that `doc_id` (asked for on the command line) is not in the corpus."""
    text = translate(
        "messages", "There is no document “{0}” in the corpus.\nKnown documents: {1}"
    ).format(doc_id, ", ".join(known))
    QMessageBox.warning(parent, translate("messages", "No such document"), literal(text))


def corpus_problems_box(problems: tuple[CorpusProblem, ...], parent: QWidget) -> QMessageBox:
    """A non-modal warning listing the files that did not load; the rest of the corpus did.

    A problem quotes the file's own keys and values, so it is plain text (issue #18).
    """
    files = sorted({problem.file for problem in problems})
    text = translate(
        "messages",
        "{0} corpus file(s) could not be loaded and are left out. "
        "Every other document is available.",
    )
    box = message_box(
        QMessageBox.Icon.Warning,
        translate("messages", "Some documents could not be loaded"),
        text.format(len(files)),
        parent,
        informative="\n".join(str(problem) for problem in problems[:8]),
        detailed="\n".join(str(problem) for problem in problems),
    )
    box.setObjectName("corpusProblems")
    return box


class ErrorReporter(QObject):
    """Turns an uncaught exception (from any thread) into a dialog on the GUI thread."""

    report = Signal(str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report.connect(self._show)
        self.box: QMessageBox | None = None

    def excepthook(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error:\n%s", details)
        self.report.emit(f"{kind.__name__}: {value}", details)

    def _show(self, summary: str, details: str) -> None:
        if self.box is not None and isValid(self.box) and self.box.isVisible():
            return  # one dialog at a time; the rest is in the log
        # The summary quotes the exception, which may quote a corpus file: plain text.
        box = message_box(
            QMessageBox.Icon.Critical,
            translate("messages", "Unexpected problem"),
            translate(
                "messages",
                "ictviewer ran into a problem it did not expect. You can keep working; "
                "the details are in the log.",
            ),
            QApplication.activeWindow(),
            informative=summary,
            detailed=details,
        )
        box.setObjectName("unexpectedError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.box = box


def install_excepthook(reporter: ErrorReporter) -> None:
    sys.excepthook = reporter.excepthook


def shortcuts_dialog(actions: list[QAction], parent: QWidget) -> QMessageBox:
    """Every action that has a shortcut, with its keys as this platform writes them."""
    rows = []
    for action in actions:
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or not action.text():
            continue
        name = escape(action.text().replace("&", "").rstrip("…"))
        native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys[:2])
        rows.append(f"<tr><td>{name}</td><td><b>{escape(native)}</b></td></tr>")
    box = QMessageBox(parent)
    box.setWindowTitle(translate("messages", "Keyboard Shortcuts"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<table cellspacing='6'>{''.join(rows)}</table>")
    return box
