"""Edit ▸ Preferences…: the real dialog, driven with clicks, and what the window then shows."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from ictviewer.export.pack import build_pack
from ictviewer.export.pdf import default_page_size
from ictviewer.ui import theme
from ictviewer.ui.dialogs.preferences import PreferencesDialog
from ictviewer.ui.settings import PREFERENCES, Settings

Button = QDialogButtonBox.StandardButton
STATEMENT = "cica-statement-2022"


def other_family() -> str:
    """An installed family that is not the default reading face."""
    default = theme.available(theme.READER_FAMILIES)[0]
    for family in ("DejaVu Sans Mono", "Liberation Mono", "Noto Sans Mono", "DejaVu Sans"):
        if family in theme.available([family]) and family != default:
            return family
    pytest.skip("no second font family installed")


def open_dialog(window) -> PreferencesDialog:
    window.commands.preferences.trigger()
    dialog = window.preferences_dialog
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    return dialog


def click(qtbot, dialog, button) -> None:
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)


def choose(box, data) -> None:
    """Pick the item of a combo box holding `data`, as a click in its list does."""
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def page_html(reader) -> str:
    return reader.browser.document().toHtml()


def text_font(reader, provision_id: str = "p5") -> tuple[list[str], float]:
    """The font families and size the page shows a provision's first words in."""
    words = " ".join(reader.document.provision(provision_id).text.split()[:4])
    cursor = reader.browser.document().find(words)
    assert not cursor.isNull(), words
    fmt = cursor.charFormat()
    return list(fmt.fontFamilies() or []), fmt.fontPointSize()


def stored_preferences(path) -> dict:
    settings = Settings(path)
    return {key: settings.get(key) for key in PREFERENCES}


def test_preferences_is_in_the_edit_menu_with_the_platform_key_or_ctrl_comma(window):
    action = window.commands.preferences
    assert action in window.commands.edit_menu.actions()
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert action.shortcuts() == (standard or [QKeySequence("Ctrl+,")])


def test_a_chosen_font_and_size_reach_the_reader_and_the_comparison(qtbot, make_window):
    family = other_family()
    window = make_window(STATEMENT, wait_index=False)
    reader = window.reader()
    comparison = window.tabs.open_comparison(STATEMENT, "asean-russia-2018", activate=False)
    assert family not in text_font(reader)[0]
    dialog = open_dialog(window)
    assert dialog.default_font.isChecked() and not dialog.font_box.isEnabled()
    qtbot.mouseClick(dialog.default_font, Qt.MouseButton.LeftButton)
    assert dialog.font_box.isEnabled()
    dialog.font_box.setCurrentFont(QFont(family))
    dialog.size_box.setFocus()
    dialog.size_box.selectAll()
    qtbot.keyClicks(dialog.size_box, "16")
    assert dialog.font_sample.font().family() == family  # the live sample follows
    assert dialog.font_sample.font().pointSizeF() == 16
    click(qtbot, dialog, Button.Ok)
    assert not dialog.isVisible()
    families, size = text_font(reader)
    assert families[0] == family and size == 16
    assert comparison.font.family == family and comparison.font.size == 16
    settings = Settings(window.settings.location)
    assert settings.reader_font == (family, 16)
    # Zoom scales the chosen size: 150% of 16 pt.
    window.settings.set("preferences/zoom", 140)
    window.zoom(1)
    assert text_font(reader)[1] == 24
    # A document opened afterwards reads in it too.
    assert text_font(window.open_document("cica-note-2024"), "p2")[0][0] == family


def test_cancel_changes_nothing(qtbot, make_window, settings_path):
    window = make_window(STATEMENT, wait_index=False)
    window.settings.sync()
    before = stored_preferences(settings_path)
    html = page_html(window.reader())
    dialog = open_dialog(window)
    qtbot.mouseClick(dialog.default_font, Qt.MouseButton.LeftButton)
    dialog.font_box.setCurrentFont(QFont(other_family()))
    choose(dialog.paper_box, "Letter")
    choose(dialog.citation_form_box, "full")
    choose(dialog.language_box, "ru")
    assert dialog.apply_button.isEnabled()
    with qtbot.assertNotEmitted(dialog.applied), qtbot.assertNotEmitted(window.language_changed):
        click(qtbot, dialog, Button.Cancel)
    window.settings.sync()
    assert stored_preferences(settings_path) == before
    assert page_html(window.reader()) == html
    assert window.selection.panel.printing.options.page_size == default_page_size()
    assert window.tabs.citation_style.form == "brief"


