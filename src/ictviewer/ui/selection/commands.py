"""The Selection panel's commands: its actions, and the rows of buttons made from them.

A mixin of `SelectionPanel`, kept apart from `panel.py` (which shows the
selection and carries the commands out) so that neither grows past ~400 lines
(#11). Each command is one `QAction`, offered three ways: as a button here, in the
panel's Selection menu and in the window's File menu (`menu_actions`). Its
strings keep the translation context "SelectionPanel".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QSizePolicy, QToolButton

from ictviewer.ui.i18n import translate


class SelectionCommands:
    """`SelectionPanel`'s actions, tool buttons and print buttons."""

    def _make_actions(self) -> None:
        def action(text: str, tip: str, slot) -> QAction:
            made = QAction(text, self)
            made.setToolTip(tip)
            made.setStatusTip(tip)
            made.triggered.connect(slot)
            return made

        self.preview_action = action(
            translate("SelectionPanel", "Print Pre&view…"),
            translate("SelectionPanel", "Preview the printed pack"),
            lambda: self.print_preview(),
        )
        self.print_action = action(
            translate("SelectionPanel", "&Print…"),
            translate("SelectionPanel", "Print the selected provisions"),
            lambda: self.print_selection(),
        )
        self.export_action = action(
            translate("SelectionPanel", "&Export PDF…"),
            translate("SelectionPanel", "Save the selected provisions as a PDF"),
            lambda: self.export_pdf(),
        )
        self.save_action = action(
            translate("SelectionPanel", "&Save Selection…"),
            translate("SelectionPanel", "Save the selection to a file you can share"),
            self.save_as,
        )
        self.load_action = action(
            translate("SelectionPanel", "&Load Selection…"),
            translate("SelectionPanel", "Load a selection from a file"),
            self.load_from,
        )
        self.clear_action = action(
            translate("SelectionPanel", "&Clear Selection"),
            translate("SelectionPanel", "Deselect everything"),
            self.clear,
        )
        self.remove_action = action(
            translate("SelectionPanel", "&Remove"),
            translate("SelectionPanel", "Remove the chosen provisions from the selection (Delete)"),
            self.remove_selected,
        )
        self.up_action = action(
            translate("SelectionPanel", "Move &Up"),
            translate("SelectionPanel", "Move up (Alt+Up)"),
            lambda: self.shift_selected(-1),
        )
        self.down_action = action(
            translate("SelectionPanel", "Move &Down"),
            translate("SelectionPanel", "Move down (Alt+Down)"),
            lambda: self.shift_selected(1),
        )
        self.sort_action = action(
            translate("SelectionPanel", "Sort by Date"),
            translate(
                "SelectionPanel",
                "Back to the document order: document date, then order in the document",
            ),
            self.controller.sort,
        )

    def _tool(self, action: QAction, arrow: Qt.ArrowType | None = None) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        if arrow is not None:
            button.setArrowType(arrow)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        return button

    def _edit_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        self.up_button = self._tool(self.up_action, Qt.ArrowType.UpArrow)
        self.down_button = self._tool(self.down_action, Qt.ArrowType.DownArrow)
        self.remove_button = self._tool(self.remove_action)
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.file_button = QToolButton(self)
        self.file_button.setText(translate("SelectionPanel", "Selection"))
        self.file_button.setAccessibleName(translate("SelectionPanel", "Selection file menu"))
        self.file_button.setToolTip(
            translate("SelectionPanel", "Save, load or clear the selection")
        )
        self.file_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.file_button)
        menu.addActions([self.save_action, self.load_action])
        menu.addSeparator()
        menu.addActions([self.sort_action, self.clear_action])
        self.file_button.setMenu(menu)
        row.addWidget(self.file_button)
        return row

    def _print_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.preview_button = QPushButton(self.preview_action.text().replace("&", ""), self)
        self.preview_button.clicked.connect(self.preview_action.trigger)
        self.preview_button.setDefault(True)
        self.print_button = QPushButton(self.print_action.text().replace("&", ""), self)
        self.print_button.clicked.connect(self.print_action.trigger)
        self.export_button = QPushButton(self.export_action.text().replace("&", ""), self)
        self.export_button.clicked.connect(self.export_action.trigger)
        for button, action in (
            (self.preview_button, self.preview_action),
            (self.print_button, self.print_action),
            (self.export_button, self.export_action),
        ):
            button.setToolTip(action.toolTip())
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        return row

    def menu_actions(self) -> list[QAction | None]:
        """The panel's commands for a window menu (None = separator)."""
        return [
            self.preview_action, self.print_action, self.export_action, None,
            self.save_action, self.load_action, None, self.sort_action, self.clear_action,
        ]  # fmt: skip
