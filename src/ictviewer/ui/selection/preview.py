"""The print preview of a pack, and the option widgets shared with the Selection panel.

QPrintPreviewDialog asks for pages through `paintRequested`; `PreviewDialog.paint`
answers with `export.pdf.render`, so the preview, the printer and the PDF show
the same pages. Changing an option rebuilds the pack and repaints the preview.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any, Protocol

from PySide6.QtCore import QSignalBlocker, QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QMainWindow,
    QToolBar,
    QWidget,
)

from ictviewer.export.pdf import page_layout, render
from ictviewer.selection import Ref
from ictviewer.ui.selection.options import ALL_LANGUAGES, ENGLISH, PAGE_SIZES


class PrintService(Protocol):
    """What the preview and the options bar use of `print.PrintService`.

    A protocol rather than an import of `print.py`, which imports this module
    to open the preview: the dialog depends on what the service offers.
    """

    options: Any  # PrintOptions
    highlight_terms: tuple[str, ...]
    options_changed: Any  # Signal()
    status_message: Any  # Signal(str)

    def set_option(self, **changes) -> None: ...

    def build_pack(self, refs: list[Ref], title: str | None = None) -> Any: ...

    def new_printer(self) -> QPrinter: ...


log = logging.getLogger(__name__)


class OptionsBar(QWidget):
    """Paper, language versions and highlighting, bound to a PrintService's options."""

    def __init__(
        self, service: PrintService, parent: QWidget | None = None, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.setToolTip(self.tr("Paper size (portrait)"))
        for size in PAGE_SIZES:
            self.paper.addItem(size, size)
        self.languages = QComboBox(self)
        self.languages.setAccessibleName(self.tr("Language versions"))
        self.languages.addItem(self.tr("English"), ENGLISH)
        self.languages.addItem(self.tr("All languages"), ALL_LANGUAGES)
        self.languages.setToolTip(
            self.tr(
                "English: each provision in English, or in its own language when it has no "
                "English version. All languages: every language version the source has."
            )
        )
        self.highlight = QCheckBox(self.tr("Highlight search terms"), self)
        self.highlight.setAccessibleName(self.tr("Highlight the current search terms"))

        paper_label = QLabel(self.tr("Pape&r:"), self)
        paper_label.setBuddy(self.paper)
        languages_label = QLabel(self.tr("&Versions:"), self)
        languages_label.setBuddy(self.languages)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        for column, widget in enumerate((paper_label, self.paper, languages_label, self.languages)):
            layout.addWidget(widget, 0, column)
        if compact:  # in a narrow dock: the check box on a line of its own
            layout.addWidget(self.highlight, 1, 0, 1, 5)
        else:
            layout.addWidget(self.highlight, 0, 4)
        layout.setColumnStretch(5 if not compact else 4, 1)

        self.sync()
        self.paper.currentIndexChanged.connect(
            lambda _: service.set_option(page_size=self.paper.currentData())
        )
        self.languages.currentIndexChanged.connect(
            lambda _: service.set_option(languages=self.languages.currentData())
        )
        self.highlight.toggled.connect(lambda on: service.set_option(highlight=on))
        service.options_changed.connect(self.sync)

    def sync(self) -> None:
        options = self.service.options
        terms = self.service.highlight_terms
        with QSignalBlocker(self.paper), QSignalBlocker(self.languages):
            self.paper.setCurrentIndex(max(0, self.paper.findData(options.page_size)))
            self.languages.setCurrentIndex(max(0, self.languages.findData(options.languages)))
        with QSignalBlocker(self.highlight):
            self.highlight.setChecked(options.highlight and bool(terms))
        self.highlight.setEnabled(bool(terms))
        if terms:
            self.highlight.setToolTip(
                self.tr("Mark these words in the printed text: {0}").format(", ".join(terms))
            )
        else:
            self.highlight.setToolTip(self.tr("No current search terms to highlight"))


class PreviewDialog(QPrintPreviewDialog):
    """QPrintPreviewDialog painting a pack, with the pack's options in a second toolbar."""

    def __init__(
        self,
        service: PrintService,
        refs: list[Ref],
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        printer = service.new_printer()
        super().__init__(printer, parent)
        self.printer = printer  # QPrintPreviewDialog does not own it
        self.service = service
        self.refs = list(refs)
        self.title = title
        self.pages = 0
        self.setObjectName("printPreview")
        self.pack = service.build_pack(self.refs, title)
        printer.setDocName(self.pack.title)
        self.setWindowTitle(self.tr("Print Preview — {0}").format(self.pack.title))
        self.options_bar = OptionsBar(service, self)
        window = self.findChild(QMainWindow)
        if window is not None:
            bar = QToolBar(self.tr("Pack options"), window)
            bar.setObjectName("packOptions")
            bar.setMovable(False)
            bar.addWidget(self.options_bar)
            window.addToolBarBreak()
            window.addToolBar(bar)
        else:  # a Qt without the inner main window: put the options above the preview
            self.layout().insertWidget(0, self.options_bar)
        self.paintRequested.connect(self.paint)
        service.options_changed.connect(self._options_changed)
        self.resize(900, 980)

    def preview_widget(self) -> QPrintPreviewWidget | None:
        return self.findChild(QPrintPreviewWidget)

    def _options_changed(self) -> None:
        layout = page_layout(self.service.options.page_size)
        resized = self.printer.pageLayout().pageSize().id() != layout.pageSize().id()
        if resized:
            self.printer.setPageLayout(layout)
        pack = self.service.build_pack(self.refs, self.title)
        if pack == self.pack and not resized:
            return
        self.pack = pack
        widget = self.preview_widget()
        if widget is not None:
            widget.updatePreview()

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.service.options_changed.disconnect(self._options_changed)
        super().done(result)

    def paint(self, printer: QPrinter) -> None:
        """paintRequested: the pack's pages on the preview's (or the real) printer."""
        size = {QPageSize.PageSizeId.A4: "A4", QPageSize.PageSizeId.Letter: "Letter"}.get(
            printer.pageLayout().pageSize().id()
        )
        if size is not None and size != self.service.options.page_size:
            # Chosen in the dialog's own page setup: keep the paper menus in step, after
            # this paint (the printer already has that size, so nothing is painted twice).
            self.service.options.page_size = size
            QTimer.singleShot(0, self.service.options_changed.emit)
        try:
            self.pages = render(self.pack, printer)
        except Exception as error:  # never a traceback out of a paint slot
            log.warning("print preview failed", exc_info=True)
            self.service.status_message.emit(self.tr("Print preview failed: {0}").format(error))
            self.pages = 0
