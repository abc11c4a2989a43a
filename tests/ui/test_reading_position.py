"""The reading position (the provision at the top) through pane toggles, zoom, ticks and a
restart; highlights that follow the current query; a library that follows the tab."""

DOC = "asean-russia-2018"


def read_at(qtbot, window, number=10):
    """Open DOC with its provision `number` at the top, as a user scrolled there."""
    reader = window.open_document(DOC)
    provision = reader.document.provisions[number].id
    reader.go_to(provision)
    qtbot.waitUntil(lambda: reader.provision_at_top() == provision)
    qtbot.wait(20)  # the go_to's second scroll, once laid out
    assert reader.provision_at_top() == provision
    return reader, provision


def stays(qtbot, reader, provision):
    qtbot.wait(50)  # every deferred scroll has run
    assert reader.browser.verticalScrollBar().value() > 0
    assert reader.provision_at_top() == provision


def test_zoom_keeps_the_provision_at_the_top(qtbot, window):
    reader, provision = read_at(qtbot, window)
    window.zoom(1)
    window.zoom(1)
    stays(qtbot, reader, provision)
    window.zoom(-1)
    stays(qtbot, reader, provision)


def test_hiding_and_showing_the_panes_keeps_the_provision_at_the_top(qtbot, window):
    reader, provision = read_at(qtbot, window)
    window.commands.show_search.setChecked(False)
    stays(qtbot, reader, provision)
    window.commands.show_contents.setChecked(False)
    stays(qtbot, reader, provision)
    window.commands.show_search.setChecked(True)
    window.commands.show_contents.setChecked(True)
    stays(qtbot, reader, provision)


def test_ticking_keeps_the_provision_at_the_top(qtbot, window):
    reader, provision = read_at(qtbot, window)
    window.selection.toggle_provision(DOC, reader.document.provisions[2].id)
    assert reader.options.selected  # the page was drawn again with the tick
    stays(qtbot, reader, provision)


def test_a_restart_restores_each_readers_position(qtbot, make_window, settings_path):
    first = make_window(wait_index=False)
    _reader, provision = read_at(qtbot, first)
    first.open_document("cica-statement-2022")  # the other tab, at its top, is in front
    first.close()
    second = make_window(wait_index=False)
    assert second.reader().document.id == "cica-statement-2022"
    second.tabs.setCurrentIndex(0)
    restored = second.reader()
    assert restored.document.id == DOC
    qtbot.waitUntil(lambda: restored.provision_at_top() == provision)


def test_highlights_follow_the_current_query_and_none_are_left_over(qtbot, window, type_query):
    results = type_query(window, "cooperation")
    window.search.go_to_hit(0)
    reader = window.reader()
    marked = {text.lower() for text in reader.highlighted_matches()}
    assert marked and all(text.startswith("cooperat") for text in marked)
    other = next(d.id for d in window.corpus if d.id != reader.document.id)
    window.open_document(other)  # another tab in front meanwhile
    type_query(window, "security")
    window.tabs.setCurrentWidget(reader)  # comes to the front: follows the new query
    marked = {text.lower() for text in reader.highlighted_matches()}
    assert "security" in marked and all(text.startswith("secur") for text in marked), marked
    window.search.box.clear()
    window.search.search_now()  # the query is cleared: so are the marks
    assert reader.highlighted_matches() == []
    assert results.total


def test_the_library_follows_the_active_tab(qtbot, window):
    window.open_document("cica-statement-2022")
    window.open_document("csto-statement-2022")
    assert window.library.current_document() == "csto-statement-2022"
    window.tabs.setCurrentIndex(0)
    assert window.library.current_document() == "cica-statement-2022"
