"""The selection in the main window: ticking in the reader, from hits and comparisons, printing."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtTest import QTest

from ictviewer.ui.reader.html import TICKED, UNTICKED
from ictviewer.ui.reader.menus import contents_menu, page_menu

STATEMENT, ASEAN, CONCEPT = "cica-statement-2022", "asean-russia-2018", "cica-concept-2022"


def tick_position(reader, provision_id):
    """Viewport point of the margin checkbox of a provision."""
    document = reader.browser.document()
    position = reader._position_of(provision_id)
    assert position is not None
    cursor = document.find(UNTICKED, position)
    assert not cursor.isNull()
    start = QTextCursor(document)
    start.setPosition(cursor.selectionStart())
    reader.browser.setTextCursor(start)
    reader.browser.ensureCursorVisible()
    left = reader.browser.cursorRect(start)
    start.setPosition(cursor.selectionEnd())
    right = reader.browser.cursorRect(start)
    return QPoint((left.x() + right.x()) // 2, left.center().y())


def text_point(browser, text):
    """Viewport point in the middle of the first occurrence of `text`, scrolled into view."""
    cursor = browser.document().find(text)
    assert not cursor.isNull(), text
    start = QTextCursor(browser.document())
    start.setPosition(cursor.selectionStart() + 1)
    browser.setTextCursor(start)
    browser.ensureCursorVisible()
    return browser.cursorRect(start).center()


def ticks_shown(reader):
    return reader.browser.toPlainText().count(TICKED)


def action_named(menu, start):
    found = [a for a in menu.actions() if a.text().replace("&", "").startswith(start)]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def test_clicking_the_margin_checkbox_selects_the_provision(qtbot, make_window):
    window = make_window(open_doc=STATEMENT)
    reader = window.reader()
    selection = window.selection
    point = tick_position(reader, "p5")
    QTest.mouseClick(reader.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: selection.controller.contains(STATEMENT, "p5"))
    qtbot.waitUntil(lambda: ticks_shown(reader) == 1)
    assert "1 provision" in selection.panel.count.text()
    assert selection.panel.model.rowCount() == 1  # one document row, the provision under it


def test_space_ticks_the_current_provision_and_the_panel_follows(qtbot, make_window):
    window = make_window(open_doc=ASEAN)
    reader = window.reader()
    reader.go_to("p10")
    reader.browser.setFocus()
    scroll = reader.browser.verticalScrollBar().value()
    QTest.keyClick(reader.browser, Qt.Key.Key_Space)
    selection = window.selection
    qtbot.waitUntil(lambda: selection.controller.refs() == [(ASEAN, "p10")])
    assert ticks_shown(reader) == 1
    assert "1 provision" in selection.panel.count.text()
    assert abs(reader.browser.verticalScrollBar().value() - scroll) < 40  # Space did not page
    QTest.keyClick(reader.browser, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: selection.controller.refs() == [])
    assert ticks_shown(reader) == 0
    assert "No provisions" in selection.panel.count.text()


def test_select_all_in_a_section_from_its_heading(qtbot, make_window):
    window = make_window(open_doc=CONCEPT)
    reader = window.reader()
    section = "4. Proposed initiatives"
    ids = [p.id for p in reader.document.provisions if p.section == section]
    assert len(ids) == 3
    menu = page_menu(reader, text_point(reader.browser, section))
    action_named(menu, f"Select all in “{section}”").trigger()
    controller = window.selection.controller
    assert [pid for _doc, pid in controller.refs()] == ids
    qtbot.waitUntil(lambda: ticks_shown(reader) == len(ids))
    menu = page_menu(reader, text_point(reader.browser, section))
    action_named(menu, f"Deselect all in “{section}”").trigger()
    assert controller.refs() == []


def test_select_all_in_a_section_from_the_contents(qtbot, make_window):
    window = make_window(open_doc=CONCEPT)
    reader = window.reader()
    item = next(
        reader.contents.topLevelItem(i)
        for i in range(reader.contents.topLevelItemCount())
        if reader.contents.topLevelItem(i).text(0).startswith("2.")
    )
    menu = contents_menu(reader, item)
    action_named(menu, "Select all in").trigger()
    objectives = [p.id for p in reader.document.provisions if p.section.startswith("2.")]
    assert [pid for _doc, pid in window.selection.controller.refs()] == objectives
    qtbot.waitUntil(lambda: ticks_shown(reader) == len(objectives))
    # a provision's own entry ticks just that one
    menu = contents_menu(reader, reader._contents_items["s4-1"])
    action_named(menu, "Add “section 4, initiative 1”").trigger()
    assert window.selection.controller.contains(CONCEPT, "s4-1")


def test_the_page_menu_ticks_the_provision_under_the_pointer(make_window):
    window = make_window(open_doc=STATEMENT)
    reader = window.reader()
    provision = reader.document.provision("p3")
    menu = page_menu(reader, text_point(reader.browser, provision.text[:30]))
    action_named(menu, f"Add “{provision.label}” to the selection").trigger()
    assert window.selection.controller.refs() == [(STATEMENT, "p3")]


def test_search_hits_are_added_by_key_by_menu_and_all_at_once(qtbot, window, type_query, activate):
    results = type_query(window, "digital forensics")
    assert len(results.hits) >= 2
    controller = window.selection.controller
    first, second = results.hits[0], results.hits[1]
    hit_list = window.search.list
    hit_list.setFocus()
    hit_list.setCurrentIndex(window.search.model.index(0))
    QTest.keyClick(hit_list, Qt.Key.Key_Insert)
    assert controller.refs() == [(first.doc_id, first.provision_id)]
    assert "Added" in window.statusBar().currentMessage()
    controller.clear()
    menu = hit_list.context_menu(window.search.model.index(1))
    action_named(menu, f"Add “{second.label}”").trigger()
    assert controller.refs() == [(second.doc_id, second.provision_id)]
    action_named(hit_list.context_menu(window.search.model.index(0)), "Add all").trigger()
    assert set(controller.refs()) == {(h.doc_id, h.provision_id) for h in results.hits}
    controller.clear()
    window.search.go_to_hit(1)
    activate(window)
    QTest.keySequence(window, QKeySequence("Ctrl+Shift+A"))
    assert controller.refs() == [(second.doc_id, second.provision_id)]
    window.commands.add_all_hits.trigger()
    assert len(controller.refs()) == len(results.hits)


def test_the_query_terms_are_offered_for_highlighting_in_print(window, type_query):
    type_query(window, '"digital forensics" org:CICA')
    assert window.selection.panel.printing.highlight_terms == ("digital forensics",)


def test_a_provision_is_added_from_the_comparison(qtbot, window):
    view = window.tabs.open_comparison(STATEMENT, ASEAN)
    qtbot.waitUntil(lambda: view.comparison is not None, timeout=10000)
    browser = view.right.browser
    view.right.go_to("p10")
    point = browser.cursorRect(browser.document().find("narrow")).center()
    menu = view.right.context_menu(point)
    action_named(menu, "Add “para. 10”").trigger()
    assert window.selection.controller.refs() == [(ASEAN, "p10")]


def previews(monkeypatch):
    """Print previews opened (open() or exec()) without showing them."""
    shown = []

    def record(dialog):
        shown.append(dialog)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "open", record)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", record)
    return shown


def test_ctrl_p_previews_the_current_document_or_else_the_selection(
    make_window, monkeypatch, activate
):
    shown = previews(monkeypatch)
    window = activate(make_window(open_doc="csto-statement-2022"))
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Print))
    document = window.corpus.get("csto-statement-2022")
    assert len(shown) == 1
    assert shown[0].refs == [(document.id, p.id) for p in document.provisions]
    assert shown[0].pack.title == document.short_title
    assert len(shown[0].pack.provisions) == len(document.provisions)
    window.selection.controller.toggle(ASEAN, "p2")
    window.selection.controller.toggle(STATEMENT, "p5")
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Print))
    assert len(shown) == 2
    assert set(shown[1].refs) == {(ASEAN, "p2"), (STATEMENT, "p5")}
    for dialog in shown:
        dialog.deleteLater()


def test_nothing_to_print_says_so(make_window, monkeypatch):
    shown = previews(monkeypatch)
    window = make_window(wait_index=False)
    window.commands.print_preview.trigger()
    assert shown == []
    assert "Nothing to print" in window.statusBar().currentMessage()


def test_the_file_menu_has_printing_and_the_selection_files_once(window):
    texts = [a.text() for a in window.commands.file_menu.actions()]
    for text in ("Print Pre&view…", "&Print…", "&Export PDF…", "Co&mpare Documents…"):
        assert texts.count(text) == 1, texts
    # by its title: File ▸ Open Recent is a submenu too, above it
    submenu = next(
        a.menu() for a in window.commands.file_menu.actions() if a.text() == "Se&lection"
    )
    assert [a.text() for a in submenu.actions() if a.text()] == [
        "&Save Selection…", "&Load Selection…", "Sort by Date", "&Clear Selection",
    ]  # fmt: skip
    assert window.commands.export_pdf.shortcut() == QKeySequence("Ctrl+Shift+E")


def test_the_selection_survives_a_restart(qtbot, make_window):
    first = make_window(open_doc=STATEMENT, wait_index=False)
    first.selection.controller.toggle(STATEMENT, "p1")
    first.selection.controller.toggle("csto-statement-2022", "p4")
    first.close()
    second = make_window(open_doc=STATEMENT, wait_index=False)
    assert second.selection.controller.refs() == [
        (STATEMENT, "p1"),
        ("csto-statement-2022", "p4"),
    ]
    assert second.reader().options.selected == {"p1"}
    assert ticks_shown(second.reader()) == 1
