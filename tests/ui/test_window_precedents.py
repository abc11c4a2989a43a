"""The Precedents tab in the main window: from the reader's selection, back to the reader."""

from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest

from ictviewer.ui.precedents import PrecedentsView
from ictviewer.ui.reader.menus import page_menu

AGREED = ("cica-concept-2022", "s2-chapeau")


def select_provision_text(reader, provision_id: str) -> str:
    """Select the provision's text on the reader's page, as a mouse drag would."""
    text = reader.document.provision(provision_id).text
    found = reader.browser.document().find(text[:60])
    assert not found.isNull()
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionStart() + len(text), QTextCursor.MoveMode.KeepAnchor)
    reader.browser.setTextCursor(cursor)
    return text


def test_ctrl_shift_f_looks_up_the_readers_selection(qtbot, make_window, activate):
    window = make_window(open_doc=AGREED[0])
    reader = window.reader()
    text = select_provision_text(reader, AGREED[1])
    assert window.commands.find_precedents in window.commands.edit_menu.actions()
    activate(window)
    QTest.keySequence(window, QKeySequence("Ctrl+Shift+F"))
    view = window.tabs.currentWidget()
    assert isinstance(view, PrecedentsView)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Precedents"
    assert view.draft() == text
    qtbot.waitUntil(lambda: bool(view.results()), timeout=10_000)
    first = view.results()[0].precedents[0]
    assert (first.doc_id, first.provision_id) == AGREED and first.strength == "verbatim"
    # the same tab is re-used, the draft kept when nothing new is asked for
    window.find_precedents()
    assert window.tabs.precedents() is view and view.draft() == text
    assert sum(isinstance(window.tabs.widget(i), PrecedentsView)
               for i in range(window.tabs.count())) == 1  # fmt: skip


def test_the_readers_context_menu_finds_precedents_of_the_selection(qtbot, make_window):
    window = make_window(open_doc=AGREED[0])
    reader = window.reader()
    text = select_provision_text(reader, AGREED[1])
    menu = page_menu(reader, reader.browser.cursorRect().center())
    action = next(a for a in menu.actions() if a.objectName() == "findPrecedentsAction")
    action.trigger()
    menu.deleteLater()
    view = window.tabs.precedents()
    assert view is not None and window.tabs.currentWidget() is view
    assert view.draft() == text
    # without a selection the menu does not offer it
    reader.browser.setTextCursor(QTextCursor(reader.browser.document()))
    menu = page_menu(reader, reader.browser.cursorRect().center())
    assert not [a for a in menu.actions() if a.objectName() == "findPrecedentsAction"]
    menu.deleteLater()


def test_a_precedent_opens_in_the_reader_and_joins_the_selection(qtbot, window):
    view = window.tabs.open_precedents()
    qtbot.waitUntil(lambda: view.index is not None, timeout=10_000)
    text = window.corpus.get(AGREED[0]).provision(AGREED[1]).text
    with qtbot.waitSignal(view.results_shown, timeout=10_000):
        view.set_draft(text)
    assert (view.current()[1].doc_id, view.current()[1].provision_id) == AGREED
    view.add_to_selection()
    assert AGREED in window.selection.controller.refs()
    with qtbot.waitSignal(window.provision_shown) as shown:
        view.open_in_reader()
    assert shown.args == list(AGREED)
    assert window.reader().document.id == AGREED[0]
    # the Precedents tab stays open for the next paragraph
    assert window.tabs.precedents() is view


def test_the_precedents_tab_follows_the_theme(qtbot, window):
    view = window.tabs.open_precedents()
    window.set_theme_mode("dark")
    assert view.scheme == "dark"
    window.set_theme_mode("light")
    assert view.scheme == "light"
