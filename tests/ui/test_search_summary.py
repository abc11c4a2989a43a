"""The search pane in a narrow window (a laptop, the Russian interface's longer words)."""

from PySide6.QtWidgets import QApplication

from ictviewer.ui.search.filters import SearchFilters
from ictviewer.ui.search.summary import ONE_ROW_WIDTH, ResultSummary


def test_the_toggles_move_under_the_count_when_the_pane_is_narrow(qtbot):
    summary = ResultSummary()
    qtbot.addWidget(summary)
    summary.count.setText("18 результатов · результат 1 из 18")
    summary.resize(ONE_ROW_WIDTH + 100, 60)
    summary.show()
    qtbot.waitUntil(summary.isVisible)
    assert summary.one_row
    count, toggle = summary.count.geometry(), summary.concepts_button.geometry()
    assert toggle.top() < count.bottom()  # beside it
    summary.resize(ONE_ROW_WIDTH - 120, 60)
    qtbot.waitUntil(lambda: not summary.one_row)
    QApplication.processEvents()
    count, toggle = summary.count.geometry(), summary.concepts_button.geometry()
    assert toggle.top() >= count.bottom()  # under it
    # the count keeps the whole width: one line, not a word a line
    lines = summary.count.heightForWidth(summary.count.width())
    assert lines <= summary.count.fontMetrics().lineSpacing() * 1.5


def test_a_long_filter_choice_ends_in_an_ellipsis_with_the_whole_in_its_tooltip(qtbot, corpus):
    filters = SearchFilters(corpus)
    qtbot.addWidget(filters)
    combo = filters.document
    combo.setCurrentIndex(combo.findData("csto-statement-2022"))
    assert combo.toolTip() == "Document: CSTO Foreign Ministers' Joint Statement 2022"
    combo.setCurrentIndex(0)
    assert combo.toolTip() == "Document: Any document"
    filters.resize(220, 60)
    filters.show()
    qtbot.waitUntil(filters.isVisible)
    image = combo.grab()  # painted elided without error at a width far below the text's
    assert not image.isNull() and combo.width() < combo.fontMetrics().horizontalAdvance(
        "CSTO Foreign Ministers' Joint Statement 2022"
    )
