"""Two documents side by side with their shared concepts, wording and changes.

`CompareView(corpus, lexicon)` is a page the main window can put in a tab: two panes
with a document chooser each, the legend, and the concept x document matrix.
The comparison itself comes from the core (`compare_documents`), computed
off the GUI thread; the view only marks it up. Like every panel it emits
plain ids ("...requested" signals) and leaves the rest to the main window.
How the two panes are marked up (theme, zoom, font, the legend's choices, the
search's matches) is its mixin's, `appearance.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ictviewer.compare import Comparison, Lexicon
from ictviewer.corpus.model import Corpus
from ictviewer.ui.browser import PageFont
from ictviewer.ui.compare.appearance import CompareAppearance, palette_scheme
from ictviewer.ui.compare.legend import LegendPanel
from ictviewer.ui.compare.matrix import MatrixPanel
from ictviewer.ui.compare.navigator import ConceptNavigator
from ictviewer.ui.compare.pane import ComparePane
from ictviewer.ui.compare.render import parse_href
from ictviewer.ui.compare.sync import follow
from ictviewer.ui.compare.toolbar import MATRIX, SIDE_BY_SIDE, CompareToolbar, changes_reason
from ictviewer.ui.compare.worker import (
    CompareResult,
    MatrixResult,
    compute_comparison,
    compute_matrix,
)
from ictviewer.ui.jobs import JobQueue

CACHE_SIZE = 16
# Narrower than this (half a laptop screen, or 200% scale) the legend steps aside by
# itself so the two texts keep their width; the Concepts button still shows it.
NARROW_VIEW = 1000
__all__ = ["MATRIX", "SIDE_BY_SIDE", "CompareView", "palette_scheme"]


class CompareView(CompareAppearance, QWidget):
    open_provision_requested = Signal(str, str)  # doc id, provision id (double click)
    selection_add_requested = Signal(str, str)  # doc id, provision id (context menu)
    pair_changed = Signal(str, str)  # left doc id, right doc id (e.g. for a tab title)
    comparison_ready = Signal(object)  # the core's Comparison, once shown
    matrix_ready = Signal()
    zoom_requested = Signal(int)  # +1 / -1 (Ctrl+wheel), like the reader
    status_message = Signal(str)
    # A pair chosen in the matrix opens in a tab of its own (never replaces this one):
    pair_requested = Signal(str, str, str)  # left doc id, right doc id, concept id ("" none)
    focus_requested = Signal(bool)  # the Focus button: hide (or bring back) the side panes
    legend_toggled = Signal(bool)  # the user showed or hid the legend (a remembered choice)

    def __init__(self, corpus: Corpus, lexicon: Lexicon, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.corpus = corpus
        self.lexicon = lexicon
        self.result: CompareResult | None = None
        self.scheme = palette_scheme(self.palette())
        self.zoom = 100
        self.font = PageFont()  # the user's reading font (Preferences ▸ Reader)
        self._generation = 0
        self._cache: dict[tuple[str, str], CompareResult] = {}
        self._syncing = False
        self._pending_concept = ""
        self._hidden: dict[tuple[str, str], frozenset[str]] = {}  # per comparison
        self.match_query = ""  # the search's query, marked in both texts as the reader marks it
        self._palette_check = False

        self.computer = JobQueue(self)
        self.computer.finished.connect(self._finished)
        self.computer.failed.connect(self._failed)

        self.left = ComparePane(corpus, "left", self)
        self.right = ComparePane(corpus, "right", self)
        self.legend = LegendPanel(self)
        self.navigator = ConceptNavigator((self.left, self.right), lambda: self.legend.model.hidden)
        self.matrix = MatrixPanel(corpus, self)
        for pane in (self.left, self.right):
            pane.document_chosen.connect(self._document_chosen)
            pane.mark_clicked.connect(lambda href, p=pane: self._mark_clicked(p, href))
            pane.open_provision_requested.connect(self.open_provision_requested)
            pane.selection_add_requested.connect(self.selection_add_requested)
            pane.scrolled.connect(lambda _value, p=pane: self._scrolled(p))
            pane.browser.zoom_requested.connect(self.zoom_requested)
            pane.hovered.connect(lambda cid: self.navigator.hover(cid))
        self.legend.concept_activated.connect(self.jump_to_concept)
        self.legend.model.hidden_changed.connect(self._hidden_changed)
        self.legend.passages_toggled.connect(lambda _on: self._rerender())
        self.matrix.pair_requested.connect(self._pair_from_matrix)
        self.legend.model.set_scheme(self.scheme)
        self.matrix.model.set_scheme(self.scheme)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("compareSplitter")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.right)
        self.splitter.addWidget(self.legend)
        for i, stretch in enumerate((1, 1, 0)):
            self.splitter.setStretchFactor(i, stretch)
        # The legend gets a narrow share: at 1366 px the two texts need ~540 px each for
        # 45 characters a line (issue #13); it can be hidden, or dragged wider.
        self.splitter.setSizes([540, 540, 280])
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.matrix)

        self.toolbar = bar = CompareToolbar(self)
        self.modes, self.summary = bar.modes, bar.summary
        self.sync_box, self.changes_box = bar.sync_box, bar.changes_box
        bar.page_chosen.connect(self.stack.setCurrentIndex)
        bar.swap_requested.connect(self.swap)
        bar.sync_box.toggled.connect(self._sync_toggled)
        bar.changes_box.toggled.connect(self._changes_toggled)
        bar.legend_toggled.connect(self._legend_toggled)
        self.legend.shown.connect(bar.set_legend_checked)
        bar.focus_requested.connect(self.focus_requested)
        bar.set_changes_allowed(False, self.tr("Comparing…"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.stack, 1)
        self.computer.submit("matrix", lambda *_: compute_matrix(corpus, lexicon))

    # -- public API ---------------------------------------------------------------------------

    def set_documents(self, left_id: str, right_id: str) -> bool:
        """Show `left_id` beside `right_id`; the marks follow once computed. False: unknown id."""
        left, right = self.corpus.get(left_id), self.corpus.get(right_id)
        if left is None or right is None:
            missing = left_id if left is None else right_id
            self.status_message.emit(self.tr("No document “{0}” in the corpus").format(missing))
            return False
        self._remember_hidden()
        self._generation += 1
        self.result = None
        self.navigator.reset()
        self.toolbar.set_changes_allowed(False, self.tr("Comparing…"))
        self.left.set_document(left)
        self.right.set_document(right)
        self.legend.model.set_comparison(None)
        self.matrix.model.set_pair(left_id, right_id)
        self.pair_changed.emit(left_id, right_id)
        cached = self._cache.get((left_id, right_id))
        if cached is not None:
            self._show(cached)
        else:
            self.summary.setText(self.tr("Comparing…"))
            self.computer.submit(
                "compare",
                lambda *_: compute_comparison(left, right, self.lexicon),
                self._generation,
            )
        return True

    def documents(self) -> tuple[str, str]:
        ids = [p.document.id if p.document else "" for p in (self.left, self.right)]
        return ids[0], ids[1]

    @property
    def comparison(self) -> Comparison | None:
        return self.result.comparison if self.result is not None else None

    def swap(self) -> None:
        left, right = self.documents()
        if left and right:
            self.set_documents(right, left)

    def set_changes_mode(self, on: bool) -> None:
        self.changes_box.setChecked(on)

    @property
    def changes_mode(self) -> bool:
        return self.changes_box.isChecked()

    def set_sync_scrolling(self, on: bool) -> None:
        self.sync_box.setChecked(on)

    @property
    def sync_scrolling(self) -> bool:
        return self.sync_box.isChecked()

    def show_matrix(self) -> None:
        self.toolbar.set_page(MATRIX)
        self.stack.setCurrentIndex(MATRIX)

    def show_side_by_side(self) -> None:
        self.toolbar.set_page(SIDE_BY_SIDE)
        self.stack.setCurrentIndex(SIDE_BY_SIDE)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.legend.set_narrow(self.width() < NARROW_VIEW)

    def set_focus_checked(self, on: bool) -> None:
        """The window entered or left focus mode: the Focus button shows it."""
        self.toolbar.set_focus_checked(on)

    def show_concept(self, concept_id: str) -> None:
        """Go to `concept_id` now, or as soon as the comparison is shown."""
        if self.result is None:
            self._pending_concept = concept_id
        elif concept_id:
            self.jump_to_concept(concept_id)

    def spotlight(self, concept_id: str) -> None:
        """Fade every concept but `concept_id` on both sides ("" for none)."""
        self.navigator.spotlight(concept_id)

    def jump_to_concept(self, concept_id: str) -> None:
        """Go to the concept's next occurrence on each side that has it, and spotlight it."""
        with self._still():
            where = [
                w
                for pane in (self.left, self.right)
                if (w := self.navigator.step(pane, concept_id))
            ]
        self.legend.select(concept_id)
        self.navigator.choose(concept_id)
        entry = self.legend.model.entry(self.legend.model.row_of(concept_id))
        if entry is not None and where:
            self.status_message.emit(f"{entry.concept.label}: {' · '.join(where)}")

    def shutdown(self) -> None:
        """Wait for a comparison still being computed (call before the window goes)."""
        self.computer.shutdown()

    # -- computing ----------------------------------------------------------------------------

    def _finished(self, kind: str, generation: int, result: object) -> None:
        if kind == "matrix" and isinstance(result, MatrixResult):
            self.matrix.set_matrix(result.matrix, list(result.concepts))
            self.matrix_ready.emit()
            return
        if not isinstance(result, CompareResult):
            return
        key = (result.comparison.left, result.comparison.right)
        self._cache[key] = result
        while len(self._cache) > CACHE_SIZE:
            self._cache.pop(next(iter(self._cache)))
        if generation == self._generation:  # otherwise the user has moved on
            self._show(result)

    def _failed(self, kind: str, generation: int, error: object) -> None:
        if kind == "matrix" or generation == self._generation:
            text = self.tr("Comparison failed: {0}").format(f"{type(error).__name__}: {error}")
            self.summary.setText(text)
            self.status_message.emit(text)

    def _show(self, result: CompareResult) -> None:
        self.result = result
        c = result.comparison
        self.legend.model.set_comparison(c, c.left_title, c.right_title)
        self.legend.model.set_hidden(self._hidden.get((c.left, c.right), frozenset()))
        self.toolbar.set_changes_allowed(c.diffable, changes_reason(c))
        self._rerender()
        if c.versions:
            summary = self.tr(
                "Two versions: {0} aligned provisions, {1} removed, {2} added"
            ).format(len(c.alignment), len(c.unaligned_left), len(c.unaligned_right))
        else:
            summary = self.tr(
                "{0} shared concepts · {1} | {2} one-sided · {3} shared passages"
            ).format(len(c.shared_concepts), len(c.only_left), len(c.only_right),
                     len(c.shared_passages))  # fmt: skip
        self.summary.setText(summary)
        self.comparison_ready.emit(c)
        if self._pending_concept:
            concept, self._pending_concept = self._pending_concept, ""
            self.jump_to_concept(concept)

    # -- scrolling in step ------------------------------------------------------------------

    @contextmanager
    def _still(self) -> Iterator[None]:
        """Move panes without one dragging the other along."""
        syncing, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = syncing

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.navigator.clear():
            event.accept()
            return
        super().keyPressEvent(event)

    def _sync_toggled(self, on: bool) -> None:
        if on:
            self._scrolled(self.left)

    def _scrolled(self, source: ComparePane) -> None:
        if self._syncing or not self.sync_scrolling or self.result is None:
            return
        target = self.right if source is self.left else self.left
        with self._still():
            follow(source, target, self.result.comparison.alignment, source is self.left)

    # -- slots ------------------------------------------------------------------------------

    def _document_chosen(self, doc_id: str) -> None:
        left, right = self.documents()
        if self.sender() is self.left:
            self.set_documents(doc_id, right)
        else:
            self.set_documents(left, doc_id)

    def _mark_clicked(self, pane: ComparePane, href: str) -> None:
        """A click on a highlight shows its counterpart on the other side."""
        marks = parse_href(href)
        other = self.right if pane is self.left else self.left
        with self._still():
            if "c" in marks and marks["c"][0] not in self.legend.model.hidden:
                concept_id = marks["c"][0]
                self.legend.select(concept_id)
                self.navigator.choose(concept_id)
                self.navigator.step(other, concept_id)
            elif "p" in marks:
                span = other.passage(marks["p"][1])
                if span is not None:
                    other.reveal(*span)

    def _pair_from_matrix(self, left_id: str, right_id: str, concept_id: str) -> None:
        """The matrix's pair opens in a tab of its own: this comparison stays as it was."""
        self.pair_requested.emit(left_id, right_id, concept_id)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._palette_check:
            self._palette_check = True  # theme.apply sends many; look once they are through
            QTimer.singleShot(0, self, self._follow_palette)
