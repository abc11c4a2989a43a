"""One open document: its contents on the left, the page on the right.

The page is rich text built by `reader_html.render` from escaped corpus text.
After each render the positions of the provision anchors are recorded, so a
cursor position, a selection or the top of the viewport maps back to a provision
(`page.py`, a mixin of `ReaderView`).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ictviewer.corpus.model import Document
from ictviewer.export.citation import CitationStyle
from ictviewer.export.pdf_layout import keep_heading_sizes
from ictviewer.ui.browser import PageFont, ZoomingBrowser
from ictviewer.ui.plain import literal
from ictviewer.ui.reader.bar import ReaderBar
from ictviewer.ui.reader.find import FindBar
from ictviewer.ui.reader.html import RenderOptions, Spans, render
from ictviewer.ui.reader.menus import contents_menu, page_menu
from ictviewer.ui.reader.page import ReaderPage
from ictviewer.ui.reader.position import KeepsReadingPosition
from ictviewer.ui.zoom import apply_zoom

PROVISION_ROLE = Qt.ItemDataRole.UserRole + 1
TOP = "__top__"


class ReaderBrowser(ZoomingBrowser):
    """The page; Space ticks the provision at the cursor instead of scrolling."""

    toggle_requested = Signal()  # Space: tick or untick the current provision
    # Around a resize (a pane shown or hidden, a dock, the window): the reader keeps the
    # provision at the top, which the reflow of the text would otherwise move away.
    resizing = Signal()
    resized = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Space would scroll a page; here it ticks the provision, as in a file list.
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.toggle_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Scrolled to the end (the last provisions were sent to), stay there when a dock
        # takes some height, rather than letting them drop out of view.
        bar = self.verticalScrollBar()
        at_end = 0 < bar.maximum() <= bar.value()
        if not at_end:
            self.resizing.emit()
        super().resizeEvent(event)
        if at_end:  # now, and once the page is laid out at the new size
            bar.setValue(bar.maximum())
            QTimer.singleShot(0, self, lambda: bar.setValue(bar.maximum()))
        else:
            self.resized.emit()


class ReaderView(KeepsReadingPosition, ReaderPage, QWidget):
    """A document in the reader. Emits plain ids; the main window decides what they do."""

    open_document_requested = Signal(str)
    zoom_requested = Signal(int)
    copy_citation_requested = Signal()
    status_message = Signal(str)
    selection_toggle_requested = Signal(str, str)  # doc id, provision id
    section_selection_requested = Signal(str, list)  # doc id, provision ids of a section
    timeline_requested = Signal(str)  # doc id: show it on the timeline
    compare_requested = Signal(str, str)  # this doc id, the other doc id
    focus_requested = Signal(bool)  # the bar's Focus button
    precedents_requested = Signal(str)  # the selected text, to look up as a draft

    PROVISION_ROLE = PROVISION_ROLE

    def __init__(self, document: Document, titles: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.options = RenderOptions(titles=titles)
        self._anchors: list[tuple[int, str]] = []  # (position, provision id), sorted
        self._user_moved_cursor = False
        self.highlight_query = ""  # the search query whose matches are marked ("" for none)
        self.citation_style = CitationStyle()  # Copy with citation: language and form
        self.setObjectName("reader")

        self.browser = ReaderBrowser(self)
        self.browser.setObjectName("readerText")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Text of {0}").format(document.short_title))
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.zoom_requested.connect(self.zoom_requested)
        self.browser.toggle_requested.connect(self._toggle_current)
        self.browser.verticalScrollBar().valueChanged.connect(self._sync_contents)
        self.browser.resizing.connect(self._hold_top)
        self.browser.resized.connect(self._restore_top)
        self.browser.cursorPositionChanged.connect(self._cursor_moved)
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.browser.customContextMenuRequested.connect(self._context_menu)

        self.contents = QTreeWidget(self)
        self.contents.setObjectName("contents")
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Contents of {0}").format(document.short_title))
        self.contents.setUniformRowHeights(True)
        self.contents.itemActivated.connect(self._contents_activated)
        self.contents.itemClicked.connect(self._contents_activated)
        self.contents.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.contents.customContextMenuRequested.connect(self._contents_menu)
        self._fill_contents()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("readerSplitter")
        self.splitter.addWidget(self.contents)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 700])
        self.splitter.setCollapsible(1, False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.bar = ReaderBar(document, titles, self)
        self.layout_box = self.bar.layout_box
        self.bar.layout_chosen.connect(self._layout_chosen)
        self.bar.copy_citation_requested.connect(self.copy_citation_requested)
        self.bar.compare_requested.connect(
            lambda other: self.compare_requested.emit(document.id, other)
        )
        self.bar.timeline_requested.connect(lambda: self.timeline_requested.emit(document.id))
        self.bar.focus_requested.connect(self.focus_requested)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)
        self.find_bar = FindBar(self.browser, self)  # under the text, hidden until Ctrl+F
        self.find_bar.closed.connect(lambda: self.browser.setFocus(Qt.FocusReason.OtherFocusReason))
        layout.addWidget(self.find_bar)
        self.setFocusProxy(self.browser)

    # -- building ----------------------------------------------------------------------------

    def _fill_contents(self) -> None:
        top = QTreeWidgetItem([self.tr("Document information")])
        top.setData(0, PROVISION_ROLE, TOP)
        self.contents.addTopLevelItem(top)
        self._contents_items: dict[str, QTreeWidgetItem] = {}
        for section, provisions in self.document.sections():
            parent = None
            if section:
                parent = QTreeWidgetItem([section])
                parent.setData(0, PROVISION_ROLE, provisions[0].id)
                self.contents.addTopLevelItem(parent)
            for provision in provisions:
                item = QTreeWidgetItem([provision.label])
                item.setData(0, PROVISION_ROLE, provision.id)
                item.setToolTip(0, literal(provision.text[:160]))
                if parent is None:
                    self.contents.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                self._contents_items[provision.id] = item
        self.contents.expandAll()

    # -- rendering ---------------------------------------------------------------------------

    def set_focus_checked(self, on: bool) -> None:
        """Mirror the window's focus mode on the bar's Focus button."""
        self.bar.focus.setChecked(on)

    def set_appearance(self, scheme: str, zoom: int, layout: str | None = None) -> None:
        self.options.scheme = scheme
        self.options.zoom = zoom
        apply_zoom(zoom, self.contents)
        self.find_bar.set_scheme(scheme)
        if layout is not None:
            self.set_layout(layout, rerender=False)
        self.rerender()

    def set_font(self, font: PageFont, rerender: bool = True) -> None:
        """The reading font the user chose (Preferences ▸ Reader), at the current zoom."""
        if font != self.options.font:
            self.options.font = font
            if rerender:
                self.rerender()

    def set_layout(self, layout: str, rerender: bool = True) -> None:
        index = self.layout_box.findData(layout)
        if index < 0 and len(self.document.languages) > 1:
            index = 0
        if index >= 0:
            with QSignalBlocker(self.layout_box):
                self.layout_box.setCurrentIndex(index)
            self.options.layout = self.layout_box.itemData(index)
        if rerender:
            self.rerender()

    @property
    def layout_mode(self) -> str:
        return self.options.layout

    def rerender(self) -> None:
        """Render again (theme, zoom, layout, highlights, ticks), keeping the reading position.

        The position is the provision at the top, put back at the top: a scroll offset
        would drift with a new zoom (the page's height changes), and the user reads
        provisions, not pixels.
        """
        scroll = self.browser.verticalScrollBar()
        keep = self.provision_at_top() if scroll.value() > 0 else ""
        self._render()
        if keep:
            self.scroll_to_provision(keep)

    def _render(self) -> None:
        self.browser.setHtml(render(self.document, self.options))
        keep_heading_sizes(self.browser.document())
        self._user_moved_cursor = False
        self._anchors = self._find_anchors()

    # -- navigation --------------------------------------------------------------------------

    def show_provision(self, provision_id: str, spans: Spans | None = None) -> None:
        """Scroll to a provision, mark it as current and highlight `spans` (all matches)."""
        self.options.current = provision_id
        self.options.spans = dict(spans or {})
        self._render()
        self.go_to(provision_id)

    def set_highlights(self, query: str, spans: Spans) -> None:
        """Mark the matches of the search's new `query` ("" clears them), keeping the place."""
        self.highlight_query = query
        if dict(spans) != self.options.spans:
            self.options.spans = dict(spans)
            self.rerender()

    def clear_highlights(self) -> None:
        if self.options.spans or self.options.current:
            self.options.spans = {}
            self.options.current = ""
            self.rerender()

    def go_to(self, provision_id: str) -> None:
        if provision_id == TOP:
            self.browser.verticalScrollBar().setValue(0)
            return
        position = self._position_of(provision_id)
        if position is not None:
            cursor = self.browser.textCursor()
            cursor.setPosition(position)
            self.browser.setTextCursor(cursor)
            self._user_moved_cursor = False
            self._scroll_to(position)
            # The page may not be laid out yet: scroll again once the event loop has run.
            QTimer.singleShot(0, self.browser, lambda: self._scroll_to(position))
        self._select_in_contents(provision_id)

    def open_find(self) -> None:
        """Edit ▸ Find in Document: the find bar, seeking the selected words if any."""
        self.find_bar.open(self.browser.textCursor().selectedText())

    def find_precedents(self) -> None:
        """Ask for the precedents of the selected text (the menu offers it with a selection)."""
        text = self.selected_text()
        if text.strip():
            self.precedents_requested.emit(text)

    def copy_with_citation(self) -> str | None:
        text = self.citation_text()
        if text is not None:
            QGuiApplication.clipboard().setText(text)
            first = text.splitlines()[0].rstrip(":")
            self.status_message.emit(self.tr("Copied with citation: {0}").format(first))
        return text

    # -- slots -------------------------------------------------------------------------------

    def _layout_chosen(self, layout: str) -> None:
        self.options.layout = layout
        self.rerender()

    def _contents_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        provision_id = item.data(0, PROVISION_ROLE)
        if provision_id:
            self.go_to(provision_id)

    def _select_in_contents(self, provision_id: str) -> None:
        item = self._contents_items.get(provision_id)
        if item is not None:
            with QSignalBlocker(self.contents):
                self.contents.setCurrentItem(item)
            self.contents.scrollToItem(item)

    def _sync_contents(self) -> None:
        top = self.provision_at_top()
        if top:
            self._select_in_contents(top)

    def _cursor_moved(self) -> None:
        self._user_moved_cursor = True

    def note_cursor_moved(self) -> None:
        """The user put the cursor somewhere (a right click): it decides the current provision."""
        self._user_moved_cursor = True

    def set_selected(self, provision_ids: set[str]) -> None:
        """Show these provisions ticked in the margin (the selection to print)."""
        if provision_ids != self.options.selected:
            self.options.selected = set(provision_ids)
            self.rerender()

    def _toggle_current(self) -> None:
        provision = self.current_provision()
        if provision is not None:
            self.selection_toggle_requested.emit(self.document.id, provision.id)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "select":
            self.selection_toggle_requested.emit(self.document.id, url.path())
        elif url.scheme() == "doc":
            self.open_document_requested.emit(url.path())
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())

    def _context_menu(self, point) -> None:
        menu = page_menu(self, point)
        menu.exec(self.browser.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _contents_menu(self, point) -> None:
        menu = contents_menu(self, self.contents.itemAt(point))
        menu.exec(self.contents.viewport().mapToGlobal(point))
        menu.deleteLater()
