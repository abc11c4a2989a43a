"""Precedents of draft paragraphs in the bundled library: reuse with edits, spelling,
acronyms, Russian, two versions of a text, and paragraphs that must find nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from ictviewer.compare import bundled_lexicon
from ictviewer.corpus import load_corpus
from ictviewer.corpus.model import Corpus, Document, FuzzyDate, Provision, Source
from ictviewer.precedents import (
    CLOSE,
    RELATED,
    STRONG,
    VERBATIM,
    DraftError,
    PrecedentIndex,
    split_paragraphs,
)
from ictviewer.precedents.shingles import ShingleIndex
from ictviewer.precedents.tokens import language_of, tokens


@pytest.fixture(scope="module")
def library():
    return load_corpus()


@pytest.fixture(scope="module")
def index(library):
    return PrecedentIndex.build(library, bundled_lexicon())


def text_of(library, doc_id: str, provision_id: str, lang: str = "") -> str:
    provision = library.get(doc_id).provision(provision_id)
    return provision.text_in(lang) if lang else provision.text


def top(found):
    assert found.precedents, found.summary
    return found.precedents[0]


def check_offsets(found, library) -> None:
    """Every run's offsets point at its words in the draft and in the provision."""
    for precedent in found.precedents:
        provision = library.get(precedent.doc_id).provision(precedent.provision_id)
        text = provision.text_in(precedent.lang)
        for run in precedent.runs:
            assert text[run.provision_start : run.provision_end] == run.text
            assert 0 <= run.draft_start < run.draft_end <= len(found.text)
            assert run.words >= 3


def test_verbatim_reuse_is_found_first_and_covers_the_draft(index, library):
    draft = text_of(library, "cica-statement-2022", "p5")
    found = index.find(draft)
    best = top(found)
    assert (best.doc_id, best.provision_id, best.strength) == (
        "cica-statement-2022",
        "p5",
        VERBATIM,
    )
    assert best.score == pytest.approx(1.0)
    (run,) = best.runs
    assert run.draft_start == 0 and len(draft) - run.draft_end <= 2  # all but closing marks
    assert draft[run.draft_start : run.draft_end] == run.text
    assert best.citation.startswith("CICA Leaders' Statement, Astana, 13 October 2022, para. 5")
    assert found.summary == "agreed language in CICA 2022 (para. 5)"
    check_offsets(found, library)


def test_inserted_words_keep_the_precedent_and_leave_a_gap(index, library):
    original = text_of(library, "cica-statement-2022", "p5")
    words = original.split()
    middle = len(words) // 2
    draft = " ".join([*words[:middle], "firmly", "and", "resolutely", *words[middle:]])
    best = top(index.find(draft))
    assert (best.doc_id, best.provision_id) == ("cica-statement-2022", "p5")
    assert best.strength in STRONG
    assert len(best.runs) == 2  # split where the words were inserted
    assert best.score == pytest.approx((len(words)) / (len(words) + 3), abs=0.03)
    gap = draft[best.runs[0].draft_end : best.runs[1].draft_start]
    assert "resolutely" in gap


def test_dropped_words_still_find_the_provision(index, library):
    words = text_of(library, "csto-statement-2022", "p7").split()
    draft = " ".join(words[:10] + words[14:])
    best = top(index.find(draft))
    assert (best.doc_id, best.provision_id) == ("csto-statement-2022", "p7")
    assert best.strength == VERBATIM  # the draft's words are all there, in two pieces
    assert len(best.runs) == 2


def test_british_and_american_spelling_meet(index, library):
    original = text_of(library, "cica-statement-2022", "pre1")
    assert original.startswith("Recognizing")
    draft = "Recognising" + original[len("Recognizing") :]
    best = top(index.find(draft))
    assert (best.doc_id, best.provision_id, best.strength) == (
        "cica-statement-2022",
        "pre1",
        VERBATIM,
    )
    assert best.runs[0].draft_start == 0  # "Recognising" is inside the run
    behaviour = text_of(library, "cica-statement-2022", "pre5").replace("behaviour", "behavior")
    assert top(index.find(behaviour)).provision_id == "pre5"


