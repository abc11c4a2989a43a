"""Qt models over the comparison core: the concept legend and the concept x document matrix.

`LegendModel` lists a `Comparison`'s concepts under three headings (shared,
most mentioned first, in the order of their hues; only left; only right),
each with its number, a swatch of its style in this comparison (see
`palette`) and counts, and a check box that switches its colour on and off.
`ConceptMatrixModel` shows `concept_matrix()`: how often each document
mentions each concept, shaded by that count in one neutral tint (across all
documents no hue could stand for one concept alone).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPixmap

from ictviewer.compare import Comparison, Concept, ConceptComparison
from ictviewer.corpus.model import Document
from ictviewer.ui.compare.palette import (
    ConceptStyle,
    coloured_order,
    concept_styles,
    neutral_style,
)
from ictviewer.ui.compare.swatch import matrix_shade, swatch
from ictviewer.ui.labels import concept_name, concept_other_name, pattern_name
from ictviewer.ui.plain import literal

CONCEPT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 2
HEADING_ROLE = Qt.ItemDataRole.UserRole + 3
SECTION_ROLE = Qt.ItemDataRole.UserRole + 4
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 5

SHARED, ONLY_LEFT, ONLY_RIGHT = "shared", "left", "right"
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    section: str
    text: str
    entry: ConceptComparison | None = None
    counts: str = ""


class LegendModel(QAbstractListModel):
    """The concepts of one comparison; unticking a concept hides its colour."""

    hidden_changed = Signal(object)  # frozenset of hidden concept ids

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._hidden: set[str] = set()
        self._scheme = "light"
        self._icons: dict[str, QPixmap] = {}
        self._comparison: Comparison | None = None
        self.styles: dict[str, ConceptStyle] = {}  # concept id -> style, for the panes too

    # -- filling -----------------------------------------------------------------------------

    def set_comparison(
        self, comparison: Comparison | None, left_title: str = "", right_title: str = ""
    ) -> None:
        """Show `comparison`'s concepts; which are hidden is the caller's (per comparison)."""
        self.beginResetModel()
        self._rows = []
        self._comparison = comparison
        self.styles = concept_styles(comparison, self._scheme)
        self._icons.clear()
        if comparison is not None:
            shared = coloured_order(comparison)
            self._add(SHARED, self.tr("Shared concepts"), shared, True)
            self._add(ONLY_LEFT, self.tr("Only in {0}").format(left_title), comparison.only_left)
            self._add(ONLY_RIGHT, self.tr("Only in {0}").format(right_title), comparison.only_right)
            known = {r.entry.concept.id for r in self._rows if r.entry is not None}
            self._hidden &= known
        self.endResetModel()

    def set_hidden(self, hidden: set[str] | frozenset[str]) -> None:
        """Which concepts are switched off (each comparison keeps its own set)."""
        self._hidden = set(hidden)
        if self._rows:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def _add(self, section: str, title: str, entries, both: bool = False) -> None:
        heading = f"{title} ({len(entries)})"
        self._rows.append(_Row(section, heading, None, self.tr("left | right") if both else ""))
        for entry in entries:
            if both:
                counts = f"{entry.count_left} | {entry.count_right}"
            else:
                counts = str(entry.count_left or entry.count_right)
            text = f"{entry.concept.code}\u2002{concept_name(entry.concept)}"
            self._rows.append(_Row(section, text, entry, counts))

    def set_scheme(self, scheme: str) -> None:
        if scheme != self._scheme:
            self._scheme = scheme
            self._icons.clear()
            self.styles = concept_styles(self._comparison, scheme)
            if self._rows:
                self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def style(self, concept_id: str) -> ConceptStyle | None:
        return self.styles.get(concept_id)

    # -- queries -----------------------------------------------------------------------------

    @property
    def hidden(self) -> frozenset[str]:
        return frozenset(self._hidden)

    def concept_ids(self, section: str | None = None) -> list[str]:
        return [
            r.entry.concept.id
            for r in self._rows
            if r.entry is not None and (section is None or r.section == section)
        ]

    def row_of(self, concept_id: str) -> int:
        for row, r in enumerate(self._rows):
            if r.entry is not None and r.entry.concept.id == concept_id:
                return row
        return -1

    def entry(self, row: int) -> ConceptComparison | None:
        return self._rows[row].entry if 0 <= row < len(self._rows) else None

    def set_visible(self, concept_id: str, visible: bool) -> None:
        row = self.row_of(concept_id)
        if row >= 0:
            state = Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked
            self.setData(self.index(row), state, Qt.ItemDataRole.CheckStateRole)

    # -- model -------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].entry is None:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        entry = row.entry
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == COUNTS_ROLE:
            return row.counts
        if role == HEADING_ROLE:
            return entry is None
        if role == SECTION_ROLE:
            return row.section
        if entry is None:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return row.text
            return None
        concept = entry.concept
        if role == CONCEPT_ID_ROLE:
            return concept.id
        if role == Qt.ItemDataRole.CheckStateRole:
            hidden = concept.id in self._hidden
            return Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(concept.id)
            if icon is None:
                look = self.styles.get(concept.id) or neutral_style(concept.pattern, self._scheme)
                icon = self._icons[concept.id] = swatch(look, self._scheme)
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(self._tooltip(row))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{0}, number {1}, {2} mentions left, {3} right").format(
                concept_name(concept), concept.code, entry.count_left, entry.count_right
            )
        return None

    def _tooltip(self, row: _Row) -> str:
        entry = row.entry
        assert entry is not None
        concept = entry.concept
        lines = [f"{concept.code} · {concept_name(concept)}"]
        if other := concept_other_name(concept):
            lines.append(other)
        lines.append(self.tr("Underline: {0}").format(pattern_name(concept.pattern)))
        look = self.styles.get(concept.id)
        if look is not None and not look.coloured:
            if row.section == SHARED:
                lines.append(self.tr("Grey: only the most mentioned shared concepts get a colour"))
            else:
                lines.append(self.tr("Grey: only in one text (colour is for shared concepts)"))
        if entry.left:
            lines.append(self.tr("Left: {0}").format(", ".join(o.provision_id for o in entry.left)))
        if entry.right:
            where = ", ".join(o.provision_id for o in entry.right)
            lines.append(self.tr("Right: {0}").format(where))
        lines.append(self.tr("Click: next occurrence on both sides · untick: hide its colour"))
        return "\n".join(lines)

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        entry = self._rows[index.row()].entry
        if entry is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked:
            self._hidden.discard(entry.concept.id)
        else:
            self._hidden.add(entry.concept.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.hidden_changed.emit(self.hidden)
        return True


class ConceptMatrixModel(QAbstractTableModel):
    """Rows: concepts that some document mentions; columns: documents; cells: mentions."""

    def __init__(self, documents: list[Document], parent=None) -> None:
        super().__init__(parent)
        self._documents = list(documents)
        self._concepts: list[Concept] = []
        self._counts: dict[str, dict[str, int]] = {}
        self._scheme = "light"
        self._pair: tuple[str, str] = ("", "")

    def set_matrix(self, matrix: dict[str, dict[str, int]], concepts: list[Concept]) -> None:
        """`matrix` from `concept_matrix`; `concepts` in legend order (those shown as rows)."""
        self.beginResetModel()
        self._counts = matrix
        mentioned = {cid for counts in matrix.values() for cid, n in counts.items() if n}
        self._concepts = [c for c in concepts if c.id in mentioned]
        self.endResetModel()

    def set_scheme(self, scheme: str) -> None:
        if scheme != self._scheme:
            self._scheme = scheme
            self._refresh()

    def set_pair(self, left: str, right: str) -> None:
        self._pair = (left, right)
        if self._documents:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._documents) - 1)

    def _refresh(self) -> None:
        if self._concepts and self._documents:
            last = self.index(len(self._concepts) - 1, len(self._documents) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def document(self, column: int) -> Document:
        return self._documents[column]

    def column_of(self, doc_id: str) -> int:
        for column, document in enumerate(self._documents):
            if document.id == doc_id:
                return column
        return -1

    def row_of(self, concept_id: str) -> int:
        for row, concept in enumerate(self._concepts):
            if concept.id == concept_id:
                return row
        return -1

    def concept(self, row: int) -> Concept:
        return self._concepts[row]

    def count(self, row: int, column: int) -> int:
        return self._counts.get(self._documents[column].id, {}).get(self._concepts[row].id, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._concepts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._documents)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        concept, document = self._concepts[index.row()], self._documents[index.column()]
        n = self.count(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(n) if n else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == CONCEPT_ID_ROLE:
            return concept.id
        if role == DOC_ID_ROLE:
            return document.id
        if role == Qt.ItemDataRole.BackgroundRole and n:
            return QColor(matrix_shade(n, self._scheme)[1])
        if role == Qt.ItemDataRole.ForegroundRole and n:
            return QColor(matrix_shade(n, self._scheme)[0])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if not n:
                name = concept_name(concept)
                text = self.tr("{0}: not in {1}").format(name, document.short_title)
            else:
                text = self.tr("{0}: {1} mention(s) in {2}").format(
                    concept_name(concept), n, document.short_title
                )
            return literal(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._documents):
                return None
            document = self._documents[section]
            side = {self._pair[0]: self.tr("(left)"), self._pair[1]: self.tr("(right)")}.get(
                document.id, ""
            )
            if role == Qt.ItemDataRole.DisplayRole:
                return _lines(document.short_title) + (f"\n{side}" if side else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return literal(f"{document.title}\n{document.id}")
            if role == Qt.ItemDataRole.FontRole and side:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if not 0 <= section < len(self._concepts):
            return None
        concept = self._concepts[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{concept.code}\u2002{concept_name(concept)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(f"{concept_name(concept)}\n{concept_other_name(concept)}".strip())
        return None


def _lines(title: str, width: int = 18) -> str:
    """A column title broken into lines of about `width` characters, so six columns fit."""
    lines: list[str] = []
    for word in title.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)
