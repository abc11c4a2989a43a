"""Timeline events: the sentence rules, the real corpus, YAML overrides, filter, text and JSON."""

import datetime as dt
import json
import re
import textwrap

import pytest

from ictviewer.corpus import load_corpus
from ictviewer.paths import bundled_corpus_dir
from ictviewer.timeline import (
    KINDS,
    Event,
    build_timeline,
    filter_events,
    format_timeline,
    timeline_json,
)
from ictviewer.timeline.dates import find_dates
from ictviewer.timeline.mentions import describe

CONTRACT_KEYS = [
    "date", "end", "precision", "label", "kind", "organisation", "doc_id", "provision_id",
]  # fmt: skip


def read(text: str, index: int = 0):
    return describe(text, find_dates(text)[index])


# --- The sentence rules, on sentences of the kind the corpus holds ---------------------------


@pytest.mark.parametrize(
    ("text", "index", "kind", "label"),
    [
        (
            "During the meeting of the CICA Senior Officials Committee (SOC; online, 8 December "
            "2021), Russia was approved as the coordinator, and China as the co-coordinator.",
            0,
            "meeting",
            "SOC meeting approves Russia as coordinator",
        ),
        (
            "At the SOC regular meeting (Astana, 22 August 2023), the Russian-Chinese "
            "coordinatorship was extended until the end of 2025.",
            0,
            "meeting",
            "SOC regular meeting extends Russian-Chinese coordinatorship",
        ),
        (
            "At the SOC regular meeting (Astana, 22 August 2023), the Russian-Chinese "
            "coordinatorship was extended until the end of 2025.",
            1,
            "mandate",
            "Russian-Chinese coordinatorship extended until end of 2025",
        ),
        (
            "It was enshrined in the CICA Catalogue of Confidence Building Measures, adopted at "
            "the CICA Ministerial meeting (Nur-Sultan, 11-12 October, 2021).",
            0,
            "meeting",
            "CICA Ministerial meeting adopts CICA Catalogue of Confidence Building Measures",
        ),
        (
            'Russia held online workshops "Sustainable and Secure Development of the Internet" '
            '(24 August 2022) and "Digital Forensics" (2-3 October 2023).',
            1,
            "workshop",
            "Online workshop “Digital Forensics”",
        ),
        (
            'Holding the online-workshop "Sustainable and safe development of the Internet" in '
            "2022.",
            0,
            "workshop",
            "Online workshop “Sustainable and safe development of the Internet”",
        ),
        (
            "The Secretariat kindly requests Member States to study the updated Draft. Should "
            "there be no further comments and suggestions before 7 June 2024, the document will "
            "be submitted for CICA SWG consideration.",
            0,
            "deadline",
            "Comments due on the draft",
        ),
        (
            "with the reference to its Note Verbal No. NCT/ICT/267 dated 4 March 2024, has the "
            "honor to convey",
            0,
            "note",
            "Note Verbale NCT/ICT/267",
        ),
        (
            "ссылаясь на свою ноту № NCT/ICT/267 от 4 марта 2024, имеет честь",
            0,
            "note",
            "Note NCT/ICT/267",
        ),
        (
            "Секретариат просит изучить обновленный проект. В случае отсутствия новых "
            "комментариев и соображений в срок до 7 июня 2024 года "
            "документ будет направлен",
            0,
            "deadline",
            "Comments due on the draft",
        ),
        (
            "2024 жылғы 7 маусымға дейін жаңа түсініктемелер мен ұсыныстар түспеген жағдайда "
            "құжат жіберілетін болады.",
            0,
            "deadline",
            "Comments due",
        ),
        (
            "We, the Leaders, gathered in Astana for the Sixth CICA Summit on 12-13 October 2022,",
            0,
            "meeting",
            "Sixth CICA Summit",
        ),
        (
            "The CICA leaders' Statement on Cooperation was adopted (Astana, 13 October 2022), "
            "enshrining the main approaches to the theme.",
            0,
            "adoption",
            "CICA leaders' Statement on Cooperation adopted",
        ),
        (
            "welcome the launch of the UN Open-ended Working Group (OEWG) on Security of and in "
            "the Use of ICTs 2021-2025. In this regard, we reaffirm",
            0,
            "mandate",
            "UN Open-ended Working Group (OEWG) on Security of and in the Use of ICTs",
        ),
        (
            "Recalling the ASEAN Framework on Personal Data Protection adopted in 2016 and the "
            "ASEAN Cybersecurity Cooperation Strategy adopted in 2017;",
            1,
            "reference",
            "ASEAN Cybersecurity Cooperation Strategy",
        ),
        (
            "The CSTO member states are guided by the need to boost political interaction under "
            "the Agreement on Information Security Cooperation of 2017, which has come into force",
            0,
            "reference",
            "Agreement on Information Security Cooperation",
        ),
        (
            "based on the decisions of the Tunis Agenda of the 2005 World Summit on the "
            "Information Society.",
            0,
            "reference",
            "World Summit on the Information Society",
        ),
        (
            "Russia was approved as the coordinator, and China as the co-coordinator of the "
            "abovementioned confidence-building measure for 2022-2023.",
            0,
            "mandate",
            "Term of the coordinator and co-coordinator of the confidence-building measure",
        ),
    ],
)
def test_kind_and_label_from_the_sentence(text, index, kind, label):
    reading = read(text, index)
    assert (reading.kind, reading.label) == (kind, label)


