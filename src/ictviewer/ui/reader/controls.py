"""The reader's controls: the bar above the page and the context menus.

Kept apart from `reader.py`, which is about showing the document. Every
command only emits one of the reader's "...requested" signals with plain ids;
what it does is decided by the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QTreeWidgetItem,
    QWidget,
)

from ictviewer.corpus.model import Provision
from ictviewer.ui.labels import kind_name, language_name, status_name
from ictviewer.ui.reader.html import SIDE_BY_SIDE

if TYPE_CHECKING:
    from ictviewer.ui.reader.view import ReaderView

SECTION_HEADING_LEVEL = 2  # reader_html renders each section title as <h2>


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReaderView", text)


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
        text = _tr("Deselect all in “{0}”")
    else:
        text = _tr("Select all in “{0}”")
    action = menu.addAction(text.format(section))
    action.triggered.connect(
        lambda: reader.section_selection_requested.emit(reader.document.id, ids)
    )


def add_tick_action(menu: QMenu, reader: ReaderView, provision: Provision) -> None:
    if provision.id in reader.options.selected:
        text = _tr("Remove “{0}” from the selection")
    else:
        text = _tr("Add “{0}” to the selection")
    action = menu.addAction(text.format(provision.label) + "\tSpace")
    action.triggered.connect(
        lambda: reader.selection_toggle_requested.emit(reader.document.id, provision.id)
    )


def build_bar(reader: ReaderView) -> QFrame:
    """The bar above the page: what the document is, its languages, and its commands."""
    bar = QFrame(reader)
    bar.setObjectName("readerBar")
    row = QHBoxLayout(bar)
    row.setContentsMargins(8, 4, 8, 4)
    d = reader.document
    summary = " · ".join(
        part
        for part in (
            d.organisation,
            kind_name(d.kind),
            f"{d.place}, {d.date.human()}" if d.place else d.date.human(),
            status_name(d.status),
        )
        if part
    )
    title = QLabel(summary, bar)
    title.setObjectName("sectionTitle")
    title.setToolTip(d.title)
    title.setTextFormat(Qt.TextFormat.PlainText)
    title.setMinimumWidth(40)
    title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    row.addWidget(title, 1)
    reader.layout_box = QComboBox(bar)
    reader.layout_box.setAccessibleName(_tr("Language versions"))
    reader.layout_box.setToolTip(_tr("Show the language versions side by side or one"))
    reader.layout_box.setSizeAdjustPolicy(
        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    reader.layout_box.setMinimumContentsLength(10)
    if len(reader.document.languages) > 1:
        reader.layout_box.addItem(_tr("Side by side"), SIDE_BY_SIDE)
        for lang in reader.document.languages:
            reader.layout_box.addItem(language_name(lang), lang)
        label = QLabel(_tr("&Languages:"), bar)
        label.setBuddy(reader.layout_box)
        row.addWidget(label)
        row.addWidget(reader.layout_box)
    else:
        reader.layout_box.hide()
    reader.layout_box.currentIndexChanged.connect(reader._layout_chosen)
    # In a tool bar, the commands that do not fit a narrow window go to its » menu.
    commands = QToolBar(_tr("Document commands"), bar)
    commands.setObjectName("readerCommands")
    commands.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    commands.setMovable(False)
    copy = commands.addAction(_tr("Copy with citation"))
    copy.setToolTip(
        _tr("Copy the current provision (or the selection) with its citation ({0})").format(
            QKeySequence("Ctrl+Shift+C").toString(QKeySequence.SequenceFormat.NativeText)
        )
    )
    copy.triggered.connect(reader.copy_citation_requested)
    compare = compare_menu(reader, commands).menuAction()
    compare.setText(_tr("Compare with"))
    compare.setToolTip(_tr("Put this document beside another one, with their shared concepts"))
    commands.addAction(compare)
    button = commands.widgetForAction(compare)
    if isinstance(button, QToolButton):
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    timeline = commands.addAction(_tr("On timeline"))
    timeline.setToolTip(_tr("Show this document on the timeline (Ctrl+Shift+L)"))
    timeline.triggered.connect(lambda: reader.timeline_requested.emit(reader.document.id))
    row.addWidget(commands)
    return bar


def compare_menu(reader: ReaderView, parent: QWidget) -> QMenu:
    """ "Compare with": every other document of the corpus, by short title."""
    menu = QMenu(_tr("Co&mpare with"), parent)
    menu.setObjectName("compareWithMenu")
    for doc_id, title in reader.options.titles.items():
        if doc_id == reader.document.id:
            continue
        action = menu.addAction(title)
        action.setData(doc_id)
        action.triggered.connect(
            lambda _checked=False, other=doc_id: reader.compare_requested.emit(
                reader.document.id, other
            )
        )
    return menu


def add_document_actions(menu: QMenu, reader: ReaderView) -> None:
    """What applies to the whole document: compare it, find it on the timeline."""
    menu.addMenu(compare_menu(reader, menu))
    timeline = menu.addAction(_tr("Show on &timeline"))
    timeline.triggered.connect(lambda: reader.timeline_requested.emit(reader.document.id))


def page_menu(reader: ReaderView, point: QPoint) -> QMenu:
    """The context menu of the page at viewport `point` (the caller shows and deletes it)."""
    browser = reader.browser
    cursor = browser.cursorForPosition(point)
    if not browser.textCursor().hasSelection():
        browser.setTextCursor(cursor)
        reader.note_cursor_moved()
    menu = browser.createStandardContextMenu(point)
    menu.addSeparator()
    section = heading_at(reader, cursor)
    if section:
        add_section_action(menu, reader, section)
    else:
        provision = reader.current_provision()
        if provision is not None:
            copy = menu.addAction(_tr("Copy “{0}” with citation").format(provision.label))
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
