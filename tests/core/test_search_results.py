"""Searching the synthetic corpus: matching, filters, ranking, snippets and hints."""

from __future__ import annotations

import datetime as dt

import pytest

from ictviewer.search import Hit, SearchResults
from ictviewer.search.matching import match_spans


def found(results: SearchResults) -> set[tuple[str, str, str]]:
    return {(h.doc_id, h.provision_id, h.lang) for h in results.hits}


# --- matching ---------------------------------------------------------------------------


def test_result_types_and_fields(index):
    results = index.search("digital forensics")
    assert isinstance(results, SearchResults)
    assert results.total == 2 == len(results.hits)
    hit = results.hits[0]
    assert isinstance(hit, Hit)
    assert (hit.doc_id, hit.provision_id, hit.lang) == ("cica-concept-2022", "s1-p1", "en")
    assert hit.organisation == "CICA" and hit.date == "2022-10" and hit.label == "section 1"
    assert hit.short_title == "CICA-CONCEPT-2022"
    assert hit.text == "Digital forensics workshop on critical infrastructure."
    assert hit.score > results.hits[1].score > 0
    record = results.to_json()
    assert set(record) == {"query", "total", "parsed", "expanded_terms", "suggestion", "hits"}
    assert set(record["hits"][0]) == {
        "doc_id", "provision_id", "label", "organisation", "date", "lang", "score",
        "snippet", "text",
    }  # fmt: skip


def test_stemming_cooperate_finds_cooperation(index):
    results = index.search("cooperate")
    assert ("cica-2022", "p2", "en") in found(results)  # "cooperation"
    assert ("asean-2018", "p2", "en") in found(results)
    assert ("cica-2022", "p1", "en") in found(results)  # "cooperate"


def test_terrorists_finds_terrorism_and_terrorist(index):
    results = index.search("terrorists")
    assert found(results) == {("csto-2022", "p1", "en"), ("cica-2022", "p1", "en")}
    csto = next(h for h in results.hits if h.doc_id == "csto-2022")
    assert "<b>Terrorism</b>" in csto.snippet and "<b>terrorist</b>" in csto.snippet


def test_russian_query_finds_the_russian_version(index):
    results = index.search("безопасность")
    assert found(results) == {("csto-2022", "p1", "ru")}
    assert "<b>безопасности</b>" in results.hits[0].snippet


def test_russian_phrase_and_kazakh_case_folding(index):
    # Russian stemming on its own: without concept expansion (#13 made "меры доверия" also
    # find the English confidence-building provisions by default, see below)
    assert found(index.search("меры доверия", expand_concepts=False)) == {("csto-2022", "p1", "ru")}
    assert {("csto-2022", "p1", "ru"), ("cica-2022", "p2", "en")} <= found(
        index.search("меры доверия")
    )
    assert found(index.search("ақпараттық қауіпсіздік")) == {("csto-2022", "p1", "kk")}
    assert found(index.search("акт")) == {("csto-2022", "p1", "kk")}


def test_every_language_version_is_searched(index):
    assert {h.lang for h in index.search("doc:csto-2022").hits} == {"en", "ru", "kk"}
    assert index.search("doc:csto-2022").total == 4


def test_typographic_quotes_do_not_matter(index):
    plain = found(index.search("ICTs"))
    assert plain == found(index.search("“ICTs”")) == found(index.search("ICT’s"))
    assert ("cica-2022", "p1", "en") in plain  # the text has “ICTs”


def test_all_words_must_match(index):
    assert found(index.search("confidence security")) == {("cica-2022", "p2", "en")}
    assert index.search("confidence forensics").total == 0


def test_phrase_requires_adjacent_words_in_order(index):
    assert found(index.search('"confidence building"')) == {("cica-2022", "p2", "en")}
    both = found(index.search("confidence building"))
    assert ("cica-2022", "p3", "en") in both  # "Building confidence": words, not the phrase


def test_long_phrase_is_checked_exactly(index):
    assert found(index.search('"security of and in the use"')) == {("cica-2022", "p4", "en")}
    assert index.search('"security of and in the use of cooperation"').total == 0
    assert found(index.search('"confidence building measures"')) == {("cica-2022", "p2", "en")}


def test_or_not_and_minus(index):
    assert found(index.search("forensics OR sovereignty")) == {
        ("cica-concept-2022", "s1-p1", "en"),
        ("cica-concept-2022", "s1-p2", "en"),
    }
    with_not = found(index.search("cooperation NOT terrorists"))
    assert with_not == found(index.search("cooperation -terrorists"))
    assert ("cica-2022", "p1", "en") not in with_not
    assert ("cica-2022", "p2", "en") in with_not


