"""The selection: order, editing, corpus updates and the shareable file (no Qt)."""

import datetime as dt
import json
import os

import pytest

from ictviewer.corpus.model import Corpus, Document, FuzzyDate, Provision, Source
from ictviewer.selection import (
    FORMAT,
    VERSION,
    Selection,
    SelectionFileError,
    default_path,
    sort_refs,
)


def make_document(doc_id, day, provision_ids, precision="day"):
    return Document(
        id=doc_id,
        title=f"Title of {doc_id}",
        short_title=f"Short {doc_id}",
        organisation="CICA",
        kind="statement",
        date=FuzzyDate(day, precision),
        place="Astana",
        languages=("en",),
        status="adopted",
        source=Source(publisher="test"),
        provisions=tuple(
            Provision(id=pid, label=f"para. {pid}", text=f"Text of {pid}.", lang="en")
            for pid in provision_ids
        ),
    )


@pytest.fixture
def corpus():
    # Deliberately not in date order: the selection must sort by date, not by corpus order.
    return Corpus(
        documents=(
            make_document("note-2024", dt.date(2024, 5, 20), ["p1", "p2"]),
            make_document("statement-2022", dt.date(2022, 10, 13), ["pre1", "p1", "p5", "p7"]),
            make_document("concept-2022", dt.date(2022, 10, 1), ["s1-p1", "s2-a"], "month"),
        )
    )


def test_editing():
    selection = Selection()
    assert not selection and len(selection) == 0
    assert selection.add("statement-2022", "p5")
    assert not selection.add("statement-2022", "p5"), "no duplicates"
    assert selection.contains("statement-2022", "p5")
    assert ("statement-2022", "p5") in selection
    assert selection.toggle("note-2024", "p1") is True
    assert selection.toggle("note-2024", "p1") is False
    assert selection.add_many([("note-2024", "p2"), ("note-2024", "p2"), ("a", "b")]) == 2
    assert selection.remove("a", "b") and not selection.remove("a", "b")
    assert selection.items == [("statement-2022", "p5"), ("note-2024", "p2")]
    assert selection.remove_many([("note-2024", "p2")]) == 1
    selection.clear()
    assert selection.items == []


def test_items_must_be_pairs_of_strings():
    with pytest.raises(TypeError):
        Selection([("only-one",)])
    with pytest.raises(TypeError):
        Selection().add_many([("doc", "")])


def test_sensible_order_is_document_date_then_document_order(corpus):
    selection = Selection(corpus=corpus)
    for ref in [
        ("note-2024", "p1"),
        ("statement-2022", "p7"),
        ("concept-2022", "s2-a"),
        ("statement-2022", "pre1"),
        ("note-2024", "p2"),
        ("statement-2022", "p5"),
    ]:
        selection.add(*ref)
    assert selection.items == [
        ("concept-2022", "s2-a"),  # October 2022 (month) starts before 13 October
        ("statement-2022", "pre1"),
        ("statement-2022", "p5"),
        ("statement-2022", "p7"),
        ("note-2024", "p1"),
        ("note-2024", "p2"),
    ]
    assert selection.document_ids() == ["concept-2022", "statement-2022", "note-2024"]
    assert sort_refs(corpus, reversed(selection.items)) == selection.items


def test_user_order_wins_until_sorted_again(corpus):
    selection = Selection(
        [("statement-2022", "p5"), ("note-2024", "p1"), ("concept-2022", "s1-p1")], corpus=corpus
    )
    assert selection.items[0] == ("concept-2022", "s1-p1")
    selection.move(2, 0)  # drag the note to the top
    assert selection.items[0] == ("note-2024", "p1")
    assert selection.custom_order
    selection.add("statement-2022", "pre1")  # the user's order is kept, pre1 joins p5
    assert selection.items == [
        ("note-2024", "p1"),
        ("concept-2022", "s1-p1"),
        ("statement-2022", "pre1"),
        ("statement-2022", "p5"),
    ]
    selection.sort()
    assert not selection.custom_order
    assert selection.items == [
        ("concept-2022", "s1-p1"),
        ("statement-2022", "pre1"),
        ("statement-2022", "p5"),
        ("note-2024", "p1"),
    ]


