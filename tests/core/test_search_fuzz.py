"""Thousands of random and hostile queries: no exception escapes, results stay well-formed."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ictviewer.corpus import load_corpus
from ictviewer.search import SearchIndex
from ictviewer.search.matching import match_spans

SNIPPET_TAGS = re.compile(r"<(/?)([a-zA-Z]+)[^>]*>")
PIECES = [
    '"', "(", ")", "*", "?", "AND", "OR", "NOT", "-", "+", ":", "org:", "doc:", "lang:",
    "year:", "\\", "^", "~", "[", "]", "{", "}", "ICTs", "безопасность", "АКТ", "қауіпсіздігі",
    "digital", "forensics", "cooperat*", "\x00", "\t", "\u200b", "🙂", "<b>", "&amp;", " ",
]  # fmt: skip
hostile = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    corpus = load_corpus()
    opened = SearchIndex.open_or_build(corpus, index_dir=tmp_path_factory.mktemp("fuzz"))
    yield opened
    opened.close()


def check(results):
    assert results.total >= len(results.hits)
    assert isinstance(results.parsed, str)
    for hit in results.hits:
        tags = {match.group(2).lower() for match in SNIPPET_TAGS.finditer(hit.snippet)}
        assert tags <= {"b"}, hit.snippet  # everything but the marks is escaped
        assert "<" not in SNIPPET_TAGS.sub("", hit.snippet)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=hostile)
def test_hostile_queries_never_raise(index, query):
    check(index.search(query, limit=5))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=st.text(max_size=60))
def test_random_text_never_raises(index, query):
    check(index.search(query, limit=5))


@settings(max_examples=200, deadline=None)
@given(query=hostile, text=st.text(max_size=80), lang=st.sampled_from(["en", "ru", "kk", "xx"]))
def test_match_spans_stay_inside_the_text(index, query, text, lang):
    for start, end in match_spans(query, text, lang, index.lexicon):
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize("length", [1_000, 20_000])
def test_very_long_queries(index, length):
    check(index.search("security " * (length // 9)))
    check(index.search('"' * length))
    check(index.search("(" * length))
