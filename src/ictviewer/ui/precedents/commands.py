"""What the Precedents view's buttons do: copy, add, open, print and export.

A mixin of `PrecedentsView`, kept apart from `view.py` (which builds the view,
the index and the searches, and shows their results) so that neither grows past
~400 lines (#11). Copy with Citation puts the chosen precedent's text and citation
on the clipboard; Add to Selection and Open in Reader only emit the view's
"...requested" signals with plain ids; the report is the core's
`precedents_report` pack, printed or exported by the view's `ReportPrinter`. Its
strings keep the translation context "PrecedentsView".
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintPreviewDialog

from ictviewer.export.citation import quote_with_citation
from ictviewer.precedents import precedents_report
from ictviewer.ui.i18n import translate
from ictviewer.ui.jobs import Ticket


class PrecedentsCommands:
    """`PrecedentsView`'s commands on the chosen precedent and on the report."""

    def copy_with_citation(self) -> str | None:
        """The chosen precedent's text and citation on the clipboard (and returned)."""
        chosen = self.current()
        if chosen is None:
            return None
        precedent = chosen[1]
        document = self.corpus.get(precedent.doc_id)
        if document is None or document.provision(precedent.provision_id) is None:
            return None
        text = quote_with_citation(
            document, precedent.provision_id, precedent.lang, style=self.citation_style
        )
        QGuiApplication.clipboard().setText(text)
        self._say(
            translate("PrecedentsView", "Copied with citation: {0}").format(
                text.splitlines()[0].rstrip(":")
            )
        )
        return text

    def add_to_selection(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.selection_add_requested.emit([(chosen[1].doc_id, chosen[1].provision_id)])

    def open_in_reader(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.open_provision_requested.emit(chosen[1].doc_id, chosen[1].provision_id)

    def report(self):
        """The precedents report of the draft as last looked up (None when there is none)."""
        results = self.model.results
        return precedents_report(self.corpus, results) if results else None

    def print_report(self) -> QPrintPreviewDialog | None:
        """The print preview of the report, from which it prints (window-modal, not blocking)."""
        pack = self.report()
        if pack is None:
            self._say(translate("PrecedentsView", "Nothing to print: look up a draft first"))
            return None
        return self.printer.preview(pack)

    def export_report(self, path: str | None = None) -> Ticket | None:
        """Write the report as a PDF (asking where unless `path` is given), off the GUI thread."""
        pack = self.report()
        if pack is None:
            self._say(translate("PrecedentsView", "Nothing to export: look up a draft first"))
            return None
        return self.printer.export(pack, path)

    def _say(self, text: str, msecs: int = 6000) -> None:
        self.status_message.emit(text, msecs)
