"""Room to read on a 1366x768 laptop: focus mode, full screen, the window's minimum width."""

from __future__ import annotations

import statistics

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF, QKeySequence, QTextCharFormat
from PySide6.QtTest import QTest

from ictviewer.ui.compare import CompareView
from ictviewer.ui.settings import Settings

STATEMENT, ASEAN = "cica-statement-2022", "asean-russia-2018"
CONCEPT_2022 = "cica-concept-2022"
LAPTOP = (1366, 768)


def laptop_comparison(qtbot, make_window, left=STATEMENT, right=ASEAN):
    window = make_window(wait_index=False)
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: window.width() == LAPTOP[0], timeout=2000)
    view = window.tabs.open_comparison(left, right)
    qtbot.waitUntil(lambda: view.comparison is not None, timeout=10000)
    window.layout().activate()
    qtbot.wait(50)
    return window, view


def line_lengths(pane) -> list[int]:
    """Characters on each full line of the provisions' text (not the last line of each,
    nor a label and its notes set above the text on a narrow pane)."""
    lengths: list[int] = []
    block = pane.browser.document().begin()
    while block.isValid():
        layout = block.layout()
        body = block.text().rfind("\u2028") + 1  # after the label's line breaks, if any
        if layout.lineCount() >= 3 and block.text() and not block.text()[0].isdigit():
            for i in range(layout.lineCount() - 1):
                if layout.lineAt(i).textStart() >= body:
                    lengths.append(layout.lineAt(i).textLength())
        block = block.next()
    return lengths


def body_format(pane) -> QTextCharFormat:
    """The character format of ordinary provision text (not a heading, label or tag)."""
    block = pane.browser.document().begin()
    while block.isValid():
        if block.layout().lineCount() >= 3:
            for item in block:
                fmt = item.fragment().charFormat()
                if not fmt.isAnchor() and not fmt.fontWeight() > 400:
                    return fmt
        block = block.next()
    raise AssertionError("no provision text on the page")


def test_each_column_shows_45_characters_a_line_at_1366x768(qtbot, make_window):
    window, view = laptop_comparison(qtbot, make_window)
    assert window.focus_mode  # a comparison on a small screen opens in focus mode
    assert not window.search.isVisible() and not window.library.isVisible()
    for pane in (view.left, view.right):
        # Measured with the font of the text on the width the pane's viewport leaves it.
        metrics = QFontMetricsF(body_format(pane).font())
        sample = pane.document.provisions[0].text
        per_char = metrics.horizontalAdvance(sample) / len(sample)
        margin = 118 + 12 + 10 + 2 * pane.browser.document().documentMargin()
        usable = pane.browser.viewport().width() - margin
        assert usable / per_char >= 45, (pane.side, usable, per_char)
        # And as laid out: the median full line of the provisions.
        lengths = line_lengths(pane)
        assert lengths and statistics.median(lengths) >= 45, (pane.side, lengths[:12])


def test_focus_mode_hides_the_side_panes_and_brings_them_back(qtbot, make_window, activate):
    window = activate(make_window(open_doc=STATEMENT, wait_index=False))
    window.resize(1900, 1000)
    window.timeline.present()
    assert window.search.isVisible() and window.library.isVisible()
    assert window.timeline.isVisible()
    QTest.keySequence(window, QKeySequence("Ctrl+Shift+M"))
    assert window.focus_mode
    assert not window.search.isVisible() and not window.library.isVisible()
    assert not window.timeline.isVisible() and not window.selection.isVisible()
    assert window.reader().bar.focus.isChecked()  # the visible button shows the mode
    window.reader().bar.focus.trigger()  # the button leaves it again
    assert not window.focus_mode
    assert window.search.isVisible() and window.library.isVisible()
    assert window.timeline.isVisible()
    assert not window.selection.isVisible()  # it was hidden before: it stays hidden


def test_focus_mode_is_remembered_across_a_restart(qtbot, make_window, settings_path):
    window = make_window(open_doc=STATEMENT, wait_index=False)
    window.commands.focus_mode.trigger()
    assert window.focus_mode
    window.close()
    again = make_window(wait_index=False, path=settings_path)
    assert again.focus_mode
    assert not again.search.isVisible() and not again.library.isVisible()
    again.commands.focus_mode.trigger()
    assert again.search.isVisible() and again.library.isVisible()  # as before focus mode


def test_leaving_focus_mode_in_front_of_a_comparison_is_remembered(qtbot, make_window):
    window, view = laptop_comparison(qtbot, make_window)
    assert window.focus_mode and view.toolbar.focus_button.isChecked()
    view.toolbar.focus_button.click()  # the user wants the panes with comparisons
    assert not window.focus_mode and window.search.isVisible()
    assert not window.settings.get("preferences/focus_for_comparisons")
    window.tabs.open_comparison(CONCEPT_2022, STATEMENT)
    assert not window.focus_mode  # the next comparison keeps them too