def test_icts_meets_its_spelled_out_form(index, library):
    original = text_of(library, "cica-statement-2022", "pre1")
    spelled = "information and communication technologies"
    assert spelled in original
    draft = original.replace(spelled, "ICTs")
    found = index.find(draft)
    best = top(found)
    assert (best.provision_id, best.strength) == ("pre1", VERBATIM)
    assert best.score == pytest.approx(1.0)
    run = best.runs[-1]
    assert spelled in run.text  # the agreed wording, as the provision has it
    assert "ICTs" in draft[run.draft_start : run.draft_end]
    assert spelled not in draft
    check_offsets(found, library)


def test_a_russian_paragraph_finds_the_note_verbales_russian_text(index, library):
    russian = text_of(library, "cica-note-2024", "p2", "ru")
    draft = russian.replace("любезно ", "")  # a word dropped
    found = index.find(draft)
    best = top(found)
    assert found.lang == "ru"
    assert (best.doc_id, best.provision_id, best.lang) == ("cica-note-2024", "p2", "ru")
    assert best.strength == VERBATIM
    assert "Российской" not in draft
    check_offsets(found, library)


@pytest.mark.parametrize(
    ("phrase", "agreed_in", "differs_from"),
    [
        ("the whole range", "cica-concept-2022", "cica-concept-2024-draft"),
        ("a wide range", "cica-concept-2024-draft", "cica-concept-2022"),
    ],
)
def test_a_paragraph_differing_from_one_version_of_a_text(
    index, library, phrase, agreed_in, differs_from
):
    draft = text_of(library, agreed_in, "s2-chapeau")
    assert phrase in draft
    found = index.find(draft)
    by_doc = {p.doc_id: p for p in found.precedents if p.provision_id == "s2-chapeau"}
    same, other = by_doc[agreed_in], by_doc[differs_from]
    assert same.strength == VERBATIM and same.score == pytest.approx(1.0)
    assert other.strength == CLOSE and other.score < same.score
    word = phrase.split()[1]  # "whole" / "wide" lies between the other version's runs
    assert all(word not in run.text for run in other.runs)
    assert found.precedents[0] is same
    assert found.summary.startswith("agreed language in ")
    assert found.summary.count("(section 2, chapeau)") == 1


UNRELATED = [
    "The football club signed a new striker for the coming season, and the supporters "
    "welcomed the decision of the board at the annual meeting in the stadium.",
    "Fishing quotas for the northern coastal waters will be reviewed by the ministry of "
    "agriculture in the field of sustainable aquaculture before the end of the year.",
    "Patients with chronic heart failure should take their medication with food and "
    "report any swelling of the ankles to the nurse on duty in the ward.",
    "Урожай пшеницы в этом году оказался выше ожидаемого благодаря тёплой весне и "
    "своевременным дождям в южных районах страны.",
]


@pytest.mark.parametrize("draft", UNRELATED)
def test_paragraphs_from_unrelated_fields_get_no_close_precedent(index, draft):
    found = index.find(draft)
    assert all(p.strength == RELATED for p in found.precedents), found.precedents
    assert not found.has_agreed_language
    assert found.summary.startswith("no agreed language found")


def test_related_precedents_share_a_concept(index):
    draft = (
        "The delegations discussed confidence-building measures at length and will meet "
        "again in the autumn to consider a calendar of seminars."
    )
    for precedent in index.find(draft).precedents:
        assert precedent.strength == RELATED
        assert precedent.concepts  # never a "precedent" on three stock words alone


def _doc(doc_id: str, organisation: str, day: str, text: str) -> Document:
    return Document(
        id=doc_id,
        title=f"Title of {doc_id}",
        short_title=doc_id,
        organisation=organisation,
        kind="statement",
        date=FuzzyDate(dt.date.fromisoformat(day)),
        place="Astana",
        languages=("en",),
        status="adopted",
        source=Source("test"),
        provisions=(Provision("p1", "para. 1", "An opening paragraph of no interest.", "en"),
                    Provision("p7", "para. 7", text, "en")),
    )  # fmt: skip


