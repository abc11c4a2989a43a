"""The Selection panel: the provisions a delegate collected, grouped by document.

It lives in the `SelectionDock`. It is given the `SelectionController` and
listens to it; everything it changes goes through the controller, which saves.
Like every panel it only emits "...requested" signals with plain ids for the
window to connect (`open_provision_requested`, `open_document_requested`).
Its actions, and the rows of buttons made from them, are its mixin's, `commands.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ictviewer.selection import Ref
from ictviewer.ui.jobs import Ticket
from ictviewer.ui.selection.commands import SelectionCommands
from ictviewer.ui.selection.controller import SelectionController
from ictviewer.ui.selection.files import load_selection_dialog, save_selection_dialog
from ictviewer.ui.selection.model import REF_ROLE, SelectionModel
from ictviewer.ui.selection.preview import OptionsBar, PreviewDialog
from ictviewer.ui.selection.print import PrintService
from ictviewer.ui.selection.tree import SelectionTree


class SelectionPanel(SelectionCommands, QWidget):
    open_provision_requested = Signal(str, str)  # doc id, provision id
    open_document_requested = Signal(str)  # a document whose selected provision has vanished
    status_message = Signal(str)

    def __init__(self, controller: SelectionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionPanel")
        self.controller = controller
        self.printing = PrintService(controller.corpus, self)
        self.printing.status_message.connect(self.status_message)
        self.model = SelectionModel(controller, self)

        self.count = QLabel(self)
        self.count.setObjectName("selectionCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAccessibleName(self.tr("Number of selected provisions"))
        self.count.setWordWrap(True)

        self.notice = QLabel(self)
        self.notice.setObjectName("selectionNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_frame = QFrame(self)
        self.notice_frame.setObjectName("selectionNoticeFrame")
        self.notice_frame.setFrameShape(QFrame.Shape.StyledPanel)
        dismiss = QToolButton(self.notice_frame)
        dismiss.setText("×")
        dismiss.setAutoRaise(True)
        dismiss.setToolTip(self.tr("Dismiss"))
        dismiss.setAccessibleName(self.tr("Dismiss the message"))
        dismiss.clicked.connect(self.notice_frame.hide)
        row = QHBoxLayout(self.notice_frame)
        row.setContentsMargins(8, 4, 2, 4)
        row.addWidget(self.notice, 1)
        row.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.notice_frame.hide()

        self.tree = SelectionTree(self.model, self)
        self.tree.setObjectName("selectionList")
        self.tree.setAccessibleName(self.tr("Selected provisions"))
        self.tree.placeholder = self.tr(
            "Nothing selected yet.\nTick provisions in a document, or add them from the "
            "search results; they are kept here, in order, for printing."
        )
        self.tree.activated.connect(self._activated)
        self.tree.remove_requested.connect(self.remove_selected)
        self.tree.shift_requested.connect(self.shift_selected)

        self._make_actions()
        self.title = QLineEdit(self)
        self.title.setObjectName("packTitle")
        self.title.setClearButtonEnabled(True)
        self.title.setPlaceholderText(self.tr("Selected provisions"))
        self.title.setAccessibleName(self.tr("Title of the printed pack"))
        self.title.setToolTip(self.tr("The title printed at the top of the pack"))
        self.title.textChanged.connect(lambda text: self.printing.set_option(title=text.strip()))
        self.options = OptionsBar(self.printing, self, compact=True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        header = QHBoxLayout()
        header.addWidget(self.count, 1)
        self.sort_button = self._tool(self.sort_action)
        header.addWidget(self.sort_button, 0)
        layout.addLayout(header)
        layout.addWidget(self.notice_frame)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self._edit_row())
        title_row = QHBoxLayout()
        title_label = QLabel(self.tr("&Title:"), self)
        title_label.setBuddy(self.title)
        title_row.addWidget(title_label)
        title_row.addWidget(self.title, 1)
        layout.addLayout(title_row)
        layout.addWidget(self.options)
        layout.addLayout(self._print_row())
        self.setFocusProxy(self.tree)

        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        controller.changed.connect(self._update)
        controller.notice_posted.connect(self.show_notice)
        self._update()
        if controller.notice:
            self.show_notice(controller.notice)

    # -- state -------------------------------------------------------------------------------

    def _update(self) -> None:
        count = len(self.controller)
        documents = len(self.controller.document_ids())
        if count == 0:
            text = self.tr("No provisions selected")
        elif count == 1:
            text = self.tr("1 provision from 1 document")
        elif documents == 1:
            text = self.tr("{0} provisions from 1 document").format(count)
        else:
            text = self.tr("{0} provisions from {1} documents").format(count, documents)
        missing = len(self.controller.missing())
        if missing == 1:
            text += " · " + self.tr("1 no longer in the corpus")
        elif missing:
            text += " · " + self.tr("{0} no longer in the corpus").format(missing)
        self.count.setText(text)
        printable = count > missing
        for action in (self.preview_action, self.print_action, self.export_action):
            action.setEnabled(printable)
        for button in (self.preview_button, self.print_button, self.export_button):
            button.setEnabled(printable)
        self.save_action.setEnabled(count > 0)
        self.clear_action.setEnabled(count > 0)
        self.sort_action.setEnabled(count > 1 and self.controller.custom_order)
        self.sort_action.setVisible(self.controller.custom_order)
        self.sort_button.setVisible(self.controller.custom_order)
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        chosen = bool(self.tree.selectionModel().selectedIndexes())
        for action in (self.remove_action, self.up_action, self.down_action):
            action.setEnabled(chosen)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice_frame.setVisible(bool(text))

    def chosen_refs(self) -> list[Ref]:
        """The provisions highlighted in the list (a document row stands for all of its own)."""
        refs: list[Ref] = []
        for index in self.tree.selectionModel().selectedRows():
            doc_id, provision_id = index.data(REF_ROLE)
            if provision_id:
                refs.append((doc_id, provision_id))
            else:
                group = self.model.group(index)
                refs.extend(item.ref for item in group.items)
        return list(dict.fromkeys(refs))

    # -- commands ----------------------------------------------------------------------------

    def remove_selected(self) -> int:
        refs = self.chosen_refs()
        if not refs:
            return 0
        first = min(self.controller.refs().index(ref) for ref in refs)
        removed = self.controller.remove(refs)
        # Keep the keyboard where it was: on the item that took the removed one's place.
        remaining = self.controller.refs()
        if remaining:
            index = self.model.index_of(remaining[min(first, len(remaining) - 1)])
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.status_message.emit(self.tr("Removed {0} from the selection").format(removed))
        return removed

    def shift_selected(self, step: int) -> bool:
        """Move the highlighted provisions (or a highlighted document's group) up or down."""
        rows = self.tree.selectionModel().selectedRows()
        if not rows:
            return False
        provisions = [ref for i in rows if (ref := i.data(REF_ROLE))[1]]
        if provisions:
            return self.controller.shift(provisions, step)
        return self.controller.shift_document(rows[0].data(REF_ROLE)[0], step)

    def clear(self) -> None:
        count = len(self.controller)
        if count > 1:
            answer = QMessageBox.question(
                self,
                self.tr("Clear the selection"),
                self.tr("Deselect all {0} provisions?").format(count),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.controller.clear()

    def save_as(self) -> str:
        """Ask for a file name and save the selection there to share; returns the path."""
        path = save_selection_dialog(self.controller, self, self.printing.folders)
        if path:
            self.status_message.emit(self.tr("Selection saved to {0}").format(path))
        return path

    def load_from(self) -> int:
        """Ask for a selection file and load it (replacing or adding); returns how many
        provisions it added."""
        loaded = load_selection_dialog(self.controller, self, self.printing.folders)
        if loaded is None:
            return 0
        path, added = loaded
        text = self.tr("Loaded {0} provision(s) from {1}").format(len(self.controller), path)
        missing = len(self.controller.missing())
        if missing:
            text += " · " + self.tr("{0} no longer in the corpus").format(missing)
        self.status_message.emit(text)
        return added

    # -- printing ----------------------------------------------------------------------------

    def set_highlight_terms(self, terms) -> None:
        """The current search terms, offered as "Highlight search terms" when printing."""
        self.printing.set_highlight_terms(terms)

    def print_preview(
        self, refs: list[Ref] | None = None, title: str | None = None
    ) -> PreviewDialog | None:
        """Preview `refs` (default: the selection) with the panel's print options."""
        refs = self.controller.refs() if refs is None else refs
        return self.printing.print_preview(refs, title, self.window())

    def print_selection(
        self, refs: list[Ref] | None = None, title: str | None = None
    ) -> Ticket | None:
        refs = self.controller.refs() if refs is None else refs
        return self.printing.print_(refs, title, parent=self.window())

    def export_pdf(self, refs: list[Ref] | None = None, title: str | None = None) -> Ticket | None:
        refs = self.controller.refs() if refs is None else refs
        return self.printing.export_pdf(refs, title, parent=self.window())

    def shutdown(self) -> None:
        """Cancel and wait for a running export (call when the window closes)."""
        self.printing.shutdown()

    # -- slots -------------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item(index)
        if item is None:
            return  # a document row: Enter or a double click folds it
        if item.provision is not None:
            self.open_provision_requested.emit(item.doc_id, item.provision_id)
        elif item.document is not None:
            self.open_document_requested.emit(item.doc_id)
            self.status_message.emit(item.problem)
        else:
            self.status_message.emit(item.problem)