def test_place_and_un_lane():
    assert read("At the SOC regular meeting (Astana, 22 August 2023), it was done.").place == (
        "Astana"
    )
    assert read("the meeting (SOC; online, 8 December 2021), Russia").place == "online"
    oewg = read("the UN Open-ended Working Group on security of ICTs for 2021-2025.")
    assert oewg.organisation == "UN"
    assert read("Holding the online-workshop in 2023.").organisation == ""


# --- The real corpus ---------------------------------------------------------------------------

_CORPUS = load_corpus(bundled_corpus_dir())
needs_corpus = pytest.mark.skipif(
    len(_CORPUS) < 6,
    reason=f"the bundled corpus in {bundled_corpus_dir()} is not complete yet "
    f"({len(_CORPUS)} of 6 documents load)",
)


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return build_timeline(_CORPUS)


def find(events, doc_id, provision_id, date, kind=None):
    found = [
        e
        for e in events
        if (e.doc_id, e.provision_id, e.date) == (doc_id, provision_id, date)
        and (kind is None or e.kind == kind)
    ]
    assert len(found) == 1, f"{doc_id}:{provision_id} {date} {kind}: {found}"
    return found[0]


# (doc, provision, date, end, precision, kind, organisation, words in the label)
EXPECTED = [
    ("cica-statement-2022", None, "2022-10-13", None, "day", "adoption", "CICA", "adopted"),
    ("cica-statement-2022", "opening", "2022-10-12", "2022-10-13", "range", "meeting", "CICA",
     "Sixth CICA Summit"),
    ("cica-statement-2022", "p4", "2021", "2025", "range", "mandate", "UN", "Open-ended"),
    ("cica-statement-2022", "p7", "2005", None, "year", "reference", "UN", "World Summit"),
    ("cica-concept-2022", None, "2022-10", None, "month", "adoption", "CICA", "approved"),
    ("cica-concept-2022", None, "2022", "2023", "range", "mandate", "CICA", "period"),
    ("cica-concept-2022", "s1-p5", "2021-10-11", "2021-10-12", "range", "meeting", "CICA",
     "Ministerial meeting"),
    ("cica-concept-2022", "s4-2", "2022", None, "year", "workshop", "CICA",
     "Online workshop “Sustainable and safe development of the Internet”"),
    ("cica-concept-2022", "s4-3", "2023", None, "year", "workshop", "CICA", "digital forensics"),
    ("cica-concept-2024-draft", None, "2024-05-20", None, "day", "document", "CICA",
     "circulated"),
    ("cica-concept-2024-draft", None, "2024", "2025", "range", "mandate", "CICA", "period"),
    ("cica-concept-2024-draft", "s1-p2", "2021-10-11", "2021-10-12", "range", "meeting", "CICA",
     "Ministerial meeting"),
    ("cica-concept-2024-draft", "s1-p3", "2021-12-08", None, "day", "meeting", "CICA",
     "SOC meeting approves Russia as coordinator"),
    ("cica-concept-2024-draft", "s1-p3", "2022", "2023", "range", "mandate", "CICA",
     "coordinator"),
    ("cica-concept-2024-draft", "s1-p4", "2023-08-22", None, "day", "meeting", "CICA",
     "extends Russian-Chinese coordinatorship"),
    ("cica-concept-2024-draft", "s1-p4", "2025-12-31", None, "day", "mandate", "CICA",
     "until end of 2025"),
    ("cica-concept-2024-draft", "s1-p5", "2022-10-13", None, "day", "adoption", "CICA",
     "Statement"),
    ("cica-concept-2024-draft", "s1-p5", "2022-08-24", None, "day", "workshop", "CICA",
     "Online workshop “Sustainable and Secure Development of the Internet”"),
    ("cica-concept-2024-draft", "s1-p5", "2023-10-02", "2023-10-03", "range", "workshop", "CICA",
     "Online workshop “Digital Forensics”"),
    ("cica-note-2024", None, "2024-05-20", None, "day", "note", "CICA", "NCT/ICT/623"),
    ("cica-note-2024", "p1", "2024-03-04", None, "day", "note", "CICA",
     "Note Verbale NCT/ICT/267"),
    ("cica-note-2024", "p1", "2024", "2025", "range", "mandate", "CICA", "Confidence building"),
    ("cica-note-2024", "p2", "2024-06-07", None, "day", "deadline", "CICA",
     "Comments due on the draft"),
    ("csto-statement-2022", None, "2022-11-23", None, "day", "adoption", "CSTO", "adopted"),
    ("csto-statement-2022", "p6", "2021", "2025", "range", "mandate", "UN", "Open-ended"),
    ("csto-statement-2022", "p10", "2017", None, "year", "reference", "CSTO",
     "Agreement on Information Security Cooperation"),
    ("csto-statement-2022", "p10", "2016", None, "year", "reference", "CSTO",
     "instructions"),
    ("asean-russia-2018", None, "2018-11-14", None, "day", "adoption", "ASEAN-Russia",
     "adopted"),
    ("asean-russia-2018", "pre3", "2016", "2020", "range", "mandate", "ASEAN-Russia",
     "Comprehensive Plan of Action"),
    ("asean-russia-2018", "pre3", "2012", None, "year", "reference", "ASEAN-Russia",
     "ASEAN Regional Forum Statement"),
    ("asean-russia-2018", "pre3", "2017", None, "year", "reference", "ASEAN-Russia",
     "Inter-Sessional Meeting"),
    ("asean-russia-2018", "pre4", "2016", None, "year", "reference", "ASEAN-Russia",
     "ASEAN Framework on Personal Data Protection"),
    ("asean-russia-2018", "pre4", "2017", None, "year", "reference", "ASEAN-Russia",
     "ASEAN Cybersecurity Cooperation Strategy"),
    ("asean-russia-2018", "pre5", "2017", None, "year", "reference", "ASEAN-Russia",
     "ASEAN Declaration to Prevent and Combat Cybercrime"),
    ("asean-russia-2018", "pre5", "2018", None, "year", "reference", "ASEAN-Russia",
     "ASEAN Leaders’ Statement on Cybersecurity Cooperation"),
]  # fmt: skip