def test_pure_negation_returns_everything_else(index):
    everything = index.search("NOT zzzz", limit=None)
    assert everything.total == index.record_count
    without = index.search("NOT terrorism", limit=None)
    assert without.total == index.record_count - 2
    assert ("csto-2022", "p1", "ru") in found(without)  # excluded only where the word is


def test_grouping(index):
    results = found(index.search("(forensics OR personal) AND data"))
    assert results == {("asean-2018", "p1", "en")}


def test_prefix_matches_unstemmed_words(index):
    results = index.search("cooperat*")
    assert ("cica-2022", "p2", "en") in found(results)
    assert results.expanded_terms["cooperat*"] == ["cooperation", "cooperate"]  # by frequency


def test_acronym_finds_the_spelled_out_name(index):
    results = index.search("OEWG")
    assert found(results) == {("cica-2022", "p4", "en"), ("csto-2022", "p2", "en")}
    spelled = next(h for h in results.hits if h.doc_id == "csto-2022")
    assert "<b>Open-ended Working Group</b>" in spelled.snippet


def test_british_and_american_spellings_meet(index):
    assert ("asean-2018", "p1", "en") in found(index.search("recognize"))
    assert ("csto-2022", "p2", "en") in found(index.search("organisation"))


# --- filters ----------------------------------------------------------------------------


def test_filter_by_organisation(index):
    results = index.search("cooperation", organisation="CICA")
    assert {h.organisation for h in results.hits} == {"CICA"}
    assert found(index.search("cooperation", organisation="cica")) == found(results)
    assert found(index.search("cooperation org:CICA")) == found(results)
    assert {h.doc_id for h in index.search("cooperation", organisation="ASEAN").hits} == {
        "asean-2018"
    }


def test_filter_by_document_and_language(index):
    assert {h.doc_id for h in index.search("security", doc_id="csto-2022").hits} == {"csto-2022"}
    assert {h.lang for h in index.search("doc:csto-2022", lang="ru").hits} == {"ru"}
    assert {h.lang for h in index.search("doc:csto-2022 lang:kk").hits} == {"kk"}


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        ("2022-10-05", "2022-10-05", {"cica-concept-2022"}),  # month overlaps a day
        (None, "2022-10-05", {"cica-concept-2022", "asean-2018"}),
        ("2022-10-14", None, {"cica-concept-2022", "csto-2022"}),
        ("2022", "2022", {"cica-2022", "cica-concept-2022", "csto-2022"}),
        (dt.date(2018, 1, 1), "2018-12", {"asean-2018"}),
        ("2023", None, set()),
    ],
)
def test_filter_by_date_interval(index, date_from, date_to, expected):
    results = index.search(
        "org:CICA OR org:CSTO OR org:ASEAN", date_from=date_from, date_to=date_to
    )
    assert {h.doc_id for h in results.hits} == expected


def test_year_filter_in_query(index):
    assert {h.doc_id for h in index.search("cooperation year:2018").hits} == {"asean-2018"}
    assert {h.doc_id for h in index.search("year:2018-2022 personal").hits} == {"asean-2018"}


def test_bad_date_raises_value_error(index):
    with pytest.raises(ValueError, match="not a date"):
        index.search("security", date_from="yesterday")


def test_ties_at_the_limit_go_to_the_earliest_records(index):
    results = index.search("org:CSTO", limit=2)
    assert [(h.provision_id, h.lang) for h in results.hits] == [("p1", "en"), ("p1", "ru")]
    assert results.total == 4


def test_filters_only_list_records_in_corpus_order(index):
    results = index.search("org:CSTO")
    assert [h.provision_id for h in results.hits] == ["p1", "p1", "p1", "p2"]
    assert [h.lang for h in results.hits][:3] == ["en", "ru", "kk"]


# --- ranking, limits, totals ------------------------------------------------------------


def test_total_counts_beyond_the_limit(index):
    results = index.search("the OR of OR and", limit=2)
    assert len(results.hits) == 2
    assert results.total > 2


def test_more_occurrences_rank_higher(index):
    results = index.search("terrorists")
    assert results.hits[0].doc_id == "csto-2022"  # "Terrorism and terrorist": two matches


def test_repeated_search_is_served_from_cache(index):
    first = index.search("security", organisation="CICA")
    assert index.search("security", organisation="CICA") is first
    assert index.search("security", organisation="CSTO") is not first


# --- snippets and spans -----------------------------------------------------------------


def test_snippet_escapes_html_and_marks_matches(index):
    hit = index.search("script cooperate").hits[0]
    assert hit.snippet == (
        "We will <b>cooperate</b> against terrorists and &lt;<b>script</b>&gt;alert(1)"
        "&lt;/<b>script</b>&gt; in the use of “ICTs”."
    )
    assert hit.text.startswith("We will cooperate")