def test_restore_defaults_resets_the_fields_and_ok_keeps_them(qtbot, make_window, settings_path):
    stored = Settings(settings_path)
    stored.set("preferences/reader_font", other_family())
    stored.set("preferences/reader_font_size", 18)
    stored.set("preferences/paper_size", "Letter")
    stored.set("preferences/citation_form", "full")
    stored.set("preferences/citation_language", "interface")
    stored.sync()
    window = make_window(STATEMENT, wait_index=False)
    assert text_font(window.reader())[1] == 18
    dialog = open_dialog(window)
    assert not dialog.default_font.isChecked() and dialog.size_box.value() == 18
    assert dialog.paper_box.currentData() == "Letter"
    assert not dialog.apply_button.isEnabled()  # nothing changed yet
    click(qtbot, dialog, Button.RestoreDefaults)
    assert dialog.default_font.isChecked() and dialog.size_box.text() == "Default (11 pt)"
    assert (
        dialog.paper_box.currentData() == "" and dialog.citation_form_box.currentData() == "brief"
    )
    assert dialog.apply_button.isEnabled()
    assert window.settings.get("preferences/paper_size") == "Letter"  # not before OK
    click(qtbot, dialog, Button.Ok)
    assert window.settings.reader_font == ("", 0)
    assert window.settings.get("preferences/paper_size") == ""
    assert window.settings.get("preferences/citation_form") == "brief"
    assert text_font(window.reader())[1] == 11


def test_apply_keeps_the_dialog_open_and_applies_at_once(qtbot, make_window):
    window = make_window(STATEMENT, wait_index=False)
    dialog = open_dialog(window)
    choose(dialog.citation_form_box, "full")
    with qtbot.waitSignal(dialog.applied) as applied:
        click(qtbot, dialog, Button.Apply)
    assert applied.args == ["system", "system"]
    assert dialog.isVisible() and not dialog.apply_button.isEnabled()
    window.reader().show_provision("p5")
    text = window.tabs.copy_with_citation()
    document = window.corpus.get(STATEMENT)
    assert text.startswith(f"{document.title}, Astana, 13 October 2022, para. 5:\n“")
    click(qtbot, dialog, Button.Cancel)  # Apply was final: Cancel does not undo it
    assert window.settings.get("preferences/citation_form") == "full"


def test_the_live_example_cites_as_copy_with_citation_will(qtbot, make_window):
    window = make_window(STATEMENT, wait_index=False)
    window.reader().show_provision("p5")
    dialog = open_dialog(window)
    assert dialog.example.text().startswith(
        "CICA Leaders' Statement, Astana, 13 October 2022, para. 5:\n“"
    )
    choose(dialog.language_box, "ru")  # Russian interface, citations in its words
    choose(dialog.citation_language_box, "interface")
    assert dialog.example.text().startswith(
        "CICA Leaders' Statement, Астана, 13 октября 2022 г., п. 5:\n“"
    )
    choose(dialog.citation_form_box, "full")
    assert dialog.example.text().startswith(window.corpus.get(STATEMENT).title + ", Астана")
    dialog.reject()


def test_interface_language_citations_under_the_russian_interface(qtbot, russian, make_window):
    window = make_window(STATEMENT, wait_index=False)
    reader = window.reader()
    reader.show_provision("p5")
    assert window.tabs.copy_with_citation().startswith(
        "CICA Leaders' Statement, Astana, 13 October"
    )
    dialog = open_dialog(window)
    assert dialog.windowTitle() == "Параметры"
    choose(dialog.citation_language_box, "interface")
    click(qtbot, dialog, Button.Ok)
    reader.show_provision("p5")
    window.commands.copy_citation.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("CICA Leaders' Statement, Астана, 13 октября 2022 г., п. 5:\n“")
    assert reader.document.provision("p5").text in text


