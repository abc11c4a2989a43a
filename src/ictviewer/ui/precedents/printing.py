"""The precedents report on paper: a print preview, or a PDF written off the GUI thread.

The report itself is the core's `precedents_report` pack, painted by the same
`export.pdf` code as the selection's packs; this module only asks where, shows
the preview and reports back, so the view stays about the draft and its answers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from ictviewer.export.pack import Pack
from ictviewer.export.pdf import default_page_size, page_layout, render, write_pdf
from ictviewer.ui.folders import DialogFolders
from ictviewer.ui.jobs import JobQueue, Ticket, describe
from ictviewer.ui.labels import pages_count


class ReportPrinter(QObject):
    """Previews and writes a report pack; `written(path, pages)` once a PDF is saved."""

    written = Signal(str, int)  # path, pages
    status_message = Signal(str, int)  # text, milliseconds

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        # The user's paper and where the save dialog starts (`ExportDefaults`); None:
        # the locale's paper and the Documents folder.
        self.defaults = None
        self.jobs = JobQueue(self)
        self.jobs.finished.connect(self._finished)
        self.jobs.failed.connect(
            lambda _k, _g, error: self._say(
                self.tr("The report was not written: {0}").format(describe(error)), 10000
            )
        )

    def preview(self, pack: Pack) -> QPrintPreviewDialog:
        """The print preview of `pack`, from which it prints (window-modal, not blocking)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.page_size()))
        printer.setDocName(pack.title)
        dialog = QPrintPreviewDialog(printer, self.widget)
        dialog.setWindowTitle(self.tr("Print Preview: {0}").format(pack.title))
        dialog.paintRequested.connect(lambda device: render(pack, device))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export(self, pack: Pack, path: str | None = None) -> Ticket | None:
        """Write `pack` as a PDF (asking where unless `path` is given), off the GUI thread."""
        if self.jobs.busy:
            self._say(self.tr("Please wait: the report is still being written"))
            return None
        if path is None:
            path = self._ask_path(pack)
            if not path:
                return None
        size = self.page_size()
        self._say(self.tr("Writing the report…"))

        def work(progress, cancelled):
            return path, write_pdf(pack, path, size, progress, cancelled)

        return self.jobs.submit("report", work)

    def shutdown(self) -> None:
        self.jobs.shutdown()

    def page_size(self) -> str:
        return self.defaults.paper_size if self.defaults is not None else default_page_size()

    def _ask_path(self, pack: Pack) -> str:
        folders = self.defaults.folders if self.defaults is not None else DialogFolders()
        start = str(Path(folders.save_start()) / f"precedents-{pack.printed_on}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self.widget, self.tr("Export Precedents Report"), start, self.tr("PDF files (*.pdf)")
        )
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def _finished(self, _kind: str, _generation: int, result: object) -> None:
        path, pages = result
        if self.defaults is not None:
            self.defaults.folders.saved(path)
        self._say(self.tr("Saved the report ({0}) to {1}").format(pages_count(pages), path))
        self.written.emit(path, pages)

    def _say(self, text: str, msecs: int = 6000) -> None:
        self.status_message.emit(text, msecs)
