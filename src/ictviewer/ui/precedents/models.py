"""The results tree: each draft paragraph, then its precedents, as a Qt item model.

A plain `QStandardItemModel` filled from the core's frozen `ParagraphPrecedents`
(one model per result type, as elsewhere in the window): a paragraph row spans the
columns with its number and summary; a precedent row gives its strength as a badge
(the strength's colour behind the word, so verbatim stands out when scanning), its
citation, organisation, date and the share of the draft it covers. Every item text
is plain text in Qt; tooltips that carry corpus or draft text go through `literal()`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from ictviewer.corpus.model import FuzzyDate
from ictviewer.precedents import CLOSE, RELATED, VERBATIM, ParagraphPrecedents, Precedent
from ictviewer.ui.i18n import translate
from ictviewer.ui.labels import interface_short_date
from ictviewer.ui.plain import literal
from ictviewer.ui.precedents import wording

#: The (paragraph number, precedent number) of a precedent row; a paragraph row has (n, -1).
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
STRENGTH, CITATION, ORGANISATION, DATE, SHARE = range(5)

# Badge colours: (light background, dark background); the text is the theme's.
BADGES = {
    VERBATIM: ("#9fd8b4", "#1f5a37"),
    CLOSE: ("#f3dd8a", "#5c4c12"),
    RELATED: ("#dde1e6", "#3b424c"),
}


def strength_name(strength: str) -> str:
    return {
        VERBATIM: translate("PrecedentsView", "verbatim"),
        CLOSE: translate("PrecedentsView", "close"),
        RELATED: translate("PrecedentsView", "related"),
    }.get(strength, strength)


def _shown_date(iso: str) -> str:
    """A precedent's date as the library lists dates ("13 Oct 2022", "13 окт. 2022 г.")."""
    try:
        return interface_short_date(FuzzyDate.parse(iso))
    except ValueError:  # a range or an odd date: as the core gives it
        return iso


def preview(text: str, words: int = 9) -> str:
    """The first words of a paragraph, to name it in a row."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


class ResultsModel(QStandardItemModel):
    """Paragraphs and their precedents; `precedent(index)` answers for a row."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, 5, parent)
        self.results: tuple[ParagraphPrecedents, ...] = ()
        self.scheme = "light"
        self.setHorizontalHeaderLabels(
            [
                translate("PrecedentsView", "Strength"),
                translate("PrecedentsView", "Precedent"),
                translate("PrecedentsView", "Organisation"),
                translate("PrecedentsView", "Date"),
                translate("PrecedentsView", "Shared"),
            ]
        )

    def set_results(self, results: Sequence[ParagraphPrecedents], scheme: str = "") -> None:
        self.scheme = scheme or self.scheme
        self.results = tuple(results)
        self.removeRows(0, self.rowCount())
        bold = QFont()
        bold.setBold(True)
        for number, paragraph in enumerate(self.results):
            head = QStandardItem(
                translate("PrecedentsView", "¶{0}  {1}").format(
                    number + 1, wording.summary(paragraph)
                )
            )
            head.setData((number, -1), KEY_ROLE)
            head.setToolTip(literal(paragraph.text))
            head.setEditable(False)
            if paragraph.has_agreed_language:
                head.setFont(bold)
            row = [head] + [self._blank() for _ in range(4)]
            for index, precedent in enumerate(paragraph.precedents):
                head.appendRow(self._precedent_row(number, index, precedent))
            self.appendRow(row)

    def _blank(self) -> QStandardItem:
        item = QStandardItem()
        item.setEditable(False)
        return item

    def _precedent_row(self, number: int, index: int, p: Precedent) -> list[QStandardItem]:
        badge = QStandardItem(strength_name(p.strength))
        light, dark = BADGES.get(p.strength, BADGES[RELATED])
        badge.setBackground(QBrush(QColor(dark if self.scheme == "dark" else light)))
        badge.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setToolTip(literal(wording.reason(p)))
        cells = [
            badge,
            QStandardItem(p.citation),
            QStandardItem(p.organisation),
            QStandardItem(_shown_date(p.date)),
            QStandardItem(f"{round(p.score * 100)}%"),
        ]
        cells[CITATION].setToolTip(literal(p.citation))
        cells[SHARE].setToolTip(literal(wording.reason(p)))
        cells[SHARE].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for cell in cells:
            cell.setEditable(False)
            cell.setData((number, index), KEY_ROLE)
        return cells

    def key(self, index: QModelIndex) -> tuple[int, int] | None:
        key = index.data(KEY_ROLE) if index.isValid() else None
        return tuple(key) if key is not None else None

    def precedent(self, index: QModelIndex) -> tuple[ParagraphPrecedents, Precedent] | None:
        """The paragraph and precedent of a precedent row; None for a paragraph row."""
        key = self.key(index)
        if key is None or key[1] < 0:
            return None
        paragraph = self.results[key[0]]
        return paragraph, paragraph.precedents[key[1]]

    def index_of(self, number: int, index: int) -> QModelIndex:
        """The first cell of precedent `index` of paragraph `number` (invalid if none)."""
        if not 0 <= number < self.rowCount():
            return QModelIndex()
        head = self.item(number, 0)
        if index < 0:
            return head.index()
        child = head.child(index, 0) if index < head.rowCount() else None
        return child.index() if child is not None else QModelIndex()
