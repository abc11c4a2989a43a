"""File dialogs start in the folder last used, across features and across restarts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ictviewer.export.pack import build_pack
from ictviewer.ui.folders import DialogFolders, documents_folder
from ictviewer.ui.settings import Settings

STATEMENT = "cica-statement-2022"


def test_a_save_is_remembered_across_a_restart(settings_path, tmp_path):
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    folders = DialogFolders(Settings(settings_path))
    assert folders.save_start() == documents_folder()  # no export folder chosen
    folders.saved(briefings / "pack.pdf")
    assert folders.save_start() == str(briefings)
    settings = Settings(settings_path)  # the next start reads the same file
    settings.sync()
    assert DialogFolders(settings).save_start() == str(briefings)


def test_a_new_export_folder_wins_over_the_remembered_one(settings_path, tmp_path):
    briefings, exports = tmp_path / "briefings", tmp_path / "exports"
    briefings.mkdir()
    exports.mkdir()
    settings = Settings(settings_path)
    folders = DialogFolders(settings)
    folders.saved(briefings / "pack.pdf")
    settings.set("preferences/export_folder", str(exports))  # Preferences ▸ Export
    assert folders.save_start() == str(exports)
    folders.saved(briefings / "again.pdf")  # saved elsewhere under the new choice
    assert folders.save_start() == str(briefings)


def test_a_folder_that_has_gone_is_never_offered(settings_path, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    folders = DialogFolders(Settings(settings_path))
    folders.saved(stick / "pack.pdf")
    folders.opened(stick / "draft.docx")
    stick.rmdir()  # unplugged
    assert folders.save_start() == documents_folder()
    assert folders.open_start() == documents_folder()


def test_open_and_save_are_remembered_apart(tmp_path):
    drafts, briefings = tmp_path / "drafts", tmp_path / "briefings"
    drafts.mkdir()
    briefings.mkdir()
    folders = DialogFolders()  # a feature tested alone: remembered in memory
    folders.opened(drafts / "draft.docx")
    folders.saved(briefings / "pack.pdf")
    assert folders.open_start() == str(drafts)
    assert folders.save_start() == str(briefings)


def asked_starts(monkeypatch, answer: str = "") -> list[str]:
    """Stand in for both dialogs: record where they start, answer `answer`."""
    asked: list[str] = []

    def dialog(parent, caption, start, filters):
        asked.append(start)
        return answer, filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(dialog))
    return asked


def test_every_save_dialog_starts_where_the_last_save_went(
    qtbot, make_window, tmp_path, monkeypatch
):
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    window = make_window(STATEMENT, wait_index=False)
    asked_starts(monkeypatch, str(briefings / "timeline.png"))
    window.timeline.view.export_dialog()  # the timeline's Export writes the PNG
    assert (briefings / "timeline.png").is_file()

    asked = asked_starts(monkeypatch)  # cancel every dialog from now on
    window.selection.panel.save_as()  # File ▸ Selection ▸ Save
    window.selection.panel.printing.ask_pdf_path(build_pack(window.corpus, [(STATEMENT, "p5")]))
    precedents = window.tabs.open_precedents()
    precedents.printer._ask_path(build_pack(window.corpus, [(STATEMENT, "p5")]))
    assert len(asked) == 3
    assert all(Path(start).parent == briefings for start in asked), asked


def test_open_dialogs_start_where_the_last_file_came_from_after_a_restart(
    qtbot, make_window, settings_path, tmp_path, monkeypatch
):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    selection = drafts / "colleague.json"
    selection.write_text("not a selection", encoding="utf-8")
    window = make_window(wait_index=False)
    asked = asked_starts(monkeypatch, str(selection))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", staticmethod(lambda *a: None))
    window.selection.panel.load_from()  # refused (not a selection), but the folder is kept
    assert asked[0] == documents_folder()
    window.settings.sync()
    window.close()

    again = make_window(wait_index=False, path=settings_path)
    asked = asked_starts(monkeypatch)
    again.import_flow.choose_file()  # File ▸ Add Document…
    again.selection.panel.load_from()
    assert asked == [str(drafts), str(drafts)]
