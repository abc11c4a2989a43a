"""The printed pack and its HTML: what is printed, in which order and language (no Qt)."""

import datetime as dt
import subprocess
import sys

import pytest

from ictviewer.corpus import load_corpus
from ictviewer.corpus.model import Corpus, Document, FuzzyDate, Provision, Source
from ictviewer.export import build_pack, pack_to_html, parse_refs
from ictviewer.export.html import SERIF_FONTS, pack_html_chunks, text_html
from ictviewer.export.pack import DEFAULT_TITLE, highlight_spans


def make_document(doc_id, day, provisions, **changes):
    values = {
        "id": doc_id,
        "title": f"Full title of {doc_id}",
        "short_title": f"Short {doc_id}",
        "organisation": "CICA",
        "organisation_note": "Sixth CICA Summit",
        "kind": "statement",
        "date": FuzzyDate(day, "day"),
        "place": "Astana",
        "languages": ("en",),
        "status": "adopted",
        "source": Source(publisher="test"),
        "provisions": tuple(provisions),
    }
    values.update(changes)
    return Document(**values)


def prov(pid, section="Operative part", **changes):
    values = {"id": pid, "label": f"para. {pid}", "text": f"Text of {pid}.", "lang": "en"}
    values.update(changes)
    return Provision(section=section, **values)


@pytest.fixture
def corpus():
    statement = make_document(
        "statement-2022",
        dt.date(2022, 10, 13),
        [prov("pre1", "Preamble"), prov("p1"), prov("p2"), prov("p3")],
    )
    note = make_document(
        "note-2024",
        dt.date(2024, 5, 20),
        [
            prov("header", "Heading", parallel={"ru": "СЕКРЕТАРИАТ"}),
            prov("p1", "Text", parallel={"ru": "Секретариат", "kk": "Хатшылық әғқңөұүһі"}),
        ],
        languages=("en", "ru", "kk"),
        status="circulated",
        organisation_note="CICA Secretariat",
    )
    draft = make_document(
        "draft-2024", dt.date(2024, 5, 20), [prov("s1-p1", "1. Background")], status="draft"
    )
    return Corpus(documents=(statement, note, draft))


# -- parse_refs ---------------------------------------------------------------------------
def test_parse_refs_forms(corpus):
    assert parse_refs(corpus, ["statement-2022:p2"]) == [("statement-2022", "p2")]
    assert parse_refs(corpus, ["statement-2022:p3,pre1"]) == [
        ("statement-2022", "p3"),
        ("statement-2022", "pre1"),
    ]
    assert parse_refs(corpus, ["note-2024"]) == [("note-2024", "header"), ("note-2024", "p1")]
    assert parse_refs(corpus, ["note-2024:p1", "note-2024", " statement-2022:p1 "]) == [
        ("note-2024", "p1"),
        ("note-2024", "header"),
        ("statement-2022", "p1"),
    ], "duplicates kept once, in first-mention order"


def test_parse_refs_names_unknown_documents_and_provisions(corpus):
    with pytest.raises(ValueError) as error:
        parse_refs(corpus, ["statment-2022:p1", "statement-2022:p9", "note-2024:p1"])
    message = str(error.value)
    assert "unknown document 'statment-2022'" in message
    assert "did you mean statement-2022?" in message
    assert "document 'statement-2022' has no provision 'p9'" in message
    assert message.count("\n") == 1, "one line per problem"


@pytest.mark.parametrize("refs", [[], [":p1"], ["statement-2022:"], ["statement-2022:,"]])
def test_parse_refs_rejects_empty_references(corpus, refs):
    with pytest.raises(ValueError):
        parse_refs(corpus, refs)


def test_parse_refs_on_the_bundled_corpus():
    corpus = load_corpus()
    doc = corpus.get("cica-statement-2022")
    assert parse_refs(corpus, ["cica-statement-2022"]) == [(doc.id, p.id) for p in doc.provisions]
    with pytest.raises(ValueError, match="has no provision 'p55'"):
        parse_refs(corpus, ["cica-statement-2022:p55"])


