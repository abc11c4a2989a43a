"""One side of the comparison: a document chooser above the marked-up text.

After each render the pane records where every provision, concept occurrence
and shared passage sits in the page (from the anchors and `mark:` links that
`render.render_pane` writes), so the view can scroll both sides in step and
jump to the next occurrence of a concept (those positions, and what the page
shows, are read by its mixin, `pane_text.py`).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPoint, QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ictviewer.corpus.model import Corpus, Document
from ictviewer.ui.compare.marks import SideMarks
from ictviewer.ui.compare.page import (
    SUPERSCRIPT,
    CompareBrowser,
)
from ictviewer.ui.compare.palette import faded
from ictviewer.ui.compare.pane_text import PaneText
from ictviewer.ui.compare.render import PaneOptions, concept_style, parse_href, render_pane
from ictviewer.ui.elided import ElidingComboBox
from ictviewer.ui.plain import literal

# Below this width a pane puts each provision's label above its text: the margin
# column (118 px) would leave a few words a line (a half-screen window, 200% scale).
NARROW_PANE = 440


class ComparePane(PaneText, QWidget):
    document_chosen = Signal(str)
    mark_clicked = Signal(str)  # the href of a clicked highlight
    open_provision_requested = Signal(str, str)
    selection_add_requested = Signal(str, str)  # doc id, provision id (context menu)
    scrolled = Signal(int)

    def __init__(self, corpus: Corpus, side: str, parent=None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.side = side
        self.document: Document | None = None
        self.marks: SideMarks | None = None
        self.options = PaneOptions()
        self._provisions: list[tuple[int, str]] = []  # (position, provision id), sorted
        self._concepts: dict[str, dict[int, list[int]]] = {}  # id -> number -> [start, end]
        self._passages: dict[int, list[int]] = {}
        self._tags: dict[str, list[tuple[int, int]]] = {}  # concept id -> its number tags
        self.spotlit = ""  # the concept shown at full strength, the others faded ("" none)
        self.setObjectName(f"comparePane-{side}")

        bar = QFrame(self)
        bar.setObjectName("readerBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 8, 4)
        caption = QLabel(self.tr("&Left:") if side == "left" else self.tr("&Right:"), bar)
        caption.setObjectName("sectionTitle")
        self.chooser = ElidingComboBox(bar)
        self.chooser.setAccessibleName(
            self.tr("Left document") if side == "left" else self.tr("Right document")
        )
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(12)
        self.chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for document in corpus:
            self.chooser.addItem(document.short_title, document.id)
            self.chooser.setItemData(
                self.chooser.count() - 1, literal(document.title), Qt.ItemDataRole.ToolTipRole
            )
        caption.setBuddy(self.chooser)
        self.chooser.currentIndexChanged.connect(self._chosen)
        row.addWidget(caption)
        row.addWidget(self.chooser, 1)

        self.browser = CompareBrowser(self)
        self.browser.setObjectName("readerText")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(
            self.tr("Left text") if side == "left" else self.tr("Right text")
        )
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.double_clicked.connect(self._double_clicked)
        self.hovered = self.browser.hovered
        self.browser.verticalScrollBar().valueChanged.connect(self.scrolled)
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.browser.customContextMenuRequested.connect(self._context_menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.browser, 1)
        self.setFocusProxy(self.browser)

    # -- content -----------------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        self.document = document
        self.marks = None
        index = self.chooser.findData(document.id)
        if index >= 0:
            with QSignalBlocker(self.chooser):
                self.chooser.setCurrentIndex(index)
        # The chooser elides a long short title; its tooltip names the document in full.
        self.chooser.setToolTip(literal(f"{document.short_title}\n{document.title}"))
        self.render(keep_position=False)

    def set_marks(self, marks: SideMarks | None, options: PaneOptions) -> None:
        self.marks = marks
        self.options = dataclasses.replace(options, label_above=self.width() < NARROW_PANE)
        self.render(keep_position=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW_PANE
        if narrow != self.options.label_above:
            self.options = dataclasses.replace(self.options, label_above=narrow)
            self.render(keep_position=True)

    def render(self, keep_position: bool = True) -> None:
        if self.document is None:
            self.browser.clear()
            return
        scroll = self.browser.verticalScrollBar()
        top = self.provision_at_top() if keep_position else ""
        offset = scroll.value() - self.top_of(top) if top else 0
        self.browser.setHtml(render_pane(self.document, self.marks, self.options))
        self.browser.pad_end()
        layout = self.browser.document().documentLayout()
        layout.blockBoundingRect(self.browser.document().lastBlock())  # lay out the whole page
        self._index_page()
        self._apply_spotlight()
        if keep_position and top:
            scroll.setValue(max(0, round(self.top_of(top) + offset)))
        else:
            scroll.setValue(0)

    def _index_page(self) -> None:
        provisions: list[tuple[int, str]] = []
        concepts: dict[str, dict[int, list[int]]] = {}
        tags: dict[str, list[tuple[int, int]]] = {}
        passages: dict[int, list[int]] = {}
        block = self.browser.document().begin()
        while block.isValid():
            for item in block:
                fragment = item.fragment()
                fmt = fragment.charFormat()
                start, end = fragment.position(), fragment.position() + fragment.length()
                for name in fmt.anchorNames():
                    if name.startswith("prov-"):
                        provisions.append((start, name[5:]))
                marks = parse_href(fmt.anchorHref())
                if "c" in marks and fmt.verticalAlignment() == SUPERSCRIPT:
                    tags.setdefault(marks["c"][0], []).append((start, end))  # a number tag
                elif "c" in marks:
                    cid, number = marks["c"]
                    span = concepts.setdefault(cid, {}).setdefault(number, [start, end])
                    span[0], span[1] = min(span[0], start), max(span[1], end)
                if "p" in marks:
                    span = passages.setdefault(marks["p"][1], [start, end])
                    span[0], span[1] = min(span[0], start), max(span[1], end)
            block = block.next()
        provisions.sort()
        self._provisions, self._concepts, self._passages = provisions, concepts, passages
        self._tags = tags

    # -- spotlight ---------------------------------------------------------------------------

    def spotlight(self, concept_id: str) -> None:
        """Fade every concept but `concept_id` ("" brings them all back).

        An overlay (extra selections), not a new page: hovering must answer at once,
        and rendering a long page again takes tens of milliseconds.
        """
        if concept_id != self.spotlit:
            self.spotlit = concept_id
            self._apply_spotlight()

    def _apply_spotlight(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        if self.spotlit and self.marks is not None and not self.options.changes:
            for cid, spans in self._concepts.items():
                if cid == self.spotlit or cid not in self.marks.concepts:
                    continue
                look = faded(concept_style(cid, self.marks, self.options), self.options.scheme)
                fmt = QTextCharFormat()
                fmt.setForeground(QColor(look.fg))
                fmt.setBackground(QBrush(QColor(look.bg)) if look.bg else QBrush())
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
                for start, end in [*spans.values(), *self._tags.get(cid, [])]:
                    selection = QTextEdit.ExtraSelection()
                    selection.cursor = QTextCursor(self.browser.document())
                    selection.cursor.setPosition(start)
                    selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    selection.format = fmt
                    selections.append(selection)
        self.browser.setExtraSelections(selections)

    def faded_concepts(self) -> set[str]:
        """Ids of the concepts the spotlight fades now (read back from the overlay)."""
        starts = {s.cursor.selectionStart() for s in self.browser.extraSelections()}
        return {
            cid
            for cid, spans in self._concepts.items()
            if any(start in starts for start, _ in spans.values())
        }

    # -- slots -------------------------------------------------------------------------------

    def _chosen(self, index: int) -> None:
        doc_id = self.chooser.itemData(index)
        if doc_id:
            self.document_chosen.emit(doc_id)

    def _link_clicked(self, url: QUrl) -> None:
        self.mark_clicked.emit(url.toString())

    def context_menu(self, point: QPoint) -> QMenu:
        """Copy, plus open or select the provision under `point` (the caller deletes the menu)."""
        menu = self.browser.createStandardContextMenu(point)
        position = self.browser.cursorForPosition(point).position()
        document, provision_id = self.document, self.provision_at(position)
        provision = document.provision(provision_id) if document and provision_id else None
        if document is not None and provision is not None:
            menu.addSeparator()
            menu.addAction(
                self.tr("&Open “{0}” in the reader").format(provision.label),
                lambda: self.open_provision_requested.emit(document.id, provision.id),
            )
            menu.addAction(
                self.tr("&Add “{0}” to the selection").format(provision.label),
                lambda: self.selection_add_requested.emit(document.id, provision.id),
            )
        return menu

    def _context_menu(self, point: QPoint) -> None:
        menu = self.context_menu(point)
        menu.exec(self.browser.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _double_clicked(self, position: int) -> None:
        provision_id = self.provision_at(position)
        if self.document is not None and provision_id:
            self.open_provision_requested.emit(self.document.id, provision_id)
