"""Find in the open document: Ctrl+F, "3 of 12", Enter/F3 next, Shift+Enter/Shift+F3, Escape."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, window, sequence):
    combination = QKeySequence(sequence)[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())


def page_count(reader, word):
    """How often `word` is on the page, counted independently of the find bar."""
    return reader.browser.document().toPlainText().lower().count(word.lower())


def open_reader(qtbot, window, activate, doc_id="asean-russia-2018"):
    activate(window)
    reader = window.open_document(doc_id)
    reader.browser.setFocus()
    qtbot.waitUntil(lambda: reader.browser.hasFocus())
    return reader


def test_ctrl_f_opens_the_bar_and_typing_counts_every_match(qtbot, window, activate, type_text):
    reader = open_reader(qtbot, window, activate)
    bar = reader.find_bar
    assert not bar.isVisible()
    press(qtbot, window, QKeySequence.StandardKey.Find)
    qtbot.waitUntil(lambda: bar.box.hasFocus())
    assert not window.search.box.hasFocus()
    type_text(bar.box, "COOPERATION")  # case is ignored
    total = page_count(reader, "cooperation")
    assert total > 7  # the provisions' 7 and the title's
    assert bar.count.text() == f"1 of {total}"
    assert len(reader.browser.extraSelections()) == total
    assert reader.browser.extraSelections()[0].cursor.selectedText().lower() == "cooperation"

    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert bar.count.text() == f"3 of {total}"
    qtbot.keyClick(bar.box, Qt.Key.Key_Return, SHIFT)
    assert bar.count.text() == f"2 of {total}"
    # The page's cursor is on the current match, so the current provision is the match's.
    start = reader.browser.textCursor().position()
    assert reader.browser.document().toRawText()[start : start + 11].lower() == "cooperation"

    qtbot.keyClick(bar.box, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert reader.browser.extraSelections() == []
    qtbot.waitUntil(lambda: reader.browser.hasFocus())


def test_f3_steps_the_matches_while_the_bar_has_words(
    qtbot, window, activate, type_query, type_text
):
    type_query(window, "cooperation")  # hits to step through, once the bar is closed
    reader = open_reader(qtbot, window, activate)
    reader.open_find()
    type_text(reader.find_bar.box, "security")
    total = page_count(reader, "security")
    reader.browser.setFocus()
    qtbot.waitUntil(lambda: reader.browser.hasFocus())
    press(qtbot, window, QKeySequence.StandardKey.FindNext)
    assert reader.find_bar.count.text() == f"2 of {total}"
    press(qtbot, window, QKeySequence.StandardKey.FindPrevious)
    press(qtbot, window, QKeySequence.StandardKey.FindPrevious)
    assert reader.find_bar.count.text() == f"{total} of {total}"  # round to the last
    reader.find_bar.close_bar()
    with qtbot.waitSignal(window.provision_shown):  # closed: F3 is the search's again
        press(qtbot, window, QKeySequence.StandardKey.FindNext)


def test_diacritics_are_ignored_and_nothing_found_says_so(qtbot, window, activate, type_text):
    reader = open_reader(qtbot, window, activate)
    reader.open_find()
    type_text(reader.find_bar.box, "coopération")
    assert reader.find_bar.count.text() == f"1 of {page_count(reader, 'cooperation')}"
    reader.find_bar.box.clear()
    type_text(reader.find_bar.box, "zzqx")
    assert reader.find_bar.count.text() == "No matches"
    assert reader.browser.extraSelections() == []


def test_the_matches_survive_a_zoom(qtbot, window, activate, type_text):
    reader = open_reader(qtbot, window, activate)
    reader.open_find()
    type_text(reader.find_bar.box, "cooperation")
    reader.find_bar.next()
    before = reader.find_bar.count.text()
    window.zoom(1)  # renders the page anew
    assert reader.find_bar.count.text() == before
    assert len(reader.browser.extraSelections()) == page_count(reader, "cooperation")


def test_the_find_bar_shows_whole_at_1366(qtbot, window, activate, type_text, tmp_path):
    window.resize(1366, 768)
    reader = open_reader(qtbot, window, activate, "cica-statement-2022")
    reader.open_find()
    type_text(reader.find_bar.box, "security")
    reader.find_bar.next()
    qtbot.wait(50)
    bar = reader.find_bar
    assert bar.isVisible() and bar.count.text()
    assert bar.count.width() >= bar.count.fontMetrics().horizontalAdvance(bar.count.text())
    assert window.grab().save(str(tmp_path / "find_bar.png"))  # the picture looked at
