"""Go to provision… (Ctrl+G): the current document's provision labels, filtered as you type.

A citation names a provision by its label ("Preamble, para. 3", "para. 7"); a user
holding one wants that provision without scrolling the contents pane. The filter
matches every typed word anywhere in the label or section, case and accents
ignored (the core's `loose_fold`), so "pre 3" finds "Preamble, para. 3".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ictviewer.corpus.model import Document
from ictviewer.text import loose_fold

PROVISION_ROLE = Qt.ItemDataRole.UserRole + 1


class GoToProvisionDialog(QDialog):
    """Emits `chosen(provision_id)` when the user picks a provision and accepts."""

    chosen = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goToProvision")
        self.setWindowTitle(self.tr("Go to Provision — {0}").format(document.short_title))
        self.filter = QLineEdit(self)
        self.filter.setObjectName("goToFilter")
        self.filter.setPlaceholderText(self.tr("Type part of a label: pre 3, para. 7…"))
        self.filter.setAccessibleName(self.tr("Filter the provisions"))
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setObjectName("goToList")
        self.list.setAccessibleName(self.tr("Provisions"))
        self.list.itemActivated.connect(lambda _item: self.accept())
        self._keys: list[str] = []
        for provision in document.provisions:
            item = QListWidgetItem(provision.label)
            item.setData(PROVISION_ROLE, provision.id)
            item.setToolTip(provision.section)
            self.list.addItem(item)
            self._keys.append(loose_fold(f"{provision.section} {provision.label}"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(420, 480)
        self._filter("")

    def visible_labels(self) -> list[str]:
        return [
            self.list.item(row).text()
            for row in range(self.list.count())
            if not self.list.item(row).isHidden()
        ]

    def _filter(self, text: str) -> None:
        words = loose_fold(text).split()
        first = None
        for row, key in enumerate(self._keys):
            hidden = not all(word in key for word in words)
            self.list.item(row).setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)
        else:
            self.list.setCurrentRow(-1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down move in the list while the focus stays in the filter."""
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            rows = [r for r in range(self.list.count()) if not self.list.item(r).isHidden()]
            if rows:
                current = self.list.currentRow()
                position = rows.index(current) if current in rows else -1
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                self.list.setCurrentRow(rows[max(0, min(len(rows) - 1, position + step))])
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self.chosen.emit(item.data(PROVISION_ROLE))
        super().accept()
