"""The concept lexicon and the matcher: every concept matches, stems and overlaps behave."""

from __future__ import annotations

import itertools

import pytest

from ictviewer.concepts.lexicon import bundled_lexicon, lexicon_from_data, load_lexicon
from ictviewer.concepts.matcher import (
    PATTERNS,
    ConceptSpan,
    LexiconError,
    concepts_in,
    match_concepts,
    normal_form,
    normalise,
)
from ictviewer.corpus import load_corpus
from ictviewer.text import fold, words

LEXICON = bundled_lexicon()
CONCEPTS = list(LEXICON)
# Paul Tol's "light" scheme, made for colour-blind readers; pale grey (#DDDDDD) is the
# lexicon's ninth colour since concept 49 (the window colours each comparison afresh).
TOL_LIGHT = {"#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33"}
TOL_LIGHT |= {"#AAAA00", "#DDDDDD"}
DOCUMENT_IDS = {
    "cica-statement-2022",
    "cica-concept-2022",
    "cica-note-2024",
    "cica-concept-2024-draft",
    "csto-statement-2022",
    "asean-russia-2018",
}


@pytest.fixture(scope="module")
def corpus():
    loaded = load_corpus()
    missing = DOCUMENT_IDS - {d.id for d in loaded}
    if missing:
        pytest.skip(f"bundled corpus incomplete (corpus/ lacks {', '.join(sorted(missing))})")
    return loaded


def spans_of(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(s.concept_id, s.matched_text) for s in match_concepts(text, lang, LEXICON)]


def _contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# -- the lexicon ------------------------------------------------------------------------


def test_lexicon_has_thirty_plus_concepts_with_unique_ids_and_codes():
    assert len(LEXICON) >= 30
    assert len({c.id for c in CONCEPTS}) == len(CONCEPTS)
    assert [c.number for c in CONCEPTS] == list(range(1, len(CONCEPTS) + 1))
    assert all(c.label and c.label_ru for c in CONCEPTS)


def test_legend_works_without_colour():
    # colours repeat, but colour + pattern never does, and each concept has its own number
    looks = [(c.colour, c.pattern) for c in CONCEPTS]
    assert len(set(looks)) == len(looks)
    assert {c.pattern for c in CONCEPTS} <= set(PATTERNS)
    assert len({c.code for c in CONCEPTS}) == len(CONCEPTS)


def test_colours_are_colour_blind_safe_and_readable_in_both_themes():
    for concept in CONCEPTS:
        assert concept.colour in TOL_LIGHT, concept.id
        # light theme: a background highlight under dark text
        assert _contrast(concept.colour, "#1A1A1A") >= 4.5, concept.id
        # dark theme: text or underline on a dark background
        assert _contrast(concept.colour_dark, "#2B2B2B") >= 4.5, concept.id


def test_every_concept_has_english_and_russian_terms_and_examples():
    for concept in CONCEPTS:
        assert concept.terms_in("en") and concept.terms_in("ru"), concept.id
        assert any(e.source for e in concept.examples), f"{concept.id}: no example from a document"
        assert any(e.lang == "ru" for e in concept.examples), f"{concept.id}: no Russian example"


@pytest.mark.parametrize("concept", CONCEPTS, ids=lambda c: c.id)
def test_each_example_phrase_matches_its_concept_as_one_span(concept):
    for example in concept.examples:
        phrase = example.text.strip(" '\".,;:")
        spans = match_concepts(phrase, example.lang, LEXICON)
        assert spans, f"{concept.id}: {phrase!r} matched nothing"
        assert [(s.concept_id, s.start, s.end) for s in spans] == [(concept.id, 0, len(phrase))], (
            f"{concept.id}: {phrase!r} -> {spans_of(phrase, example.lang)}"
        )


