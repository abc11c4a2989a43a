"""The brief citation delegates paste: "Title, Place, Date, label"."""

import pytest

from ictviewer.corpus import load_corpus
from ictviewer.export.citation import brief_cite, cited_title, quote_with_citation


def test_the_leaders_statement_is_cited_as_delegates_write_it(corpus):
    document = corpus.get("cica-statement-2022")
    provision = document.provision("p5")
    assert brief_cite(document, provision) == (
        "CICA Leaders' Statement, Astana, 13 October 2022, para. 5"
    )


@pytest.mark.parametrize(
    ("doc_id", "provision_id", "expected"),
    [
        ("cica-concept-2022", "s1-p2",
         "CICA Concept Paper 2022-2023, Astana, October 2022, section 1, para. 2"),
        ("cica-note-2024", "p1",
         "CICA Note Verbale NCT/ICT/623, Astana, 20 May 2024, para. 1"),
        ("cica-concept-2024-draft", "s2-a",
         "CICA Concept Paper 2024-2025 (draft), Astana, 20 May 2024, section 2, objective (a)"),
        ("asean-russia-2018", "p1",
         "ASEAN-Russia Leaders' Statement, Singapore, 14 November 2018, para. 1"),
    ],
)  # fmt: skip
def test_citations_keep_the_date_precision_and_drop_a_repeated_year(
    corpus, doc_id, provision_id, expected
):
    document = corpus.get(doc_id)
    assert brief_cite(document, document.provision(provision_id)) == expected


def test_a_title_whose_year_is_not_the_date_keeps_it(corpus):
    assert cited_title(corpus.get("cica-concept-2022")) == "CICA Concept Paper 2022-2023"


def test_another_language_version_is_named(corpus):
    document = corpus.get("cica-note-2024")
    provision = document.provision("p2")
    text = quote_with_citation(document, provision, "kk")
    assert text.startswith(
        "CICA Note Verbale NCT/ICT/623, Astana, 20 May 2024, para. 2 (Kazakh version):\n“"
    )
    assert provision.parallel["kk"] in text


def test_a_selection_is_quoted_instead_of_the_whole_provision(corpus):
    document = corpus.get("cica-statement-2022")
    provision = document.provision("p5")
    assert quote_with_citation(document, provision, text=" part of it ").endswith("“part of it”")


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()
