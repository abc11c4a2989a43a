"""The reader's context menus: on the page and on the table of contents.

Kept apart from `view.py`, which is about showing the document. Every command
only emits one of the reader's "...requested" signals with plain ids; what it
does is decided by the main window.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu, QTextBrowser, QTreeWidget, QTreeWidgetItem, QWidget

from ictviewer.corpus.model import Document, Provision
from ictviewer.ui.i18n import translate


class ReaderView(Protocol):
    """What the menus use of a reader: its document, page, contents and signals.

    A protocol rather than an import of `view.py`, which imports this module:
    the menus depend on what a reader offers, not on the class.
    """

    PROVISION_ROLE: int
    document: Document
    options: Any  # RenderOptions: .selected, .titles
    browser: QTextBrowser
    contents: QTreeWidget
    selection_toggle_requested: Any  # Signal(str, str)
    section_selection_requested: Any  # Signal(str, list)
    timeline_requested: Any  # Signal(str)
    compare_requested: Any  # Signal(str, str)
    precedents_requested: Any  # Signal(str)

    def current_provision(self) -> Provision | None: ...

    def copy_with_citation(self) -> str | None: ...

    def find_precedents(self) -> None: ...

    def note_cursor_moved(self) -> None: ...


SECTION_HEADING_LEVEL = 2  # reader_html renders each section title as <h2>


def section_ids(reader: ReaderView, section: str) -> list[str]:
    """The ids of every provision of a section, in document order ([] for no section)."""
    if not section:
        return []
    return [p.id for p in reader.document.provisions if p.section == section]


def heading_at(reader: ReaderView, cursor: QTextCursor) -> str:
    """The section whose heading is under `cursor`, or ""."""
    block = cursor.block()
    if block.blockFormat().headingLevel() != SECTION_HEADING_LEVEL:
        return ""
    text = block.text().strip()
    return text if section_ids(reader, text) else ""


def add_section_action(menu: QMenu, reader: ReaderView, section: str) -> None:
    """ "Select all in <section>", or "Deselect all" when every provision is ticked already."""
    ids = section_ids(reader, section)
    if not ids:
        return
    if all(pid in reader.options.selected for pid in ids):
        text = translate("ReaderView", "Deselect all in “{0}”")
    else:
        text = translate("ReaderView", "Select all in “{0}”")
    action = menu.addAction(text.format(section))
    action.triggered.connect(
        lambda: reader.section_selection_requested.emit(reader.document.id, ids)
    )


def add_tick_action(menu: QMenu, reader: ReaderView, provision: Provision) -> None:
    if provision.id in reader.options.selected:
        text = translate("ReaderView", "Remove “{0}” from the selection")
    else:
        text = translate("ReaderView", "Add “{0}” to the selection")
    action = menu.addAction(text.format(provision.label) + "\tSpace")
    action.triggered.connect(
        lambda: reader.selection_toggle_requested.emit(reader.document.id, provision.id)
    )


def compare_menu(doc_id: str, titles: dict[str, str], parent: QWidget, chosen) -> QMenu:
    """ "Compare with": every other document of the corpus, by short title.

    `chosen(other_id)` is called with the document picked.
    """
    menu = QMenu(translate("ReaderView", "Co&mpare with"), parent)
    menu.setObjectName("compareWithMenu")
    for other, title in titles.items():
        if other == doc_id:
            continue
        action = menu.addAction(title)
        action.setData(other)
        action.triggered.connect(lambda _checked=False, other=other: chosen(other))
    return menu


def add_document_actions(menu: QMenu, reader: ReaderView) -> None:
    """What applies to the whole document: compare it, find it on the timeline."""
    doc_id = reader.document.id
    menu.addMenu(
        compare_menu(
            doc_id, reader.options.titles, menu,
            lambda other: reader.compare_requested.emit(doc_id, other),
        )
    )  # fmt: skip
    timeline = menu.addAction(translate("ReaderView", "Show on &timeline"))
    timeline.triggered.connect(lambda: reader.timeline_requested.emit(reader.document.id))


def page_menu(reader: ReaderView, point: QPoint) -> QMenu:
    """The context menu of the page at viewport `point` (the caller shows and deletes it)."""
    browser = reader.browser
    cursor = browser.cursorForPosition(point)
    if not browser.textCursor().hasSelection():
        browser.setTextCursor(cursor)
        reader.note_cursor_moved()
    menu = browser.createStandardContextMenu(point)
    if browser.textCursor().hasSelection():
        menu.addSeparator()
        precedents = menu.addAction(translate("ReaderView", "Find &precedents of the selection"))
        precedents.setObjectName("findPrecedentsAction")
        precedents.triggered.connect(reader.find_precedents)
    menu.addSeparator()
    section = heading_at(reader, cursor)
    if section:
        add_section_action(menu, reader, section)
    else:
        provision = reader.current_provision()
        if provision is not None:
            copy = menu.addAction(
                translate("ReaderView", "Copy “{0}” with citation").format(provision.label)
            )
            copy.triggered.connect(reader.copy_with_citation)
            menu.addSeparator()
            add_tick_action(menu, reader, provision)
            add_section_action(menu, reader, provision.section)
    menu.addSeparator()
    add_document_actions(menu, reader)
    return menu


def contents_menu(reader: ReaderView, item: QTreeWidgetItem | None) -> QMenu:
    """The context menu of the table of contents on `item` (a section or a provision)."""
    menu = QMenu(reader.contents)
    if item is not None:
        if item.childCount():  # a section heading
            add_section_action(menu, reader, item.text(0))
        else:
            provision = reader.document.provision(item.data(0, reader.PROVISION_ROLE) or "")
            if provision is not None:
                add_tick_action(menu, reader, provision)
                add_section_action(menu, reader, provision.section)
        menu.addSeparator()
    add_document_actions(menu, reader)
    return menu
