"""Comparing two documents: shared and one-sided concepts, verbatim passages, alignment."""

from __future__ import annotations

import itertools
import json

import pytest

from ictviewer.compare import (
    Comparison,
    bundled_lexicon,
    compare_documents,
    concept_matrix,
    format_comparison,
)
from ictviewer.corpus import load_corpus
from ictviewer.text import passage_words

LEXICON = bundled_lexicon()

DOCUMENT_IDS = {
    "cica-statement-2022",
    "cica-concept-2022",
    "cica-note-2024",
    "cica-concept-2024-draft",
    "csto-statement-2022",
    "asean-russia-2018",
}
OBJECTIVES = ["s2-a", "s2-b", "s2-c", "s2-d", "s2-e"]


@pytest.fixture(scope="module")
def corpus():
    loaded = load_corpus()
    missing = DOCUMENT_IDS - {d.id for d in loaded}
    if missing:
        pytest.skip(f"bundled corpus incomplete (corpus/ lacks {', '.join(sorted(missing))})")
    return loaded


@pytest.fixture(scope="module")
def compare(corpus):
    def run(left: str, right: str) -> Comparison:
        return compare_documents(corpus.get(left), corpus.get(right), LEXICON)

    return run


@pytest.fixture(scope="module")
def versions(compare) -> Comparison:
    return compare("cica-concept-2022", "cica-concept-2024-draft")


def ids(entries) -> set[str]:
    return {entry.concept.id for entry in entries}


def pair(comparison: Comparison, left: str):
    return next(a for a in comparison.alignment if a.left_provision == left)


# -- JSON contract ----------------------------------------------------------------------


def test_to_json_has_exactly_the_contract_keys(compare):
    data = compare("cica-statement-2022", "asean-russia-2018").to_json()
    json.dumps(data)  # serialisable as is
    contract = {"left", "right", "shared_concepts", "only_left", "only_right"}
    contract |= {"shared_passages", "alignment"}
    assert contract <= data.keys()
    assert data["left"] == "cica-statement-2022"
    assert data["right"] == "asean-russia-2018"
    for entry in data["shared_concepts"]:
        assert {"id", "label", "colour", "left", "right"} <= entry.keys()
        assert entry["left"] and entry["right"]
        for occurrence in entry["left"] + entry["right"]:
            assert {"provision_id", "matches"} <= occurrence.keys()
            assert all(isinstance(m, str) and m for m in occurrence["matches"])
    for entry in data["only_left"]:
        assert {"id", "label", "colour", "left", "right"} <= entry.keys()
        assert entry["left"] and entry["right"] == []
    for entry in data["only_right"]:
        assert entry["right"] and entry["left"] == []
    assert data["shared_passages"]
    for passage in data["shared_passages"]:
        assert {"left_provision", "right_provision", "text", "words"} <= passage.keys()
    assert data["alignment"]
    for aligned in data["alignment"]:
        assert {"left_provision", "right_provision", "similarity"} <= aligned.keys()
        assert 0.0 <= aligned["similarity"] <= 1.0


# -- concepts ---------------------------------------------------------------------------


def test_cica_statement_and_asean_russia_share_and_differ(compare):
    c = compare("cica-statement-2022", "asean-russia-2018")
    assert {
        "digital-divide",
        "capacity-building",
        "un-charter-law",
        "criminal-use",
        "terrorist-use",
        "norms",
    } <= ids(c.shared_concepts)
    assert {"oewg", "ad-hoc-committee", "covid-19", "internet-governance"} <= ids(c.only_left)
    # The CICA statement puts the Ad Hoc Committee "under the auspices of the UN" but never
    # gives the UN a central or leading role (ASEAN-Russia p6 does): one-sided (#13 audit).
    assert {"sovereignty", "human-rights", "non-interference", "un-gge", "un-central-role"} <= ids(
        c.only_right
    )
    assert not ids(c.shared_concepts) & (ids(c.only_left) | ids(c.only_right))