# -- build_pack ---------------------------------------------------------------------------
def test_pack_keeps_the_given_order_and_groups_consecutive_provisions(corpus):
    refs = [
        ("statement-2022", "p2"),
        ("statement-2022", "pre1"),
        ("note-2024", "p1"),
        ("statement-2022", "p3"),
    ]
    pack = build_pack(corpus, refs, printed_on=dt.date(2025, 3, 1))
    assert pack.refs == refs
    assert [d.doc_id for d in pack.documents] == ["statement-2022", "note-2024", "statement-2022"]
    assert pack.title == DEFAULT_TITLE
    assert pack.printed_on_human == "1 March 2025"


def test_document_heading_and_provision_citations(corpus):
    pack = build_pack(corpus, [("statement-2022", "p1"), ("draft-2024", "s1-p1")])
    statement, draft = pack.documents
    assert statement.title == "Full title of statement-2022"
    assert (statement.organisation, statement.organisation_note) == ("CICA", "Sixth CICA Summit")
    assert (statement.place, statement.date, statement.status) == (
        "Astana",
        "13 October 2022",
        "adopted",
    )
    assert statement.citation == "Full title of statement-2022, Astana, 13 October 2022"
    provision = statement.provisions[0]
    assert (provision.label, provision.section) == ("para. p1", "Operative part")
    assert provision.citation == "Full title of statement-2022, Astana, 13 October 2022, para. p1"
    assert provision.short_citation == "Short statement-2022, para. p1"
    assert draft.is_draft and draft.short_title == "Short draft-2024 (draft)"
    assert "(draft)" in draft.provisions[0].citation
    assert draft.display_title == "Full title of draft-2024 (draft)"
    assert "Full title of draft-2024 (draft)<br/>" in pack_to_html(pack)


def test_default_language_is_the_provisions_own(corpus):
    pack = build_pack(corpus, [("note-2024", "p1")])
    assert [(t.lang, t.text) for t in pack.provisions[0].texts] == [("en", "Text of p1.")]
    assert pack.languages == ()


def test_chosen_languages_include_the_parallel_versions(corpus):
    pack = build_pack(
        corpus,
        [("note-2024", "header"), ("note-2024", "p1"), ("statement-2022", "p1")],
        languages=["en", "ru", "kk"],
    )
    header, note_p1, statement_p1 = pack.provisions
    assert [t.lang for t in note_p1.texts] == ["en", "ru", "kk"]
    assert note_p1.texts[2].text == "Хатшылық әғқңөұүһі"
    assert note_p1.texts[1].language == "Russian"
    assert [t.lang for t in header.texts] == ["en", "ru"]
    assert header.missing_languages == ("kk",), "the note has Kazakh; its letterhead does not"
    assert statement_p1.missing_languages == (), "an English-only document lacks nothing"
    only_kazakh = build_pack(corpus, [("statement-2022", "p1")], languages=["KK"])
    assert [t.lang for t in only_kazakh.provisions[0].texts] == ["en"], "falls back"


def test_title_defaults(corpus):
    assert build_pack(corpus, [("note-2024", "p1")]).title == "Short note-2024"
    assert build_pack(corpus, [("note-2024", "p1")], title="  Briefing  ").title == "Briefing"
    assert build_pack(corpus, [("note-2024", "p1")]).printed_on == dt.date.today()


def test_unknown_refs_raise_or_are_listed(corpus):
    refs = [("statement-2022", "p1"), ("statement-2022", "p99"), ("gone", "p1")]
    with pytest.raises(ValueError, match="statement-2022:p99: no such provision"):
        build_pack(corpus, refs)
    pack = build_pack(corpus, refs, skip_missing=True)
    assert pack.refs == [("statement-2022", "p1")]
    assert pack.skipped == (("statement-2022", "p99"), ("gone", "p1"))
    assert "Not printed" in pack_to_html(pack) and "gone:p1" in pack_to_html(pack)