@pytest.mark.parametrize("concept", CONCEPTS, ids=lambda c: c.id)
def test_each_term_on_its_own_matches_its_own_concept(concept):
    # no term is shadowed by an equal or longer term of another concept
    for lang, terms in concept.terms:
        for term in terms:
            if "*" in term:
                continue
            spans = match_concepts(term, lang, LEXICON)
            assert [(s.concept_id, s.start, s.end) for s in spans] == [
                (concept.id, 0, len(term))
            ], f"{concept.id}: {lang} term {term!r} -> {spans_of(term, lang)}"


@pytest.mark.parametrize("concept", CONCEPTS, ids=lambda c: c.id)
def test_examples_are_quoted_from_the_documents_and_match_there(concept, corpus):
    """The lexicon is written from the corpus: each sourced example is found in context."""
    for example in (e for e in concept.examples if e.source):
        doc_id, provision_id = example.source.split(":")
        document = corpus.get(doc_id)
        assert document is not None, example.source
        provision = document.provision(provision_id)
        assert provision is not None, example.source
        text = provision.text_in(example.lang)
        assert text is not None, f"{example.source} has no {example.lang} version"
        phrase = example.text.strip(" '\".,;:")
        at = fold(text).find(fold(phrase))
        assert at >= 0, f"{phrase!r} not in {example.source}"
        spans = match_concepts(text, example.lang, LEXICON)
        assert (
            ConceptSpan(at, at + len(phrase), concept.id, text[at : at + len(phrase)]) in spans
        ), f"{concept.id} in {example.source}: {[(s.concept_id, s.matched_text) for s in spans]}"


def test_every_concept_occurs_somewhere_in_the_corpus(corpus):
    found = {
        span.concept_id
        for document in corpus
        for provision in concepts_in(document, LEXICON)
        for span in provision.spans
    }
    assert {c.id for c in CONCEPTS} - found == set()


# -- the matcher ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "matched"),
    [
        ("confidence building", "en", "confidence building"),
        ("Confidence-building measures", "en", "Confidence-building measures"),
        ("confidence\u2011building measure", "en", "confidence\u2011building measure"),
        ("CONFIDENCE BUILDING MEASURES", "en", "CONFIDENCE BUILDING MEASURES"),
        ("меры доверия", "ru", "меры доверия"),
        ("мерам доверия", "ru", "мерам доверия"),
        ("мерами доверия", "ru", "мерами доверия"),
        ("сенім шаралары", "kk", "сенім шаралары"),
    ],
)
def test_confidence_building_matches_on_stems_and_variants(text, lang, matched):
    assert spans_of(text, lang) == [("cbm", matched)]


def test_spans_carry_offsets_into_the_original_text():
    text = "We welcome the “UN Open‑ended Working Group” and the OEWG’s work."
    spans = match_concepts(text, "en", LEXICON)
    assert [s.concept_id for s in spans] == ["oewg", "oewg"]
    for span in spans:
        assert text[span.start : span.end] == span.matched_text
    assert spans[0].matched_text == "UN Open‑ended Working Group"
    assert spans[1].matched_text == "OEWG’s"


def test_british_and_american_spellings_match_alike():
    for spelling in ("behavior", "behaviour"):
        text = f"rules, norms and principles of responsible {spelling} of States"
        assert spans_of(text) == [("norms", text)]
    assert spans_of("regional organizations") == [
        ("regional-organisations", "regional organizations")
    ]
    assert spans_of("regional organisations") == [
        ("regional-organisations", "regional organisations")
    ]


def test_longest_match_wins_over_nested_terms():
    # "non-binding norms" is one norms span, not a legally-binding one inside it
    assert spans_of("voluntary, non-binding norms of responsible State behaviour") == [
        ("norms", "voluntary, non-binding norms of responsible State behaviour")
    ]
    # the whole formal name of the Committee is one span; what follows is criminal use
    text = (
        "the Ad Hoc Committee to Elaborate a Comprehensive International Convention on "
        "Countering the Use of Information and Communications Technologies for Criminal Purposes"
    )
    assert [c for c, _ in spans_of(text)] == ["ad-hoc-committee", "criminal-use"]
    # "norms and principles of international law" is international law, not norms
    assert spans_of("common norms and principles of international law") == [
        ("un-charter-law", "common norms and principles of international law")
    ]


