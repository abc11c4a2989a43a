"""The Precedents view: paste a draft, see which agreed texts already hold its wording.

Above, the draft (a plain-text editor) beside the results: each paragraph with its
summary, then its precedents with strength, citation, organisation and date. Below,
the chosen precedent beside its draft paragraph, the shared runs tinted alike on both
sides and the differing wording marked (`render.py`, `marks.py`).

The view is handed the corpus and the lexicon, never the window. The index is built
once, on the view's `JobQueue` (70 ms for the bundled library, but a user library
may be far larger), and each search runs on the same queue, so a search waits for
the index without a lock. A search starts 300 ms after typing stops, or at once
with the Find button (Ctrl+Return); each is numbered and only the newest answer is
shown, so a slow answer to an older text never replaces a newer one. The report
(print preview, PDF) is the core's `precedents_report` pack through the selection's
own renderer (`export.pdf`), on a second queue so a long export never holds up a
search. What the buttons do with the chosen precedent and the report is the view's
mixin's, `commands.py`.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ictviewer.compare import Lexicon
from ictviewer.corpus.model import Corpus
from ictviewer.export.citation import CitationStyle
from ictviewer.precedents import (
    DraftError,
    ParagraphPrecedents,
    Precedent,
    PrecedentIndex,
    split_paragraphs,
)
from ictviewer.ui.browser import PageFont
from ictviewer.ui.jobs import JobQueue, Ticket, describe
from ictviewer.ui.plain import plain_label
from ictviewer.ui.precedents.commands import PrecedentsCommands
from ictviewer.ui.precedents.models import (
    CITATION,
    DATE,
    ORGANISATION,
    SHARE,
    STRENGTH,
    ResultsModel,
)
from ictviewer.ui.precedents.pair import PairView
from ictviewer.ui.precedents.printing import ReportPrinter
from ictviewer.ui.precedents.wording import draft_refusal
from ictviewer.ui.zoom import apply_zoom

DEBOUNCE_MS = 300
LIMIT = 10


class PrecedentsView(PrecedentsCommands, QWidget):
    """A draft, its paragraphs' precedents, and one precedent beside its paragraph."""

    open_provision_requested = Signal(str, str)  # doc id, provision id
    selection_add_requested = Signal(list)  # [(doc id, provision id)]
    status_message = Signal(str, int)  # text, milliseconds
    results_shown = Signal()  # a search's answer is on screen (tests wait for it)
    report_written = Signal(str, int)  # path, pages

    def __init__(self, corpus: Corpus, lexicon: Lexicon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("precedentsView")
        self.corpus = corpus
        self.lexicon = lexicon
        self.index: PrecedentIndex | None = None
        self.scheme, self.zoom = "light", 100
        self.font = PageFont()  # the user's reading font (Preferences ▸ Reader)
        self.citation_style = CitationStyle()  # Copy with citation: language and form
        self._generation = 0
        self._pending = False  # a search asked for before the index was ready
        self._ticket: Ticket | None = None
        self._started = 0.0
        self._shown: tuple[int, int] | None = None  # (paragraph, precedent) in the pair
        self.jobs = JobQueue(self)
        self.jobs.finished.connect(self._finished)
        self.jobs.failed.connect(self._failed)
        self.printer = ReportPrinter(self)
        self.printer.written.connect(self.report_written)
        self.printer.status_message.connect(self.status_message)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self._build()
        self.editor.textChanged.connect(self._timer.start)
        self.jobs.submit("index", lambda _report, _cancelled: PrecedentIndex.build(corpus, lexicon))

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("precedentsDraft")
        self.editor.setAccessibleName(self.tr("Draft text"))
        self.editor.setPlaceholderText(
            self.tr("Paste or type a draft. Each paragraph (separated by a blank line) is looked "
                    "up in the library's agreed texts as you type.")
        )  # fmt: skip
        self.find_button = QPushButton(self.tr("&Find Precedents"), self)
        self.find_button.setToolTip(self.tr("Look up every paragraph now (Ctrl+Return)"))
        self.find_button.clicked.connect(self.search_now)
        QShortcut(QKeySequence("Ctrl+Return"), self.editor, self.search_now)
        self.state = plain_label(self.tr("Preparing the precedents index…"), self)
        self.state.setObjectName("precedentsState")
        self.state.setWordWrap(True)
        draft_row = QHBoxLayout()
        draft_row.addWidget(self.find_button)
        draft_row.addWidget(self.state, 1)
        draft_box = QWidget(self)
        draft_layout = QVBoxLayout(draft_box)
        draft_layout.setContentsMargins(6, 6, 3, 3)
        draft_layout.addWidget(self.editor, 1)
        draft_layout.addLayout(draft_row)

        self.model = ResultsModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("precedentsResults")
        self.tree.setAccessibleName(self.tr("Precedents of each paragraph"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        # Elide in the middle: a citation's start names the text, its end the paragraph,
        # and at 1366 px rows of one document differ only at the end.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, mode in (
            (STRENGTH, QHeaderView.ResizeMode.ResizeToContents),
            (CITATION, QHeaderView.ResizeMode.Stretch),
            (ORGANISATION, QHeaderView.ResizeMode.ResizeToContents),
            (DATE, QHeaderView.ResizeMode.ResizeToContents),
            (SHARE, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        self.tree.selectionModel().currentChanged.connect(lambda current, _old: self._chosen())
        self.tree.doubleClicked.connect(lambda _index: self.open_in_reader())

        self.pair = PairView(self)
        p = self.pair
        self.draft_page, self.provision_page, self.key = p.draft_page, p.provision_page, p.key
        self.draft_title, self.provision_title = p.draft_title, p.provision_title

        button = self._button
        copy_tip = self.tr("The provision's text and its citation, to paste")
        self.copy_button = button(self.tr("&Copy with Citation"), self.copy_with_citation, copy_tip)
        add_tip = self.tr("Add the provision to the selection to print")
        self.add_button = button(self.tr("&Add to Selection"), self.add_to_selection, add_tip)
        open_tip = self.tr("Show the provision in its document")
        self.open_button = button(self.tr("&Open in Reader"), self.open_in_reader, open_tip)
        self.report_button = QToolButton(self)
        self.report_button.setText(self.tr("&Report"))
        self.report_button.setToolTip(self.tr("Every paragraph with its precedents and citations"))
        self.report_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        report_menu = QMenu(self.report_button)
        report_menu.addAction(self.tr("Print Pre&view…"), self.print_report)
        report_menu.addAction(self.tr("&Export PDF…"), lambda: self.export_report())
        self.report_button.setMenu(report_menu)
        actions = QHBoxLayout()
        for widget in (self.copy_button, self.add_button, self.open_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.report_button)

        self.pair.layout_.addLayout(actions)

        self.top = QSplitter(Qt.Orientation.Horizontal, self)
        self.top.setObjectName("precedentsTopSplitter")
        self.top.addWidget(draft_box)
        self.top.addWidget(self.tree)
        self.top.setStretchFactor(0, 2)
        self.top.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("precedentsSplitter")
        self.splitter.addWidget(self.top)
        self.splitter.addWidget(self.pair)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._show_pair(None)

    def _button(self, text: str, slot, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- the draft ---------------------------------------------------------------------------

    def draft(self) -> str:
        return self.editor.toPlainText()

    def set_draft(self, text: str) -> None:
        """Put `text` in the editor and look it up at once (no typing delay to wait for)."""
        self.editor.setPlainText(text)
        self.search_now()

    def search_now(self) -> None:
        """Look up every paragraph of the draft; an answer to an older text is dropped."""
        self._timer.stop()
        self._generation += 1
        if self._ticket is not None:
            self._ticket.cancel()
            self._ticket = None
        text = self.draft()
        if not text.strip():
            self._show_results(())
            self.state.setText(self.tr("Paste or type a draft paragraph to see its precedents."))
            return
        if self.index is None:
            self._pending = True
            return
        index, generation = self.index, self._generation
        self._started = time.perf_counter()
        self._ticket = self.jobs.submit(
            "find",
            lambda _report, _cancelled: index.find_all(split_paragraphs(text), LIMIT),
            generation,
        )

    # -- answers -----------------------------------------------------------------------------

    def _finished(self, kind: str, generation: int, result: object) -> None:
        if kind == "index":
            self.index = result
            self.state.setText(self.tr("Ready: {0} provisions and language versions indexed.")
                               .format(len(result)))  # fmt: skip
            if self._pending or self.draft().strip():
                self._pending = False
                self.search_now()
            return
        if generation != self._generation:
            return  # the draft changed since: a newer search is on its way
        self._ticket = None
        self._show_results(result)
        elapsed = round((time.perf_counter() - self._started) * 1000)
        agreed = sum(1 for p in result if p.has_agreed_language)
        self.state.setText(
            self.tr("{0} paragraph(s), {1} with agreed or close language · {2} ms").format(
                len(result), agreed, elapsed
            )
        )
        self.results_shown.emit()

    def _failed(self, kind: str, generation: int, error: object) -> None:
        if kind == "index":
            self.state.setText(self.tr("No precedents: the index could not be built ({0})")
                               .format(describe(error)))  # fmt: skip
            return
        if generation != self._generation:
            return
        self._ticket = None
        self._show_results(())
        if isinstance(error, DraftError):
            self.state.setText(draft_refusal(error) or describe(error))
        else:
            self.state.setText(self.tr("The search failed: {0}").format(describe(error)))
        self.results_shown.emit()

    def results(self) -> tuple[ParagraphPrecedents, ...]:
        return self.model.results

    def _show_results(self, results) -> None:
        previous = self._shown
        self.model.set_results(results, self.scheme)
        self.tree.expandAll()
        for column in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(column, self.tree.rootIndex(), True)
        target = None
        if previous is not None:
            target = self.model.index_of(*previous)
            if self.model.precedent(target) is None:
                target = None
        if target is None:
            target = next(
                (self.model.index_of(n, 0) for n, p in enumerate(results) if p.precedents),
                None,
            )
        self._shown = None
        if target is not None and target.isValid():
            self.tree.setCurrentIndex(target)
            self.tree.scrollTo(target)
        self._chosen()

    # -- the chosen precedent ----------------------------------------------------------------

    def current(self) -> tuple[ParagraphPrecedents, Precedent] | None:
        return self.model.precedent(self.tree.currentIndex())

    def _chosen(self) -> None:
        chosen = self.current()
        self._shown = self.model.key(self.tree.currentIndex()) if chosen else None
        self._show_pair(chosen)

    def _provision_text(self, precedent: Precedent) -> str | None:
        document = self.corpus.get(precedent.doc_id)
        provision = document.provision(precedent.provision_id) if document else None
        if provision is None:
            return None
        versions = provision.versions()
        return versions.get(precedent.lang, provision.text)

    def _show_pair(self, chosen) -> None:
        text = self._provision_text(chosen[1]) if chosen else None
        for widget in (self.copy_button, self.add_button, self.open_button):
            widget.setEnabled(text is not None)
        self.report_button.setEnabled(any(p.precedents for p in self.model.results))
        if chosen is None or text is None:
            self.pair.clear(self.scheme)
            return
        paragraph, precedent = chosen
        number = self._shown[0] + 1 if self._shown else 1
        self.pair.show_pair(
            paragraph.text, number, precedent, text, self.scheme, self.zoom, self.font
        )

    # -- the window's requests ---------------------------------------------------------------

    def set_appearance(self, scheme: str, zoom: int) -> None:
        self.scheme, self.zoom = scheme, zoom
        apply_zoom(zoom, self.tree)
        shown = self._shown
        self.model.set_results(self.model.results, scheme)
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, self.tree.rootIndex(), True)
        if shown is not None:
            self.tree.setCurrentIndex(self.model.index_of(*shown))
        self._chosen()

    def set_font(self, font: PageFont) -> None:
        """The reading font the user chose (Preferences ▸ Reader), on both pages of a pair."""
        if font != self.font:
            self.font = font
            self._chosen()

    def focus_draft(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def shutdown(self) -> None:
        """Stop the searches and any report being written (before the window closes)."""
        self._timer.stop()
        self.jobs.shutdown()
        self.printer.shutdown()
