"""The query language: parsing, the readable `parsed` form, and fallbacks that never raise."""

from __future__ import annotations

import pytest

from ictviewer.search import query as q
from ictviewer.search.matching import match_spans


def parsed(text: str) -> str:
    return q.parse(text).describe()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("confidence building", "confidence AND building"),
        ('"confidence building" measures', '"confidence building" AND measures'),
        ("terrorism OR extremism", "terrorism OR extremism"),
        ("security AND NOT terrorism", "security AND NOT terrorism"),
        ("security -terrorism", "security AND NOT terrorism"),
        ("secur*", "secur*"),
        ("(data OR information) AND security", "(data OR information) AND security"),
        ("security org:CICA year:2022", "security AND org:CICA AND year:2022"),
        ('org:"ASEAN-Russia" data', "org:ASEAN-Russia AND data"),
        ("lang:ru doc:cica-note-2024", "lang:ru AND doc:cica-note-2024"),
        ("confidence-building", '"confidence building"'),
        ("a OR b AND c", "a OR (b AND c)"),
    ],
)
def test_parsed_form(text, expected):
    result = q.parse(text)
    assert not result.fallback
    assert result.describe() == expected


def test_common_words_are_left_out_of_conjunctions_and_reported():
    result = q.parse("security of data")
    assert result.describe().startswith("security AND data")
    assert result.ignored == ("of",)
    assert "common words ignored: of" in result.describe()


def test_a_lone_common_word_is_still_searched():
    assert q.parse("the").describe() == "the"


def test_phrases_keep_common_words():
    assert q.parse('"security of ICTs"').describe() == '"security of icts"'


def test_acronyms_also_search_their_expansion():
    assert parsed("OEWG") == '(oewg OR "open ended working group")'
    assert parsed('"Open-ended Working Group"') == '("open ended working group" OR oewg)'


def test_typographic_quotes_delimit_phrases():
    assert parsed("“confidence building”") == '"confidence building"'
    assert parsed("«меры доверия»") == '"меры доверия"'


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('"confidence building', "unbalanced quote"),
        ("(security OR ICT", "unbalanced brackets"),
        ("security)", "unbalanced brackets"),
        ("()", "empty brackets"),
        ("AND", "AND without a term before it"),
        ("security OR", "OR without a term after it"),
        ("security AND", "AND without a term after it"),
        ("NOT", "NOT without a term after it"),
        ("*", "a * needs letters before it"),
        ("s*", "a * may only end a word of two letters or more"),
        ("sec*rity", "a * may only end a word of two letters or more"),
        ("org:", "empty filter org:"),
        ("security\x00 cooperation", "control characters"),
        ("word " * 200, "query too long"),
        (" ".join(f"w{i}" for i in range(40)), "too many terms"),
    ],
)
def test_malformed_queries_fall_back_to_plain_terms(text, reason):
    result = q.parse(text)
    assert result.fallback == reason
    assert result.describe().startswith(f"fallback: plain terms ({reason}): ")


def test_fallback_keeps_the_words_and_well_formed_filters():
    result = q.parse('"confidence building org:CICA')
    assert result.describe() == (
        "fallback: plain terms (unbalanced quote): confidence AND building AND org:CICA"
    )


def test_only_operators_fall_back_to_nothing():
    result = q.parse("AND OR NOT")
    assert result.node is None
    assert result.describe().endswith("(nothing to search)")


def test_empty_query_is_not_a_fallback():
    result = q.parse("   ")
    assert result.node is None and not result.fallback


def test_word_spans_point_into_the_query():
    result = q.parse("security “confidance”")
    words = [leaf for leaf, _ in q.leaves(result.node)]
    assert [result.text[w.start : w.end] for w in words] == ["security", "confidance"]


HOSTILE = [
    '"',
    '""',
    '"""',
    "(",
    ")",
    "((((((((",
    "))))",
    "(" * 400 + "a" + ")" * 400,
    "AND OR NOT",
    "NOT NOT NOT",
    "- - -",
    "--security",
    "-",
    "*",
    "**",
    "*security",
    "org:",
    'org:"',
    "year:abc",
    "year:2022-13",
    "date:2022-02-30",
    "lang:",
    "doc:nonexistent",
    "\x00\x01\x02",
    "\u200b\u200b",
    "\ud800",
    "a" * 10_000,
    "x " * 5000,
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "‘’“”«»–—",
    "!!! ??? ...",
    "+security +",
    "&& ||",
    "security\ncooperation\ttab",
    "NOT (a OR b)",
    "(a) (b) ((c))",
    '"a b" OR ("c d" AND -e*)',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_never_raise(text, index):
    result = index.search(text)
    assert isinstance(result.total, int)
    assert isinstance(result.parsed, str)
    assert result.total == len(result.hits) or len(result.hits) == 20
    for hit in result.hits:
        assert "<script>" not in hit.snippet
    match_spans(text, "security cooperation <script>", "en", index.lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NOT NOT security", "security"),
        ("-(-security)", "security"),
        ("--security", "security"),
        ("NOT NOT NOT security", "NOT security"),
        ("data -(-(security))", "data AND security"),
        ("NOT (NOT data AND security)", "NOT (NOT data AND security)"),
    ],
)
def test_double_negation_is_the_term_itself(text, expected):
    result = q.parse(text)
    assert result.describe() == expected