@needs_corpus
@pytest.mark.parametrize(
    ("doc_id", "provision_id", "date", "end", "precision", "kind", "organisation", "words"),
    EXPECTED,
    ids=[f"{e[0]}:{e[1]}:{e[2]}:{e[5]}" for e in EXPECTED],
)
def test_expected_events_of_the_corpus(
    events, doc_id, provision_id, date, end, precision, kind, organisation, words
):
    event = find(events, doc_id, provision_id, date, kind)
    assert (event.end, event.precision, event.organisation) == (end, precision, organisation)
    assert words in event.label


@needs_corpus
def test_asean_russia_references_by_year(events):
    pre3 = [e for e in events if (e.doc_id, e.provision_id) == ("asean-russia-2018", "pre3")]
    assert sorted(e.date for e in pre3 if e.precision == "year") == [
        "2012", "2015", "2015", "2016", "2016", "2017",
    ]  # fmt: skip
    assert all(e.kind == "reference" and e.approximate for e in pre3 if e.precision == "year")


@needs_corpus
def test_one_event_per_document(events):
    own = [e for e in events if e.is_document]
    assert sorted(e.doc_id for e in own) == sorted(d.id for d in _CORPUS)
    assert all(e.provision_id is None for e in own)


@needs_corpus
def test_a_mention_in_three_languages_is_one_event(events):
    note = [e for e in events if e.doc_id == "cica-note-2024" and e.provision_id]
    assert sorted((e.provision_id, e.date) for e in note) == [
        ("p1", "2024"),
        ("p1", "2024-03-04"),
        ("p2", "2024-06-07"),
    ]
    assert all(e.langs == ("en", "ru", "kk") for e in note)