def test_a_language_chosen_in_the_dialog_goes_through_the_language_path(qtbot, make_window):
    window = make_window(wait_index=False)
    dialog = open_dialog(window)
    choose(dialog.language_box, "ru")
    with qtbot.waitSignal(window.language_changed) as changed:
        click(qtbot, dialog, Button.Ok)
    assert changed.args == ["ru"]
    assert window.settings.get("preferences/language") == "ru"


def test_letter_paper_gives_a_letter_pdf_saved_from_the_export_folder(
    qtbot, make_window, tmp_path, monkeypatch
):
    folder = tmp_path / "briefings"
    folder.mkdir()
    window = make_window(STATEMENT, wait_index=False)
    dialog = open_dialog(window)
    choose(dialog.paper_box, "Letter")
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(folder))
    )
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_edit.text() == str(folder)
    click(qtbot, dialog, Button.Ok)

    asked = []

    def save_name(parent, caption, start, filters):
        asked.append(start)
        return str(tmp_path / "statement.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    printing = window.selection.panel.printing
    with qtbot.waitSignal(printing.exported, timeout=30000) as exported:
        window.commands.export_pdf.trigger()
    assert asked and asked[0].startswith(str(folder))
    path, _pages = exported.args
    page = PdfReader(path).pages[0]
    assert page.mediabox.width == pytest.approx(612, abs=1)  # Letter: 8.5 × 11 in
    assert page.mediabox.height == pytest.approx(792, abs=1)
    qtbot.waitUntil(lambda: not printing.busy)


def test_the_export_folder_starts_every_save_dialog(qtbot, make_window, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    window = make_window(STATEMENT, wait_index=False)
    dialog = open_dialog(window)
    dialog.folder_edit.setFocus()
    qtbot.keyClicks(dialog.folder_edit, str(folder))
    click(qtbot, dialog, Button.Ok)
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda parent, caption, start, filters: (asked.append(start), ("", ""))[1]),
    )
    window.selection.panel.save_as()  # File ▸ Selection ▸ Save
    window.timeline.view.export_dialog()  # the timeline's Export
    precedents = window.tabs.open_precedents()
    precedents.printer._ask_path(build_pack(window.corpus, [(STATEMENT, "p5")]))
    assert len(asked) == 3
    assert all(start.startswith(str(folder)) for start in asked), asked


def test_a_missing_export_folder_is_said_and_falls_back_to_documents(qtbot, make_window, tmp_path):
    window = make_window(wait_index=False)
    dialog = open_dialog(window)
    dialog.folder_edit.setText(str(tmp_path / "gone"))
    assert dialog.folder_note.isVisibleTo(dialog)
    assert "No such folder" in dialog.folder_note.text()
    click(qtbot, dialog, Button.Ok)
    assert window.settings.export_folder != str(tmp_path / "gone")
    dialog = open_dialog(window)
    qtbot.mouseClick(dialog.reset_folder_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_edit.text() == "" and not dialog.folder_note.isVisibleTo(dialog)
    dialog.reject()


def test_hand_edited_values_fall_back_to_the_defaults(qtbot, settings_path, tmp_path):
    settings_path.write_text(
        "[preferences]\npaper_size=A5\nreader_font_size=99\ncitation_language=klingon\n"
        f"citation_form=long\nexport_folder={tmp_path / 'gone'}\n",
        encoding="utf-8",
    )
    settings = Settings(settings_path)
    assert settings.paper_size == ""
    assert settings.reader_font == ("", 0)
    assert settings.export_folder != str(tmp_path / "gone") and settings.export_folder
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.citation_language_box.currentData() == "document"
    assert dialog.citation_form_box.currentData() == "brief"
    assert dialog.paper_box.currentData() == ""
    assert dialog.example.text() == "(No document to cite.)"
    assert not dialog.apply_button.isEnabled()  # an unknown value shown as the default