def test_shared_concept_lists_provisions_and_matched_text_on_each_side(compare):
    c = compare("cica-statement-2022", "asean-russia-2018")
    divide = next(e for e in c.shared_concepts if e.concept.id == "digital-divide")
    assert [(o.provision_id, o.matches) for o in divide.left] == [
        ("p6", ("developing CICA Member States", "bridging the 'digital divide"))
    ]
    assert [o.provision_id for o in divide.right] == ["p10"]
    assert "narrow the digital divide" in divide.right[0].matches
    capacity = next(e for e in c.shared_concepts if e.concept.id == "capacity-building")
    assert [o.provision_id for o in capacity.left] == ["pre7", "p6"]
    assert capacity.right[0].matches == ("capacity building", "education and training programmes")
    assert capacity.count_left == 2 and capacity.count_right == 2


def test_only_the_csto_statement_mentions_the_itu(corpus, compare):
    for other in DOCUMENT_IDS - {"csto-statement-2022"}:
        c = compare("csto-statement-2022", other)
        assert "itu" in ids(c.only_left), other
        assert "itu" not in ids(c.shared_concepts) | ids(c.only_right)


def test_cica_and_csto_share_the_un_processes(compare):
    c = compare("cica-statement-2022", "csto-statement-2022")
    shared = {"oewg", "ad-hoc-committee", "criminal-use", "legally-binding"}
    assert shared <= ids(c.shared_concepts)
    # "the UN must play the central role" is CSTO's alone; CICA only has "under the auspices
    # of the UN", which the audit of #13 showed is not that concept.
    assert {"itu", "hostile-actions", "critical-infrastructure", "un-central-role"} <= ids(
        c.only_right
    )
    assert {"covid-19", "capacity-building", "digital-divide"} <= ids(c.only_left)


def test_comparison_is_symmetric(corpus, compare):
    for left, right in itertools.combinations(sorted(DOCUMENT_IDS), 2):
        forward, backward = compare(left, right), compare(right, left)
        assert ids(forward.shared_concepts) == ids(backward.shared_concepts)
        assert ids(forward.only_left) == ids(backward.only_right)
        assert ids(forward.only_right) == ids(backward.only_left)


# -- verbatim passages ------------------------------------------------------------------


def test_concept_papers_share_their_objectives_verbatim(corpus, versions):
    old = corpus.get("cica-concept-2022")
    for objective in OBJECTIVES:
        text = old.provision(objective).text
        passage = next(
            p
            for p in versions.shared_passages
            if p.left_provision == objective and p.right_provision == objective
        )
        assert passage.text == text.rstrip(".")
        assert passage.words == len(passage_words(text))


def test_passages_are_maximal_runs_of_six_or_more_words(corpus, versions):
    old, new = corpus.get("cica-concept-2022"), corpus.get("cica-concept-2024-draft")
    catalogue = next(p for p in versions.shared_passages if p.left_provision == "s1-p5")
    assert catalogue.right_provision == "s1-p2"
    assert catalogue.text.startswith("the issue of")
    assert catalogue.text.endswith("(Nur-Sultan, 11-12 October, 2021")
    assert catalogue.words == 31
    taken_left, taken_right = set(), set()
    for p in versions.shared_passages:
        assert p.words >= 6
        left_text = old.provision(p.left_provision).text
        right_text = new.provision(p.right_provision).text
        assert left_text[p.left_start : p.left_end] == p.text
        assert right_text[p.right_start : p.right_end] == p.right_text
        assert [w.form for w in passage_words(p.text)] == [
            w.form for w in passage_words(p.right_text)
        ]
        # each word belongs to at most one passage on each side
        left_span = {(p.left_provision, i) for i in range(p.left_start, p.left_end)}
        right_span = {(p.right_provision, i) for i in range(p.right_start, p.right_end)}
        assert not left_span & taken_left and not right_span & taken_right
        taken_left |= left_span
        taken_right |= right_span


def test_wording_reused_across_organisations(compare):
    c = compare("cica-statement-2022", "csto-statement-2022")
    texts = {p.text for p in c.shared_passages}
    assert "under the auspices of the UN" in texts
    assert any("comprehensive international convention on countering" in t for t in texts)


# -- alignment and version diff ---------------------------------------------------------