@needs_corpus
def test_the_same_meeting_in_two_documents_is_two_events(events):
    meetings = [e for e in events if e.date == "2021-10-11"]
    assert sorted((e.doc_id, e.provision_id) for e in meetings) == [
        ("cica-concept-2022", "s1-p5"),
        ("cica-concept-2024-draft", "s1-p2"),
    ]


@needs_corpus
def test_datelines_repeat_the_document_event(events):
    """ "November 23, 2022" and "Astana, 20 May 2024" are the documents' own dates."""
    assert not [e for e in events if e.provision_id == "dateline"]
    csto = find(events, "csto-statement-2022", None, "2022-11-23")
    assert csto.is_document


@needs_corpus
def test_no_event_from_numbers_that_are_not_dates(events):
    assert not [e for e in events if e.provision_id in ("number", "enclosure", "header")]
    assert not [e for e in events if e.date.startswith(("20th", "2428")) or "623" in e.quote]
    pre3 = " ".join(e.quote for e in events if e.provision_id == "pre3")
    assert "20" not in pre3.split()


@needs_corpus
def test_no_fake_first_of_january(events):
    for event in events:
        if event.unit == "year":
            assert len(event.date) == 4 and event.approximate, event
            assert event.first.timetuple()[1:3] == (1, 1) and event.last.timetuple()[1:3] == (
                12,
                31,
            )
        else:
            assert not event.date.endswith("-01-01"), event


@needs_corpus
def test_events_are_sorted_and_well_formed(events):
    assert [(e.first, e.last) for e in events] == sorted((e.first, e.last) for e in events)
    for event in events:
        assert event.kind in KINDS
        assert event.label and len(event.label) <= 80
        assert event.first <= event.last
        assert event.citation.startswith(_CORPUS.get(event.doc_id).short_title)
        if event.provision_id:
            assert _CORPUS.get(event.doc_id).provision(event.provision_id) is not None


@needs_corpus
def test_json_shape_is_the_contract(events):
    records = json.loads(json.dumps(timeline_json(events), ensure_ascii=False))
    assert len(records) == len(events)
    for record in records:
        assert list(record)[:8] == CONTRACT_KEYS
        assert isinstance(record["date"], str)
        assert record["end"] is None or isinstance(record["end"], str)
        assert record["precision"] in ("day", "month", "year", "range")
        assert (record["end"] is None) == (record["precision"] != "range")
        assert record["provision_id"] is None or isinstance(record["provision_id"], str)
    oewg = next(r for r in records if r["provision_id"] == "p4" and r["organisation"] == "UN")
    assert (oewg["date"], oewg["end"], oewg["precision"]) == ("2021", "2025", "range")


@needs_corpus
def test_filter_by_organisation_and_kind(events):
    un = filter_events(events, organisation="un")
    assert {e.organisation for e in un} == {"UN"}
    assert {e.doc_id for e in un} == {"cica-statement-2022", "csto-statement-2022"}
    csto = filter_events(events, organisation="CSTO")
    assert {e.doc_id for e in csto} == {"csto-statement-2022"}
    workshops = filter_events(events, kinds=["workshop"])
    assert len(workshops) == 4 and {e.kind for e in workshops} == {"workshop"}
    assert filter_events(events, organisation="CICA", kinds={"deadline"})[0].date == "2024-06-07"
    assert filter_events(events, organisation="Nobody") == []
    assert filter_events(events) == events


@needs_corpus
def test_format_timeline(events):
    text = format_timeline(events)
    lines = text.splitlines()
    assert len(lines) == len(events)
    assert any(
        line.startswith("2023-10-02 – 2023-10-03") and "[cica-concept-2024-draft:s1-p5]" in line
        for line in lines
    )
    assert any(line.startswith("~2021 – 2025") and " UN " in line for line in lines)
    assert format_timeline([]) == "No events."


# --- YAML `events:` win over extraction (a temporary corpus) ------------------------------------

