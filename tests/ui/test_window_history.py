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