def test_the_summary_gives_the_history_of_a_formula_oldest_first():
    formula = "We call for the early conclusion of a comprehensive convention on cooperation"
    corpus = Corpus(
        (
            _doc("newer", "CSTO", "2023-05-01", formula + " against crime."),
            _doc("older", "SCO", "2019-03-02", formula + "."),
            _doc("elsewhere", "OSCE", "2021-01-01", "Something else entirely is said here."),
        )
    )
    found = PrecedentIndex.build(corpus, bundled_lexicon()).find(formula)
    assert found.summary == "agreed language in SCO 2019 (para. 7) and CSTO 2023 (para. 7)"
    assert [p.doc_id for p in found.history] == ["older", "newer"]
    assert {p.doc_id for p in found.precedents} == {"older", "newer"}


def test_limit_and_bad_input(index):
    draft = "security of and in the use of ICTs"
    assert len(index.find(draft, limit=2).precedents) <= 2
    with pytest.raises(DraftError, match="empty"):
        index.find("   \n ")
    with pytest.raises(DraftError, match="paragraph has"):
        index.find("word " * 6000)
    with pytest.raises(DraftError, match="characters"):
        split_paragraphs("x" * 2_000_001)
    short = index.find("ICTs security")
    assert not short.precedents and "at least three words" in short.summary


def test_split_paragraphs_at_blank_lines():
    text = "First line\nwrapped here.\n\n  \nSecond paragraph.\r\n\r\nThird."
    assert split_paragraphs(text) == ["First line wrapped here.", "Second paragraph.", "Third."]


def test_tokens_keep_offsets_and_count_contracted_words():
    text = "Use of “Information and Communication Technologies” by the UN"
    words = tokens(text, language_of(text))
    assert [text[w.start : w.end] for w in words][2] == (
        "Information and Communication Technologies"
    )
    assert words[2].key == tokens("ICTs", "en")[0].key and words[2].words == 4
    assert language_of("Хатшылық мүше мемлекеттерден") == "kk"
    assert language_of("Секретариат любезно просит") == "ru"


def test_candidates_come_from_shared_shingles_only():
    shingle_index = ShingleIndex([("a", "b", "c", "d"), ("x", "y", "z"), ("b", "c", "d", "e")])
    assert dict(shingle_index.candidates(["a", "b", "c", "d", "e"], 10)) == {0: 2, 2: 2}
    assert shingle_index.candidates(["q", "r", "s"], 10) == []


def test_read_draft_files(tmp_path):
    import docx

    from ictviewer.precedents import read_draft

    text = tmp_path / "draft.txt"
    text.write_text("First paragraph\nwrapped.\n\nSecond one.\n", encoding="utf-8")
    assert read_draft(text) == ["First paragraph wrapped.", "Second one."]
    word = docx.Document()
    word.add_heading("A heading, left out", level=1)
    word.add_paragraph("Recognizing the unprecedented progress.")
    word.add_paragraph("Another paragraph.")
    word.save(tmp_path / "draft.docx")
    assert read_draft(tmp_path / "draft.docx") == [
        "Recognizing the unprecedented progress.",
        "Another paragraph.",
    ]
    with pytest.raises(DraftError, match="no such file"):
        read_draft(tmp_path / "missing.txt")
    with pytest.raises(DraftError, match="folder"):
        read_draft(tmp_path)
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    with pytest.raises(DraftError, match="binary"):
        read_draft(tmp_path / "binary.txt")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(DraftError, match="empty"):
        read_draft(tmp_path / "empty.txt")
    (tmp_path / "broken.docx").write_bytes(b"not a zip file at all")
    with pytest.raises(DraftError, match="not a readable Word"):
        read_draft(tmp_path / "broken.docx")


def test_an_overlapping_run_keeps_its_free_stretch():
    from ictviewer.precedents.runs import chosen_runs, positions

    draft = ["the", "wide", "use", "of", "ict", "and", "their", "role"]
    record = ["wide", "use", "of", "ict", "ict", "and", "their", "role", "in"]  # "ICTs (ICTs)"
    runs = chosen_runs(draft, record, positions(draft))
    # "wide use of ict" (4) is taken first; "ict and their role" (4, later) gives up "ict"
    assert [(r.draft, r.record, r.length) for r in runs] == [(1, 0, 4), (5, 5, 3)]
