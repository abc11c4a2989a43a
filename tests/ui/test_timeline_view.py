"""The timeline view on the real corpus: lanes, clicks, keys, zoom, search hits, filters, export."""

from __future__ import annotations

import datetime as dt
import html
from itertools import combinations

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ictviewer.timeline import build_timeline, filter_events
from ictviewer.ui import theme
from ictviewer.ui.timeline import TimelineView
from ictviewer.ui.timeline.layout import MIN_LABEL, Chip, assign_rows
from ictviewer.ui.timeline.text import human_date

TODAY = dt.date(2026, 11, 23)
WORKSHOP = ("cica-concept-2024-draft", "s1-p5")  # "2-3 October 2023", digital forensics


@pytest.fixture(scope="module")
def events(corpus):
    return build_timeline(corpus)


@pytest.fixture
def view(qtbot, events):
    widget = TimelineView(events, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.fit_all()
    return widget


def workshop(view):
    return next(i for i in view.items() if i.event.date == "2023-10-02")


def click(qtbot, view, item):
    pos = view.canvas.mapFromScene(item.glyph_pos())
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def shown(view):
    return [i for i in view.items() if i.isVisible()]


def inside_view(view, item) -> bool:
    return view.canvas.visible_scene_rect().contains(item.sceneBoundingRect())


# -- lanes ------------------------------------------------------------------------------------


def test_one_lane_per_organisation_with_the_cores_events(view, events):
    assert view.scene.lanes == ["ASEAN-Russia", "CICA", "CSTO", "UN"]
    for lane in view.scene.lanes:
        items = [i for i in shown(view) if i.event.organisation == lane]
        assert len(items) == len(filter_events(events, organisation=lane)) > 0
        rect = view.scene.lane_rects[lane]
        assert all(rect.contains(i.sceneBoundingRect()) for i in items), lane
    assert len(view.items()) == len(events)


def test_documents_are_drawn_apart_from_mentions_and_approximate_dates_as_bands(view):
    documents = [i for i in view.items() if i.event.is_document]
    assert {i.event.doc_id for i in documents} >= {"cica-statement-2022", "csto-statement-2022"}
    approximate = [i for i in view.items() if i.event.approximate]
    assert approximate and all(i.geometry.band is not None for i in approximate)
    year = next(i for i in approximate if i.event.date == "2005")  # never a fake 1 January
    band = year.mapRectToScene(year.geometry.band)
    scale = view.scene.scale
    assert band.left() <= scale.x(dt.date(2005, 1, 1)) + 1
    assert band.right() >= scale.x(dt.date(2005, 12, 31)) - 1


def test_human_dates(view, events):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        assert human_date(workshop(view).event) == "2–3 October 2023"
        by_date = {e.date: e for e in events}
        assert human_date(by_date["2022-10"]) == "October 2022"
        assert human_date(by_date["2005"]) == "2005"
        assert human_date(by_date["2021"]) == "2021–2025"
    finally:
        QLocale.setDefault(QLocale.system())


def test_tooltip_has_the_full_label_date_and_citation(view):
    item = workshop(view)
    tip = item.toolTip()
    assert "Online workshop “Digital Forensics”" in tip
    assert human_date(item.event) in tip
    assert item.event.citation.startswith("CICA Concept Paper 2024-2025")
    assert html.escape(item.event.citation) in tip


# -- clicks and keys --------------------------------------------------------------------------


def test_clicking_an_event_opens_its_provision(qtbot, view):
    item = workshop(view)
    assert item.isVisible() and inside_view(view, item)
    with qtbot.waitSignal(view.open_provision_requested) as blocker:
        click(qtbot, view, item)
    assert blocker.args == list(WORKSHOP)
    assert view.current_event() == item.event


def test_clicking_a_document_event_opens_the_document(qtbot, view):
    item = view.item_for("csto-statement-2022")
    with qtbot.waitSignal(view.open_provision_requested) as blocker:
        click(qtbot, view, item)
    assert blocker.args == ["csto-statement-2022", ""]


def test_a_drag_pans_and_opens_nothing(qtbot, view):
    view.zoom_in()
    view.zoom_in()
    bar = view.canvas.horizontalScrollBar()
    before = bar.value()
    viewport = view.canvas.viewport()
    start = view.canvas.mapFromScene(workshop(view).glyph_pos())
    with qtbot.assertNotEmitted(view.open_provision_requested):
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
        for step in range(1, 11):
            QTest.mouseMove(viewport, start - QPoint(step * 20, 0))
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start - QPoint(200, 0))
    assert bar.value() > before


