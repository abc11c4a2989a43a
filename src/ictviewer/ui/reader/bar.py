"""The bar above a document: what it is, its language versions, and its commands.

`ReaderBar` is its own widget with its own signals ("the user chose a layout",
"copy with citation", "compare with that document", "show on the timeline"),
so the reader connects four signals instead of the bar reaching into it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolBar,
    QToolButton,
    QWidget,
)

from ictviewer.corpus.model import Document
from ictviewer.ui.elided import ElidedLabel
from ictviewer.ui.labels import interface_date, kind_name, language_name, status_name
from ictviewer.ui.plain import literal
from ictviewer.ui.reader.html import SIDE_BY_SIDE
from ictviewer.ui.reader.menus import compare_menu


class ReaderBar(QFrame):
    """The document's summary, its "Languages" choice and its commands, in a narrow bar."""

    layout_chosen = Signal(str)  # SIDE_BY_SIDE or a language code
    copy_citation_requested = Signal()
    compare_requested = Signal(str)  # the other document's id
    timeline_requested = Signal()
    focus_requested = Signal(bool)  # the Focus button: the window hides its side panes

    def __init__(
        self, document: Document, titles: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readerBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self._summary(document), 1)
        self.layout_box = QComboBox(self)
        self.layout_box.setAccessibleName(self.tr("Language versions"))
        self.layout_box.setToolTip(self.tr("Show the language versions side by side or one"))
        self.layout_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.layout_box.setMinimumContentsLength(10)
        if len(document.languages) > 1:
            self.layout_box.addItem(self.tr("Side by side"), SIDE_BY_SIDE)
            for lang in document.languages:
                self.layout_box.addItem(language_name(lang), lang)
            label = QLabel(self.tr("&Languages:"), self)
            label.setBuddy(self.layout_box)
            row.addWidget(label)
            row.addWidget(self.layout_box)
        else:
            self.layout_box.hide()
        self.layout_box.currentIndexChanged.connect(
            lambda index: self.layout_chosen.emit(self.layout_box.itemData(index) or SIDE_BY_SIDE)
        )
        row.addWidget(self._commands(document, titles))

    def _summary(self, d: Document) -> ElidedLabel:
        parts = (
            d.organisation,
            kind_name(d.kind),
            f"{d.place}, {interface_date(d.date)}" if d.place else interface_date(d.date),
            status_name(d.status),
        )
        title = ElidedLabel(self)
        title.setObjectName("sectionTitle")
        summary = " · ".join(part for part in parts if part)
        title.setText(summary)
        title.setToolTip(literal(f"{d.title}\n{summary}"))  # the title, and all the line says
        return title

    def _commands(self, document: Document, titles: dict[str, str]) -> QToolBar:
        """In a tool bar, the commands that do not fit a narrow window go to its » menu."""
        commands = QToolBar(self.tr("Document commands"), self)
        commands.setObjectName("readerCommands")
        commands.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        commands.setMovable(False)
        copy = commands.addAction(self.tr("Copy with citation"))
        shortcut = QKeySequence("Ctrl+Shift+C").toString(QKeySequence.SequenceFormat.NativeText)
        copy.setToolTip(
            self.tr("Copy the current provision (or the selection) with its citation ({0})").format(
                shortcut
            )
        )
        copy.triggered.connect(self.copy_citation_requested)
        menu = compare_menu(document.id, titles, commands, self.compare_requested.emit)
        compare = menu.menuAction()
        compare.setText(self.tr("Compare with"))
        compare.setToolTip(
            self.tr("Put this document beside another one, with their shared concepts")
        )
        commands.addAction(compare)
        button = commands.widgetForAction(compare)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        timeline = commands.addAction(self.tr("On timeline"))
        timeline.setToolTip(self.tr("Show this document on the timeline (Ctrl+Shift+L)"))
        timeline.triggered.connect(self.timeline_requested)
        self.focus = commands.addAction(self.tr("Focus"))
        self.focus.setCheckable(True)
        self.focus.setToolTip(
            self.tr("Hide the search, the library and the docks: all the width for the text "
                    "(Ctrl+Shift+M; F11: full screen)")
        )  # fmt: skip
        self.focus.triggered.connect(self.focus_requested)
        return commands
