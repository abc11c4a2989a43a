"""More hostile input for the query parser and the search API (see also test_search_fuzz.py).

The parser alone takes thousands of queries (it is cheap); the search API
takes junk in every filter as well as in the query, over an index whose texts
themselves carry markup, so the snippets' escaping is exercised by real hits.
Nothing may escape but a ValueError for a malformed date, and every result
must be well-formed.
"""

from __future__ import annotations

import dataclasses
import html
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ictviewer.corpus.model import Corpus, Provision
from ictviewer.search import SearchIndex
from ictviewer.search import query as q

TAG = re.compile(r"<(/?)([^>]*)>")
PIECES = [
    '"', '""', "(", ")", "((", "))", "*", "**", "?", "\\", "\\\\", "AND", "OR", "NOT", "-", "--",
    "+", ":", "org:", "doc:", "lang:", "year:", "date:", "year:20", "year:2022-2018",
    "date:2022..", "date:..2022", "org:(", 'org:"', "doc:*", "lang:xx", "&&", "||", "^2", "~1",
    "[", "]", "{", "}", "<", ">", "<b>", "</b>", "<script>", "&amp;", "&#0;", "%s", "{0}",
    "\x00", "\x07", "\x1b[2J", "\t", "\n", "\r", "\u200b", "\u200e", "\u202e", "\ufeff",
    "\u00a0", "🙂", "👩‍💻", "𝔘", "ﬁ", "İ", "ß", "ё", "ICTs", "ICT’s", "безопасность", "АКТ",
    "қауіпсіздігі", "中文", "العربية", "security", "digital", "forensics", "cooperat*", "script",
    "alert", "amp", "lt", "x" * 300, " ",
]  # fmt: skip
hostile = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
anything = st.one_of(hostile, st.text(max_size=80), st.text(alphabet=st.characters(), max_size=600))
junk = st.one_of(st.none(), st.just(""), hostile, st.text(max_size=20))
MARKUP = (
    '<script>alert("x")</script> & <b>bold</b> <img src=x onerror=alert(1)> '
    "&lt;already escaped&gt; security cooperation"
)
HOSTILE_TEXT = (  # what no YAML file may hold, but a corpus built in memory might
    "Security\x00 of \x01ICTs\x01 \u202eevil\u202c co\u0301operation 🙂 "
    "Z\u0351\u0351algo \u200bzero\u200bwidth \ufb01nance \t\n\r end &amp; <b>not bold</b>"
)


def check(results, limit=None):
    """Well-formed results: counts, order, unique hits, snippets escaped but for <b>."""
    assert results.total >= len(results.hits)
    if limit is not None:
        assert len(results.hits) <= limit
    assert isinstance(results.parsed, str) and isinstance(results.notice, str)
    scores = [hit.score for hit in results.hits]
    assert scores == sorted(scores, reverse=True)
    keys = [(h.doc_id, h.provision_id, h.lang) for h in results.hits]
    assert len(keys) == len(set(keys))
    for hit in results.hits:
        tags = [match.group(0) for match in TAG.finditer(hit.snippet)]
        assert set(tags) <= {"<b>", "</b>"}, hit.snippet
        bare = TAG.sub("", hit.snippet)
        assert "<" not in bare and ">" not in bare and '"' not in bare
        assert re.sub(r"&(amp|lt|gt|quot|#x27);", "", bare).count("&") == 0, hit.snippet
        opened = 0
        for tag in tags:  # balanced, never nested
            opened += 1 if tag == "<b>" else -1
            assert opened in (0, 1)
        assert opened == 0
        text = " ".join(hit.text.split())
        for piece in html.unescape(bare).split("…"):
            assert " ".join(piece.split()) in text


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    from ictviewer.corpus import load_corpus

    corpus = load_corpus()
    if len(corpus) < 2:
        pytest.skip("needs the bundled corpus")
    template = corpus.documents[0]
    marked = dataclasses.replace(
        template,
        id="markup-2030",
        organisation="<Org & Co>",
        provisions=(
            Provision("p1", "<para. 1>", MARKUP, "en"),
            Provision("p2", "para. 2", HOSTILE_TEXT, "en", parallel={"ru": MARKUP}),
        ),
    )
    built = SearchIndex.open_or_build(
        Corpus((*corpus.documents, marked)), index_dir=tmp_path_factory.mktemp("fuzz2")
    )
    yield built
    built.close()


@settings(max_examples=2000, deadline=None)
@given(query=anything)
def test_the_parser_never_raises(query):
    parsed = q.parse(query)
    assert len(parsed.text) <= q.MAX_QUERY_CHARS
    assert isinstance(parsed.describe(), str)
    for leaf, _negated in q.leaves(parsed.node):
        for word in leaf.words if isinstance(leaf, q.Phrase) else (leaf,):
            if isinstance(word, q.Word) and word.start >= 0:
                assert 0 <= word.start <= word.end <= len(parsed.text)
                assert parsed.text[word.start : word.end] == word.text


@settings(max_examples=700, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=anything, organisation=junk, doc_id=junk, lang=junk, limit=st.sampled_from([1, 20]))
def test_junk_in_every_filter_never_raises(index, query, organisation, doc_id, lang, limit):
    results = index.search(query, organisation=organisation, doc_id=doc_id, lang=lang, limit=limit)
    check(results, limit)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=hostile, date_from=junk, date_to=junk)
def test_a_malformed_date_is_the_only_error(index, query, date_from, date_to):
    try:
        results = index.search(query, date_from=date_from, date_to=date_to, limit=5)
    except ValueError as error:
        assert str(error).startswith("not a date")
    else:
        check(results, 5)


# Queries whose words are in the markup document: each must reach it, so the
# snippet checks below run on it (a loop over no hits proves nothing).
REACHES_MARKUP = ("script", "alert", "<script>", "img onerror", "bold", '"already escaped"',
                  "security cooperation", "doc:markup-2030 security")  # fmt: skip


@pytest.mark.parametrize("query", [*REACHES_MARKUP, "amp", "lt gt", "org:markup", "*", "?", "\\"])
def test_markup_in_the_corpus_comes_out_as_text(index, query):
    results = index.search(query, limit=None)
    check(results)  # every snippet of every hit: only <b> tags, everything else escaped
    marked = [h for h in results.hits if h.doc_id == "markup-2030"]
    if query in REACHES_MARKUP:
        assert marked, f"{query!r} should find the markup document"
    for hit in marked:
        assert "<script>" not in hit.snippet and "<img" not in hit.snippet
    if query in ("script", "alert", "bold"):
        assert "&lt;" in marked[0].snippet