def test_objectives_align_with_same_wording(versions):
    assert versions.versions
    for objective in OBJECTIVES:
        aligned = pair(versions, objective)
        assert aligned.right_provision == objective
        assert aligned.similarity == 1.0
        assert aligned.reason == "same wording"
        assert {change.op for change in aligned.changes} == {"equal"}


def test_resilience_of_internet_connectivity_is_new_in_2024(versions):
    assert "connectivity-resilience" in ids(versions.only_right)
    implementation = pair(versions, "s3-p1")
    assert implementation.right_provision == "s3-p1"
    assert 0.5 < implementation.similarity < 1.0
    inserted = [c for c in implementation.changes if c.op == "insert"]
    assert [" ".join(c.right_words) for c in inserted] == [
        "and enhancing the resilience of Internet connectivity"
    ]
    op, left_words, right_words = implementation.changes[-2]  # a plain (op, left, right) triple
    assert (op, left_words, right_words[0]) == ("insert", (), "and")


def test_version_diff_shows_changed_removed_and_added(versions):
    chapeau = pair(versions, "s2-chapeau")
    assert chapeau.right_provision == "s2-chapeau"
    replaced = [(c.left_words, c.right_words) for c in chapeau.changes if c.op == "replace"]
    assert replaced == [(("the", "whole"), ("a", "wide"))]
    # the COVID-19 background paragraph was dropped; the coordinatorship paragraphs are new
    assert "s1-p1" in versions.unaligned_left
    assert "covid-19" in ids(versions.only_left)
    assert {"s1-p3", "s1-p4"} <= set(versions.unaligned_right)
    catalogue = pair(versions, "s1-p5")
    assert catalogue.right_provision == "s1-p2"
    deleted = [c.left_words for c in catalogue.changes if c.op == "delete"]
    assert (",",) in deleted  # "11-12 October, 2021" became "11-12 October 2021"


def test_change_offsets_point_into_the_provision_texts(corpus, versions):
    old, new = corpus.get("cica-concept-2022"), corpus.get("cica-concept-2024-draft")
    for aligned in versions.alignment:
        left_text = old.provision(aligned.left_provision).text
        right_text = new.provision(aligned.right_provision).text
        for change, (ls, le, rs, re_) in zip(aligned.changes, aligned.change_offsets, strict=True):
            if change.left_words:
                assert left_text[ls:le].startswith(change.left_words[0])
                assert left_text[ls:le].endswith(change.left_words[-1])
            if change.right_words:
                assert right_text[rs:re_].startswith(change.right_words[0])
                assert right_text[rs:re_].endswith(change.right_words[-1])


def test_alignment_is_one_to_one_scored_and_explained(corpus, compare):
    for left, right in itertools.combinations(sorted(DOCUMENT_IDS), 2):
        c = compare(left, right)
        lefts = [a.left_provision for a in c.alignment]
        rights = [a.right_provision for a in c.alignment]
        assert len(set(lefts)) == len(lefts) and len(set(rights)) == len(rights)
        assert set(lefts).isdisjoint(c.unaligned_left)
        assert len(lefts) + len(c.unaligned_left) == len(corpus.get(left).provisions)
        for a in c.alignment:
            assert 0.0 < a.similarity <= 1.0
            assert a.reason
            assert (a.similarity == 1.0) == (a.reason == "same wording")


def test_cross_document_alignment_pairs_like_provisions(compare):
    c = compare("cica-statement-2022", "csto-statement-2022")
    pairs = {(a.left_provision, a.right_provision) for a in c.alignment}
    assert ("p4", "p6") in pairs  # the OEWG paragraphs
    assert ("p5", "p7") in pairs  # the Ad Hoc Committee paragraphs
    oewg = next(a for a in c.alignment if a.left_provision == "p4")
    assert "oewg" in oewg.shared_concepts
    assert "UN Open-ended Working Group (OEWG)" in oewg.reason


def test_a_document_compared_with_itself(corpus, compare):
    c = compare("asean-russia-2018", "asean-russia-2018")
    assert c.versions and not c.only_left and not c.only_right
    assert len(c.alignment) == len(corpus.get("asean-russia-2018").provisions)
    assert all(a.similarity == 1.0 and a.left_provision == a.right_provision for a in c.alignment)