DOC = textwrap.dedent(
    """\
    id: test-note
    title: Test Note Verbale No. T/1
    short_title: Test Note
    organisation: CICA
    kind: note-verbale
    date: 2024-05-20
    date_precision: day
    place: Astana
    languages: [en, ru]
    status: circulated
    source: {publisher: Test}
    events:
      - {date: 2024-06-07, label: Comments on the draft concept paper due, kind: deadline,
         provision: p1}
      - {date: 2022-08-24, label: Workshop on the Internet, kind: workshop, provision: p2}
      - {date: "2021", end: "2025", precision: range, label: OEWG mandate, kind: mandate,
         provision: p3}
      - {date: 2024-09-01, label: SWG meeting (expected), kind: meeting}
    provisions:
      - id: p1
        label: para. 1
        text: Should there be no further comments before 7 June 2024, it will be submitted.
        parallel: {ru: В случае отсутствия комментариев в срок до 7 июня 2024 года.}
      - id: p2
        label: para. 2
        text: Holding the online-workshop "Internet" in 2022.
      - id: p3
        label: para. 3
        text: The OEWG for 2021-2025 held a session in 2023, and a meeting on 4 March 2024.
      - id: dateline
        label: Dateline
        text: Astana, 20 May 2024
    """
)


@pytest.fixture
def temp_events(tmp_path):
    (tmp_path / "test-note.yaml").write_text(DOC, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert not corpus.problems, [str(p) for p in corpus.problems]
    return build_timeline(corpus)


def test_yaml_event_wins_for_the_same_provision_and_date(temp_events):
    (deadline,) = [e for e in temp_events if e.provision_id == "p1"]
    assert (deadline.label, deadline.kind, deadline.source) == (
        "Comments on the draft concept paper due",
        "deadline",
        "yaml",
    )
    assert deadline.langs == ("en", "ru")  # still one event for both language versions
    assert deadline.quote == "7 June 2024"


def test_yaml_event_refines_a_year_to_a_day(temp_events):
    (workshop,) = [e for e in temp_events if e.provision_id == "p2"]
    assert (workshop.date, workshop.precision, workshop.label) == (
        "2022-08-24",
        "day",
        "Workshop on the Internet",
    )


def test_yaml_range_of_years_keeps_its_unit_and_extraction_completes_it(temp_events):
    p3 = sorted(
        (e.date, e.end, e.precision, e.source) for e in temp_events if e.provision_id == "p3"
    )
    assert p3 == [
        ("2021", "2025", "range", "yaml"),
        ("2023", None, "year", "text"),
        ("2024-03-04", None, "day", "text"),
    ]
    mandate = next(e for e in temp_events if e.provision_id == "p3" and e.source == "yaml")
    assert mandate.last == dt.date(2025, 12, 31)


def test_yaml_event_without_provision_is_added(temp_events):
    added = [e for e in temp_events if e.source == "yaml" and e.provision_id is None]
    assert [(e.date, e.kind, e.label) for e in added] == [
        ("2024-09-01", "meeting", "SWG meeting (expected)")
    ]
    own = [e for e in temp_events if e.is_document]
    assert [(e.date, e.kind) for e in own] == [("2024-05-20", "note")]
    assert not [e for e in temp_events if e.provision_id == "dateline"]


def test_empty_corpus_has_no_events(tmp_path):
    assert build_timeline(load_corpus(tmp_path)) == []


def test_a_date_without_context_keeps_a_label():
    reading = read("In 2023.")
    assert reading.kind == "reference" and "2023" in reading.label


def test_a_date_only_in_a_parallel_version_is_still_an_event(tmp_path):
    text = re.sub(r"events:\n(?:[ -] .*\n)+", "", DOC).replace(
        "parallel: {ru: В случае отсутствия комментариев в срок до 7 июня 2024 года.}",
        "parallel: {ru: В случае отсутствия комментариев в срок до 7 июня 2024 года; "
        "семинар прошёл 2-3 октября 2023 года.}",
    )
    (tmp_path / "test-note.yaml").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert not corpus.problems, [str(p) for p in corpus.problems]
    p1 = sorted((e.date, e.kind, e.langs) for e in build_timeline(corpus) if e.provision_id == "p1")
    assert p1 == [("2023-10-02", "workshop", ("ru",)), ("2024-06-07", "deadline", ("en", "ru"))]
