"""The review of an import before it is saved, and of a saved document's details.

An import guesses the title, the date, the organisation and where each
provision begins; the user sees every guess here, with the warnings that
name them, and corrects them before anything is written. The edits are the
core's (`importing.relabel`, `merge_with_next`, `split`, `Draft.with_changes`):
this dialog only shows them, so what it saves is checked exactly like an
import from the command line.

The same dialog edits a saved document's details (Edit Details…), with the
provision structure fixed: a saved document's provision ids may be cited by a
saved selection, so only labels change there.

Every text here comes from a file: it is shown in plain-text widgets
(`QLineEdit`, `QPlainTextEdit`, table items) or through `ui.plain`, never as
rich text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ictviewer.corpus.model import LANGUAGE_NAMES
from ictviewer.corpus.validate import KINDS
from ictviewer.importing import PRECISIONS, ImportRefused, merge_with_next, relabel, split
from ictviewer.ui.labels import kind_name, language_name
from ictviewer.ui.plain import plain_label

#: What the dialog calls on Save with the changed fields and the provisions; it raises
#: ImportRefused to keep the dialog open with the message.
Check = Callable[[dict[str, str], list[dict]], None]
_FIRST_WORDS = 12


class ImportReview(QDialog):
    """Editable metadata, the provisions with their labels, and the warnings; Save or Cancel."""

    provisions_changed = Signal()

    def __init__(
        self,
        details: dict[str, str],
        provisions: list[dict],
        warnings: list[str] | tuple[str, ...] = (),
        *,
        title: str = "",
        notice: str = "",
        structure_editable: bool = True,
        check: Check | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importReview")
        self.setWindowTitle(title or self.tr("Review the Document"))
        self._provisions = [dict(p) for p in provisions]
        self._structure_editable = structure_editable
        self._check = check
        self._filling = False

        self.title_edit = QLineEdit(details["title"], self)
        self.short_title_edit = QLineEdit(details["short_title"], self)
        self.organisation_edit = QLineEdit(details["organisation"], self)
        self.kind_combo = QComboBox(self)
        for kind in KINDS:
            self.kind_combo.addItem(kind_name(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(details["kind"])))
        self.date_edit = QLineEdit(details["date"], self)
        self.date_edit.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.precision_combo = QComboBox(self)
        names = {"day": self.tr("to the day"), "month": self.tr("to the month"),
                 "year": self.tr("to the year")}  # fmt: skip
        for precision in PRECISIONS:
            self.precision_combo.addItem(names[precision], precision)
        self.precision_combo.setCurrentIndex(
            max(0, self.precision_combo.findData(details["date_precision"]))
        )
        if details["date_precision"] not in PRECISIONS:  # a range: not editable here
            self.date_edit.setEnabled(False)
            self.precision_combo.setEnabled(False)
        self.place_edit = QLineEdit(details["place"], self)
        self.language_combo = QComboBox(self)
        for code in LANGUAGE_NAMES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(details["language"]))
        )
        self._initial = self.details()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit, 1)
        date_row.addWidget(self.precision_combo)
        for text, field, buddy in (
            (self.tr("&Title:"), self.title_edit, self.title_edit),
            (self.tr("S&hort title:"), self.short_title_edit, self.short_title_edit),
            (self.tr("&Organisation:"), self.organisation_edit, self.organisation_edit),
            (self.tr("&Kind:"), self.kind_combo, self.kind_combo),
            (self.tr("&Date:"), date_row, self.date_edit),
            (self.tr("&Place:"), self.place_edit, self.place_edit),
            (self.tr("&Language:"), self.language_combo, self.language_combo),
        ):
            label = QLabel(text, self)  # our own text, with its mnemonic: not file text
            label.setBuddy(buddy)
            form.addRow(label, field)
        for edit in (self.title_edit, self.short_title_edit, self.organisation_edit,
                     self.place_edit):  # fmt: skip
            edit.setCursorPosition(0)  # show a long title's beginning, not its end
        self.precision_combo.setAccessibleName(self.tr("Date precision"))

        self.warnings_view = QPlainTextEdit(self)
        self.warnings_view.setObjectName("importWarnings")
        self.warnings_view.setReadOnly(True)
        self.warnings_view.setAccessibleName(self.tr("What was guessed"))
        self.warnings_view.setPlainText("\n".join(f"• {w}" for w in warnings))

        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("importProvisions")
        self.table.setAccessibleName(self.tr("Provisions"))
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Beginning")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 180)
        self.table.itemChanged.connect(self._label_edited)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())

        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("importProvisionText")
        self.text_view.setAccessibleName(self.tr("Text of the selected provision"))
        self.text_view.setReadOnly(True)
        # read-only, but with a cursor the keyboard moves: it marks where to split
        self.text_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.merge_button = QPushButton(self.tr("&Merge with Next"), self)
        self.merge_button.setToolTip(self.tr("Join this provision and the one after it"))
        self.split_button = QPushButton(self.tr("&Split at Cursor"), self)
        self.split_button.setToolTip(
            self.tr("Cut this provision in two where the cursor is in its text")
        )
        self.merge_button.clicked.connect(self.merge_current)
        self.split_button.clicked.connect(self.split_current)
        self.merge_button.setVisible(structure_editable)
        self.split_button.setVisible(structure_editable)
        relabel_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self.text_view)
        relabel_key.activated.connect(self.edit_current_label)

        text_side = QWidget(self)
        text_layout = QVBoxLayout(text_side)
        text_layout.setContentsMargins(0, 0, 0, 0)
        heading = self.tr("Its text (click where to split):") if structure_editable else ""
        text_layout.addWidget(plain_label(heading or self.tr("Its text:"), self))
        text_layout.addWidget(self.text_view, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.merge_button)
        buttons_row.addWidget(self.split_button)
        buttons_row.addStretch(1)
        text_layout.addLayout(buttons_row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(text_side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.notice = plain_label(notice, self)
        self.notice.setObjectName("importNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        bold = self.notice.font()
        bold.setBold(True)
        self.notice.setFont(bold)
        self.error = plain_label("", self)
        self.error.setObjectName("importError")
        self.error.setWordWrap(True)
        self.error.setFont(bold)
        self.error.hide()
        self.provision_count = plain_label("", self)
        self.provision_count.setObjectName("panelHint")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addLayout(form, 3)
        warnings_box = QVBoxLayout()
        self.warnings_heading = plain_label(self.tr("What was guessed:"), self)
        warnings_box.addWidget(self.warnings_heading)
        warnings_box.addWidget(self.warnings_view, 1)
        self.warnings_view.setMinimumHeight(0)
        self.warnings_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        top.addLayout(warnings_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        provisions_heading = QHBoxLayout()
        hint = self.tr("Provisions (double-click or F2 to relabel):")
        provisions_heading.addWidget(plain_label(hint, self))
        provisions_heading.addStretch(1)
        provisions_heading.addWidget(self.provision_count)
        layout.addLayout(provisions_heading)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fill()
        if self.table.rowCount():
            self.table.setCurrentCell(0, 0)
        self.resize(940, 680)

    # -- what the dialog holds ---------------------------------------------------------------

    def details(self) -> dict[str, str]:
        """The form's values, keyed like `importing.DETAILS`."""
        return {
            "title": self.title_edit.text(),
            "short_title": self.short_title_edit.text(),
            "organisation": self.organisation_edit.text(),
            "kind": self.kind_combo.currentData(),
            "date": self.date_edit.text(),
            "date_precision": self.precision_combo.currentData(),
            "place": self.place_edit.text(),
            "language": self.language_combo.currentData(),
        }

    def changed_details(self) -> dict[str, str]:
        """Only the fields the user changed (a form field never rewrites what it only showed)."""
        return {k: v for k, v in self.details().items() if v != self._initial[k]}

    def provisions(self) -> list[dict]:
        return [dict(p) for p in self._provisions]

    def labels(self) -> dict[str, str]:
        """Provision id → label, for Edit Details… (ids never change there)."""
        return {p["id"]: p["label"] for p in self._provisions}

    def current_row(self) -> int:
        return self.table.currentRow()

    # -- editing -----------------------------------------------------------------------------

    def edit_current_label(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.table.setFocus()
            self.table.editItem(self.table.item(row, 0))

    def merge_current(self) -> None:
        row = self.current_row()
        self._apply(lambda p: merge_with_next(p, row), row)

    def split_current(self) -> None:
        row = self.current_row()
        at = self.text_view.textCursor().position()
        self._apply(lambda p: split(p, row, at), row + 1)

    def relabel_row(self, row: int, label: str) -> None:
        keep = not self._structure_editable
        self._apply(lambda p: relabel(p, row, label, keep_id=keep), row)

    def _apply(self, edit: Callable[[list[dict]], list[dict]], row: int) -> None:
        if row < 0:
            return
        try:
            self._provisions = edit(self._provisions)
        except ImportRefused as refusal:
            self._show_error(str(refusal))
            self._fill()
            return
        self._show_error("")
        self._fill()
        self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self.provisions_changed.emit()

    def _label_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        if item.text() != self._provisions[item.row()]["label"]:
            self.relabel_row(item.row(), item.text())

    def _double_clicked(self, row: int, column: int) -> None:
        if column == 1:  # the beginning is not editable: a double click there relabels too
            self.table.editItem(self.table.item(row, 0))

    def accept(self) -> None:
        """Save: the check (the core's validation) may refuse, and the dialog then stays open."""
        if self._check is not None:
            try:
                self._check(self.changed_details(), self.provisions())
            except ImportRefused as refusal:
                self._show_error(str(refusal))
                return
        super().accept()

    # -- display -----------------------------------------------------------------------------

    def _fill(self) -> None:
        self._filling = True
        self.table.setRowCount(len(self._provisions))
        for row, provision in enumerate(self._provisions):
            label = QTableWidgetItem(provision["label"])
            label.setData(Qt.ItemDataRole.UserRole, provision["id"])
            words = provision["text"].split()
            beginning = " ".join(words[:_FIRST_WORDS]) + (" …" if len(words) > _FIRST_WORDS else "")
            first = QTableWidgetItem(beginning)
            first.setFlags(first.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, label)
            self.table.setItem(row, 1, first)
        self._filling = False
        count = len(self._provisions)
        self.provision_count.setText(
            self.tr("1 provision") if count == 1 else self.tr("{0} provisions").format(count)
        )
        self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        valid = 0 <= row < len(self._provisions)
        self.text_view.setPlainText(self._provisions[row]["text"] if valid else "")
        self.merge_button.setEnabled(valid and row < len(self._provisions) - 1)
        self.split_button.setEnabled(valid)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
