"""Print preview, printing and "Export PDF…" of a pack of provisions.

The core builds the pack (`export.pack.build_pack`) and paints it on any paged
device (`export.pdf.render`); this module only asks the user, shows progress
and keeps the GUI responsive. The preview paints on the GUI thread (that is
how QPrintPreviewDialog works); printing and PDF export run on a worker
thread (the window's one `JobQueue` mechanism) behind a QProgressDialog, and
an export can be cancelled, leaving no file behind. Printing to a printer is
not cancellable once started: a half-painted job would still reach the printer.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from ictviewer.corpus.model import Corpus
from ictviewer.export.pack import Pack, build_pack
from ictviewer.export.pdf import default_page_size, page_layout, render, write_pdf
from ictviewer.selection import Ref
from ictviewer.ui.folders import DialogFolders
from ictviewer.ui.jobs import JobQueue, Ticket, describe
from ictviewer.ui.labels import pages_count
from ictviewer.ui.plain import message_box
from ictviewer.ui.selection.options import (
    ALL_LANGUAGES,
    ENGLISH,
    PrintOptions,
)
from ictviewer.ui.selection.preview import PreviewDialog

log = logging.getLogger(__name__)


class PrintService(QObject):
    """Preview, print and export packs of provisions, with the user's `options`."""

    status_message = Signal(str)
    options_changed = Signal()
    exported = Signal(str, int)  # path, pages
    printed = Signal(int)  # pages
    job_finished = Signal()  # a print or an export ended: done, cancelled or failed

    def __init__(self, corpus: Corpus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.options = PrintOptions(page_size=default_page_size())
        self.highlight_terms: tuple[str, ...] = ()
        self.job: Ticket | None = None  # the print or export under way
        self.progress_dialog: QProgressDialog | None = None
        self.folders = DialogFolders()  # where save dialogs start (the window's: settings)
        self._printer: QPrinter | None = None  # kept alive while it prints
        self._path = ""  # where the export under way writes
        self.jobs = JobQueue(self)
        self.jobs.progress.connect(lambda _kind, _gen, done, total: self._progress(done, total))
        self.jobs.finished.connect(self._succeeded)
        self.jobs.failed.connect(lambda _kind, _gen, error: self._failed(describe(error)))
        self.jobs.cancelled.connect(
            lambda *_: self.status_message.emit(self.tr("Export cancelled; no file was written"))
        )
        self.jobs.ended.connect(self._finished)

    def _widget(self, parent: QWidget | None) -> QWidget | None:
        if parent is not None:
            return parent
        owner = self.parent()
        return owner if isinstance(owner, QWidget) else None

    # -- options ---------------------------------------------------------------------------

    def set_option(self, **changes) -> None:
        changed = False
        for name, value in changes.items():
            if getattr(self.options, name) != value:
                setattr(self.options, name, value)
                changed = True
        if changed:
            self.options_changed.emit()

    def set_defaults(self, paper_size: str, folders: DialogFolders) -> None:
        """The user's paper (Preferences ▸ Export) and the save dialogs' folders from now on."""
        self.folders = folders
        self.set_option(page_size=paper_size)

    def set_highlight_terms(self, terms: Iterable[str]) -> None:
        """The current search terms (see `query_terms`); printed marked only when the
        user ticks "Highlight search terms"."""
        terms = tuple(dict.fromkeys(t.strip() for t in terms if t.strip()))
        if terms != self.highlight_terms:
            self.highlight_terms = terms
            self.options_changed.emit()

    def languages(self) -> list[str] | None:
        if self.options.languages != ALL_LANGUAGES:
            return [ENGLISH]
        found = [ENGLISH]
        for document in self.corpus:
            found.extend(lang for lang in document.languages if lang not in found)
        return found

    def build_pack(self, refs: Iterable[Ref], title: str | None = None) -> Pack:
        """The pack for `refs` with the chosen options; vanished provisions are left out
        (and named in the pack's first lines)."""
        title = title if title is not None else self.options.title
        highlight = self.highlight_terms if self.options.highlight else ()
        return build_pack(
            self.corpus,
            list(refs),
            title=title or None,
            languages=self.languages(),
            highlight=highlight,
            skip_missing=True,
        )

    def _printable(self, refs: Iterable[Ref], title: str | None) -> Pack | None:
        refs = list(refs)
        if not refs:
            self.status_message.emit(self.tr("Nothing to print: the selection is empty"))
            return None
        pack = self.build_pack(refs, title)
        if not pack.provisions:
            self.status_message.emit(
                self.tr("Nothing to print: no selected provision is in the corpus any more")
            )
            return None
        return pack

    def _printable_now(self, refs: Iterable[Ref], title: str | None) -> Pack | None:
        """The pack to print or export now; None (and a message) while another job
        runs or when there is nothing to print."""
        if self._refuse_while_busy():
            return None
        return self._printable(refs, title)

    def new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.options.page_size))
        printer.setCreator("ictviewer")
        return printer

    # -- preview ---------------------------------------------------------------------------

    def preview_dialog(
        self, refs: Iterable[Ref], title: str | None = None, parent: QWidget | None = None
    ) -> PreviewDialog | None:
        """A print preview of `refs` (not shown yet); None when there is nothing to print."""
        refs = list(refs)
        if self._printable(refs, title) is None:
            return None
        return PreviewDialog(self, refs, title, self._widget(parent))

    def print_preview(
        self, refs: Iterable[Ref], title: str | None = None, parent: QWidget | None = None
    ) -> PreviewDialog | None:
        """Open the print preview of `refs` (window-modal, without blocking)."""
        dialog = self.preview_dialog(refs, title, parent)
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        return dialog

    # -- printing and export ---------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None

    def print_(
        self,
        refs: Iterable[Ref],
        title: str | None = None,
        printer: QPrinter | None = None,
        parent: QWidget | None = None,
    ) -> Ticket | None:
        """Ask for a printer (QPrintDialog) and print `refs` off the GUI thread."""
        pack = self._printable_now(refs, title)
        if pack is None:
            return None
        if printer is None:
            printer = self.new_printer()
        printer.setDocName(pack.title)
        dialog = QPrintDialog(printer, self._widget(parent))
        dialog.setWindowTitle(self.tr("Print {0}").format(pack.title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self._printer = printer
        work = lambda progress, _cancelled: render(pack, printer, progress)  # noqa: E731
        return self._start("print", work, self.tr("Printing…"), cancellable=False, parent=parent)

    def export_pdf(
        self,
        refs: Iterable[Ref],
        title: str | None = None,
        path: str | None = None,
        parent: QWidget | None = None,
    ) -> Ticket | None:
        """Ask where (unless `path` is given) and write `refs` as a PDF off the GUI thread."""
        pack = self._printable_now(refs, title)
        if pack is None:
            return None
        if path is None:
            path = self.ask_pdf_path(pack, parent)
            if not path:
                return None
        size = self.options.page_size
        self._path = path
        work = lambda progress, cancelled: write_pdf(pack, path, size, progress, cancelled)  # noqa: E731
        return self._start(
            "export", work, self.tr("Writing the PDF…"), cancellable=True, parent=parent
        )

    def ask_pdf_path(self, pack: Pack, parent: QWidget | None = None) -> str:
        name = f"{_slug(pack.title)}-{pack.printed_on.isoformat()}.pdf"
        start = str(Path(self.folders.save_start()) / name)
        path, _ = QFileDialog.getSaveFileName(
            self._widget(parent), self.tr("Export PDF"), start, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return ""
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def _refuse_while_busy(self) -> bool:
        if self.job is not None:
            self.status_message.emit(self.tr("Please wait: printing is still under way"))
            return True
        return False

    def _start(self, kind: str, work, label: str, cancellable: bool, parent) -> Ticket:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._widget(parent))
        dialog.setObjectName("printProgress")
        dialog.setWindowTitle(self.tr("ictviewer"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        job = self.jobs.submit(kind, work)
        if cancellable:
            dialog.canceled.connect(job.cancel)  # the Cancel button, or closing the dialog
            dialog.rejected.connect(job.cancel)  # Escape
        else:
            dialog.setCancelButton(None)
        self.job, self.progress_dialog = job, dialog
        return job

    def _progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is not None and not dialog.wasCanceled():
            dialog.setMaximum(total)
            dialog.setValue(done)
            dialog.setLabelText(self.tr("Page {0} of {1}…").format(done, total))

    def _succeeded(self, kind: str, _generation: int, pages: object) -> None:
        if kind == "export":
            self._exported(self._path, int(pages))
        else:
            self._printed(int(pages))

    def _exported(self, path: str, pages: int) -> None:
        self.folders.saved(path)
        self.status_message.emit(self.tr("Saved {0} to {1}").format(pages_count(pages), path))
        self.exported.emit(path, pages)

    def _printed(self, pages: int) -> None:
        self.status_message.emit(self.tr("Sent {0} to the printer").format(pages_count(pages)))
        self.printed.emit(pages)

    def _failed(self, message: str) -> None:
        self.status_message.emit(self.tr("Printing failed: {0}").format(message))
        box = message_box(
            QMessageBox.Icon.Warning,
            self.tr("Printing failed"),
            self.tr("The pack could not be printed or saved."),
            self._widget(None),
            informative=message,  # the error quotes a path or a title: plain text
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _finished(self, *_job) -> None:
        dialog = self.progress_dialog
        self.job = self.progress_dialog = self._printer = None
        if dialog is not None:
            dialog.reset()
            dialog.close()
            dialog.deleteLater()
        self.job_finished.emit()

    def shutdown(self) -> None:
        """Cancel a running export and wait for it (call before the window closes)."""
        if self.job is not None:
            self.job.cancel()
        self.jobs.wait()


def _slug(title: str) -> str:
    slug = re.sub(r"[^\w]+", "-", title.lower(), flags=re.UNICODE).strip("-")
    return slug[:60] or "selection"
