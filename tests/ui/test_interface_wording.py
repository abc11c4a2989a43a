"""Precedent summaries and reasons, and alignment reasons, in the window's language.

The core words them in English for the command line; the window words them
again (`ui/precedents/wording.py`, `ui/compare/reasons.py`) from the same
figures. In English both must give the same sentence for real results of the
bundled library, so they cannot drift apart; in Russian they must be Russian.
"""

from __future__ import annotations

import itertools
import re

import pytest

from ictviewer.compare import bundled_lexicon, compare_documents
from ictviewer.corpus import load_corpus
from ictviewer.precedents import DraftError, PrecedentIndex
from ictviewer.precedents.drafts import MAX_CHARS, MAX_PARAGRAPH_WORDS, check_paragraph, check_size
from ictviewer.ui.compare.reasons import pair_reason
from ictviewer.ui.precedents import wording

LIBRARY = load_corpus()
LEXICON = bundled_lexicon()
CONCEPTS = {concept.id: concept for concept in LEXICON}
DRAFTS = [
    LIBRARY.get("cica-concept-2022").provisions[3].text,  # verbatim
    LIBRARY.get("cica-concept-2022").provisions[3].text.replace("the", "our", 2),  # close
    "Confidence-building measures matter for criminal use of ICTs in our region today.",
    "Weather report for Tuesday: sunny spells, light wind, no rain expected at all.",
    "Too short.",
]


@pytest.fixture(scope="module")
def found():
    index = PrecedentIndex.build(LIBRARY, LEXICON)
    return [index.find(draft) for draft in DRAFTS]


@pytest.fixture(scope="module")
def pairs():
    documents = list(LIBRARY)
    return [
        pair
        for left, right in itertools.combinations(documents, 2)
        for pair in compare_documents(left, right, LEXICON).alignment
    ]


def test_the_drafts_cover_every_kind_of_summary(found):
    summaries = [paragraph.summary for paragraph in found]
    assert summaries[0].startswith("agreed language in")
    assert any(s.startswith("close to agreed language") for s in summaries)
    assert any("related" in s for s in summaries)
    assert any(s.endswith("shares this wording") for s in summaries)
    assert any("draft has fewer" in s for s in summaries)


def test_in_english_the_window_says_what_the_core_says(qapp, found, pairs):
    for paragraph in found:
        assert wording.summary(paragraph) == paragraph.summary
        for precedent in paragraph.precedents:
            assert wording.reason(precedent) == precedent.reason
    assert len({pair.reason.split(" ")[0] for pair in pairs}) > 2  # wording, shares, same...
    for pair in pairs:
        assert pair_reason(pair, CONCEPTS) == pair.reason


def test_in_russian_they_are_russian(russian, found, pairs):
    latin = re.compile(r"\b[a-z]{4,}")  # English prose; names (CICA, COVID) are capitals
    for paragraph in found:
        summary = wording.summary(paragraph)
        assert summary != paragraph.summary and re.search("[а-я]", summary)
        bare = summary
        for precedent in paragraph.history:  # the provisions' own labels stay as they are
            bare = bare.replace(precedent.label, "")
        assert not latin.search(bare), summary
        for precedent in paragraph.precedents:
            assert not latin.search(wording.reason(precedent)), wording.reason(precedent)
    for pair in pairs:
        reason = pair_reason(pair, CONCEPTS)
        assert re.search("[а-я]", reason) and not latin.search(reason), reason


def test_russian_counts_take_their_plural_forms(russian, found):
    reasons = [wording.reason(p) for paragraph in found for p in paragraph.precedents]
    assert any("общ" in r for r in reasons)
    assert not any(re.search(r"\b1 общих", r) for r in reasons)


@pytest.mark.parametrize(
    ("check", "text"),
    [(check_size, "x" * (MAX_CHARS + 1)), (check_paragraph, "word " * (MAX_PARAGRAPH_WORDS + 1))],
)
def test_draft_refusals_in_english_are_the_cores(qapp, check, text):
    with pytest.raises(DraftError) as refused:
        check(text)
    assert refused.value.code
    assert wording.draft_refusal(refused.value) == str(refused.value)