def test_short_citation_for_footers(corpus):
    one = build_pack(corpus, [("statement-2022", "p1")])
    assert one.short_citation == "Short statement-2022, para. p1"
    same = build_pack(corpus, [("statement-2022", "p1"), ("statement-2022", "p2")])
    assert same.short_citation == "Short statement-2022"
    both = build_pack(corpus, [("statement-2022", "p1"), ("note-2024", "p1")])
    assert both.short_citation == "Short statement-2022; Short note-2024"


def test_highlighting_is_off_by_default_and_marks_word_starts(corpus):
    assert build_pack(corpus, [("statement-2022", "p1")]).highlight_terms == ()
    text = "Trust and trusted measures; entrust"
    assert highlight_spans(text, ["trust"]) == [(0, 5), (10, 15)]
    assert highlight_spans(text, []) == []
    assert text_html("a <b> trust", ["trust"]) == "a &lt;b&gt; <span class='hl'>trust</span>"
    pack = build_pack(corpus, [("statement-2022", "p1")], highlight=["text"])
    assert "<span class='hl'>Text</span> of p1." in pack_to_html(pack)


# -- HTML ---------------------------------------------------------------------------------
def test_html_escapes_every_corpus_string():
    nasty = "<b>&\"'"
    doc = make_document(
        "x",
        dt.date(2020, 1, 1),
        [prov("p1", section=f"S{nasty}", label=f"L{nasty}", text=f"T{nasty}\nline two")],
        title=f"Title{nasty}",
        organisation=f"O{nasty}",
        organisation_note=f"N{nasty}",
        place=f"P{nasty}",
    )
    pack = build_pack(Corpus(documents=(doc,)), [("x", "p1")], title=f"Pack{nasty}")
    html = pack_to_html(pack)
    assert "<b>&" not in html
    for prefix in ("Title", "O", "N", "P", "S", "L", "T", "Pack"):
        assert f"{prefix}&lt;b&gt;&amp;&quot;&#x27;" in html
    assert "line two" in html and "<br/>line two" in html


def test_html_structure_and_fonts(corpus):
    pack = build_pack(corpus, [("statement-2022", "pre1"), ("statement-2022", "p1")])
    html = pack_to_html(pack)
    assert html.count("<h1>") == 1 and html.count("<h2>") == 1
    assert html.count("<h3>") == 2, "one heading per section"
    assert html.count("<h4>") == 2, "one label per provision"
    assert "Sixth CICA Summit · Astana, 13 October 2022 · Adopted" in html
    assert "'DejaVu Serif'" in html and SERIF_FONTS[0] == "DejaVu Serif"
    assert "Full title of statement-2022, Astana, 13 October 2022, para. pre1" in html


def body(html: str) -> list[str]:
    return html.split("<body>", 1)[1].rsplit("</body>", 1)[0].strip().split("\n")


@pytest.mark.parametrize("size", [1, 2, 3, 100])
def test_html_in_chunks_is_the_whole_html_cut_between_provisions(size):
    """The PDF lays a large pack out in chunks (#18): together they are the one document."""
    bundled = load_corpus()
    refs = [(d.id, p.id) for d in bundled for p in d.provisions][:40]
    pack = build_pack(bundled, refs, languages=["en", "ru"])
    chunks = pack_html_chunks(pack, 10.5, size)
    assert len(chunks) == -(-len(pack.provisions) // size)
    whole = body(pack_to_html(pack))
    assert [line for chunk in chunks for line in body(chunk.html)] == whole
    assert all(chunk.html.count("<h4>") <= size for chunk in chunks)
    assert chunks[0].document == -1 and chunks[0].html.count("<h1>") == 1
    h2 = -1
    for chunk in chunks:
        assert chunk.document == h2, "the document the chunk starts inside"
        h2 += chunk.html.count("<h2>")
    assert h2 == len(pack.documents) - 1


def test_importing_the_export_core_does_not_import_qt():
    code = (
        "import sys, ictviewer.export, ictviewer.export.pdf, ictviewer.selection;"
        "import ictviewer.export.pdf_layout, ictviewer.export.pdf_pages;"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
