"""The concept x document matrix: which document mentions which concept, and how often.

Click a cell (or a column header) to pick a document, then a cell in another
column: the two open side by side, at the concept of the second click.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ictviewer.corpus.model import Corpus
from ictviewer.ui.compare.models import ConceptMatrixModel
from ictviewer.ui.plain import plain_label


class MatrixPanel(QWidget):
    pair_requested = Signal(str, str, str)  # left doc id, right doc id, concept id ("" for none)

    def __init__(self, corpus: Corpus, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conceptMatrix")
        self.model = ConceptMatrixModel(list(corpus), self)
        self.first: str = ""  # the document picked by the first click

        self.hint = plain_label(parent=self)  # names a document: its title is corpus text
        self.hint.setObjectName("panelHint")
        self.hint.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("libraryTable")
        self.table.setAccessibleName(self.tr("Concepts by document"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(True)
        horizontal = self.table.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        horizontal.setSectionsClickable(True)
        horizontal.sectionClicked.connect(lambda column: self.pick(column, ""))
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setMinimumSectionSize(60)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.clicked.connect(self._cell_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self._update_hint()

    def set_matrix(self, matrix: dict[str, dict[str, int]], concepts: list) -> None:
        self.model.set_matrix(matrix, concepts)

    def _cell_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.pick(index.column(), self.model.concept(index.row()).id)

    def pick(self, column: int, concept_id: str) -> None:
        """Pick the document of `column`: the second pick asks for the pair."""
        doc_id = self.model.document(column).id
        if self.first and self.first != doc_id:
            first, self.first = self.first, ""
            self._update_hint()
            self.pair_requested.emit(first, doc_id, concept_id)
            return
        self.first = doc_id
        self.model.set_pair(doc_id, "")
        self._update_hint()

    def cancel(self) -> None:
        self.first = ""
        self._update_hint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.first:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def _update_hint(self) -> None:
        if self.first:
            document = self.model.document(self.model.column_of(self.first))
            text = self.tr(
                "Compare “{0}” with…: click a cell or a header of another document (Esc: cancel)."
            ).format(document.short_title)
        else:
            text = self.tr(
                "Mentions of each concept in each document. Click a document’s cell or header, "
                "then another document’s: the two open side by side."
            )
        self.hint.setText(text)
