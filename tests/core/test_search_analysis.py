"""Analysis: how words of the corpus and of queries become the same index terms."""

from __future__ import annotations

import itertools

import pytest

from ictviewer.compare import normalise
from ictviewer.search import analysis
from ictviewer.search.analysis import LanguageAnalyzer, fold, index_words, term_of, tokenize


def term(word: str, lang: str) -> str:
    """The index term of one raw word, as snippets and the index compute it."""
    return term_of(lang)(word)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("cooperate", "cooperation"),
        ("terrorists", "terrorism"),
        ("terrorists", "terrorist"),
        ("terror", "terrorism"),
        ("extremist", "extremism"),
        ("recognising", "recognizing"),
        ("organisation", "organizations"),
        ("analyse", "analyzed"),
        ("measures", "measure"),
    ],
)
def test_english_forms_share_a_term(one, other):
    assert term(one, "en") == term(other, "en")


@pytest.mark.parametrize(("one", "other"), [("security", "cooperation"), ("tour", "terror")])
def test_english_different_words_stay_apart(one, other):
    assert term(one, "en") != term(other, "en")


def test_russian_stemming_joins_case_forms():
    assert term("безопасность", "ru") == term("безопасности", "ru") == term("Безопасностью", "ru")
    assert term("доверия", "ru") == term("доверие", "ru")


def test_russian_yo_is_folded_to_ye():
    assert term("объединённых", "ru") == term("объединенных", "ru")


def test_kazakh_is_case_folded_but_not_stemmed():
    assert term("ҚАУІПСІЗДІК", "kk") == "қауіпсіздік"
    assert term("қауіпсіздігі", "kk") != term("қауіпсіздік", "kk")


def test_stemmers_apply_only_to_their_own_script():
    assert term("безопасность", "en") == "безопасность"
    assert term("security", "ru") == "security"


@pytest.mark.parametrize("spelling", ["“ICTs”", '"ICTs"', "ICT’s", "ICT's", "ICTs", "ＩＣＴｓ"])
def test_quotes_apostrophes_and_width_are_normalised(spelling):
    words = [w for _, _, w in tokenize(spelling)]
    assert [term(w, "en") for w in words] == ["ict"]


def test_fold_casefolds_and_unifies_apostrophes():
    assert fold("DON’T") == "don't"
    assert fold("Straße") == "strasse"
    assert fold("Cafe\u0301") == fold("Café")  # decomposed and composed accents


def test_tokenize_keeps_offsets_of_the_original_text():
    text = "«Безопасность» — ICT’s “use”"
    for start, end, word in tokenize(text):
        assert fold(text[start:end]) == word
    assert [w for _, _, w in tokenize(text)] == ["безопасность", "ict", "use"]


def test_dashes_split_words():
    assert [w for _, _, w in tokenize("confidence-building – measures—now")] == [
        "confidence",
        "building",
        "measures",
        "now",
    ]


def test_index_words_gives_words_and_terms_and_the_analyzer_adjacent_pairs():
    surface, terms = index_words("Confidence building measures", "en")
    assert surface == ["confidence", "building", "measures"]
    assert terms == ["confid", "build", "measur"]
    pairs = [t.text for t in LanguageAnalyzer("en", "pairs")("Confidence building measures")]
    assert pairs == ["confid build", "build measur"]


def test_whoosh_analyzer_matches_the_index_analysis():
    text = "International “cooperation” on terrorists"
    _, terms = index_words(text, "en")
    assert [t.text for t in LanguageAnalyzer("en")(text)] == terms
    assert [t.text for t in LanguageAnalyzer("en", "pairs")(text)] == [
        f"{a} {b}" for a, b in itertools.pairwise(terms)
    ]
    tokens = [
        (t.text, t.startchar, t.endchar, t.pos)
        for t in LanguageAnalyzer("en")(text, chars=True, positions=True)
    ]
    assert tokens[-1][0] == "terror"
    assert text[tokens[1][1] : tokens[1][2]] == "cooperation"
    assert [t[3] for t in tokens] == [0, 1, 2, 3]


def test_terms_fast_path_agrees_with_the_index():
    text = "Обеспечение безопасности в сфере использования ИКТ"
    assert [term(w, "ru") for w in analysis.TOKEN_RE.findall(text)] == index_words(text, "ru")[1]


@pytest.mark.parametrize(
    ("spelling", "folded"), [("İCTs", "icts"), ("İCT’s", "ict"), ("ıcts", "icts")]
)
def test_turkish_dotted_and_dotless_i_fold_to_i(spelling, folded):
    assert fold(spelling) == folded
    assert term(spelling, "en") == term("ICTs", "en")


@pytest.mark.parametrize(
    ("one", "other"),
    [("behaviour", "behavior"), ("defence", "defense"), ("programmes", "programs")],
)
def test_british_spellings_concepts_knew_now_reach_search(one, other):
    assert term(one, "en") == term(other, "en")


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("Terrorism", "en"),
        ("organisations", "en"),
        ("İCTs", "en"),
        ("behaviour", "en"),
        ("Безопасностью", "ru"),
        ("объединённых", "ru"),
        ("ҚАУІПСІЗДІК", "kk"),
    ],
)
def test_search_and_concepts_fold_and_stem_alike(word, lang):
    """One policy (#11): the concept matcher's stem of a word is the search index's term."""
    folded = [w for _, _, w in tokenize(word)]
    assert len(folded) == 1
    assert normalise(folded[0], lang) == (fold(word), term(word, lang))


def test_the_token_regex_tokenises_as_its_plain_formulation():
    """The one-pass token regex is the written-out alternation (#11): same tokens, always."""
    import random
    import re

    plain = re.compile(f"{analysis.REFERENCE}|{analysis.WORD}")
    rng = random.Random(7)
    alphabet = "ab1/2'’ʼ_ -é9x.\u00a0я/0"
    texts = ["NCT/ICT/267 A/RES/73/27 ICT’s don't a/b/c 12/ab/3x ab/12/cd/34"]
    texts += [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 16))) for _ in range(40000)
    ]
    for text in texts:
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in analysis.TOKEN_RE.finditer(text)] == expected, text


def test_terms_of_is_term_of_for_each_word():
    raws = ["Cooperation", "ICTs", "’", "безопасности", "cooperation", "Ünïcode"]
    for lang in ("en", "ru", "kk", "fr"):
        assert analysis.terms_of(lang, raws) == [term_of(lang)(r) for r in raws]
        assert analysis.terms_of(lang, raws) == [term_of(lang)(r) for r in raws]  # memoised
