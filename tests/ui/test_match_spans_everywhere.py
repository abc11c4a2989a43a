"""One rule for search matches: the reader, the printed pack and the compare view mark the
same words (they disagreed on "cooperate" and on "ICTs")."""

from __future__ import annotations

import re

import pytest

from ictviewer.corpus.model import Document, FuzzyDate, Provision, Source
from ictviewer.export import build_pack, pack_to_html
from ictviewer.search.matching import match_spans
from ictviewer.ui.compare.render import PaneOptions, render_pane
from ictviewer.ui.reader.html import RenderOptions, render

TEXT = (
    "States should cooperate and strengthen cooperation on the security of information "
    "and communication technologies (ICTs); cooperative measures matter."
)


@pytest.fixture
def document():
    return Document(
        id="doc",
        title="A document",
        short_title="Doc",
        organisation="CICA",
        kind="statement",
        date=_date(),
        place="Astana",
        languages=("en",),
        status="adopted",
        source=Source(publisher="test"),
        provisions=(Provision(id="p1", label="para. 1", text=TEXT, lang="en"),),
    )


def _date():
    import datetime as dt

    return FuzzyDate(dt.date(2022, 10, 13), "day")


def marked_words(html: str, opening: str) -> list[str]:
    """The texts inside highlight spans opened by `opening` (a regex), in order."""
    found = re.findall(opening + r"(.*?)</span>", html, flags=re.S)
    return [re.sub(r"<[^>]+>", "", chunk) for chunk in found]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cooperate", ["cooperate", "cooperation", "cooperative"]),
        ("ICTs", ["information", "and", "communication", "technologies", "ICTs"]),
    ],
)
def test_reader_pack_and_compare_mark_the_same_words(document, query, expected):
    spans = match_spans(query, TEXT, "en")
    assert [TEXT[s:e] for s, e in spans] == expected

    reader = render(document, RenderOptions(spans={("p1", "en"): spans}))
    reader_words = marked_words(reader, r'<span style="background-color:[^"]+; color:[^"]+;">')

    pack = build_pack(_corpus(document), [("doc", "p1")], highlight=[query])
    pack_words = marked_words(pack_to_html(pack), r"<span class='hl'>")

    pane = render_pane(document, None, PaneOptions(match_query=query))
    compare_words = marked_words(pane, r'<span style="background-color:[^"]+; color:[^"]+;">')

    assert reader_words == pack_words == compare_words == expected


def _corpus(document):
    from ictviewer.corpus.model import Corpus

    return Corpus((document,))
