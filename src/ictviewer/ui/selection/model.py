"""The selection as a two-level tree: documents, and under each its selected provisions.

The model reads a `SelectionController` and is rebuilt whenever it changes (a
selection holds tens of items, not thousands). Provisions can be dragged
within their document's group; a drop performs the move through the
controller and reports "not dropped" to the view, so the view never deletes
the dragged rows itself (the reset after the move already shows them in place).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ictviewer.corpus.model import Document
from ictviewer.export.citation import cite
from ictviewer.selection import Ref, ResolvedRef
from ictviewer.ui import theme
from ictviewer.ui.labels import interface_date, interface_short_date
from ictviewer.ui.plain import escape, literal

REF_ROLE = Qt.ItemDataRole.UserRole + 1  # (doc_id, provision_id); (doc_id, "") for a document
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2  # True when the corpus no longer has it
MIME_TYPE = "application/x-ictviewer-selection"
TOP = 0  # internal id of document rows; provision rows carry their group's index + 1
SNIPPET = 240  # characters of a provision's text shown in its row

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Group:
    doc_id: str
    document: Document | None
    items: tuple[ResolvedRef, ...]

    @property
    def missing(self) -> int:
        return sum(1 for item in self.items if item.missing)


class SelectionModel(QAbstractItemModel):
    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._groups: list[Group] = []
        self._warning: QIcon | None = None
        self._load()
        controller.changed.connect(self.refresh)

    # -- contents --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _load(self) -> None:
        self._groups = [
            Group(doc_id, self.controller.corpus.get(doc_id), tuple(items))
            for doc_id, items in self.controller.groups()
        ]

    @property
    def groups(self) -> list[Group]:
        return list(self._groups)

    def group_row(self, doc_id: str) -> int:
        return next((i for i, g in enumerate(self._groups) if g.doc_id == doc_id), -1)

    def index_of(self, ref: Ref) -> QModelIndex:
        """The row of a provision (or, with an empty provision id, of a document)."""
        row = self.group_row(ref[0])
        if row < 0:
            return QModelIndex()
        parent = self.index(row, 0)
        if not ref[1]:
            return parent
        for child, item in enumerate(self._groups[row].items):
            if item.provision_id == ref[1]:
                return self.index(child, 0, parent)
        return QModelIndex()

    def item(self, index: _Index) -> ResolvedRef | None:
        """The provision at a child row (None for a document row)."""
        if not index.isValid() or index.internalId() == TOP:
            return None
        return self._groups[index.internalId() - 1].items[index.row()]

    def group(self, index: _Index) -> Group | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == TOP else index.internalId() - 1
        return self._groups[row]

    # -- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, TOP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != TOP or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()].items):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, TOP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == TOP:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.item(index)
        if item is None:
            return self._group_data(self._groups[index.row()], role)
        return self._item_data(item, role)

    def _group_data(self, group: Group, role: int):
        document = group.document
        if role == REF_ROLE:
            return (group.doc_id, "")
        if role == MISSING_ROLE:
            return document is None
        if role == Qt.ItemDataRole.DisplayRole:
            if document is None:
                return group.doc_id
            return f"{document.short_title} · {interface_short_date(document.date)}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and document is None:
            return self._warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            if document is None:
                return literal(self.tr("“{0}” is no longer in the corpus").format(group.doc_id))
            return literal(
                f"{document.title}\n{document.organisation}, {interface_date(document.date)}"
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            count = len(group.items)
            name = document.short_title if document is not None else group.doc_id
            text = self.tr("{0}, 1 provision") if count == 1 else self.tr("{0}, {1} provisions")
            text = text.format(name, count)
            if document is None:
                text += ", " + self.tr("no longer in the corpus")
            return text
        return None

    def _item_data(self, item: ResolvedRef, role: int):
        if role == REF_ROLE:
            return item.ref
        if role == MISSING_ROLE:
            return item.missing
        provision = item.provision
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # Two lines in the list (label, then the start of the text); one for screen readers.
            glue = "\n" if role == Qt.ItemDataRole.DisplayRole else " — "
            if provision is None:
                gone = self.tr("no longer in the corpus")
                return f"{item.provision_id}{glue}{gone}"
            return f"{provision.label}{glue}{_snippet(provision.text)}"
        if role == Qt.ItemDataRole.DecorationRole and provision is None:
            return self._warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            if provision is None:
                return literal(self.tr("No longer in the corpus: {0}").format(item.problem))
            citation = cite(item.document, provision)
            return f"<p><b>{escape(citation)}</b></p><p>{escape(_snippet(provision.text, 600))}</p>"
        if role == Qt.ItemDataRole.FontRole and provision is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and provision is None:
            return QColor(theme.reader_colours(theme.current_scheme()).draft)
        return None

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            style = QApplication.style()
            self._warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning

    # -- drag and drop ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        refs = [list(item.ref) for index in indexes if (item := self.item(index)) is not None]
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(json.dumps(refs).encode("utf-8")))
        return mime

    def _dragged(self, data: QMimeData) -> list[Ref]:
        if data is None or not data.hasFormat(MIME_TYPE):
            return []
        try:
            raw = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
            refs = [(str(doc_id), str(pid)) for doc_id, pid in raw]
        except (ValueError, TypeError):
            return []
        selected = set(self.controller.refs())
        return [ref for ref in refs if ref in selected]

    def _target_group(self, refs: list[Ref], parent: _Index) -> Group | None:
        """The group a drop lands in, when every dragged item belongs to it."""
        if not refs or not parent.isValid() or parent.internalId() != TOP:
            return None
        group = self._groups[parent.row()]
        return group if all(ref[0] == group.doc_id for ref in refs) else None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        if action != Qt.DropAction.MoveAction:
            return False
        return self._target_group(self._dragged(data), parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Move the dragged provisions to `row` of their own group.

        Returns False on purpose: the move is done, and a True would make the
        view remove the dragged rows as if they had been copied elsewhere.
        """
        refs = self._dragged(data)
        group = self._target_group(refs, parent)
        if action != Qt.DropAction.MoveAction or group is None:
            return False
        members = [item.ref for item in group.items]
        row = len(members) if row < 0 else min(row, len(members))
        before = next((ref for ref in members[row:] if ref not in refs), None)
        kept = [ref for ref in members if ref not in refs]
        at = kept.index(before) if before is not None else len(kept)
        moved = kept[:at] + [ref for ref in members if ref in refs] + kept[at:]
        if moved != members:
            items = self.controller.refs()
            start = items.index(members[0])
            items[start : start + len(members)] = moved
            self.controller.reorder(items)
        return False


def _snippet(text: str, limit: int = SNIPPET) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