def test_enter_on_the_focused_event_opens_it(qtbot, view):
    view.canvas.setFocus()
    assert view.select_event(*WORKSHOP)
    with qtbot.waitSignal(view.open_provision_requested) as blocker:
        QTest.keyClick(view.canvas, Qt.Key.Key_Return)
    assert blocker.args == list(WORKSHOP)


def test_tab_and_arrows_move_between_events_by_date(qtbot, view):
    order = [i.index for i in shown(view)]
    view.canvas.setFocus()
    QTest.keyClick(view.canvas, Qt.Key.Key_Home)
    assert view.canvas.current == order[0]
    QTest.keyClick(view.canvas, Qt.Key.Key_Tab)
    QTest.keyClick(view.canvas, Qt.Key.Key_Right)
    assert view.canvas.current == order[2]
    QTest.keyClick(view.canvas, Qt.Key.Key_Left)
    assert view.canvas.current == order[1]
    QTest.keyClick(view.canvas, Qt.Key.Key_End)
    assert view.canvas.current == order[-1]
    firsts = [view.events[i].first for i in order]
    assert firsts == sorted(firsts)


def test_up_and_down_change_lane(qtbot, view):
    view.canvas.setFocus()
    view.select_event(*WORKSHOP)
    QTest.keyClick(view.canvas, Qt.Key.Key_Down)
    assert view.current_event().organisation == "CSTO"
    QTest.keyClick(view.canvas, Qt.Key.Key_Up)
    QTest.keyClick(view.canvas, Qt.Key.Key_Up)
    assert view.current_event().organisation == "ASEAN-Russia"


# -- zoom and pan -----------------------------------------------------------------------------


def test_fit_all_shows_every_event(view):
    for item in shown(view):
        assert inside_view(view, item), item.event.label
    first, last = view.visible_range()
    assert first <= min(e.first for e in view.events)
    assert last >= max(e.last for e in view.events)
    assert view.canvas.horizontalScrollBar().maximum() == 0


def test_zoom_in_narrows_the_visible_range_and_fit_restores_it(qtbot, view):
    first, last = view.visible_range()
    view.zoom_in()
    narrower = view.visible_range()
    assert (narrower[1] - narrower[0]) < (last - first)
    view.canvas.setFocus()
    QTest.keyClick(view.canvas, Qt.Key.Key_Plus)
    assert view.visible_range()[1] - view.visible_range()[0] < narrower[1] - narrower[0]
    QTest.keyClick(view.canvas, Qt.Key.Key_Minus)
    QTest.keyClick(view.canvas, Qt.Key.Key_0)
    assert view.visible_range() == (first, last)
    assert all(inside_view(view, i) for i in shown(view))


def test_zoom_out_stops_at_fit_all(view):
    span = view.visible_range()
    view.zoom_out()
    assert view.visible_range() == span


