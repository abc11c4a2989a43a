"""Zoom reaches the whole reading area: the contents tree, the hit list, the legend (#16)."""

from PySide6.QtWidgets import QAbstractItemView, QApplication


def size_at(zoom: int) -> float:
    return QApplication.font().pointSizeF() * zoom / 100


def zoom_to(window, percent: int) -> None:
    step = window.commands.zoom_in if percent > window.settings.zoom else window.commands.zoom_out
    while window.settings.zoom != percent:
        step.trigger()


def test_zoom_scales_the_lists_beside_the_text(qtbot, window, type_query):
    reader = window.open_document("cica-statement-2022")
    type_query(window, "cooperation")
    hits = window.search.list
    qtbot.waitUntil(lambda: hits.model().rowCount() > 0)
    row_before = hits.sizeHintForRow(0)
    contents_row = reader.contents.sizeHintForRow(0)
    assert reader.contents.font().pointSizeF() == size_at(100)

    zoom_to(window, 200)
    assert reader.contents.font().pointSizeF() == size_at(200)
    assert hits.font().pointSizeF() == size_at(200)
    assert hits.sizeHintForRow(0) > row_before * 1.5  # the rows are measured in the new font
    assert reader.contents.sizeHintForRow(0) > contents_row * 1.5
    # the query box and the filters keep the interface's size
    assert window.search.box.font().pointSizeF() == size_at(100)

    view = window.tabs.open_comparison("cica-statement-2022", "asean-russia-2018")
    assert view.legend.font().pointSizeF() == size_at(200)  # a new tab opens at the zoom
    for inner in view.legend.findChildren(QAbstractItemView):
        assert inner.font().pointSizeF() == size_at(200)

    window.commands.zoom_reset.trigger()
    assert window.settings.zoom == 100
    for widget in (reader.contents, hits, view.legend):
        assert widget.font().pointSizeF() == size_at(100)


def test_a_new_window_opens_its_lists_at_the_saved_zoom(make_window):
    first = make_window(wait_index=False)
    zoom_to(first, 150)
    first.close()
    second = make_window(wait_index=False)
    assert second.settings.zoom == 150
    assert second.search.list.font().pointSizeF() == size_at(150)
    reader = second.open_document("csto-statement-2022")
    assert reader.contents.font().pointSizeF() == size_at(150)


def heading_sizes(reader) -> list[float]:
    """The point size each heading of the reader's page is drawn in."""
    sizes = []
    block = reader.browser.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.text().strip():
            sizes.append(block.begin().fragment().charFormat().font().pointSizeF())
        block = block.next()
    return sizes


def test_the_title_and_section_headings_follow_the_zoom(window):
    """Qt's own size for <h1>/<h2> won over the page's: headings stayed 18 pt at 200%."""
    reader = window.open_document("cica-statement-2022")
    before = heading_sizes(reader)
    assert len(before) >= 3  # the title and the sections
    zoom_to(window, 200)
    after = heading_sizes(reader)
    assert [round(a / b, 2) for a, b in zip(after, before, strict=True)] == [2.0] * len(before)
