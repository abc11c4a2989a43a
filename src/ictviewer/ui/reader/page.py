"""The reader's page as positions: which provision, language and match is where.

A mixin of `ReaderView`, kept apart from `view.py` (which builds the reader and
re-renders it) so that neither grows past ~400 lines (#11). After each render
`ReaderView` records the positions of the provision anchors (`_find_anchors`);
from them a cursor position, a selection or the top of the viewport maps back to
a provision, the side-by-side table's column to a language, and the marked
fragments to the texts highlighted as matches.
"""

from __future__ import annotations

import bisect

from PySide6.QtGui import QTextCursor

from ictviewer.corpus.model import Provision
from ictviewer.export.citation import quote_with_citation
from ictviewer.ui import theme
from ictviewer.ui.reader.html import SIDE_BY_SIDE

SCROLL_MARGIN = 10  # pixels shown above a provision scrolled to the top


class ReaderPage:
    """What is where on `ReaderView`'s rendered page (`self.browser`, `self._anchors`)."""

    def _find_anchors(self) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        block = self.browser.document().begin()
        while block.isValid():
            for item in block:
                fragment = item.fragment()
                for name in fragment.charFormat().anchorNames():
                    if name.startswith("prov-"):
                        found.append((fragment.position(), name[5:]))
            block = block.next()
        found.sort()
        return found

    def _scroll_to(self, position: int) -> None:
        """Put the provision starting at `position` at the top, with its row's padding."""
        document = self.browser.document()
        block = document.findBlock(position)
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(max(0, int(top) - SCROLL_MARGIN))

    def _position_of(self, provision_id: str) -> int | None:
        for position, pid in self._anchors:
            if pid == provision_id:
                return position
        return None

    def provision_at(self, position: int) -> Provision | None:
        index = bisect.bisect_right([p for p, _ in self._anchors], position) - 1
        if index < 0:
            return None
        return self.document.provision(self._anchors[index][1])

    def provision_at_top(self) -> str:
        """The provision at the top of the view: the last one starting above its first line."""
        document = self.browser.document()
        layout = document.documentLayout()
        top = self.browser.verticalScrollBar().value() + SCROLL_MARGIN + 6
        found = ""
        for position, provision_id in self._anchors:
            block = document.findBlock(position)
            if layout.blockBoundingRect(block).top() > top:
                break
            found = provision_id
        return found

    def current_provision(self) -> Provision | None:
        """The provision the user is on: the cursor's if they clicked, else the one sent to."""
        if self._user_moved_cursor or self.browser.textCursor().hasSelection():
            provision = self.provision_at(self.browser.textCursor().selectionStart())
            if provision is not None:
                return provision
        if self.options.current:
            return self.document.provision(self.options.current)
        top = self.provision_at_top()
        return self.document.provision(top) if top else None

    def _language_at(self, cursor: QTextCursor, provision: Provision) -> str:
        table = cursor.currentTable()
        shown = self.options.layout
        if shown != SIDE_BY_SIDE or len(self.document.languages) < 2:
            return shown if shown in provision.versions() else provision.lang
        if table is not None:
            column = table.cellAt(cursor).column() - 1
            if 0 <= column < len(self.document.languages):
                return self.document.languages[column]
        return provision.lang

    def citation_text(self) -> str | None:
        provision = self.current_provision()
        if provision is None:
            return None
        cursor = self.browser.textCursor()
        selected = cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
        start = QTextCursor(self.browser.document())
        start.setPosition(cursor.selectionStart())
        lang = self._language_at(start, provision)
        return quote_with_citation(
            self.document, provision, lang, selected or None, self.citation_style
        )

    def selected_text(self) -> str:
        """The text selected on the page, paragraph breaks as blank lines ("" for none).

        Qt marks a paragraph break as U+2029; a blank line is where a draft splits into
        paragraphs, so a selection over two provisions is looked up as two.
        """
        text = self.browser.textCursor().selectedText()
        return text.replace("\u2029", "\n\n").replace("\u2028", "\n")

    def highlighted_matches(self, provision_id: str = "") -> list[str]:
        """The texts highlighted as matches on the page, or in one provision."""
        mark = theme.reader_colours(self.options.scheme).mark.lower()
        found: list[str] = []
        block = self.browser.document().begin()
        while block.isValid():
            for item in block:
                fragment = item.fragment()
                if fragment.charFormat().background().color().name().lower() != mark:
                    continue
                if provision_id:
                    provision = self.provision_at(fragment.position())
                    if provision is None or provision.id != provision_id:
                        continue
                found.append(fragment.text())
            block = block.next()
        return found