def test_after_a_manual_reorder_a_documents_items_stay_together(corpus):
    """The Selection panel groups by document: a new item must not start a second group."""
    selection = Selection(
        [("statement-2022", "p1"), ("statement-2022", "p7"), ("note-2024", "p1")], corpus=corpus
    )
    selection.reorder([("statement-2022", "p7"), ("statement-2022", "p1"), ("note-2024", "p1")])
    selection.add("statement-2022", "p5")  # the document's order was changed: after its items
    assert selection.items == [
        ("statement-2022", "p7"),
        ("statement-2022", "p1"),
        ("statement-2022", "p5"),
        ("note-2024", "p1"),
    ]
    selection.add("note-2024", "p2")  # untouched document: its sensible place among its items
    selection.add("concept-2022", "s2-a")  # a new document: before the first later one
    assert selection.items == [
        ("concept-2022", "s2-a"),
        ("statement-2022", "p7"),
        ("statement-2022", "p1"),
        ("statement-2022", "p5"),
        ("note-2024", "p1"),
        ("note-2024", "p2"),
    ]
    assert [doc for doc, _ in selection.groups(corpus)] == selection.document_ids()
    # Documents in a hand-made order too; statement-2022's items are still out of order.
    selection.reorder([("note-2024", "p2"), ("note-2024", "p1"), *selection.items[:4]])
    selection.add("statement-2022", "pre1")
    assert selection.items[2:] == [
        ("concept-2022", "s2-a"),
        ("statement-2022", "p7"),
        ("statement-2022", "p1"),
        ("statement-2022", "p5"),
        ("statement-2022", "pre1"),
    ]
    assert selection.custom_order


def test_reorder_needs_the_same_items(corpus):
    selection = Selection([("note-2024", "p1"), ("note-2024", "p2")], corpus=corpus)
    selection.reorder([("note-2024", "p2"), ("note-2024", "p1")])
    assert selection.items == [("note-2024", "p2"), ("note-2024", "p1")]
    with pytest.raises(ValueError):
        selection.reorder([("note-2024", "p2")])
    with pytest.raises(IndexError):
        selection.move(5, 0)


def test_listeners_hear_every_change_once():
    selection = Selection()
    calls = []
    unsubscribe = selection.subscribe(lambda: calls.append(len(selection)))
    selection.add("d", "p1")
    selection.add("d", "p1")  # no change, no call
    selection.add_many([("d", "p2"), ("d", "p3")])
    selection.move(0, 2)
    selection.remove("d", "p2")
    selection.clear()
    assert calls == [1, 3, 3, 2, 0]
    unsubscribe()
    selection.add("d", "p9")
    assert calls == [1, 3, 3, 2, 0]


def test_vanished_provisions_are_flagged_not_dropped(corpus):
    selection = Selection(
        [("statement-2022", "p5"), ("statement-2022", "p99"), ("gone-2020", "p1")], corpus=corpus
    )
    resolved = selection.resolve(corpus)
    assert [item.ref for item in resolved] == selection.items
    assert len(selection) == 3, "nothing silently dropped"
    ok, vanished, gone = (
        resolved[[r.ref for r in resolved].index(ref)]
        for ref in [("statement-2022", "p5"), ("statement-2022", "p99"), ("gone-2020", "p1")]
    )
    assert not ok.missing and ok.provision.id == "p5" and ok.problem == ""
    assert vanished.missing and vanished.document is not None
    assert "no longer has provision 'p99'" in vanished.problem
    assert gone.missing and gone.document is None and "gone-2020" in gone.problem
    assert {item.ref for item in selection.missing(corpus)} == {vanished.ref, gone.ref}
    # Flagged items stay next to their document; an unknown document goes last.
    assert selection.items == [
        ("statement-2022", "p5"),
        ("statement-2022", "p99"),
        ("gone-2020", "p1"),
    ]
    assert [doc_id for doc_id, _ in selection.groups(corpus)] == ["statement-2022", "gone-2020"]


