"""Relevance on the bundled corpus: what a diplomat types, and what must come back first."""

from __future__ import annotations

import pytest

from ictviewer.corpus import load_corpus
from ictviewer.search import SearchIndex

CORPUS = load_corpus()
pytestmark = pytest.mark.skipif(
    not CORPUS.documents, reason="the bundled corpus (corpus/*.yaml) is not there yet"
)


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    index = SearchIndex.open_or_build(CORPUS, tmp_path_factory.mktemp("real-index"))
    yield index
    index.close()


def top(index: SearchIndex, query: str, n: int = 5, **filters) -> list[tuple[str, str]]:
    return [(h.doc_id, h.provision_id) for h in index.search(query, **filters).hits[:n]]


# (query, filters, records expected among the first `n` hits, n)
CASES = [
    (
        "digital forensics",
        {},
        [("cica-concept-2022", "s4-3"), ("cica-concept-2024-draft", "s1-p5")],
        2,
    ),
    ("OEWG", {}, [("cica-statement-2022", "p4"), ("csto-statement-2022", "p6")], 2),
    (
        "Open-ended Working Group",
        {},
        [("cica-statement-2022", "p4"), ("csto-statement-2022", "p6")],
        2,
    ),
    ("personal data", {}, [("asean-russia-2018", "pre4"), ("asean-russia-2018", "p2")], 2),
    ("capacity building", {}, [("cica-statement-2022", "pre7"), ("asean-russia-2018", "p11")], 3),
    ("terrorism", {}, [("cica-statement-2022", "pre3"), ("asean-russia-2018", "p5")], 3),
    ("terrorists", {}, [("cica-statement-2022", "pre3"), ("asean-russia-2018", "p5")], 3),
    ("cybercrime", {}, [("asean-russia-2018", "pre5")], 1),
    ("Yerevan", {}, [("csto-statement-2022", "dateline")], 1),
    ("Sochi Declaration", {}, [("asean-russia-2018", "pre3")], 1),
    ("propaganda", {}, [("csto-statement-2022", "pre5")], 1),
    ("Ad Hoc Committee", {}, [("cica-statement-2022", "p5"), ("csto-statement-2022", "p7")], 2),
    ("note verbale", {}, [("cica-note-2024", "p1")], 1),
    ("UN Charter", {}, [("csto-statement-2022", "p3"), ("cica-statement-2022", "p3")], 2),
    (
        "critical infrastructure",
        {},
        [("csto-statement-2022", "p1"), ("asean-russia-2018", "p3")],
        2,
    ),
    ("sovereignty", {}, [("csto-statement-2022", "pre6"), ("asean-russia-2018", "p2")], 2),
    ("Internet", {"date_to": "2018"}, [("asean-russia-2018", "p8")], 1),
    (
        "workshop",
        {"organisation": "CICA", "date_from": "2024"},
        [("cica-concept-2024-draft", "s4-1")],
        3,
    ),
    ("confidence building", {"organisation": "CICA"}, [("cica-concept-2022", "s2-b")], 5),
    (
        '"criminal use of ICTs"',
        {},
        [("cica-concept-2022", "s2-e"), ("cica-concept-2024-draft", "s2-e")],
        5,
    ),
    ("recognize", {}, [("asean-russia-2018", "pre1"), ("cica-statement-2022", "pre1")], 12),
    ("Secretariat", {"doc_id": "cica-note-2024"}, [("cica-note-2024", "p1")], 5),
]


@pytest.mark.parametrize(
    ("query", "filters", "expected", "n"), CASES, ids=[c[0] + str(c[1] or "") for c in CASES]
)
def test_expected_provisions_come_first(real, query, filters, expected, n):
    first = top(real, query, n, **filters)
    missing = [record for record in expected if record not in first]
    assert not missing, f"{query!r}: {missing} not in the first {n}: {first}"


def test_confidence_building_filtered_by_cica_stays_in_cica(real):
    results = real.search("confidence building", organisation="CICA", limit=None)
    assert results.total >= 5
    assert {h.organisation for h in results.hits} == {"CICA"}


def test_russian_query_finds_the_russian_version_of_the_note(real):
    for query in ("меры доверия", "Безопасность", "ИКТ"):
        hits = real.search(query).hits
        assert hits, query
        assert (hits[0].doc_id, hits[0].lang) == ("cica-note-2024", "ru"), query


def test_kazakh_query_finds_the_kazakh_version(real):
    for query in ("АКТ", "акт", "Хатшылығы"):
        hits = real.search(query).hits
        assert hits and (hits[0].doc_id, hits[0].lang) == ("cica-note-2024", "kk"), query


def test_language_filter_keeps_one_version(real):
    results = real.search("doc:cica-note-2024 p1", lang="kk")
    assert {h.lang for h in results.hits} <= {"kk"}


def test_phrase_of_the_field_is_found_in_every_organisation(real):
    results = real.search('"security of and in the use of"', limit=None)
    assert {h.organisation for h in results.hits} >= {"CICA", "CSTO", "ASEAN-Russia"}
    assert all("<b>" in h.snippet for h in results.hits)
    with_icts = real.search('"security of and in the use of ICTs"', limit=None)
    assert 0 < with_icts.total < results.total  # CSTO spells out the technologies


def test_stemmed_search_lists_what_it_searched(real):
    results = real.search("cooperate")
    assert "cooperation" in results.expanded_terms["cooperate"]
    assert results.total >= 10
    assert results.suggestion is None


def test_misspelling_gets_a_suggestion(real):
    assert real.search("confidance building").suggestion == "confidence building"
    assert real.search("cooperatoin").suggestion == "cooperation"


def test_snippets_are_escaped_fragments(real):
    for hit in real.search("security", limit=None).hits:
        assert "<b>" in hit.snippet
        stripped = hit.snippet.replace("<b>", "").replace("</b>", "")
        assert "<" not in stripped and ">" not in stripped
        assert len(stripped) <= 320
