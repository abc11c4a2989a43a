"""The reader: opening at a hit, highlights, parallel languages, escaping, citations."""

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ictviewer.corpus.model import Corpus
from ictviewer.ui.reader.html import SIDE_BY_SIDE
from ictviewer.ui.reader.view import ReaderView


def test_activating_a_hit_opens_the_document_at_the_provision(qtbot, window, type_query):
    type_query(window, "digital forensics")
    with qtbot.waitSignal(window.provision_shown) as shown:
        qtbot.keyClick(window.search.list, Qt.Key.Key_Return)
    assert shown.args == ["cica-concept-2022", "s4-3"]

    reader = window.reader()
    assert reader.document.id == "cica-concept-2022"
    assert window.tabs.tabText(window.tabs.currentIndex()) == "CICA Concept Paper 2022-2023"
    assert reader.options.current == "s4-3"
    assert reader.current_provision().id == "s4-3"
    # Every match on the page is highlighted, in the provision the reader was sent to.
    assert reader.highlighted_matches() == ["digital", "forensics"]
    # The page scrolled down to the provision, which is the last one: it is in view.
    qtbot.waitUntil(lambda: reader.browser.verticalScrollBar().value() > 0)
    scroll = reader.browser.verticalScrollBar()
    assert scroll.value() == scroll.maximum()
    assert reader.contents.currentItem().text(0) == "section 4, initiative 3"


def test_a_hit_in_the_middle_is_scrolled_to_the_top(qtbot, window, type_query):
    type_query(window, "sustainable secure development")
    hits = window.search.model.results.hits
    row = next(i for i, h in enumerate(hits) if h.doc_id == "cica-concept-2024-draft")
    window.search.go_to_hit(row)
    reader = window.reader()
    qtbot.waitUntil(lambda: reader.provision_at_top() == hits[row].provision_id)
    scroll = reader.browser.verticalScrollBar()
    assert 0 < scroll.value() < scroll.maximum()
    matches = reader.highlighted_matches(hits[row].provision_id)
    assert {"Sustainable", "Secure", "Development"} <= set(matches)


def test_all_matches_in_the_document_are_highlighted(qtbot, window, type_query):
    type_query(window, "cooperation")
    window.search.go_to_hit(0)
    reader = window.reader()
    expected = sum(
        len(version.lower().split("cooperation")) - 1
        for provision in reader.document.provisions
        for version in provision.versions().values()
    )
    assert len(reader.highlighted_matches()) == expected > 1


def test_note_verbale_side_by_side_and_one_language(qtbot, window):
    reader = window.open_document("cica-note-2024")
    reader.set_layout(SIDE_BY_SIDE)
    page = reader.browser.toPlainText()
    note = reader.document.provision("p1")
    assert note.text[:40] in page
    assert note.parallel["ru"][:40] in page
    assert note.parallel["kk"][:40] in page
    assert "(no Kazakh version)" in page  # the letterhead has none

    reader.layout_box.setCurrentIndex(reader.layout_box.findData("kk"))
    page = reader.browser.toPlainText()
    assert note.parallel["kk"][:40] in page
    assert note.text[:40] not in page
    assert note.parallel["ru"][:40] not in page


def test_a_kazakh_hit_shows_the_kazakh_version(qtbot, window, type_query):
    reader = window.open_document("cica-note-2024")
    reader.layout_box.setCurrentIndex(reader.layout_box.findData("en"))
    type_query(window, "Хатшылық")
    window.search.go_to_hit(0)
    assert reader.layout_mode == SIDE_BY_SIDE
    assert "Хатшылық" in reader.highlighted_matches()


def test_copy_with_citation(qtbot, window):
    reader = window.open_document("cica-statement-2022")
    reader.show_provision("p5")
    text = window.tabs.copy_with_citation()
    assert text.startswith("CICA Leaders' Statement, Astana, 13 October 2022, para. 5:\n“")
    assert reader.document.provision("p5").text in text
    assert QGuiApplication.clipboard().text() == text
    assert "Copied with citation" in window.statusBar().currentMessage()


def test_copy_with_citation_of_a_selection(qtbot, window):
    reader = window.open_document("cica-statement-2022")
    reader.show_provision("p2")
    cursor = reader.browser.textCursor()
    provision = reader.document.provision("p2")
    start = reader.browser.document().find(provision.text[:30]).selectionStart()
    cursor.setPosition(start)
    cursor.setPosition(start + 30, cursor.MoveMode.KeepAnchor)
    reader.browser.setTextCursor(cursor)
    qtbot.keyClick(
        reader.browser,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    citation = "CICA Leaders' Statement, Astana, 13 October 2022, para. 2"
    assert QGuiApplication.clipboard().text() == f"{citation}:\n“{provision.text[:30].strip()}”"


@pytest.fixture
def hostile_corpus(corpus):
    """A document whose text looks like markup: it must be shown, never interpreted."""
    base = corpus.get("cica-statement-2022")
    provision = dataclasses.replace(
        base.provisions[0], text="Plain <b>not bold</b> & <script>alert('x')</script> <i>"
    )
    document = dataclasses.replace(
        base,
        title="A <h1>title</h1> with <a href='x'>markup</a>",
        provisions=(provision, *base.provisions[1:]),
        removed=("<img src=x>",),
    )
    return Corpus((document,))


def test_corpus_text_that_looks_like_html_is_shown_literally(qtbot, hostile_corpus):
    reader = ReaderView(next(iter(hostile_corpus)), {})
    qtbot.addWidget(reader)
    reader.set_appearance("light", 100)
    page = reader.browser.toPlainText()
    assert "Plain <b>not bold</b> & <script>alert('x')</script> <i>" in page
    assert "A <h1>title</h1> with <a href='x'>markup</a>" in page
    assert "<img src=x>" in page
    start = reader.browser.document().find("not bold")
    assert not start.charFormat().font().bold()
    assert not start.charFormat().isAnchor()
