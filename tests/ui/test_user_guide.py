"""Help ▸ User Guide (F1): offline, in the interface language, and true of the program.

The guide's query examples are run through the real parser and the real index,
and every shortcut it names must be one the window has: a guide that drifts
from the code fails here.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence

from ictviewer.search import SearchIndex
from ictviewer.search.query import parse
from ictviewer.ui import i18n
from ictviewer.ui.dialogs.guide import GUIDE_LANGUAGES, UserGuide, guide_text

# The offscreen platform cannot raise a window and says so; the guide raises itself.
OFFSCREEN_RAISE = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)", "This plugin does not support raise"
)
_TABLE_QUERY = re.compile(r"^\| `([^`]+)` \|", re.MULTILINE)
_BOLD_KEYS = re.compile(r"\*\*((?:Ctrl|Alt|Shift|F\d)[^*]*)\*\*")


def section(text: str, number: int) -> str:
    """The guide's `number`th "## " section (1 = the first), headings in any language."""
    return re.split(r"^## ", text, flags=re.MULTILINE)[number]


def table_queries(language: str) -> list[str]:
    return _TABLE_QUERY.findall(section(guide_text(language), 2))


def concept_examples(language: str) -> list[str]:
    """The code spans of the paragraph on concepts (the one after the table)."""
    searching = section(guide_text(language), 2)
    paragraph = searching[searching.index("**", searching.rindex("|")) :].split("\n\n")[0]
    return re.findall(r"`([^`]+)`", paragraph)


@pytest.fixture(scope="module")
def index(corpus, index_dir):
    opened = SearchIndex.open_or_build(corpus, index_dir=index_dir)
    yield opened
    opened.close()


def test_the_guide_exists_in_every_interface_language_and_falls_back_to_english():
    assert set(GUIDE_LANGUAGES) == set(i18n.LANGUAGES)
    assert guide_text("kk") == guide_text("en")
    assert guide_text("ru").startswith("# Руководство пользователя")


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_both_guides_show_the_same_query_examples(language):
    assert table_queries(language) == table_queries("en")
    assert len(table_queries("en")) >= 12
    assert concept_examples(language) == concept_examples("en")


@pytest.mark.parametrize("query", table_queries("en"))
def test_each_query_example_parses_and_finds_something(index, query):
    parsed = parse(query)
    assert not parsed.fallback, f"{query!r} fell back: {parsed.fallback}"
    results = index.search(query, limit=5)
    assert results.total > 0, query
    assert "fallback" not in results.parsed


def test_the_year_range_and_the_filters_mentioned_in_the_table_work(index):
    assert index.search("year:2018-2022 security").total > index.search("year:2022 security").total
    every = index.search("cooperation", limit=None)
    csto = index.search("org:CSTO cooperation", limit=None)
    assert 0 < csto.total < every.total
    assert {hit.organisation for hit in csto.hits} == {"CSTO"}
    assert {hit.lang for hit in index.search("lang:ru безопасность", limit=None).hits} == {"ru"}


def test_minus_and_not_are_the_same_as_the_guide_says(index):
    minus, word = index.search("cooperation -terrorism"), index.search("cooperation NOT terrorism")
    assert minus.total == word.total and minus.parsed == word.parsed


def test_the_concept_examples_find_other_languages_and_the_toggle_turns_it_off(index):
    assert concept_examples("en") == ["меры доверия", "цифровая криминалистика"]
    trust = index.search("меры доверия", limit=None)
    typed_only = index.search("меры доверия", limit=None, expand_concepts=False)
    assert trust.total > typed_only.total
    assert any(hit.lang == "en" and "confidence" in hit.text.lower() for hit in trust.hits)
    assert all(hit.lang != "en" for hit in typed_only.hits)
    forensics = index.search("цифровая криминалистика", limit=None)
    assert any("digital forensics" in hit.text.lower() for hit in forensics.hits)
    assert "concept" not in index.search('"меры доверия"').parsed  # a phrase: not expanded
    assert "open ended working group" in index.search("OEWG").parsed


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_every_shortcut_the_guide_names_is_the_windows(window, language):
    bound = {key for action in window.actions() for key in action.shortcuts()}
    named = set(_BOLD_KEYS.findall(guide_text(language)))
    assert {"F1", "Ctrl+K", "Ctrl+G", "Ctrl+,"} <= named
    missing = sorted(key for key in named if QKeySequence(key) not in bound)
    assert not missing, missing


@OFFSCREEN_RAISE
def test_f1_opens_the_guide_offline_and_keyboard_shortcuts_left_f1(qtbot, window, activate):
    activate(window)
    assert window.commands.user_guide.shortcuts()[0] == QKeySequence("F1")
    assert QKeySequence("F1") not in window.commands.shortcuts_help.shortcuts()
    assert window.commands.shortcuts_help in window.menuBar().actions()[-1].menu().actions()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide
    assert isinstance(guide, UserGuide)
    qtbot.waitUntil(guide.isVisible)
    browser = guide.browser
    assert not browser.openExternalLinks() and not browser.openLinks()
    text = browser.toPlainText()
    assert text.startswith("ictviewer User Guide")
    assert "org:CSTO cooperation" in text and "Ctrl+Shift+F" in text
    assert browser.verticalScrollBar().value() == 0  # from its top
    # Nothing is ever loaded: not an image, not a file, not a URL.
    assert browser.loadResource(2, QUrl("file:///etc/passwd")) is None
    assert browser.loadResource(2, QUrl("https://example.org/logo.png")) is None
    # A second F1 brings the same window to the front.
    guide.close()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.guide is guide and guide.isVisible()


@OFFSCREEN_RAISE
def test_the_guide_speaks_russian_in_the_russian_interface(
    qtbot, qapp, make_window, tmp_path, monkeypatch
):
    monkeypatch.setenv("ICTVIEWER_CACHE", str(tmp_path / "cache"))
    try:
        assert i18n.install(qapp, "ru") == "ru"
        window = make_window(wait_index=False)
        window.commands.user_guide.trigger()
        assert window.guide.windowTitle() == "Руководство пользователя ictviewer"
        assert window.guide.browser.toPlainText().startswith("Руководство пользователя")
        assert window.commands.user_guide.text() == "&Руководство пользователя"
    finally:
        i18n.install(qapp, "en")
