"""The Precedents view alone: paste a draft, see its precedents, the runs side by side."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ictviewer.compare import bundled_lexicon
from ictviewer.precedents import CLOSE, VERBATIM
from ictviewer.ui.precedents import PrecedentsView
from ictviewer.ui.precedents.marks import DIFFERS, pair_marks
from ictviewer.ui.precedents.models import STRENGTH
from ictviewer.ui.precedents.render import pair_colours, run_colour

AGREED = ("cica-concept-2022", "s2-chapeau")  # "... on the whole range of issues ..."
DRAFT_ONLY = ("cica-concept-2024-draft", "s2-chapeau")  # "... on a wide range of issues ..."


@pytest.fixture
def view(qtbot, corpus):
    widget = PrecedentsView(corpus, bundled_lexicon())
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.index is not None, timeout=10_000)
    yield widget
    widget.shutdown()


def agreed_text(corpus) -> str:
    return corpus.get(AGREED[0]).provision(AGREED[1]).text


def choose(view, doc_id: str, provision_id: str, paragraph: int = 0) -> None:
    for number, precedent in enumerate(view.results()[paragraph].precedents):
        if (precedent.doc_id, precedent.provision_id) == (doc_id, provision_id):
            view.tree.setCurrentIndex(view.model.index_of(paragraph, number))
            return
    raise AssertionError(f"{doc_id}:{provision_id} is not among the precedents")


def spans(html: str, colour: str) -> int:
    return html.count(f"background-color:{colour};")


def test_typing_a_paragraph_lists_its_precedents_after_a_pause(qtbot, view, corpus):
    with qtbot.waitSignal(view.results_shown, timeout=5_000):
        qtbot.keyClicks(view.editor, agreed_text(corpus)[:120])
    results = view.results()
    assert len(results) == 1
    first = results[0].precedents[0]
    assert (first.doc_id, first.provision_id) in (AGREED, DRAFT_ONLY)
    # the paragraph row gives the summary; the first precedent is chosen and shown
    assert view.model.item(0, 0).text().startswith("¶1  ")
    assert results[0].summary in view.model.item(0, 0).text()
    assert view.current()[1] == first
    assert view.model.index_of(0, 0).siblingAtColumn(STRENGTH).data() in ("verbatim", "close")
    assert "ms" in view.state.text()


def test_paste_results_side_by_side_with_the_runs_marked_alike(qtbot, view, corpus):
    with qtbot.waitSignal(view.results_shown, timeout=5_000):
        view.set_draft(agreed_text(corpus))
    by_id = {(p.doc_id, p.provision_id): p for p in view.results()[0].precedents}
    assert by_id[AGREED].strength == VERBATIM and by_id[DRAFT_ONLY].strength == CLOSE

    choose(view, *DRAFT_ONLY)
    precedent = view.current()[1]
    assert len(precedent.runs) == 2
    draft_html = view.draft_page.toHtml()
    provision_html = view.provision_page.toHtml()
    colours = pair_colours("light")
    for number in range(2):  # each run in its own tint, on both sides
        tint = run_colour(colours, number)
        assert spans(draft_html, tint) >= 1 and spans(provision_html, tint) >= 1
    # the wording that differs is marked on each side: "the whole" against "a wide"
    draft, text = view.results()[0].text, view._provision_text(precedent)
    left, right = pair_marks(precedent.runs, draft, text)
    draft_diff = [draft[m.start : m.end] for m in left if m.kind == DIFFERS]
    provision_diff = [text[m.start : m.end] for m in right if m.kind == DIFFERS]
    assert draft_diff == ["the whole"] and provision_diff == ["a wide"]
    assert colours.draft_bg in draft_html and colours.provision_bg in provision_html
    assert view.draft_page.toPlainText() == view.results()[0].text
    assert "a wide range" in view.provision_page.toPlainText()
    assert "Close" in view.provision_title.text()

    choose(view, *AGREED)  # verbatim: one run over the whole draft, nothing differs
    assert colours.draft_bg not in view.draft_page.toHtml()
    assert spans(view.draft_page.toHtml(), run_colour(colours, 0)) >= 1


def test_only_the_newest_search_is_shown(qtbot, view, corpus):
    view.editor.setPlainText("placeholder")  # starts the typing delay; superseded at once
    view.set_draft("The football club signed a new striker for the coming season.")
    with qtbot.waitSignal(view.results_shown, timeout=5_000):
        view.set_draft(agreed_text(corpus))
    qtbot.wait(DEBOUNCE_WAIT)
    assert view.results()[0].text == agreed_text(corpus)
    assert view.results()[0].has_agreed_language


DEBOUNCE_WAIT = 400


def test_paragraphs_are_looked_up_separately(qtbot, view, corpus):
    draft = agreed_text(corpus) + "\n\nThe football club signed a new striker for the season."
    with qtbot.waitSignal(view.results_shown, timeout=5_000):
        view.set_draft(draft)
    first, second = view.results()
    assert first.has_agreed_language and not second.has_agreed_language
    assert view.model.rowCount() == 2
    assert view.model.item(1, 0).text().startswith("¶2  no agreed language found")


def test_a_draft_too_long_says_what_to_do(qtbot, view):
    with qtbot.waitSignal(view.results_shown, timeout=5_000):
        view.set_draft("word " * 5_001)
    assert "separate the paragraphs with blank lines" in view.state.text()
    assert view.model.rowCount() == 0
    assert not view.copy_button.isEnabled()


def test_copy_add_and_open_the_chosen_precedent(qtbot, view, corpus):
    with qtbot.waitSignal(view.results_shown, timeout=5_000):
        view.set_draft(agreed_text(corpus))
    choose(view, *AGREED)
    text = view.copy_with_citation()
    assert text == QGuiApplication.clipboard().text()
    assert agreed_text(corpus) in text and "section 2, chapeau" in text
    with qtbot.waitSignal(view.selection_add_requested) as added:
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert added.args == [[AGREED]]
    with qtbot.waitSignal(view.open_provision_requested) as opened:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == list(AGREED)


def test_the_report_is_written_as_a_pdf(qtbot, view, corpus, tmp_path):
    assert view.export_report(str(tmp_path / "none.pdf")) is None  # nothing looked up yet
    with qtbot.waitSignal(view.results_shown, timeout=5_000):
        view.set_draft(agreed_text(corpus) + "\n\nThe football club signed a new striker.")
    path = tmp_path / "report.pdf"
    with qtbot.waitSignal(view.report_written, timeout=20_000) as written:
        view.export_report(str(path))
    assert written.args[0] == str(path) and written.args[1] >= 1
    assert path.read_bytes().startswith(b"%PDF")
    pack = view.report()
    assert [d.title for d in pack.documents] == ["Paragraph 1", "Paragraph 2"]


def test_draft_text_is_shown_as_plain_text(qtbot, view):
    hostile = '<img src="file:///dev/zero"> <b>bold</b> the use of ICTs in international security'
    with qtbot.waitSignal(view.results_shown, timeout=5_000):
        view.set_draft(hostile)
    assert (
        "<img" not in view.model.item(0, 0).toolTip()
        or "&lt;img" in view.model.item(0, 0).toolTip()
    )
    if view.current() is not None:
        assert view.draft_page.toPlainText() == hostile


def test_a_russian_view_words_summaries_reasons_and_dates_in_russian(qtbot, russian, corpus):
    """The Russian tab headed each paragraph "agreed language in …" and dated in ISO."""
    from ictviewer.ui.precedents.models import DATE

    view = PrecedentsView(corpus, bundled_lexicon())
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.index is not None, timeout=10_000)
    try:
        with qtbot.waitSignal(view.results_shown, timeout=5_000):
            view.set_draft(agreed_text(corpus))
        assert view.model.item(0, 0).text().startswith("¶1  согласованные формулировки: CICA 2022")
        choose(view, *AGREED)
        row = view.model.index_of(0, 0)
        assert row.siblingAtColumn(DATE).data() == "окт. 2022\u00a0г."  # as the library dates
        assert "покрывает 100% слов проекта" in view.provision_title.text()
    finally:
        view.shutdown()


def test_a_russian_view_says_a_draft_is_too_long_in_russian(qtbot, russian, corpus):
    view = PrecedentsView(corpus, bundled_lexicon())
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.index is not None, timeout=10_000)
    try:
        with qtbot.waitSignal(view.results_shown, timeout=5_000):
            view.set_draft("word " * 5_001)
        assert view.state.text() == (
            "в одном пункте 5\u00a0001 слов (не больше 5\u00a0000); разделите пункты пустыми "
            "строками, чтобы каждый искался отдельно"
        )
    finally:
        view.shutdown()