def test_snippet_of_a_long_text_is_a_fragment_around_the_match(index):
    hit = next(h for h in index.search("forensics").hits if h.provision_id == "s1-p2")
    assert len(hit.text) > 600
    assert 150 < len(hit.snippet) < 330
    assert hit.snippet.startswith("… ") and hit.snippet.endswith(" …")
    assert "<b>forensics</b>" in hit.snippet


def test_short_texts_are_shown_whole(index):
    hit = index.search("patience").hits[0]
    assert hit.snippet == "Building confidence takes time and <b>patience</b>."


def test_match_spans_use_the_same_analysis(index):
    text = "Terrorism, terrorists’ and “cooperation”; not the terror-free café."
    spans = match_spans("terrorist cooperate", text, "en", index.lexicon)
    assert [text[s:e] for s, e in spans] == ["Terrorism", "terrorists", "cooperation", "terror"]
    assert match_spans(
        '"confidence building"', "building confidence building", "en", index.lexicon
    ) == [
        (9, 19),
        (20, 28),
    ]
    russian = "Меры доверия и безопасность"
    assert [russian[s:e] for s, e in match_spans("мера", russian, "ru", index.lexicon)] == ["Меры"]
    assert match_spans("NOT terrorism", text, "en", index.lexicon) == []


# --- did you mean, expanded terms ---------------------------------------------------------


def test_suggestion_for_unknown_words(index):
    assert index.search("confidance").suggestion == "confidence"
    assert index.search("cooperatoin building").suggestion == "cooperation building"
    assert index.search("personal dta").suggestion == "personal data"


def test_no_suggestion_is_computed_unless_asked(index, monkeypatch):
    """While typing the window searches with suggest=False: no edit-distance walk at all."""
    calls = []
    real = type(index._vocabulary).suggestion
    monkeypatch.setattr(
        type(index._vocabulary), "suggestion", lambda self, p: calls.append(p) or real(self, p)
    )
    assert index.search("confidanse", suggest=False).suggestion is None
    assert calls == []
    assert index.search("confidanse").suggestion == "confidence" and len(calls) == 1


@pytest.mark.parametrize("query", ["cooperate", "terrorists", "security", "безопасность", "2022"])
def test_no_suggestion_when_words_are_known(index, query):
    assert index.search(query).suggestion is None


def test_expanded_terms_list_indexed_words(index):
    results = index.search("cooperate terrorists")
    assert results.expanded_terms["cooperate"] == ["cooperation", "cooperate"]
    assert sorted(results.expanded_terms["terrorists"]) == ["terrorism", "terrorist", "terrorists"]
    assert index.search("zzzz").expanded_terms == {"zzzz": []}
    assert index.search("безопасность").expanded_terms == {"безопасность": ["безопасности"]}


def test_fallback_is_explained(index):
    results = index.search('"confidence building')
    assert results.parsed.startswith("fallback: plain terms (unbalanced quote)")
    assert results.notice
    assert ("cica-2022", "p2", "en") in found(results)


def test_filters_are_shown_in_parsed(index):
    results = index.search("security", organisation="CICA", date_from="2022")
    assert "filters: organisation=CICA" in results.parsed


def test_adjacent_marks_read_as_one(index):
    hit = index.search('"confidence building"').hits[0]
    assert hit.snippet.startswith("<b>Confidence building</b> measures")


@pytest.mark.parametrize("limit", [0, -3])
def test_no_hits_asked_still_counts(index, limit):
    results = index.search("cooperation", limit=limit)
    assert results.hits == () and results.total == 3


def test_unlimited_returns_every_hit(index):
    results = index.search("the", limit=None)
    assert len(results.hits) == results.total > 3


@pytest.mark.parametrize("query", ["NOT NOT cooperate", "-(-cooperate)"])
def test_double_negation_finds_what_the_word_finds(index, query):
    assert found(index.search(query)) == found(index.search("cooperate")) != set()


def test_turkish_dotted_capital_i_is_folded(index):
    assert found(index.search("İCTs")) == found(index.search("ICTs")) != set()


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("cooperate year:abcd", "year:abcd: not a date"),
        ("cooperate date:2022-02-30", "date:2022-02-30: not a date"),
        ("cooperate org:Nowhere", "org:Nowhere: no such organisation (known: "),
        ("cooperate doc:no-such-doc", "doc:no-such-doc: no such document"),
        ("cooperate lang:zz", "lang:zz: no text in this language"),
    ],
)
def test_a_filter_that_is_not_understood_is_said_so(index, query, words):
    results = index.search(query)
    assert results.total == 0
    assert len(results.not_understood) == 1 and results.not_understood[0].startswith(words)
    assert f"[not understood: {results.not_understood[0]}]" in results.parsed
    assert results.to_json()["parsed"] == results.parsed


def test_understood_filters_say_nothing(index):
    results = index.search("cooperate year:2022 org:CICA")
    assert results.total >= 1 and results.not_understood == ()
    assert "not understood" not in results.parsed
