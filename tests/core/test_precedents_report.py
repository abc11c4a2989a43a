"""The precedents report: each draft paragraph, its summary, its strong precedents cited."""

from __future__ import annotations

import datetime as dt

import pytest

from ictviewer.compare import bundled_lexicon
from ictviewer.corpus import load_corpus
from ictviewer.corpus.model import Corpus
from ictviewer.export import pack_to_html
from ictviewer.export.citation import cite
from ictviewer.precedents import CLOSE, RELATED, VERBATIM, PrecedentIndex, precedents_report

UNRELATED = (
    "The football club signed a new striker for the coming season, and the supporters "
    "welcomed the decision of the board at the annual meeting in the stadium."
)


@pytest.fixture(scope="module")
def library():
    return load_corpus()


@pytest.fixture(scope="module")
def found(library):
    index = PrecedentIndex.build(library, bundled_lexicon())
    agreed = library.get("cica-concept-2022").provision("s2-chapeau").text
    return index.find_all([agreed, UNRELATED])


def test_each_paragraph_then_its_strong_precedents_with_full_citations(library, found):
    pack = precedents_report(library, found, printed_on=dt.date(2025, 3, 1))
    assert [d.title for d in pack.documents] == ["Paragraph 1", "Paragraph 2"]
    first, second = pack.documents
    draft = first.provisions[0]
    assert draft.section == "Draft" and draft.texts[0].text == found[0].text
    assert draft.citation == found[0].summary
    strong = [p for p in found[0].precedents if p.strength in (VERBATIM, CLOSE)]
    assert strong, "the agreed paragraph has strong precedents"
    printed = first.provisions[1:]
    assert [(p.doc_id, p.provision_id) for p in printed] == [
        (p.doc_id, p.provision_id) for p in strong
    ]
    assert all(p.section == "Precedents" for p in printed)
    top = library.get("cica-concept-2022")
    assert printed[0].citation == cite(top, top.provision("s2-chapeau"))
    assert printed[0].label.startswith("Verbatim (100% of the draft's words): ")
    assert printed[0].texts[0].text == top.provision("s2-chapeau").text
    # a paragraph with no agreed language is printed with the sentence that says so
    assert len(second.provisions) == 1
    assert second.provisions[0].citation.startswith("no agreed language found")
    assert pack.meta.startswith("2 paragraphs, 1 with agreed or close language")


def test_the_html_names_the_report_and_not_provisions_from_documents(library, found):
    html = pack_to_html(precedents_report(library, found, printed_on=dt.date(2025, 3, 1)))
    assert "Precedents report" in html
    assert "Printed on 1 March 2025 · 2 paragraphs" in html
    assert "provisions from" not in html
    assert "no agreed language found" in html


def test_related_precedents_only_when_asked(library, found):
    related = [p for f in found for p in f.precedents if p.strength == RELATED]
    default = precedents_report(library, found)
    assert all(p.section != "Precedents" or "Related" not in p.label for p in default.provisions)
    if related:
        wider = precedents_report(library, found, strengths=(VERBATIM, CLOSE, RELATED))
        assert len(wider.provisions) == len(default.provisions) + len(related)


def test_a_provision_gone_from_the_library_is_listed_as_skipped(library, found):
    smaller = Corpus(tuple(d for d in library.documents if d.id != "cica-concept-2022"))
    pack = precedents_report(smaller, found)
    assert ("cica-concept-2022", "s2-chapeau") in pack.skipped
    assert all(p.doc_id != "cica-concept-2022" for p in pack.provisions)
