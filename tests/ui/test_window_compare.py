"""Comparisons in the main window: opened from the menu, the reader, the library; in tabs."""

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from ictviewer.ui import theme
from ictviewer.ui.compare import CompareView

STATEMENT, ASEAN = "cica-statement-2022", "asean-russia-2018"
CONCEPT_2022, CONCEPT_2024 = "cica-concept-2022", "cica-concept-2024-draft"


def compare_tab(window):
    view = window.tabs.currentWidget()
    assert isinstance(view, CompareView), view
    return view


def test_the_compare_shortcut_pairs_the_current_document_with_the_next(
    qtbot, make_window, activate
):
    window = activate(make_window(open_doc=CONCEPT_2022, wait_index=False))
    QTest.keySequence(window, QKeySequence("Ctrl+Shift+D"))
    view = compare_tab(window)
    ids = [d.id for d in window.corpus]
    assert view.documents() == (CONCEPT_2022, ids[ids.index(CONCEPT_2022) + 1])
    assert window.reader() is None  # a compare tab is not a reader
    left, right = (window.corpus.get(i).short_title for i in view.documents())
    assert window.tabs.tabText(window.tabs.currentIndex()) == f"{left} ↔ {right}"
    assert window.windowTitle().startswith(f"{left} ↔ {right}")
    qtbot.waitUntil(lambda: view.comparison is not None, timeout=10000)
    assert window.commands.compare in window.commands.file_menu.actions()


def test_compare_with_from_the_reader_bar(qtbot, make_window):
    window = make_window(open_doc=STATEMENT, wait_index=False)
    button = next(
        b for b in window.reader().findChildren(QToolButton) if b.text() == "Compare with"
    )
    menu = button.defaultAction().menu()
    assert button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
    assert STATEMENT not in [a.data() for a in menu.actions()]
    next(a for a in menu.actions() if a.data() == ASEAN).trigger()
    assert compare_tab(window).documents() == (STATEMENT, ASEAN)
    # asking again for the same pair shows the tab already open
    window.tabs.setCurrentIndex(0)
    next(a for a in menu.actions() if a.data() == ASEAN).trigger()
    assert window.tabs.count() == 2 and compare_tab(window).documents() == (STATEMENT, ASEAN)


def test_compare_with_from_the_library(make_window):
    window = make_window(wait_index=False)
    menu = window.library.context_menu(CONCEPT_2022)
    submenu = next(a.menu() for a in menu.actions() if a.menu())
    next(a for a in submenu.actions() if a.data() == CONCEPT_2024).trigger()
    assert compare_tab(window).documents() == (CONCEPT_2022, CONCEPT_2024)


def test_a_double_click_in_the_comparison_opens_the_provision_in_a_reader(qtbot, window):
    view = window.tabs.open_comparison(STATEMENT, ASEAN)
    assert view is compare_tab(window)
    qtbot.waitUntil(lambda: view.comparison is not None, timeout=10000)
    browser = view.right.browser
    view.right.go_to("p10")
    point = browser.cursorRect(browser.document().find("narrow")).center()
    qtbot.mouseDClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    reader = window.reader()
    assert reader is not None and reader.document.id == ASEAN
    assert reader.options.current == "p10"
    assert window.tabs.count() == 2  # the comparison stays open beside it


def test_an_unknown_document_opens_no_tab(window):
    assert window.tabs.open_comparison(STATEMENT, "nope") is None
    assert window.tabs.count() == 0
    assert "nope" in window.statusBar().currentMessage()


def test_zoom_and_theme_reach_the_comparison(qtbot, window):
    view = window.tabs.open_comparison(STATEMENT, ASEAN)
    window.zoom(1)
    assert view.zoom == 110
    window.set_theme_mode("dark")
    assert view.scheme == "dark"
    window.set_theme_mode("light")
    assert view.scheme == "light"
    assert theme.current_scheme() == "light"


def test_opening_a_document_finds_its_tab_past_a_comparison(window):
    window.open_document(STATEMENT)
    window.tabs.open_comparison(CONCEPT_2022, CONCEPT_2024)
    window.open_document(ASEAN)
    window.open_document(STATEMENT)
    assert window.reader().document.id == STATEMENT
    window.open_document(ASEAN)
    assert window.reader().document.id == ASEAN


def test_closing_a_comparison_tab(qtbot, window):
    view = window.tabs.open_comparison(STATEMENT, ASEAN)
    window.close_tab(window.tabs.indexOf(view))
    assert window.tabs.count() == 0
    assert window.reader_area.currentWidget() is window.welcome


def test_the_search_query_is_marked_in_an_open_comparison(qtbot, window, type_query):
    """What the search found is marked in both texts of a comparison, as in the reader."""
    view = window.tabs.open_comparison(STATEMENT, ASEAN)
    qtbot.waitSignal(view.comparison_ready, timeout=20000)
    mark = theme.reader_colours(view.scheme).mark

    def marked(pane) -> list[str]:
        return re.findall(rf"background-color:{mark}[^>]*>([^<]*)<", pane.browser.toHtml(), re.I)

    assert marked(view.left) == []
    type_query(window, "cooperation")
    qtbot.waitUntil(lambda: bool(marked(view.left)) and bool(marked(view.right)))
    assert {word.lower() for word in marked(view.left)} <= {"cooperation", "cooperate"}
    window.search.box.clear()
    window.search.search_now()
    qtbot.waitUntil(lambda: marked(view.left) == [])
