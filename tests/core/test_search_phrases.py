"""Concept and acronym phrases counted per record (`phrases.py`): speed, never results.

An index built with the phrase catalogue looks a known phrase up as one term
of `phrases_L`; one built with an empty catalogue matches the same phrase
word by word. Both must find the same records with the same scores and the
same snippets, for the concept queries that the catalogue is for.
"""

from __future__ import annotations

import re

import pytest
from whoosh import query as wq

from ictviewer.concepts import bundled_lexicon
from ictviewer.corpus import load_corpus
from ictviewer.search import SearchIndex, opening
from ictviewer.search.compile import compile_query
from ictviewer.search.filters import FilterContext
from ictviewer.search.phrases import PhraseCatalogue, catalogue
from ictviewer.search.query import parse
from ictviewer.search.schema import fingerprint, phrases_field

CORPUS = load_corpus()
pytestmark = pytest.mark.skipif(not CORPUS.documents, reason="the bundled corpus is not there")
NONE = PhraseCatalogue({}, "no-phrases")

#: concept queries whose expansions hold multi-word terms, in each language, and acronyms
QUERIES = [
    "confidence-building measures",
    "меры доверия",
    "сенім шаралары",
    "цифровой разрыв",
    "digital divide",
    "UN Charter",
    "Устав ООН",
    "ICTs",
    "ИКТ",
    "OEWG",
    '"security of and in the use of ICTs"',
    "terrorist use cooperation",
    "criminal use -terrorism",
]


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    """The bundled corpus indexed with the bundled catalogue and with none."""
    root = tmp_path_factory.mktemp("phrases")
    counted = opening.open_or_build(SearchIndex, CORPUS, catalogue(bundled_lexicon()), root)
    matched = opening.open_or_build(SearchIndex, CORPUS, NONE, root)
    yield counted, matched
    counted.close()
    matched.close()


def _seen(results):
    return [(h.doc_id, h.provision_id, h.lang, round(h.score, 6), h.snippet) for h in results.hits]


@pytest.mark.parametrize("query", QUERIES)
def test_counted_phrases_find_what_matched_phrases_find(pair, query):
    counted, matched = pair
    with_counts = counted.search(query, limit=None)
    word_by_word = matched.search(query, limit=None)
    assert with_counts.total == word_by_word.total
    assert sorted(_seen(with_counts)) == sorted(_seen(word_by_word))


def test_the_catalogue_is_used_for_concept_terms(pair):
    counted, matched = pair
    assert counted.search("меры доверия").total > 0  # finds the English "confidence-building"
    assert counted.location != matched.location  # two catalogues: two indexes


def test_a_concept_term_compiles_to_one_phrase_term():
    phrases = catalogue(bundled_lexicon())
    node = parse('"confidence building measures"').node

    def prefixes(_lang, _prefix):
        return []

    counted = compile_query(node, FilterContext(CORPUS), prefixes, phrases)
    matched = compile_query(node, FilterContext(CORPUS), prefixes, NONE)
    assert phrases.holds("en", ["confid", "build", "measur"])
    assert wq.Term(phrases_field("en"), "confid build measur") in list(counted.leaves())
    assert not any(isinstance(leaf, wq.Phrase) for leaf in counted.leaves() if _en(leaf))
    assert any(isinstance(leaf, wq.Phrase) for leaf in matched.leaves())


def _en(leaf) -> bool:
    return getattr(leaf, "fieldname", "").endswith("_en")


def test_the_catalogue_holds_acronyms_and_multi_word_terms_only(one_concept):
    phrases = catalogue(one_concept("optical toy"))
    assert phrases.holds("en", ["optic", "toy"])
    assert not phrases.holds("en", ["kaleidoscop"])  # one word: a plain term already
    assert phrases.holds("en", ["inform", "and", "communic", "technolog"])  # ICT spelled out
    assert not catalogue(bundled_lexicon()).holds("en", ["optic", "toy"])


def test_another_lexicon_is_another_index(one_concept):
    bundled = catalogue(bundled_lexicon()).digest
    custom = catalogue(one_concept("optical toy")).digest
    assert bundled != custom
    assert fingerprint(CORPUS, bundled) != fingerprint(CORPUS, custom)
    assert catalogue(one_concept("optical toy")).digest == custom  # stable: the same terms


def test_an_index_of_another_lexicon_is_rebuilt_not_updated(tmp_path, one_concept):
    first = SearchIndex.open_or_build(CORPUS, tmp_path)
    first.close()
    second = SearchIndex.open_or_build(CORPUS, tmp_path, lexicon=one_concept("optical toy"))
    try:
        assert second.built and second.location != first.location
        assert second.notice == "Index rebuilt: the concept lexicon changed."
        assert "[concept kaleido" in second.search("kaleidoscope").parsed
    finally:
        second.close()


def test_a_lexicon_set_after_opening_still_finds_its_phrases(pair, one_concept):
    counted, matched = pair
    lexicon = one_concept("building measures")  # not in either index's catalogue
    assert not counted._phrases.holds("en", ["build", "measur"])
    try:
        counted.lexicon = matched.lexicon = lexicon
        results = counted.search("kaleidoscope", limit=None)
        assert results.total > 0  # found through the concept's phrase, matched word by word
        for hit in results.hits:
            assert re.search(r"building measures?", hit.text, re.I), hit.provision_id
        assert _seen(results) == _seen(matched.search("kaleidoscope", limit=None))
    finally:
        counted.lexicon = matched.lexicon = bundled_lexicon()


def test_a_new_version_of_the_search_says_so_when_it_rebuilds(tmp_path, monkeypatch):
    from ictviewer.search import schema, storage

    SearchIndex.open_or_build(CORPUS, tmp_path).close()
    for module in (schema, storage, opening):
        monkeypatch.setattr(module, "SCHEMA_VERSION", "ictviewer-search-next")
    with SearchIndex.open_or_build(CORPUS, tmp_path) as index:
        assert index.built
        assert index.notice == "Index rebuilt for this version of ictviewer (its search changed)."
        assert index.search("меры доверия").total > 0
