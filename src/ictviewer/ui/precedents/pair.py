"""The draft paragraph beside one precedent, the shared runs tinted alike on both sides.

Its own widget so the view is about the draft and its list of answers: this
one only shows a pair it is given (`show_pair`), or an empty pair that says
what to do (`clear`). Every text is escaped by `render.marked_html`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ictviewer.precedents import Precedent
from ictviewer.ui.browser import DEFAULT_FONT, PageFont
from ictviewer.ui.plain import plain_label
from ictviewer.ui.precedents import wording
from ictviewer.ui.precedents.marks import pair_marks
from ictviewer.ui.precedents.models import strength_name
from ictviewer.ui.precedents.render import key_html, marked_html


class PairView(QWidget):
    """Two read-only pages, their titles, and the key to the marks under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft_title = plain_label("", self)
        self.provision_title = plain_label("", self)
        for label in (self.draft_title, self.provision_title):
            label.setWordWrap(True)
            label.setObjectName("precedentsPaneTitle")
        self.draft_page = self._page("precedentsDraftPage", self.tr("The draft paragraph"))
        self.provision_page = self._page("precedentsProvisionPage", self.tr("The precedent"))
        self.key = QLabel(self)
        self.key.setTextFormat(Qt.TextFormat.RichText)  # built by us, every text escaped
        self.key.setWordWrap(True)
        self.key.setObjectName("precedentsKey")
        grid = QHBoxLayout()
        for title, page in ((self.draft_title, self.draft_page),
                            (self.provision_title, self.provision_page)):  # fmt: skip
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(page, 1)
            grid.addLayout(column, 1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 3, 6, 6)
        self.layout_.addLayout(grid, 1)
        self.layout_.addWidget(self.key)

    def _page(self, name: str, accessible: str) -> QTextBrowser:
        page = QTextBrowser(self)
        page.setObjectName(name)
        page.setAccessibleName(accessible)
        page.setOpenLinks(False)
        return page

    def clear(self, scheme: str) -> None:
        self.key.setText(key_html(scheme))
        self.draft_title.setText(self.tr("Draft"))
        self.provision_title.setText(self.tr("Precedent"))
        self.draft_page.setPlainText("")
        self.provision_page.setPlainText("")
        self.provision_page.setPlaceholderText(
            self.tr("Choose a precedent to see it beside the draft paragraph.")
        )

    def show_pair(
        self,
        draft: str,
        number: int,
        precedent: Precedent,
        text: str,
        scheme: str,
        zoom: int,
        font: PageFont = DEFAULT_FONT,
    ) -> None:
        """Draft paragraph `number` (`draft`) beside the precedent's provision `text`."""
        self.key.setText(key_html(scheme))
        left, right = pair_marks(precedent.runs, draft, text)
        self.draft_title.setText(self.tr("Draft, paragraph {0}").format(number))
        self.provision_title.setText(
            f"{strength_name(precedent.strength).capitalize()}: {precedent.citation}\n"
            f"{wording.reason(precedent)}"
        )
        self.draft_page.setHtml(marked_html(draft, left, "draft", scheme, zoom, font))
        self.provision_page.setHtml(marked_html(text, right, "provision", scheme, zoom, font))