def test_organisation_name_is_not_the_concept_it_contains():
    assert spans_of("Conference on Interaction and Confidence-Building Measures in Asia") == []
    assert spans_of("Совещания по взаимодействию и мерам доверия в Азии", "ru") == []
    assert spans_of("АЗИЯДАҒЫ ӨЗАРА ІС-ҚИМЫЛ ЖӘНЕ СЕНІМ ШАРАЛАРЫ КЕҢЕСІНЕ", "kk") == []


def test_gaps_are_bounded_and_matches_stop_at_sentence_breaks():
    assert spans_of("an open, secure, stable, accessible and peaceful ICT environment") == [
        ("peaceful-environment", "open, secure, stable, accessible and peaceful ICT environment")
    ]
    far = "peaceful one two three four five six seven eight nine ICT environment"
    assert spans_of(far) == [("peaceful-environment", "ICT environment")]
    assert spans_of("the UN. Charter") == []
    assert spans_of("the UN Charter") == [("un-charter-law", "UN Charter")]


def _lexicon(concepts, ignore=None):
    palette = {"colours": {"a": {"light": "#77AADD", "dark": "#77AADD"}}}
    items = []
    for i, (cid, terms) in enumerate(concepts, start=1):
        items.append(
            {
                "id": cid,
                "code": i,
                "label": cid,
                "colour": "a",
                "pattern": PATTERNS[i - 1],
                "terms": {"en": terms, "ru": ["слово"]},
                "examples": [{"text": terms[0]}],
            }
        )
    data = {"palette": palette, "concepts": items}
    if ignore:
        data["ignore"] = ignore
    return lexicon_from_data(data)


def test_overlap_ties_go_to_the_earlier_match_then_the_first_listed_concept():
    lexicon = _lexicon([("first", ["data security", "cyber"]), ("second", ["security policy"])])
    spans = match_concepts("data security policy", "en", lexicon)
    assert [(s.concept_id, s.matched_text) for s in spans] == [("first", "data security")]
    lexicon = _lexicon([("first", ["cyber"]), ("second", ["cyber"])])
    assert [s.concept_id for s in match_concepts("cyber", "en", lexicon)] == ["first"]
    lexicon = _lexicon([("first", ["cyber"]), ("second", ["cyber security"])])
    assert [s.concept_id for s in match_concepts("cyber security", "en", lexicon)] == ["second"]


def test_stemming_keeps_the_first_letters_of_long_words(corpus):
    """The matcher skips stemming 6+ letter words whose first three letters start no term stem;
    that is sound only while the stemmers rewrite endings alone, as here."""
    for document in corpus:
        for provision in document.provisions:
            for lang, text in provision.versions().items():
                for *_, word, _ in words(text):
                    norm, stem = normalise(word, lang)
                    assert norm == normal_form(word, lang)
                    if len(norm) >= 6:
                        assert stem[:3] == norm[:3], (word, stem)


def test_spans_never_overlap_in_the_corpus(corpus):
    for document in corpus:
        for provision in concepts_in(document, LEXICON):
            ends = [(s.start, s.end) for s in provision.spans]
            assert ends == sorted(ends)
            assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))


# -- real documents ---------------------------------------------------------------------


def test_russian_text_of_the_note_verbale(corpus):
    note = corpus.get("cica-note-2024")
    text = note.provision("p1").text_in("ru")
    assert spans_of(text, "ru") == [
        ("cbm", "меры доверия"),
        ("ict-security", "Безопасность в сфере использования ИКТ и самих ИКТ"),
    ]
    # the letterhead and the addressee name CICA, which is not the CBM concept
    assert spans_of(note.provision("header").text_in("ru"), "ru") == []
    assert spans_of(note.provision("addressee").text_in("ru"), "ru") == []