def test_concept_matrix_counts_mentions_per_document(corpus):
    matrix = concept_matrix(corpus, LEXICON)
    assert set(matrix) == DOCUMENT_IDS
    assert [doc for doc, row in matrix.items() if "itu" in row] == ["csto-statement-2022"]
    assert matrix["cica-statement-2022"]["oewg"] == 4  # "UN Open-ended Working Group", 3x "OEWG"
    assert matrix["cica-note-2024"] == {"ict-security": 1, "cbm": 1}
    assert "connectivity-resilience" in matrix["cica-concept-2024-draft"]
    assert "connectivity-resilience" not in matrix["cica-concept-2022"]


# -- plain text -------------------------------------------------------------------------


def test_format_comparison_reads_as_a_report(versions, compare):
    text = format_comparison(versions)
    assert text.startswith("cica-concept-2022")
    assert "two versions of one text" in text
    assert "Only in cica-concept-2024-draft (1)" in text
    assert "[15] Resilience of Internet connectivity" in text
    assert "{+and enhancing the resilience of Internet connectivity+}" in text
    assert "[-the whole-]{+a wide+}" in text
    assert "s2-a <-> s2-a  1.00  same wording" in text
    assert "Removed (cica-concept-2022): s1-p1" in text
    other = format_comparison(compare("cica-statement-2022", "asean-russia-2018"))
    assert "Shared concepts (" in other and "Only in asean-russia-2018" in other
    assert "Removed" not in other


# -- every language version ---------------------------------------------------------------


def test_the_note_verbale_is_compared_in_all_its_language_versions(corpus, compare):
    c = compare("cica-note-2024", "cica-concept-2024-draft")
    shared = {e.concept.id: e for e in c.shared_concepts}
    for concept_id in ("cbm", "ict-security"):
        (occurrence,) = shared[concept_id].left
        assert occurrence.provision_id == "p1"
        assert occurrence.lang == "en" and occurrence.via is None
        assert occurrence.languages == ("en", "ru", "kk")
    data = c.to_json()
    first = data["shared_concepts"][0]["left"][0]
    assert first["via"] is None and first["languages"] == ["en", "ru", "kk"]


def test_a_concept_found_only_in_another_language_version_is_flagged_via(corpus):
    import dataclasses

    note = corpus.get("cica-note-2024")
    p2 = note.provision("p2")
    russian = p2.parallel["ru"] + " Проект основан на Уставе ООН."
    changed = dataclasses.replace(p2, parallel={**p2.parallel, "ru": russian})
    document = dataclasses.replace(
        note, provisions=tuple(changed if p.id == "p2" else p for p in note.provisions)
    )
    c = compare_documents(document, corpus.get("csto-statement-2022"), LEXICON)
    charter = next(e for e in c.shared_concepts if e.concept.id == "un-charter-law")
    (occurrence,) = charter.left
    assert (occurrence.provision_id, occurrence.via, occurrence.lang) == ("p2", "ru", "ru")
    assert occurrence.matches == ("Уставе ООН",)
    start, end = occurrence.spans[0]
    assert russian[start:end] == "Уставе ООН"  # offsets into the Russian text
    assert charter.to_json()["left"][0]["via"] == "ru"
    assert "p2 (via ru)" in format_comparison(c)
    # the English original, unchanged, does not have it: without the Russian text, one-sided
    plain = compare_documents(note, corpus.get("csto-statement-2022"), LEXICON)
    assert "un-charter-law" in ids(plain.only_right)


def test_a_word_diff_is_offered_only_for_versions_of_one_text(compare, versions, corpus):
    assert versions.diffable and versions.near_identical  # related, and the wording agrees
    assert versions.close_pairs >= versions.shorter_length / 2
    unrelated = compare("cica-statement-2022", "asean-russia-2018")
    assert not unrelated.versions and not unrelated.near_identical and not unrelated.diffable
    assert unrelated.close_pairs <= 2
    left = len(corpus.get("cica-statement-2022").provisions)
    right = len(corpus.get("asean-russia-2018").provisions)
    assert unrelated.shorter_length == min(left, right)
    same = compare("cica-note-2024", "cica-note-2024")
    assert same.versions and same.near_identical  # a text against itself
