"""The search core's notices in the window's language (`ui/search/notices.py`).

English is checked against the core's own English for every code, so the two
cannot drift apart; Russian is checked to be Russian, and shown where the user
reads it: the search panel's count line and the status bar's index state.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from ictviewer.search import SearchIndex
from ictviewer.search.notices import TEXTS, Notice
from ictviewer.search.query import FALLBACKS, parse
from ictviewer.search.reporting import fallback_notice
from ictviewer.search.results import SearchResults
from ictviewer.ui.search.notices import index_notice, query_notice

#: a query that falls back for each reason a user can meet (the others are defensive)
EXAMPLES = {
    "control": "a\x01b",
    "too-long": "a " * 300,
    "quote": '"меры доверия',
    "empty-filter": 'org:""',
    "brackets": "(security",
    "nothing-before": "OR security",
    "or-after": "security OR",
    "and-after": "security AND",
    "not-after": "security NOT",
    "empty-brackets": "security ()",
    "star-alone": "*",
    "star-inside": "secu*rity",
    "too-many": " ".join(f"w{i}" for i in range(40)),
}
LATIN_WORDS = re.compile(r"\b(?!OR\b|AND\b|NOT\b|ICTVIEWER_CACHE\b|ulimit\b|ictviewer\b)[a-z]{3,}")


def _results(why: tuple[str, str]) -> SearchResults:
    """What the index returns for a query that fell back for `why` (notice from the core)."""
    parsed = parse("x")
    english = fallback_notice(
        type(parsed)(parsed.text, parsed.node, FALLBACKS[why[0]].format(why[1]))
    )
    return SearchResults(query="x", total=0, parsed="", notice=english, fallback=why)


class _Index:
    def __init__(self, notice: Notice | None):
        self.why_notice = notice
        self.notice = str(notice) if notice else ""


NOTICES = [
    Notice("updated", (3,)),
    Notice("updated-one"),
    Notice("in-memory", (Notice("disk-full", ("/home/d/.cache/ictviewer/index",)),)),
    Notice("in-memory", (Notice("not-writable", ("/c", "Permission denied")),)),
    *(Notice(code, ("/c",) * text.count("{")) for code, text in TEXTS.items() if code != "updated"),
]


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_each_reason_is_met_by_a_real_query(code):
    assert parse(EXAMPLES[code]).why[0] == code


@pytest.mark.parametrize("code", sorted(FALLBACKS))
def test_in_english_the_window_says_what_the_core_says(qapp, code):
    results = _results((code, "org:"))
    assert query_notice(results) == results.notice != ""


@pytest.mark.parametrize("notice", NOTICES, ids=str)
def test_in_english_every_index_notice_is_the_cores(qapp, notice):
    assert index_notice(_Index(notice)) == str(notice)


@pytest.mark.parametrize("code", sorted(FALLBACKS))
def test_in_russian_every_reason_is_russian(russian, code):
    results = _results((code, "org:"))
    worded = query_notice(results)
    assert worded.startswith("Запрос не удалось прочитать")
    assert not LATIN_WORDS.search(worded.replace("org:", "")), worded


@pytest.mark.parametrize("notice", NOTICES, ids=str)
def test_in_russian_every_index_notice_is_russian(russian, notice):
    worded = index_notice(_Index(notice))
    assert worded != str(notice)
    bare = worded
    for named in _named(notice):  # paths and the system's own words stay as they are
        bare = bare.replace(named, "")
    assert re.search("[а-я]", bare) and not LATIN_WORDS.search(bare), worded


def _named(notice: Notice) -> list[str]:
    return [
        word
        for arg in notice.args
        for word in (_named(arg) if isinstance(arg, Notice) else [str(arg)])
    ]


def test_an_unknown_code_falls_back_to_the_cores_english(russian):
    class Newer:
        why_notice = None
        notice = "A notice of a newer core."

    assert index_notice(Newer()) == "A notice of a newer core."
    results = SearchResults(query="x", total=0, parsed="", notice="Newer.", fallback=("new", ""))
    assert query_notice(results) == "Newer."


def test_a_russian_window_counts_an_unclosed_quote_in_russian(
    russian, qtbot, type_text, corpus, tmp_path
):
    """Typing a phrase, the opening quote alone: the count line said it in English."""
    from ictviewer.ui.search.panel import SearchPanel

    panel = SearchPanel(corpus)
    qtbot.addWidget(panel)
    panel.set_ready(True)
    requests = []
    panel.search_requested.connect(requests.append)
    type_text(panel.box, '"меры доверия')
    qtbot.waitUntil(lambda: bool(requests), timeout=5000)
    with SearchIndex.open_or_build(corpus, tmp_path) as index:
        results = index.search(requests[-1].query)
    panel.show_results(requests[-1].generation, results)
    assert "незакрытая кавычка" in panel.count.text()
    assert "could not be read" not in panel.count.text()


def _one_changed(corpus):
    """The corpus with its first document's first provision one word longer."""
    first = corpus.documents[0]
    provision = replace(first.provisions[0], text=first.provisions[0].text + " Kaleidoscope.")
    document = replace(first, provisions=(provision, *first.provisions[1:]))
    return replace(corpus, documents=(document, *corpus.documents[1:]))


def test_the_status_bar_says_an_update_in_russian(russian, qtbot, corpus, tmp_path):
    from ictviewer.ui.search.status import IndexStatus

    SearchIndex.open_or_build(corpus, tmp_path).close()
    status = IndexStatus()
    qtbot.addWidget(status)
    heard = []
    status.notice.connect(lambda message, _ms: heard.append(message))
    changed = _one_changed(corpus)
    with SearchIndex.open_or_build(changed, tmp_path) as index:
        assert index.notice.startswith("Index updated")
        status.ready(index, 93)
    assert heard == ["Индекс обновлён: корпус изменился (заново проиндексировано: 1 документ)."]
    assert status.label.toolTip() == heard[0]
