"""Saving the selection to a file a colleague can load, and loading one (with dialogs)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ictviewer.selection import SelectionFileError
from ictviewer.ui.folders import DialogFolders
from ictviewer.ui.i18n import translate
from ictviewer.ui.plain import literal
from ictviewer.ui.selection.controller import SelectionController


def save_selection_dialog(
    controller: SelectionController, parent: QWidget, folders: DialogFolders
) -> str:
    """Ask where (starting where `folders` says), then write the selection there;
    returns the path ("" if not saved)."""
    name = f"selection-{dt.date.today().isoformat()}.json"
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("SelectionFiles", "Save Selection"),
        str(Path(folders.save_start()) / name),
        translate("SelectionFiles", "ictviewer selection (*.json)"),
    )
    if not path:
        return ""
    if not path.lower().endswith(".json"):
        path += ".json"
    try:
        controller.save_as(path)
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("SelectionFiles", "Save Selection"),
            literal(
                translate("SelectionFiles", "The selection could not be saved to {0}:\n{1}").format(
                    path, error.strerror or error
                )
            ),
        )
        return ""
    folders.saved(path)
    return path


def load_selection_dialog(
    controller: SelectionController, parent: QWidget, folders: DialogFolders
) -> tuple[str, int] | None:
    """Ask for a selection file and load it, replacing the selection or adding to it
    (the user chooses when there is a selection already). Returns the path and how many
    provisions were added, or None when nothing was loaded."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("SelectionFiles", "Load Selection"),
        folders.open_start(),
        translate("SelectionFiles", "ictviewer selection (*.json)"),
    )
    if not path:
        return None
    folders.opened(path)
    replace = True
    if len(controller):
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("SelectionFiles", "Load Selection"),
            translate(
                "SelectionFiles",
                "Replace the current selection, or add the file's provisions to it?",
            ),
            QMessageBox.StandardButton.Cancel,
            parent,
        )
        replace_button = box.addButton(
            translate("SelectionFiles", "Replace"), QMessageBox.ButtonRole.AcceptRole
        )
        add_button = box.addButton(
            translate("SelectionFiles", "Add"), QMessageBox.ButtonRole.AcceptRole
        )
        box.exec()
        if box.clickedButton() not in (replace_button, add_button):
            return None
        replace = box.clickedButton() is replace_button
    try:
        added = controller.load_from(path, replace=replace)
    except (SelectionFileError, OSError) as error:
        reason = error.reason if isinstance(error, SelectionFileError) else error.strerror
        QMessageBox.warning(
            parent,
            translate("SelectionFiles", "Load Selection"),
            literal(
                translate(
                    "SelectionFiles", "{0} is not a selection ictviewer can read:\n{1}"
                ).format(path, reason or error)
            ),
        )
        return None
    return path, added