def test_kazakh_text_of_the_note_verbale(corpus):
    text = corpus.get("cica-note-2024").provision("p1").text_in("kk")
    assert spans_of(text, "kk") == [
        ("ict-security", "АКТ пайдалану қауіпсіздігі"),
        ("ict-security", "АКТ қауіпсіздігі"),
        ("cbm", "сенім шарасын"),
    ]


def test_concepts_in_covers_every_language_version(corpus):
    note = corpus.get("cica-note-2024")
    found = concepts_in(note, LEXICON)
    p1 = [pc for pc in found if pc.provision_id == "p1"]
    assert [pc.lang for pc in p1] == ["en", "ru", "kk"]
    assert all(pc.concept_ids == {"cbm", "ict-security"} for pc in p1)
    only_ru = concepts_in(note, LEXICON, languages=["ru"])
    assert {pc.lang for pc in only_ru} == {"ru"}
    assert len(only_ru) == sum(1 for p in note.provisions if "ru" in p.versions())


def test_concepts_found_in_the_statements(corpus):
    def ids(doc_id: str) -> set[str]:
        return {s.concept_id for pc in concepts_in(corpus.get(doc_id), LEXICON) for s in pc.spans}

    cica, csto, asean = (
        ids("cica-statement-2022"),
        ids("csto-statement-2022"),
        ids("asean-russia-2018"),
    )
    assert {"oewg", "ad-hoc-committee", "digital-divide", "covid-19"} <= cica
    assert {"itu", "info-security", "legally-binding", "hostile-actions"} <= csto
    assert {"human-rights", "sovereignty", "non-interference", "un-gge"} <= asean


# -- validation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c: c.update(colours="x"), "unknown key(s) colours"),
        (lambda c: c.update(colour="purple"), "colour: 'purple' is not in palette.colours"),
        (lambda c: c.update(pattern="zigzag"), "pattern: expected one of"),
        (lambda c: c["terms"].pop("ru"), "terms: English (en) and Russian (ru) terms are required"),
        (lambda c: c.update(examples=[]), "examples: at least one example phrase is required"),
        (lambda c: c["terms"].update(en=["** security"]), "must start with a word"),
    ],
)
def test_invalid_lexicon_entries_are_rejected_with_concept_and_field(change, message):
    entry = {
        "id": "broken",
        "code": 1,
        "label": "Broken",
        "colour": "a",
        "pattern": "single",
        "terms": {"en": ["broken"], "ru": ["сломанный"]},
        "examples": [{"text": "broken"}],
    }
    change(entry)
    data = {"palette": {"colours": {"a": {"light": "#77AADD", "dark": "#77AADD"}}}}
    data["concepts"] = [entry]
    with pytest.raises(LexiconError, match="concept broken") as error:
        lexicon_from_data(data)
    assert message in str(error.value)


def test_duplicate_ids_codes_and_looks_are_rejected():
    with pytest.raises(LexiconError, match="id already used"):
        _lexicon([("same", ["a"]), ("same", ["b"])])
    palette = {"colours": {"a": {"light": "#77AADD", "dark": "#77AADD"}}}
    entry = {"label": "x", "colour": "a", "pattern": "single", "examples": [{"text": "x"}]}
    data = {
        "palette": palette,
        "concepts": [
            {**entry, "id": "one", "code": 1, "terms": {"en": ["x"], "ru": ["х"]}},
            {**entry, "id": "two", "code": 2, "terms": {"en": ["y"], "ru": ["у"]}},
        ],
    }
    with pytest.raises(LexiconError, match="colour and pattern already used by concept one"):
        lexicon_from_data(data)


def test_bundled_lexicon_file_loads_and_a_broken_file_is_reported(tmp_path):
    assert [c.id for c in load_lexicon()] == [c.id for c in CONCEPTS]
    broken = tmp_path / "concepts.yaml"
    broken.write_text("concepts: [", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"concepts\.yaml: cannot be read"):
        load_lexicon(broken)
