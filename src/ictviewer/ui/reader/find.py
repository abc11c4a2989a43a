"""Find in the open document: the bar under a reader's page, as in a browser or a PDF viewer.

The all-documents search answers "where in the corpus"; this bar answers "where on
this page", the habit every desktop reader has taught (Ctrl+F, "3 of 12", Enter
for the next). It is given the page (a `QTextEdit`) and nothing else.

Matches are found in the page's raw text, folded by the core's `loose_fold`
(case and diacritics ignored, character for character), so an offset in the
folded text is a position in the `QTextDocument`: no mapping table, and the
header and the margin labels are found as well as the provisions, because they
are on the page the user is looking at. Highlights are extra selections, never
edits of the document: the page's anchors and formats (which the reader maps
back to provisions) stay as rendered, and a re-render only asks for `refresh`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from ictviewer.text import loose_fold

# All matches in a pale wash, the current one in the strong colour of a selection:
# the search's yellow marks stay readable under both.
ALL_MATCHES = {"light": "#cde4ff", "dark": "#2d4a6b"}
CURRENT_MATCH = {"light": "#ff9632", "dark": "#c76a12"}


def find_all(haystack: str, needle: str) -> list[int]:
    """Start offsets of `needle` in `haystack`, both already folded, without overlaps."""
    found: list[int] = []
    if not needle:
        return found
    start = haystack.find(needle)
    while start >= 0:
        found.append(start)
        start = haystack.find(needle, start + len(needle))
    return found


class FindBar(QWidget):
    """Type → every match highlighted and "3 of 12"; Enter/Shift+Enter step; Escape closes."""

    closed = Signal()  # the user closed the bar: the page should take the focus back

    def __init__(self, page: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.scheme = "light"
        self._starts: list[int] = []
        self._current = -1
        self._folded: str | None = None  # the page's folded text, until the page changes
        self.setObjectName("findBar")
        page.document().contentsChanged.connect(self._page_changed)

        self.box = QLineEdit(self)
        self.box.setObjectName("findBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Find in this document"))
        self.box.setAccessibleName(self.tr("Find in this document"))
        self.box.setToolTip(
            self.tr(
                "Case and accents are ignored. Enter or F3: next · Shift+Enter or "
                "Shift+F3: previous · Escape: close"
            )
        )
        self.box.textChanged.connect(self._text_changed)
        self.box.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAccessibleName(self.tr("Matches in this document"))
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("0000 of 0000"))
        self.previous_button = self._button("▲", self.tr("Previous match (Shift+Enter)"))
        self.previous_button.clicked.connect(self.previous)
        self.next_button = self._button("▼", self.tr("Next match (Enter)"))
        self.next_button.clicked.connect(self.next)
        self.close_button = self._button("✕", self.tr("Close (Escape)"))
        self.close_button.clicked.connect(self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(4)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.setFocusProxy(self.box)
        self.hide()

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    # -- what the reader and the window call ---------------------------------------------------

    def open(self, text: str = "") -> None:
        """Show the bar with the focus in its box; `text` (the page's selection) is sought."""
        self.show()
        if text.strip() and "\u2029" not in text:
            self.box.setText(text)
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self.page.setExtraSelections([])
        self.closed.emit()

    @property
    def active(self) -> bool:
        """Open with something typed: F3 steps this page's matches, not the search's hits."""
        return self.isVisible() and bool(self.box.text().strip())

    def set_scheme(self, scheme: str) -> None:
        self.scheme = scheme if scheme in ALL_MATCHES else "light"
        self._highlight()

    def match_count(self) -> int:
        return len(self._starts)

    def current_index(self) -> int:
        """Which match is current, from 0; -1 when there is none."""
        return self._current

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def refresh(self, move: bool = True) -> None:
        """Find again, keeping the current match where it was; `move` scrolls to it.

        A page rendered anew (zoom, theme, a tick) refreshes without moving, so the
        reader keeps its own reading position and a provision it was sent to.
        """
        if not self.isVisible():
            return
        old = self._starts[self._current] if 0 <= self._current < len(self._starts) else None
        needle = loose_fold(self.box.text().strip())
        if self._folded is None:
            self._folded = loose_fold(self.page.document().toRawText())
        self._starts = find_all(self._folded, needle)
        if not self._starts:
            self._current = -1
        elif old is not None and old in self._starts:
            self._current = self._starts.index(old)
        else:
            self._current = self._first_from(self.page.textCursor().selectionStart())
        self._highlight()
        self._show_count()
        if move:
            self._show_current()

    # -- inside --------------------------------------------------------------------------------

    def _first_from(self, position: int) -> int:
        """The first match at or after `position`, so typing finds forward from the reader."""
        for index, start in enumerate(self._starts):
            if start >= position:
                return index
        return 0

    def _text_changed(self, _text: str) -> None:
        self._current = -1  # a new word: start from the cursor, not from the old match
        self.refresh()

    def _page_changed(self) -> None:
        self._folded = None
        if self.isVisible():
            self.refresh(move=False)

    def _step(self, step: int) -> None:
        if not self.isVisible():
            return
        if not self._starts:
            self.refresh()
        if not self._starts:
            return
        self._current = (self._current + step) % len(self._starts)
        self._highlight()
        self._show_count()
        self._show_current()

    def _show_count(self) -> None:
        text = self.box.text().strip()
        if not text:
            self.count.setText("")
        elif not self._starts:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(self.tr("{0} of {1}").format(self._current + 1, len(self._starts)))

    def _show_current(self) -> None:
        if 0 <= self._current < len(self._starts):
            cursor = QTextCursor(self.page.document())
            cursor.setPosition(self._starts[self._current])
            self.page.setTextCursor(cursor)  # the current provision is the match's
            self.page.ensureCursorVisible()

    def _highlight(self) -> None:
        length = len(self.box.text().strip())
        selections = []
        for index, start in enumerate(self._starts):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.page.document())
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            colours = CURRENT_MATCH if index == self._current else ALL_MATCHES
            form = QTextCharFormat()
            form.setBackground(QColor(colours[self.scheme]))
            selection.format = form
            selections.append(selection)
        self.page.setExtraSelections(selections)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter next, Shift+Enter previous, Escape closes: the keys of every find bar."""
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event
            key = key_event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous()
                else:
                    self.next()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
