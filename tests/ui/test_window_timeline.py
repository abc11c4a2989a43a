"""The timeline dock in the main window: linked both ways with the reader and the search."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

NOTE = "cica-note-2024"
WORKSHOP = ("cica-concept-2024-draft", "s1-p5")  # "2-3 October 2023", digital forensics


def centred(view, item):
    """The item's marker is in the middle third of the visible part of the timeline."""
    rect = view.canvas.visible_scene_rect()
    x = item.glyph_pos().x()
    return rect.left() + rect.width() / 3 <= x <= rect.right() - rect.width() / 3


def provision_visible(reader, provision_id):
    position = reader._position_of(provision_id)
    scroll = reader.browser.verticalScrollBar().value()
    layout = reader.browser.document().documentLayout()
    top = layout.blockBoundingRect(reader.browser.document().findBlock(position)).top()
    return scroll <= top < scroll + reader.browser.viewport().height()


def test_alt_4_shows_and_hides_the_timeline(qtbot, window, activate):
    dock = window.timeline
    assert not dock.isVisible()
    activate(window)
    QTest.keySequence(window, QKeySequence("Alt+4"))
    assert dock.isVisible()
    assert dock.height() >= 200  # a usable height the first time, not a sliver
    assert window.timeline.toggle in window.commands.view_menu.actions()
    QTest.keySequence(window, QKeySequence("Alt+4"))
    assert not dock.isVisible()


def test_clicking_an_event_opens_the_reader_at_the_provision_highlighted(qtbot, window):
    timeline = window.timeline
    timeline.present()
    view = timeline.view
    item = view.item_for(*WORKSHOP)
    view.select_event(*WORKSHOP)
    qtbot.wait(20)
    point = view.canvas.mapFromScene(item.glyph_pos())
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    reader = window.reader()
    assert reader is not None and reader.document.id == WORKSHOP[0]
    assert reader.options.current == WORKSHOP[1]  # drawn as the current provision
    qtbot.waitUntil(lambda: provision_visible(reader, WORKSHOP[1]))


def test_a_document_event_opens_the_document(window):
    window.timeline.view.open_provision_requested.emit("csto-statement-2022", "")
    assert window.reader().document.id == "csto-statement-2022"
    assert window.reader().options.current == ""


def test_show_on_timeline_from_the_reader_centres_on_the_document(qtbot, make_window):
    window = make_window(open_doc=NOTE, wait_index=False)
    timeline = window.timeline
    assert not timeline.isVisible()
    button = next(b for b in window.reader().findChildren(QToolButton) if b.text() == "On timeline")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert timeline.isVisible()
    view = timeline.view
    event = view.current_event()
    assert event.doc_id == NOTE and event.provision_id is None
    item = view.item_for(NOTE)
    assert view.canvas.visible_scene_rect().contains(item.glyph_pos())
    # zoomed in and looking at the earliest years, it scrolls to the document
    for _ in range(4):
        view.zoom_in()
    view.canvas.horizontalScrollBar().setValue(0)
    assert not centred(view, item)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: centred(view, item))


def test_show_on_timeline_shortcut_and_library_menu(qtbot, make_window, activate):
    window = make_window(open_doc="asean-russia-2018", wait_index=False)
    timeline = window.timeline
    activate(window)
    QTest.keySequence(window, QKeySequence("Ctrl+Shift+L"))
    assert timeline.isVisible()
    assert timeline.view.current_event().doc_id == "asean-russia-2018"
    menu = window.library.context_menu("csto-statement-2022")
    next(a for a in menu.actions() if "timeline" in a.text()).trigger()
    assert timeline.view.current_event().doc_id == "csto-statement-2022"


def test_search_hits_are_marked_and_cleared_with_the_query(qtbot, window, type_query):
    timeline = window.timeline.view
    type_query(window, "digital forensics")
    marked = {(item.event.doc_id, item.event.provision_id) for item in timeline.marked_items()}
    assert WORKSHOP in marked
    assert "search hits" in timeline.legend.note
    window.search.box.clear()
    window.search.search_now()
    assert timeline.marked_items() == []


def test_a_newer_search_replaces_the_marks(qtbot, window, type_query):
    timeline = window.timeline.view
    type_query(window, "digital forensics")
    before = {item.event.doc_id for item in timeline.marked_items()}
    type_query(window, "Хатшылық")  # Kazakh: only the note verbale has it
    after = {item.event.doc_id for item in timeline.marked_items()}
    assert after == {NOTE} != before


def test_the_last_provision_stays_in_view_when_the_timeline_opens(qtbot, make_window):
    window = make_window(open_doc="cica-concept-2022", wait_index=False)
    reader = window.reader()
    last = reader.document.provisions[-1].id
    reader.go_to(last)
    qtbot.waitUntil(lambda: provision_visible(reader, last))
    bar = reader.browser.verticalScrollBar()
    assert bar.value() == bar.maximum()  # the end of the page: it cannot go to the top
    height = reader.browser.viewport().height()
    window.timeline.present()
    qtbot.waitUntil(lambda: reader.browser.viewport().height() < height - 100)
    assert bar.value() == bar.maximum()  # still at the end: the last lines stay in view
