"""Shared selection files: refused whole, with a message, when they would crash, hang or
poison later saves; loading and adding stay linear (no Qt)."""

import json
import os
import random

import pytest

from ictviewer.selection import Selection, SelectionFileError, sort_key
from ictviewer.selection.order import place_in_custom_order


def _file(items, **extra):
    return json.dumps({"format": "ictviewer-selection", "version": 1, "items": items, **extra})


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (_file([{"doc": "d\\ud800", "provision": "p1"}]).replace("\\\\", "\\"), "surrogate"),
        (_file([]).replace("[]", "[" * 100_000 + "]" * 100_000), "nested too deeply"),
        (_file([]).replace('"version": 1', '"version": ' + "9" * 5000), "more than 18 digits"),
        (_file([{"doc": "d", "provision": "p" * 500}]), "at most 200"),
        (_file([{"doc": "d\u0007", "provision": "p1"}]), "control character"),
    ],
)
def test_a_hostile_file_is_refused_whole_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "shared.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SelectionFileError) as error:
        Selection.load(path)
    assert reason in str(error.value) and str(path) in str(error.value)


def test_a_surrogate_escape_can_no_longer_poison_later_saves(tmp_path):
    """The bug: the escape loaded, then every save failed with UnicodeEncodeError."""
    path = tmp_path / "shared.json"
    escaped = _file([{"doc": "ok", "provision": "p1"}, {"doc": "\udc80x", "provision": "p"}])
    assert "\\udc80" in escaped  # json.dumps writes the lone surrogate as an escape
    path.write_text(escaped, encoding="ascii")
    with pytest.raises(SelectionFileError, match="item 2"):
        Selection.load(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_or_a_device_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.json"
    zero.symlink_to("/dev/zero")
    for path in (fifo, zero):  # a hang here would be the bug: the open must not block
        with pytest.raises(SelectionFileError, match="not a regular file"):
            Selection.load(path)


def test_a_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    from ictviewer.selection import file as selection_file

    monkeypatch.setattr(selection_file, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.json"
    path.write_text(_file([{"doc": "d", "provision": f"p{i}"} for i in range(50)]))
    with pytest.raises(SelectionFileError, match="MB"):
        Selection.load(path)


# -- linear time ---------------------------------------------------------------------------
def test_ten_thousand_items_added_one_by_one_and_at_once_keep_document_order(
    tmp_path, many_documents
):
    """The linear paths (see benchmarks/selection_bench.py for their speed) give the
    same order as the document order they replaced, and survive a save and a load."""
    corpus = many_documents(50, 400)
    refs = [(d.id, p.id) for d in corpus.documents for p in d.provisions][:10_000]
    random.Random(4).shuffle(refs)
    selection = Selection(corpus=corpus)
    for ref in refs[:2_000]:  # one tick at a time, as a user (or a script) adds them
        selection.add(*ref)
    selection.add_many(refs[2_000:])
    assert selection.items == sorted(refs, key=sort_key(corpus))
    path = tmp_path / "selection.json"
    selection.save(path, corpus)
    assert Selection.load(path, corpus).items == selection.items


def test_a_hundred_thousand_items_load(tmp_path, many_documents):
    path = tmp_path / "selection.json"
    path.write_text(_file([{"doc": f"d{i % 97}", "provision": f"p{i}"} for i in range(100_000)]))
    assert len(Selection.load(path, many_documents(5, 10))) == 100_000


# -- custom order: one pass gives what one-by-one insertion gave ----------------------------
def _one_by_one(items, new, key):
    """The original insertion rules, item by item (quadratic, kept as the oracle)."""
    items = list(items)
    for ref in new:
        same = [i for i, (doc_id, _) in enumerate(items) if doc_id == ref[0]]
        if same:
            run = [items[i] for i in same]
            if run == sorted(run, key=key):
                position = next((i for i in same if key(items[i]) > key(ref)), same[-1] + 1)
            else:
                position = same[-1] + 1
        else:
            document = key(ref)[:2]
            position = next(
                (i for i, existing in enumerate(items) if key(existing)[:2] > document),
                len(items),
            )
        items.insert(position, ref)
    return items


@pytest.mark.parametrize("seed", range(40))
def test_placing_a_batch_in_a_custom_order_matches_one_by_one(seed, many_documents):
    rng = random.Random(seed)
    corpus = many_documents(6, 8)
    key = sort_key(corpus)
    every = [(d.id, p.id) for d in corpus.documents for p in d.provisions]
    every.append(("gone-doc", "p1"))
    rng.shuffle(every)
    size = rng.randint(0, 20)
    start = every[:size]
    # A hand-made order that keeps each document's items together, as the panel does.
    groups: dict[str, list] = {}
    for ref in start:
        groups.setdefault(ref[0], []).append(ref)
    for refs in groups.values():
        if rng.random() < 0.5:
            refs.sort(key=key)
    start = [ref for refs in rng.sample(list(groups.values()), len(groups)) for ref in refs]
    new = every[size : size + rng.randint(1, 15)]
    assert place_in_custom_order(start, new, key) == _one_by_one(start, new, key)