def test_a_large_window_opens_a_comparison_beside_the_panes(qtbot, make_window):
    window = make_window(wait_index=False)
    window.resize(1900, 1050)
    qtbot.waitUntil(lambda: window.width() == 1900, timeout=2000)
    window.tabs.open_comparison(STATEMENT, ASEAN)
    assert not window.focus_mode and window.search.isVisible()


def test_f11_toggles_full_screen(qtbot, make_window):
    window = make_window(wait_index=False)
    assert QKeySequence("F11") in window.commands.full_screen.shortcuts()
    window.commands.full_screen.trigger()
    qtbot.waitUntil(
        lambda: bool(window.windowState() & Qt.WindowState.WindowFullScreen), timeout=2000
    )
    window.commands.full_screen.trigger()
    qtbot.waitUntil(
        lambda: not window.windowState() & Qt.WindowState.WindowFullScreen, timeout=2000
    )


def test_the_window_can_share_half_a_laptop_screen(qtbot, make_window):
    window = make_window(open_doc=STATEMENT, wait_index=False)
    assert window.minimumSizeHint().width() <= LAPTOP[0] // 2
    assert window.minimumWidth() <= LAPTOP[0] // 2
    window.resize(LAPTOP[0] // 2, 700)
    qtbot.waitUntil(lambda: window.width() <= LAPTOP[0] // 2, timeout=2000)


def test_a_pair_chosen_in_the_matrix_opens_in_a_new_tab(qtbot, make_window):
    window, view = laptop_comparison(qtbot, make_window)
    if view.matrix.model.rowCount() == 0:
        with qtbot.waitSignal(view.matrix_ready, timeout=10000):
            pass
    count = window.tabs.count()
    view.show_matrix()
    model, table = view.matrix.model, view.matrix.table
    row = model.row_of("capacity-building")
    for doc_id in (CONCEPT_2022, STATEMENT):
        index = model.index(row, model.column_of(doc_id))
        table.scrollTo(index)
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
        )
    assert window.tabs.count() == count + 1
    new = window.tabs.currentWidget()
    assert isinstance(new, CompareView) and new is not view
    assert new.documents() == (CONCEPT_2022, STATEMENT)
    assert view.documents() == (STATEMENT, ASEAN)  # the comparison being read is still there
    qtbot.waitUntil(lambda: new.comparison is not None, timeout=10000)
    selected = new.legend.view.currentIndex()
    qtbot.waitUntil(
        lambda: (
            new.legend.view.currentIndex().row() == new.legend.model.row_of("capacity-building")
        ),
        timeout=2000,
    )
    assert selected is not None
    # The same pair again: its tab, not a second one.
    view.matrix.pick(model.column_of(CONCEPT_2022), "")
    view.matrix.pick(model.column_of(STATEMENT), "")
    assert window.tabs.count() == count + 1


def test_the_legend_can_be_hidden_and_that_is_remembered(qtbot, make_window, settings_path):
    window, view = laptop_comparison(qtbot, make_window)
    width = view.left.browser.viewport().width()
    view.toolbar.legend_button.click()
    assert not view.legend.isVisible()
    qtbot.waitUntil(lambda: view.left.browser.viewport().width() > width, timeout=2000)
    assert not Settings(settings_path).get("preferences/compare_legend")
    other = window.tabs.open_comparison(CONCEPT_2022, STATEMENT)
    assert not other.legend.isVisible() and not other.toolbar.legend_button.isChecked()


def test_the_summary_and_choosers_elide_with_their_full_text_in_a_tooltip(qtbot, make_window):
    window, view = laptop_comparison(qtbot, make_window)
    window.resize(LAPTOP[0] // 2, 700)
    qtbot.waitUntil(lambda: window.width() <= LAPTOP[0] // 2, timeout=2000)
    qtbot.wait(50)
    summary = view.toolbar.summary
    assert summary.text() and summary.toolTip() == summary.text()
    assert summary.elided() != summary.text() and summary.elided().endswith("…")
    chooser = view.left.chooser
    assert window.corpus.get(STATEMENT).title in chooser.toolTip()
    assert chooser.mapTo(window, QPoint(chooser.width(), 0)).x() <= window.width()


def test_half_a_screen_moves_the_legend_aside_and_the_labels_above(qtbot, make_window):
    window, view = laptop_comparison(qtbot, make_window)
    assert view.legend.isVisible() and not view.left.options.label_above
    window.resize(LAPTOP[0] // 2, 700)
    qtbot.waitUntil(lambda: not view.legend.isVisible(), timeout=2000)
    assert not view.toolbar.legend_button.isChecked()
    qtbot.waitUntil(lambda: view.left.width() > 300, timeout=2000)  # the legend's width is theirs
    assert view.left.options.label_above and view.right.options.label_above
    # Each provision's label sits on its own line above the text, not in a margin column.
    assert 'width="118"' not in view.left.browser.toHtml()
    lengths = line_lengths(view.left)
    assert lengths and statistics.median(lengths) >= 30, lengths[:12]
    assert window.settings.get("preferences/compare_legend")  # not the user's choice
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: view.legend.isVisible(), timeout=2000)
    assert not view.left.options.label_above
