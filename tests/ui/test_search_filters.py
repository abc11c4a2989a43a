"""The search's filter row alone: what it reports, and when it says it changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ictviewer.ui.search.filters import SearchFilters


def test_values_are_none_for_any_and_the_chosen_data_otherwise(qtbot, corpus):
    filters = SearchFilters(corpus)
    qtbot.addWidget(filters)
    assert set(filters.values().values()) == {None}
    filters.organisation.setCurrentIndex(filters.organisation.findData("CSTO"))
    assert filters.values()["organisation"] == "CSTO"


def test_a_half_typed_date_is_not_announced_and_a_whole_one_is(qtbot, corpus):
    filters = SearchFilters(corpus)
    qtbot.addWidget(filters)
    with qtbot.assertNotEmitted(filters.changed):
        QTest.keyClicks(filters.date_from, "20")
    assert filters.values()["date_from"] is None
    with qtbot.waitSignal(filters.changed):
        QTest.keyClicks(filters.date_from, "22")
    assert filters.values()["date_from"] == "2022"


def test_state_round_trips_without_announcing_each_change(qtbot, corpus):
    filters = SearchFilters(corpus)
    qtbot.addWidget(filters)
    filters.language.setCurrentIndex(filters.language.findData("kk"))
    filters.date_to.setText("2023-10")
    state = filters.state()
    other = SearchFilters(corpus)
    qtbot.addWidget(other)
    with qtbot.assertNotEmitted(other.changed):
        other.restore(state)
    assert other.values() == filters.values()
    assert other.language.currentData() == "kk"
    QTest.keyClick(other.date_to, Qt.Key.Key_Backspace)  # "2023-1" is not a date yet
    assert other.values()["date_to"] is None
