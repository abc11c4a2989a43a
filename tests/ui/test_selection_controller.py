"""The window's selection controller with hostile saved files and a second window."""

from __future__ import annotations

import json

import pytest

from ictviewer.selection import SelectionFileError
from ictviewer.ui.selection import SelectionController

NOTE, STATEMENT = "cica-note-2024", "cica-statement-2022"


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / "selection.json"


def saved(path) -> set[tuple[str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {(item["doc"], item["provision"]) for item in data["items"]}


@pytest.mark.parametrize(
    "content",
    [
        '{"format": "ictviewer-selection", "version": 1, "items": ' + "[" * 50_000,
        '{"format": "ictviewer-selection", "version": 1, "items": [], "x": '
        + "[" * 100_000
        + "]" * 100_000
        + "}",
        '{"format": "ictviewer-selection", "version": ' + "7" * 5000 + ', "items": []}',
    ],
    ids=["unclosed-nesting", "deep-nesting", "long-version"],
)
def test_a_bad_saved_selection_is_moved_aside_with_a_notice(qtbot, corpus, path, content):
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    controller = SelectionController(corpus, path)  # used to abort the window on every start
    backups = list(path.parent.glob("selection.corrupt-*.json"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == content
    assert "could not be read" in controller.notice and backups[0].name in controller.notice
    controller.add(NOTE, "p1")
    assert saved(path) == {(NOTE, "p1")}


def test_a_shared_file_with_a_surrogate_is_refused_and_saving_goes_on(
    qtbot, corpus, path, tmp_path
):
    controller = SelectionController(corpus, path)
    controller.add(NOTE, "p1")
    shared = tmp_path / "from-a-colleague.json"
    shared.write_text(
        '{"format": "ictviewer-selection", "version": 1, "items": '
        '[{"doc": "cica-note-2024", "provision": "p2"}, {"doc": "x\\ud800", "provision": "p1"}]}',
        encoding="ascii",
    )
    with pytest.raises(SelectionFileError, match="surrogate"):
        controller.load_from(shared, replace=False)
    assert controller.refs() == [(NOTE, "p1")], "nothing changed"
    with qtbot.assertNotEmitted(controller.notice_posted):
        controller.add(NOTE, "p2")
    assert saved(path) == {(NOTE, "p1"), (NOTE, "p2")}


def test_two_windows_merge_their_picks(qtbot, corpus, path):
    first = SelectionController(corpus, path)
    second = SelectionController(corpus, path)
    first.add(NOTE, "p1")
    second.add(STATEMENT, "p5")  # used to overwrite the first window's pick
    assert saved(path) == {(NOTE, "p1"), (STATEMENT, "p5")}
    assert set(second.refs()) == {(NOTE, "p1"), (STATEMENT, "p5")}
    with qtbot.waitSignal(first.documents_changed) as touched:
        first.remove([(NOTE, "p1")])  # the merge brings in the second window's pick
    assert set(touched.args[0]) == {NOTE, STATEMENT}, "readers re-render both documents"
    assert first.refs() == [(STATEMENT, "p5")] and saved(path) == {(STATEMENT, "p5")}
    second.add(NOTE, "p2")
    assert saved(path) == {(STATEMENT, "p5"), (NOTE, "p2")}, "the removal held"


def test_replacing_with_a_shared_file_is_not_mistaken_for_another_windows_removal(
    qtbot, corpus, path, tmp_path
):
    controller = SelectionController(corpus, path)
    controller.add_many([(NOTE, "p1"), (NOTE, "p2")])
    shared = tmp_path / "shared.json"
    SelectionController(corpus, tmp_path / "other.json").add(STATEMENT, "p5")
    (tmp_path / "other.json").replace(shared)
    controller.load_from(shared, replace=True)
    assert controller.refs() == [(STATEMENT, "p5")] and saved(path) == {(STATEMENT, "p5")}
