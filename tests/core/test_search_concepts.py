"""Concept-aware search on the bundled corpus (#13): one concept, every language, shown.

A query that names a concept of the lexicon also finds the provisions that
express it in another language or with another English wording; `parsed`
shows the expansion and `expand_concepts=False` turns it off. And two
over-matches of the analysis are gone: "internal" is not "international", and
"ICTs" is not the "ICT" inside the reference number "NCT/ICT/267".
"""

from __future__ import annotations

import re

import pytest

from ictviewer.concepts import lexicon_from_data
from ictviewer.corpus import load_corpus
from ictviewer.search import SearchIndex
from ictviewer.search.matching import match_spans

CORPUS = load_corpus()
pytestmark = pytest.mark.skipif(
    not CORPUS.documents, reason="the bundled corpus (corpus/*.yaml) is not there yet"
)


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    index = SearchIndex.open_or_build(CORPUS, tmp_path_factory.mktemp("concept-index"))
    yield index
    index.close()


def found(results) -> set[tuple[str, str, str]]:
    return {(h.doc_id, h.provision_id, h.lang) for h in results.hits}


def everything(index, query, **options):
    return index.search(query, limit=None, **options)


@pytest.mark.parametrize(
    ("query", "concept", "expected"),
    [
        # Russian queries find the English provisions that express the concept
        ("цифровой разрыв", "digital-divide",
         {("asean-russia-2018", "p10", "en"), ("cica-statement-2022", "p6", "en")}),
        ("меры доверия", "cbm",
         {("cica-concept-2022", "s2-chapeau", "en"), ("cica-concept-2024-draft", "s1-p3", "en"),
          ("cica-statement-2022", "p2", "en")}),
        ("Устав ООН", "un-charter-law",
         {("asean-russia-2018", "p2", "en"), ("csto-statement-2022", "p3", "en"),
          ("cica-statement-2022", "p3", "en")}),
        # Kazakh (matched on word beginnings) reaches English and Russian alike
        ("сенім шаралары", "cbm",
         {("cica-concept-2022", "s2-chapeau", "en"), ("cica-note-2024", "p1", "ru")}),
        # a term shared by two languages is searched in both ("COVID-19" in Russian texts too)
        ("пандемия", "covid-19", {("cica-statement-2022", "pre1", "en")}),
        # English synonyms of one concept, both ways
        ("cybercrime", "criminal-use",
         {("asean-russia-2018", "pre5", "en"), ("cica-concept-2022", "s2-e", "en"),
          ("csto-statement-2022", "p7", "en")}),
        ("criminal use of ICTs", "criminal-use",
         {("asean-russia-2018", "pre5", "en"), ("cica-concept-2022", "s2-e", "en")}),
    ],
)  # fmt: skip
def test_a_query_naming_a_concept_finds_it_in_other_words_and_languages(
    real, query, concept, expected
):
    results = everything(real, query)
    assert expected <= found(results), sorted(found(results))
    assert f"[concept {concept}:" in results.parsed  # shown, never hidden
    assert f"concept:{concept}" in results.expanded_terms
    assert [c.concept_id for c in results.concepts] == [concept]
    literal = everything(real, query, expand_concepts=False)
    assert "[concept" not in literal.parsed and not literal.concepts
    assert not expected <= found(literal)  # the expansion is what finds them


def test_the_expansion_is_what_finds_the_english_texts_for_a_russian_query(real):
    assert everything(real, "цифровой разрыв", expand_concepts=False).total == 0
    hits = everything(real, "цифровой разрыв").hits
    assert hits and all(hit.lang == "en" for hit in hits)
    # the provisions' own wording of the concept is what the snippet marks
    assert any("<b>digital divide</b>" in hit.snippet for hit in hits)


def test_the_wording_typed_ranks_above_the_concepts_other_wordings(real):
    first = real.search("cybercrime", limit=1).hits[0]
    assert (first.doc_id, first.provision_id) == ("asean-russia-2018", "pre5")  # says "Cybercrime"


def test_quoted_phrases_negations_and_names_are_not_expanded(real):
    assert "[concept" not in real.search('"цифровой разрыв"').parsed  # quotes: that wording
    assert real.search('"цифровой разрыв"').total == 0
    negated = real.search("cooperation -terrorism")
    assert "[concept terrorist-use" not in negated.parsed  # excludes the word typed only
    name = real.search("Conference on Interaction and Confidence Building Measures in Asia")
    assert "[concept" not in name.parsed  # CICA's name is not the CBM concept


def test_a_lexicon_handed_in_replaces_the_bundled_one(real, tmp_path):
    lexicon = lexicon_from_data(
        {
            "palette": {"colours": {"blue": {"light": "#77AADD", "dark": "#77AADD"}}},
            "concepts": [
                {
                    "id": "forensics",
                    "code": 1,
                    "label": "Forensics",
                    "colour": "blue",
                    "pattern": "single",
                    "terms": {"en": ["kaleidoscope"], "ru": ["криминалистика"]},
                    "examples": [{"text": "kaleidoscope"}],
                }
            ],
        }
    )
    index = SearchIndex.open_or_build(CORPUS, tmp_path, lexicon=lexicon)
    try:
        assert index.search("kaleidoscope").total == 0  # no such word, nor concept terms...
        assert "[concept forensics: криминалистика]" in index.search("kaleidoscope").parsed
        assert "[concept" not in index.search("digital divide").parsed  # not the bundled one
    finally:
        index.close()


# -- over-matching stems and tokens ----------------------------------------------------------


def test_internal_does_not_find_international(real):
    results = everything(real, "internal")
    assert results.total == 1  # ASEAN-Russia p2: "non-interference in the internal affairs"
    for hit in results.hits:
        assert re.search(r"\binternal\b", hit.text, re.IGNORECASE), hit.provision_id
    assert everything(real, "international").total > 20  # still its own forms
    assert {("cica-concept-2022", "s2-e", "en")} <= found(everything(real, "internationally"))


def test_icts_does_not_match_the_reference_number(real):
    results = everything(real, "ICTs", doc_id="cica-note-2024")
    assert ("cica-note-2024", "number", "en") not in found(results)  # "No. NCT/ICT/623"
    assert ("cica-note-2024", "p1", "kk") not in found(results)  # its only "ICT": the number
    for hit in results.hits:
        assert "NCT/<b>" not in hit.snippet and "<b>ICT</b>/" not in hit.snippet
    reference = everything(real, "NCT/ICT/267")
    assert found(reference) == {
        ("cica-note-2024", "p1", "en"),
        ("cica-note-2024", "p1", "ru"),
        ("cica-note-2024", "p1", "kk"),
    }
    assert "<b>NCT/ICT/267</b>" in reference.hits[0].snippet


def test_the_reader_marks_what_the_concept_search_found(real):
    text = CORPUS.get("cica-statement-2022").provision("p6").text
    spans = match_spans("цифровой разрыв", text, "en", real.lexicon)
    marked = [text[s:e] for s, e in spans]  # word by word
    assert {"bridging", "digital", "divide"} <= set(marked), marked
    assert match_spans("цифровой разрыв", text, "en") == []


def test_a_term_two_languages_share_is_searched_in_each():
    from ictviewer.concepts import bundled_lexicon
    from ictviewer.search.expansion import concepts_of, expand
    from ictviewer.search.query import describe, parse

    (alias,) = concepts_of(expand(parse("пандемия"), bundled_lexicon()).node)
    languages = {lang for lang, term in alias.terms if describe(term) == '"covid 19"'}
    assert languages == {"en", "ru"}  # each language branch compiles only its own terms
