"""The selection, timeline and comparison as they live in the main window."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from ictviewer.ui.compare import CompareView
from ictviewer.ui.widgets.reader_html import TICKED, UNTICKED


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


def ticks_shown(reader):
    return reader.browser.toPlainText().count(TICKED)


def test_clicking_the_margin_checkbox_selects_the_provision(qtbot, make_window):
    window = make_window(open_doc="cica-statement-2022")
    reader = window.reader()
    selection = window.workspace.selection
    point = tick_position(reader, "p5")
    QTest.mouseClick(reader.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: selection.contains("cica-statement-2022", "p5"))
    qtbot.waitUntil(lambda: ticks_shown(reader) == 1)
    assert "1 provision" in window.workspace.selection_panel.count.text()


def test_space_ticks_the_current_provision_and_the_panel_follows(qtbot, make_window):
    window = make_window(open_doc="asean-russia-2018")
    reader = window.reader()
    reader.go_to("p10")
    reader.browser.setFocus()
    QTest.keyClick(reader.browser, Qt.Key.Key_Space)
    selection = window.workspace.selection
    qtbot.waitUntil(lambda: selection.refs() == [("asean-russia-2018", "p10")])
    assert ticks_shown(reader) == 1
    QTest.keyClick(reader.browser, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: selection.refs() == [])
    assert ticks_shown(reader) == 0


def test_select_all_in_a_section(qtbot, make_window):
    window = make_window(open_doc="cica-concept-2022")
    reader = window.reader()
    objectives = [p.id for p in reader.document.provisions if p.section.startswith("2.")]
    reader.section_selection_requested.emit(reader.document.id, objectives)
    refs = window.workspace.selection.refs()
    assert [pid for _doc, pid in refs] == objectives
    qtbot.waitUntil(lambda: ticks_shown(reader) == len(objectives))


def test_the_selection_survives_a_restart(qtbot, make_window):
    first = make_window(open_doc="cica-statement-2022", wait_index=False)
    first.workspace.selection.toggle("cica-statement-2022", "p1")
    first.workspace.selection.toggle("csto-statement-2022", "p4")
    first.close()
    second = make_window(wait_index=False)
    assert second.workspace.selection.refs() == [
        ("cica-statement-2022", "p1"),
        ("csto-statement-2022", "p4"),
    ]


def test_ctrl_p_previews_the_selection_or_else_the_current_document(make_window, monkeypatch):
    window = make_window(open_doc="csto-statement-2022")
    asked = []
    monkeypatch.setattr(
        window.workspace.selection_panel, "print_preview", lambda refs, title: asked.append(refs)
    )
    QTest.keySequence(window, window.workspace.print_preview.shortcut())
    document = window.corpus.get("csto-statement-2022")
    assert asked == [[(document.id, p.id) for p in document.provisions]]
    window.workspace.selection.toggle("asean-russia-2018", "p2")
    window.workspace.print_preview.trigger()
    assert asked[-1] == [("asean-russia-2018", "p2")]


def test_a_search_hit_can_be_added_to_the_selection(qtbot, window, type_query):
    results = type_query(window, "digital forensics")
    window.search.go_to_hit(0)
    window.workspace.add_hit.trigger()
    first = results.hits[0]
    assert window.workspace.selection.contains(first.doc_id, first.provision_id)


def test_compare_opens_a_tab_and_its_provisions_open_in_the_reader(qtbot, window):
    view = window.workspace.open_compare("cica-statement-2022", "asean-russia-2018")
    assert isinstance(view, CompareView)
    assert window.tabs.currentWidget() is view
    assert "↔" in window.tabs.tabText(window.tabs.currentIndex())
    qtbot.waitUntil(lambda: view.comparison is not None, timeout=10000)
    assert window.reader() is None  # a compare tab is not a reader
    view.open_provision_requested.emit("asean-russia-2018", "p10")
    assert window.reader().document.id == "asean-russia-2018"
    assert window.workspace.open_compare("cica-statement-2022", "nope") is None


def test_compare_action_pairs_the_current_document_with_the_next(window):
    window.open_document("cica-concept-2022")
    window.workspace.compare.trigger()
    view = window.tabs.currentWidget()
    assert isinstance(view, CompareView)
    assert view.documents()[0] == "cica-concept-2022"


def test_show_on_timeline_and_open_an_event(qtbot, make_window):
    window = make_window(open_doc="cica-note-2024")
    dock = window.workspace.timeline_dock
    assert not dock.isVisible()
    window.reader().timeline_requested.emit("cica-note-2024")
    assert dock.isVisible()
    event = window.workspace.timeline.current_event()
    assert event.doc_id == "cica-note-2024" and event.provision_id is None
    window.workspace.timeline.open_provision_requested.emit("cica-concept-2024-draft", "s1-p5")
    assert window.reader().document.id == "cica-concept-2024-draft"


def test_search_hits_are_marked_on_the_timeline(qtbot, window, type_query):
    type_query(window, "digital forensics")
    timeline = window.workspace.timeline
    qtbot.waitUntil(lambda: bool(timeline.marked_items()))
    marked = {(item.event.doc_id, item.event.provision_id) for item in timeline.marked_items()}
    assert ("cica-concept-2024-draft", "s1-p5") in marked


def test_docks_are_restored_after_a_restart(qtbot, make_window):
    first = make_window(wait_index=False)
    first.workspace.timeline_dock.show()
    first.workspace.selection_dock.show()
    first.close()
    second = make_window(wait_index=False)
    assert second.workspace.timeline_dock.isVisible()
    assert second.workspace.selection_dock.isVisible()