def test_save_and_load_round_trip(tmp_path, corpus):
    selection = Selection([("note-2024", "p2"), ("statement-2022", "p5")], corpus=corpus)
    path = tmp_path / "sub" / "my selection.json"
    selection.save(path, corpus)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT and data["version"] == VERSION == 1
    assert data["order"] == "document"
    assert data["items"][0] == {
        "doc": "statement-2022",
        "provision": "p5",
        "cite": "Short statement-2022, para. p5",
    }
    loaded = Selection.load(path, corpus)
    assert loaded.items == selection.items and not loaded.custom_order
    assert [p.name for p in path.parent.iterdir()] == [path.name], "no temporary file left"


def test_custom_order_survives_a_round_trip(tmp_path, corpus):
    selection = Selection([("note-2024", "p2"), ("statement-2022", "p5")], corpus=corpus)
    selection.move(1, 0)
    path = tmp_path / "selection.json"
    selection.save(path)
    loaded = Selection.load(path, corpus)
    assert loaded.custom_order
    assert loaded.items == [("note-2024", "p2"), ("statement-2022", "p5")]


def test_a_file_from_a_newer_corpus_loads_with_flags(tmp_path, corpus):
    path = tmp_path / "shared.json"
    path.write_text(
        json.dumps(
            {
                "format": FORMAT,
                "version": 1,
                "items": [
                    {"doc": "statement-2022", "provision": "p1", "cite": "ignored"},
                    {"doc": "statement-2022", "provision": "p42"},
                    {"doc": "statement-2022", "provision": "p1"},
                ],
            }
        ),
        encoding="utf-8",
    )
    loaded = Selection.load(path, corpus)
    assert loaded.items == [("statement-2022", "p1"), ("statement-2022", "p42")]
    assert [item.ref for item in loaded.missing(corpus)] == [("statement-2022", "p42")]


def test_saving_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "selection.json"
    Selection([("d", "p1")]).save(path)
    before = path.read_bytes()

    def crash(source, destination):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        Selection([("d", "p1"), ("d", "p2")]).save(path)
    assert path.read_bytes() == before, "the old file is intact"
    assert [p.name for p in tmp_path.iterdir()] == ["selection.json"], "temporary file removed"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "not JSON"),
        (b"{not json", "not JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[]", "JSON object"),
        (b'{"format": "something-else", "version": 1, "items": []}', '"format"'),
        (b'{"format": "ictviewer-selection", "items": []}', '"version"'),
        (b'{"format": "ictviewer-selection", "version": 7, "items": []}', "newer ictviewer"),
        (b'{"format": "ictviewer-selection", "version": 1, "items": {}}', '"items"'),
        (b'{"format": "ictviewer-selection", "version": 1, "items": ["x"]}', "item 1"),
        (
            b'{"format": "ictviewer-selection", "version": 1, "items": [{"doc": "d"}]}',
            "item 1",
        ),
        (
            b'{"format": "ictviewer-selection", "version": 1, "order": "x", "items": []}',
            '"order"',
        ),
    ],
)
def test_a_corrupt_file_raises_a_clear_error(tmp_path, content, reason):
    path = tmp_path / "selection.json"
    path.write_bytes(content)
    with pytest.raises(SelectionFileError) as error:
        Selection.load(path)
    assert reason in str(error.value)
    assert str(path) in str(error.value)
    assert error.value.path == str(path)
    assert isinstance(error.value, ValueError)


def test_a_missing_file_is_not_a_corrupt_one(tmp_path):
    with pytest.raises(FileNotFoundError):
        Selection.load(tmp_path / "nothing.json")


def test_default_path_is_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ICTVIEWER_DATA", str(tmp_path))
    assert default_path() == tmp_path / "selection.json"