def wheel(view, pos, dy=0, dx=0, modifiers=Qt.KeyboardModifier.NoModifier):
    viewport = view.canvas.viewport()
    event = QWheelEvent(
        QPointF(pos), QPointF(viewport.mapToGlobal(pos)), QPoint(), QPoint(dx, dy),
        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(viewport, event)


def test_wheel_zooms_at_the_cursor_and_shift_wheel_pans(qtbot, view):
    item = workshop(view)
    pos = view.canvas.mapFromScene(item.glyph_pos())
    day = view.scene.scale.day_at(item.glyph_pos().x())
    span = view.visible_range()
    for _ in range(4):
        wheel(view, pos, dy=120)
    first, last = view.visible_range()
    assert last - first < (span[1] - span[0]) / 2
    assert abs(view.scene.scale.day_at(view.canvas.mapToScene(pos).x()) - day) <= dt.timedelta(3)
    wheel(view, pos, dy=-120, modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert view.visible_range()[0] > first
    wheel(view, pos, dy=120, modifiers=Qt.KeyboardModifier.ControlModifier)
    assert view.visible_range()[1] - view.visible_range()[0] < last - first


def test_shift_arrows_pan(qtbot, view):
    view.zoom_in()
    view.zoom_in()
    view.canvas.horizontalScrollBar().setValue(0)
    before = view.visible_range()
    QTest.keyClick(view.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    after = view.visible_range()
    assert after[0] > before[0]


def test_lane_headers_stay_at_the_left_edge_when_panning(view):
    view.zoom_in()
    view.zoom_in()
    bar = view.canvas.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    header = view.scene.headers["CICA"]
    assert view.canvas.mapFromScene(header.scenePos()).x() == 0
    axis = view.scene.axis
    assert view.canvas.mapFromScene(axis.scenePos()).y() == 0


def test_centre_on_document(view):
    view.zoom_in()
    view.zoom_in()
    view.zoom_in()
    view.canvas.horizontalScrollBar().setValue(0)
    assert view.centre_on_document("cica-note-2024")
    item = view.item_for("cica-note-2024")
    assert view.current_event() == item.event and item.event.is_document
    x = view.canvas.mapFromScene(item.glyph_pos()).x()
    width = view.canvas.viewport().width()
    assert width * 0.3 < x < width * 0.8
    assert not view.centre_on_document("no-such-document")


def test_centre_on_a_filtered_out_document_shows_its_lane(view):
    view.set_filters({"CICA"}, None)
    assert view.centre_on_document("csto-statement-2022")
    assert "CSTO" in view.filters()[0] and view.item_for("csto-statement-2022").isVisible()


# -- search hits, filters ---------------------------------------------------------------------


def test_search_hits_mark_their_events_and_a_new_search_clears_them(view):
    assert view.set_search_hits([WORKSHOP, WORKSHOP]) >= 2
    marked = {(i.event.doc_id, i.event.provision_id) for i in view.marked_items()}
    assert ("cica-concept-2024-draft", "s1-p5") in marked
    assert ("cica-concept-2024-draft", None) in marked  # the document's own event
    assert workshop(view).hits == 2
    assert "search hit" in workshop(view).toolTip()

    view.set_search_hits([("csto-statement-2022", "p10")])
    marked = {(i.event.doc_id, i.event.provision_id) for i in view.marked_items()}
    assert marked == {("csto-statement-2022", "p10"), ("csto-statement-2022", None)}
    assert workshop(view).hits == 0

    view.set_search_hits([])
    assert view.marked_items() == []


def test_search_hits_accept_result_objects(view):
    class Hit:
        doc_id, provision_id = WORKSHOP

    view.set_search_hits([Hit()])
    assert workshop(view).hits == 1


def test_filters_hide_a_lane_and_kinds(qtbot, view):
    view.set_filters({"ASEAN-Russia", "CICA", "CSTO"}, None)
    assert not any(i.isVisible() for i in view.items() if i.event.organisation == "UN")
    assert not view.scene.headers["UN"].isVisible()
    assert "UN" not in view.scene.lane_rects
    assert not view.lane_boxes["UN"].isChecked()

    view.lane_boxes["UN"].setChecked(True)  # the filter bar's checkbox
    assert view.scene.headers["UN"].isVisible()

    view.kind_actions["reference"].setChecked(False)
    assert not any(i.isVisible() for i in view.items() if i.event.kind == "reference")
    assert "reference" not in view.filters()[1]
    view.set_filters(None, {"workshop"})
    assert {i.event.kind for i in shown(view)} == {"workshop"}
    assert all(inside_view(view, i) for i in shown(view))  # still fitted
    view.set_filters(None, None)
    assert len(shown(view)) == len(view.items())


# -- labels -----------------------------------------------------------------------------------


def assert_labels_apart(view):
    for lane in view.scene.lane_rects:
        items = [i for i in shown(view) if i.event.organisation == lane]
        labels = [(i, i.label_rect()) for i in items if not i.label_rect().isEmpty()]
        assert labels, lane
        for (a, ra), (b, rb) in combinations(labels, 2):
            assert not ra.intersects(rb), (a.event.label, b.event.label)
        for a, ra in labels:  # nor over another event's marker
            for b in items:
                if b is not a:
                    marker = b.glyph_pos()
                    assert not ra.adjusted(-4, 0, 4, 0).contains(marker), (
                        a.event.label,
                        b.event.label,
                    )


def test_labels_do_not_overlap(view):
    assert_labels_apart(view)
    view.set_search_hits([WORKSHOP])  # badges make labels wider
    assert_labels_apart(view)
    for _ in range(6):
        view.zoom_in()
        assert_labels_apart(view)


def test_zooming_in_reveals_hidden_labels(view):
    hidden = sum(1 for i in shown(view) if not i.geometry.text)
    view.select_event(*WORKSHOP)
    for _ in range(8):
        view.zoom_in()
    assert workshop(view).geometry.text == "Online workshop “Digital Forensics”"
    assert sum(1 for i in shown(view) if not i.geometry.text) <= hidden


def test_rows_never_overlap_and_crowded_labels_are_elided():
    chips = [Chip(x, x + 20, x + 23, 200) for x in (0, 30, 60, 400)]
    placements = assign_rows(chips, max_rows=2)
    assert [p.row for p in placements] == [0, 1, 0, 0]
    assert placements[0].label_width == 0  # 60 - 23 - 6 is too narrow to say anything
    assert placements[2].label_width == 200
    assert all(p.label_width == 0 or p.label_width >= MIN_LABEL for p in placements)


# -- theme and export -------------------------------------------------------------------------


def test_follows_the_dark_theme(qapp, view):
    assert not view.look.colours.dark
    theme.apply(qapp, "dark")
    assert view.look.colours.dark
    assert view.look.colours.base == theme.palette("dark").color(view.palette().ColorRole.Base)
    theme.apply(qapp, "light")
    assert not view.look.colours.dark


def test_export_png_and_pdf(tmp_path, view):
    view.zoom_in()
    range_before = view.visible_range()
    png = view.export_image(tmp_path / "timeline.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    pdf = view.export_image(tmp_path / "timeline.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 5_000
    assert view.visible_range() == range_before  # the view is as it was
    with pytest.raises(ValueError):
        view.export_image(tmp_path / "timeline.gif")


def test_today_is_marked(view):
    x = view.scene.scale.x(TODAY)
    assert view.canvas.visible_scene_rect().left() < x < view.canvas.visible_scene_rect().right()
    assert view.scene.axis.today_rect().width() > 0


def test_an_empty_timeline_is_still_a_timeline(qtbot):
    empty = TimelineView([], today=TODAY)
    qtbot.addWidget(empty)
    empty.resize(600, 300)
    empty.show()
    qtbot.waitExposed(empty)
    assert empty.items() == [] and empty.scene.lanes == []
    first, last = empty.visible_range()
    assert first <= TODAY <= last
    empty.zoom_in()
    QTest.keyClick(empty.canvas, Qt.Key.Key_Right)
    assert empty.set_search_hits([WORKSHOP]) == 0
    assert not empty.centre_on_document("cica-note-2024")


@pytest.mark.parametrize("suffix", [".png", ".pdf"])
def test_a_short_write_keeps_the_old_export(tmp_path, view, monkeypatch, suffix):
    """A full disk (simulated: the written file is cut short) fails and keeps the old file."""
    from ictviewer.ui.timeline import export as timeline_export

    target = tmp_path / f"timeline{suffix}"
    target.write_bytes(b"the previous export")
    paint = timeline_export._png if suffix == ".png" else timeline_export._pdf

    def full_disk(canvas, path, note):
        paint(canvas, path, note)
        with open(path, "r+b") as stream:
            stream.truncate(200)

    monkeypatch.setattr(timeline_export, "_png" if suffix == ".png" else "_pdf", full_disk)
    with pytest.raises(OSError, match="completely"):
        view.export_image(target)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
