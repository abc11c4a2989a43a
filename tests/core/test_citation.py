"""Citations as a delegate pastes them, and as page footers print them (no Qt)."""

import datetime as dt

import pytest

from ictviewer.corpus import load_corpus
from ictviewer.corpus.model import Document, FuzzyDate, Provision, Source
from ictviewer.export.citation import cite, short_cite

TITLE = "CICA Leaders' Statement on Cooperation in the Field of Security of and in the Use of ICTs"


def document(**changes) -> Document:
    values = {
        "id": "cica-statement-2022",
        "title": TITLE,
        "short_title": "CICA Leaders' Statement 2022",
        "organisation": "CICA",
        "kind": "statement",
        "date": FuzzyDate(dt.date(2022, 10, 13), "day"),
        "place": "Astana",
        "languages": ("en",),
        "status": "adopted",
        "source": Source(publisher="CICA"),
        "provisions": (
            Provision(id="pre1", label="Preamble, para. 1", text="Recognizing ...", lang="en"),
            Provision(id="p5", label="para. 5", text="We recognize ...", lang="en"),
            Provision(
                id="p6",
                label="para. 6",
                text="We reaffirm ...",
                lang="en",
                parallel={"ru": "Мы подтверждаем ...", "kk": "Біз растаймыз ..."},
            ),
        ),
    }
    values.update(changes)
    return Document(**values)


def test_full_citation_of_a_provision():
    doc = document()
    assert cite(doc, doc.provision("p5")) == f"{TITLE}, Astana, 13 October 2022, para. 5"


def test_a_provision_may_be_named_by_its_id():
    assert cite(document(), "pre1").endswith("13 October 2022, Preamble, para. 1")
    assert short_cite(document(), "p5") == "CICA Leaders' Statement 2022, para. 5"


def test_unknown_provision_id_is_an_error():
    with pytest.raises(ValueError, match="no provision 'p99'"):
        cite(document(), "p99")


def test_citation_of_the_whole_document():
    assert cite(document()) == f"{TITLE}, Astana, 13 October 2022"
    assert short_cite(document()) == "CICA Leaders' Statement 2022"


@pytest.mark.parametrize(
    ("date", "printed"),
    [
        (FuzzyDate(dt.date(2022, 10, 1), "month"), "October 2022"),
        (FuzzyDate(dt.date(2018, 1, 1), "year"), "2018"),
        (
            FuzzyDate(dt.date(2022, 10, 12), "range", end=dt.date(2022, 10, 13)),
            "12 October 2022 – 13 October 2022",
        ),
    ],
)
def test_date_is_printed_at_its_precision(date, printed):
    doc = document(date=date)
    assert cite(doc, "p5") == f"{TITLE}, Astana, {printed}, para. 5"


def test_drafts_are_marked_once():
    draft = document(
        title="Concept paper for 2024-2025", short_title="CICA Concept Paper 2024", status="draft"
    )
    assert (
        cite(draft, "p5") == "Concept paper for 2024-2025 (draft), Astana, 13 October 2022, para. 5"
    )
    assert short_cite(draft, "p5") == "CICA Concept Paper 2024 (draft), para. 5"
    already = document(short_title="CICA Concept Paper 2024-2025 (draft)", status="draft")
    assert short_cite(already, "p5") == "CICA Concept Paper 2024-2025 (draft), para. 5"


def test_no_place_leaves_no_empty_field():
    assert cite(document(place=""), "p5") == f"{TITLE}, 13 October 2022, para. 5"


def test_every_provision_of_the_bundled_corpus_has_a_citation():
    corpus = load_corpus()
    assert len(corpus) > 0
    for doc in corpus:
        for provision in doc.provisions:
            full = cite(doc, provision)
            assert full.startswith(doc.title)
            assert doc.date.human() in full
            assert full.endswith(provision.label)
            assert short_cite(doc, provision).endswith(provision.label)
            if doc.is_draft:
                assert "(draft)" in full and "(draft)" in short_cite(doc, provision)


def test_the_bundled_statement_is_cited_as_delegates_expect():
    corpus = load_corpus()
    doc = corpus.get("cica-statement-2022")
    assert doc is not None
    assert cite(doc, "p5") == f"{doc.title}, Astana, 13 October 2022, para. 5"
    assert short_cite(doc, "p5") == "CICA Leaders' Statement 2022, para. 5"


def test_draft_mark_is_not_fooled_by_the_word_in_an_id():
    doc = document(title="Concept draft-2024 paper", short_title="Draft concept", status="draft")
    assert cite(doc).startswith("Concept draft-2024 paper (draft), ")
    assert short_cite(doc) == "Draft concept"
