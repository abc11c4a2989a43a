"""Back/Forward (Alt+Left/Alt+Right) through followed hits and links; Go to Provision (Ctrl+G)."""

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from ictviewer.ui.dialogs.goto import GoToProvisionDialog


def press(qtbot, window, sequence):
    combination = QKeySequence(sequence)[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())


def test_alt_left_returns_to_the_previous_provision_and_alt_right_comes_back(
    qtbot, window, activate, type_query
):
    activate(window)
    a = window.commands
    assert not a.back.isEnabled() and not a.forward.isEnabled()
    results = type_query(window, "cooperation")
    first, second = results.hits[0], results.hits[1]
    assert (first.doc_id, first.provision_id) != (second.doc_id, second.provision_id)
    window.search.go_to_hit(0)
    window.search.go_to_hit(1)
    assert a.back.isEnabled() and not a.forward.isEnabled()
    window.reader().browser.setFocus()
    qtbot.waitUntil(lambda: window.reader().browser.hasFocus())
    with qtbot.waitSignal(window.provision_shown) as shown:
        press(qtbot, window, QKeySequence.StandardKey.Back)
    assert shown.args == [first.doc_id, first.provision_id]
    assert window.reader().document.id == first.doc_id
    assert window.reader().options.current == first.provision_id
    assert a.forward.isEnabled()
    with qtbot.waitSignal(window.provision_shown) as shown:
        press(qtbot, window, QKeySequence.StandardKey.Forward)
    assert shown.args == [second.doc_id, second.provision_id]
    assert not a.forward.isEnabled()


def test_back_from_a_followed_link_returns_to_the_document_it_was_in(qtbot, window):
    window.open_provision("cica-statement-2022", "pre1")
    reader = window.reader()
    reader.browser.anchorClicked.emit(QUrl("doc:cica-concept-2022"))
    assert window.reader().document.id == "cica-concept-2022"
    assert window.commands.back.isEnabled()
    window.commands.back.trigger()
    assert window.reader().document.id == "cica-statement-2022"
    assert window.reader().options.current == "pre1"
    window.commands.forward.trigger()
    assert window.reader().document.id == "cica-concept-2022"


def test_ctrl_g_filters_the_labels_and_enter_goes_there(qtbot, window, activate, type_text):
    activate(window)
    reader = window.open_document("cica-statement-2022")
    reader.browser.setFocus()
    qtbot.waitUntil(lambda: reader.browser.hasFocus())
    press(qtbot, window, "Ctrl+G")
    dialog = window.findChild(GoToProvisionDialog)
    assert dialog is not None and dialog.isVisible()
    assert len(dialog.visible_labels()) == len(reader.document.provisions)
    qtbot.waitUntil(lambda: dialog.filter.hasFocus())
    type_text(dialog.filter, "préamble 3")  # accents and case ignored, words anywhere
    assert dialog.visible_labels() == ["Preamble, para. 3"]
    wanted = next(p.id for p in reader.document.provisions if p.label == "Preamble, para. 3")
    with qtbot.waitSignal(window.provision_shown) as shown:
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert shown.args == ["cica-statement-2022", wanted]
    assert reader.options.current == wanted
    assert window.commands.back.isEnabled()  # a place Back returns from


def test_ctrl_shift_t_reopens_the_last_closed_tabs_in_turn(qtbot, window, activate):
    activate(window)
    window.open_document("cica-statement-2022")
    window.tabs.open_comparison("cica-concept-2022", "cica-concept-2024-draft")
    window.open_document("csto-statement-2022")
    assert not window.commands.reopen_closed.isEnabled()
    window.commands.close_tab.trigger()  # csto
    window.tabs.setCurrentIndex(1)
    window.commands.close_tab.trigger()  # the comparison
    assert window.tabs.count() == 1 and window.commands.reopen_closed.isEnabled()
    press(qtbot, window, "Ctrl+Shift+T")
    assert window.tabs.count() == 2
    assert window.tabs.current_comparison().documents() == (
        "cica-concept-2022",
        "cica-concept-2024-draft",
    )
    press(qtbot, window, "Ctrl+Shift+T")
    assert window.reader().document.id == "csto-statement-2022"
    assert not window.commands.reopen_closed.isEnabled()


def test_open_recent_lists_documents_and_comparisons_newest_first(qtbot, make_window, corpus):
    window = make_window(wait_index=False)
    for doc_id in [d.id for d in corpus][:5]:
        window.open_document(doc_id)
    window.tabs.open_comparison("cica-concept-2022", "cica-statement-2022")
    window.commands.recent_menu.aboutToShow.emit()
    titles = [a.text() for a in window.commands.recent_menu.actions() if a.text()]
    first = corpus.get("cica-concept-2022").short_title
    assert titles[0] == f"{first} ↔ {corpus.get('cica-statement-2022').short_title}"
    assert titles[1] == corpus.get([d.id for d in corpus][4]).short_title.replace("&", "&&")
    assert titles[-1] == "Clear Menu"
    # It survives a restart, is capped at ten, and a chosen entry opens its tab.
    recent = window.settings.get("session/recent")
    assert len(recent) == 6 and recent[0] == "compare:cica-concept-2022:cica-statement-2022"
    window.tabs.close_current()
    next(a for a in window.commands.recent_menu.actions() if a.text() == titles[0]).trigger()
    assert window.tabs.current_comparison() is not None
    window.settings.set("session/recent", [f"doc{i}" for i in range(12)])
    window.remember_recent("asean-russia-2018")
    assert len(window.settings.get("session/recent")) == 10
    window.commands.recent_menu.aboutToShow.emit()  # unknown ids are left out
    titles = [a.text() for a in window.commands.recent_menu.actions() if a.text()]
    assert titles == [corpus.get("asean-russia-2018").short_title, "Clear Menu"]


def test_back_forward_and_closed_tabs_survive_a_language_switch(qtbot, english_host, type_query):
    """The window is rebuilt in the new language (and after an import): the places
    visited and the tabs closed go on in the new window."""
    host = english_host
    first = host.build()
    with qtbot.waitSignal(first.index_ready, timeout=20000):
        pass
    results = type_query(first, "cooperation")
    first.search.go_to_hit(0)
    first.search.go_to_hit(1)
    hit0, hit1 = results.hits[0], results.hits[1]
    first.open_document("csto-statement-2022")
    first.commands.close_tab.trigger()
    with qtbot.waitSignal(host.window_replaced, timeout=20000) as replaced:
        first.commands.languages["ru"].trigger()
    russian = replaced.args[0]
    # the reader comes back at the provision it showed (restored once laid out)
    qtbot.waitUntil(lambda: russian.reading_place() == (hit1.doc_id, hit1.provision_id))
    assert russian.commands.back.isEnabled() and russian.commands.reopen_closed.isEnabled()
    with qtbot.waitSignal(russian.provision_shown) as shown:
        russian.commands.back.trigger()
    assert shown.args == [hit0.doc_id, hit0.provision_id]
    with qtbot.waitSignal(russian.provision_shown) as shown:
        russian.commands.forward.trigger()
    assert shown.args == [hit1.doc_id, hit1.provision_id]
    russian.commands.reopen_closed.trigger()
    assert russian.reader().document.id == "csto-statement-2022"
