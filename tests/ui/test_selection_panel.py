"""The Selection panel and its controller: real widgets, the real corpus, files in tmp_path."""

from __future__ import annotations

import dataclasses
import json

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ictviewer.corpus.model import Corpus
from ictviewer.selection import default_path
from ictviewer.ui.selection import SelectionController, SelectionDock, SelectionPanel
from ictviewer.ui.selection.model import MISSING_ROLE, REF_ROLE
from ictviewer.ui.settings import Settings

STATEMENT, CONCEPT, NOTE = "cica-statement-2022", "cica-concept-2022", "cica-note-2024"


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / "selection.json"


@pytest.fixture
def make_panel(qtbot, corpus, path):
    def make(corpus_=None, path_=None):
        controller = SelectionController(corpus_ or corpus, path_ or path)
        panel = SelectionPanel(controller)
        qtbot.addWidget(panel)
        panel.resize(420, 600)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return make


@pytest.fixture
def panel(make_panel):
    return make_panel()


def rows(panel) -> list[tuple[str, list[tuple[str, str]]]]:
    """What the list shows: each document row with the references of its provision rows."""
    model = panel.model
    shown = []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        children = [model.index(i, 0, parent).data(REF_ROLE) for i in range(model.rowCount(parent))]
        shown.append((parent.data(REF_ROLE)[0], children))
    return shown


def saved(path) -> list[tuple[str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(item["doc"], item["provision"]) for item in data["items"]]


def test_the_default_file_is_in_the_data_dir(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("ICTVIEWER_DATA", str(tmp_path / "user-data"))
    controller = SelectionController(corpus)
    assert controller.path == default_path() == tmp_path / "user-data" / "selection.json"
    controller.add(STATEMENT, "p5")
    assert saved(controller.path) == [(STATEMENT, "p5")]


def test_selecting_through_the_controller_updates_the_panel(qtbot, panel, path):
    controller = panel.controller
    assert panel.model.rowCount() == 0
    assert panel.count.text() == "No provisions selected"
    assert not panel.export_button.isEnabled()

    with qtbot.waitSignal(controller.documents_changed) as changed:
        assert controller.toggle(NOTE, "p1") is True
    assert changed.args == [[NOTE]]
    assert panel.count.text() == "1 provision from 1 document"
    controller.add_many([(STATEMENT, "p5"), (STATEMENT, "pre4"), (CONCEPT, "s2-a")])
    # Document date, then document order: Oct 2022 (month), 13 Oct 2022, 20 May 2024.
    assert rows(panel) == [
        (CONCEPT, [(CONCEPT, "s2-a")]),
        (STATEMENT, [(STATEMENT, "pre4"), (STATEMENT, "p5")]),
        (NOTE, [(NOTE, "p1")]),
    ]
    assert panel.count.text() == "4 provisions from 3 documents"
    assert panel.export_button.isEnabled() and panel.preview_action.isEnabled()
    assert saved(path) == [(CONCEPT, "s2-a"), (STATEMENT, "pre4"), (STATEMENT, "p5"), (NOTE, "p1")]
    assert controller.selected_in(STATEMENT) == {"pre4", "p5"}

    # A provision row shows its label and the start of its text; a document row its title.
    first = panel.model.index_of((STATEMENT, "pre4"))
    assert first.data().startswith("Preamble, para. 4\n")
    assert panel.model.index_of((STATEMENT, "")).data().startswith("CICA Leaders' Statement")
    assert "Astana" in first.data(Qt.ItemDataRole.ToolTipRole)

    assert controller.toggle(STATEMENT, "p5") is False
    assert controller.toggle_all([(NOTE, "p1"), (NOTE, "p2")]) is True  # not all selected yet
    assert controller.toggle_all([(NOTE, "p1"), (NOTE, "p2")]) is False
    assert rows(panel) == [(CONCEPT, [(CONCEPT, "s2-a")]), (STATEMENT, [(STATEMENT, "pre4")])]
    assert panel.count.text() == "2 provisions from 2 documents"


def test_the_selection_survives_a_restart(make_panel, path):
    first = make_panel()
    first.controller.add_many([(NOTE, "p2"), (STATEMENT, "p5"), (STATEMENT, "p7")])
    first.controller.shift([(STATEMENT, "p7")], -1)  # a hand-made order survives too
    expected = [(STATEMENT, "p7"), (STATEMENT, "p5"), (NOTE, "p2")]
    assert first.controller.refs() == expected
    first.close()

    again = make_panel()
    assert again.controller.refs() == expected
    assert again.controller.custom_order
    assert rows(again) == [(STATEMENT, expected[:2]), (NOTE, expected[2:])]
    assert again.count.text() == "3 provisions from 2 documents"
    assert again.sort_button.isVisible()
    again.sort_button.click()
    assert saved(path) == [(STATEMENT, "p5"), (STATEMENT, "p7"), (NOTE, "p2")]
    assert not again.sort_button.isVisible()


def without(corpus: Corpus, doc_id: str, provision_id: str | None = None) -> Corpus:
    """A copy of the corpus without one provision (or, with None, one whole document)."""
    documents = []
    for document in corpus.documents:
        if document.id == doc_id:
            if provision_id is None:
                continue
            kept = tuple(p for p in document.provisions if p.id != provision_id)
            document = dataclasses.replace(document, provisions=kept)
        documents.append(document)
    return dataclasses.replace(corpus, documents=tuple(documents))


def test_a_vanished_provision_is_flagged_not_dropped(make_panel, corpus, path):
    before = make_panel()
    before.controller.add_many([(STATEMENT, "pre4"), (STATEMENT, "p5"), (CONCEPT, "s2-a")])
    before.close()

    updated = without(without(corpus, STATEMENT, "p5"), CONCEPT)
    panel = make_panel(corpus_=updated)
    assert panel.controller.refs() == [(STATEMENT, "pre4"), (STATEMENT, "p5"), (CONCEPT, "s2-a")]
    assert panel.count.text() == "3 provisions from 2 documents · 2 no longer in the corpus"

    gone = panel.model.index_of((STATEMENT, "p5"))
    assert gone.data(MISSING_ROLE) is True
    assert not gone.data(Qt.ItemDataRole.DecorationRole).isNull()  # the warning icon
    assert "no longer in the corpus" in gone.data()
    assert "No longer in the corpus" in gone.data(Qt.ItemDataRole.ToolTipRole)
    kept = panel.model.index_of((STATEMENT, "pre4"))
    assert kept.data(MISSING_ROLE) is False and kept.data(Qt.ItemDataRole.DecorationRole) is None
    # A whole document gone: its row is flagged too, named by its id.
    document = panel.model.index_of((CONCEPT, ""))
    assert document.data(MISSING_ROLE) is True and document.data() == CONCEPT
    assert "no longer in the corpus" in document.data(Qt.ItemDataRole.ToolTipRole)
    # Still printable (the vanished ones are left out); the file still names them.
    assert panel.export_button.isEnabled()
    panel.controller.add(STATEMENT, "pre1")
    assert (STATEMENT, "p5") in saved(path) and (CONCEPT, "s2-a") in saved(path)


def test_a_corrupt_file_is_kept_aside_with_a_notice(qtbot, make_panel, path):
    path.parent.mkdir(parents=True)
    path.write_text('{"format": "ictviewer-selection", "items": [', encoding="utf-8")
    panel = make_panel()
    controller = panel.controller
    backups = list(path.parent.glob("selection.corrupt-*.json"))
    assert len(backups) == 1 and not path.exists()
    assert backups[0].read_text(encoding="utf-8").endswith('"items": [')
    assert "could not be read" in controller.notice and backups[0].name in controller.notice
    assert panel.notice_frame.isVisible() and panel.notice.text() == controller.notice
    assert panel.model.rowCount() == 0 and len(controller) == 0
    controller.add(NOTE, "p1")  # a fresh, valid file
    assert saved(path) == [(NOTE, "p1")]


def test_a_failed_save_is_reported_once_and_never_raises(qtbot, corpus, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    controller = SelectionController(corpus, blocker / "selection.json")
    with qtbot.waitSignal(controller.notice_posted) as posted:
        controller.add(NOTE, "p1")
    assert "could not be saved" in posted.args[0]
    with qtbot.assertNotEmitted(controller.notice_posted):
        controller.add(NOTE, "p2")
    assert controller.refs() == [(NOTE, "p1"), (NOTE, "p2")]


def test_delete_key_removes_the_highlighted_provisions(qtbot, panel, path):
    panel.controller.add_many([(STATEMENT, "pre4"), (STATEMENT, "p5"), (STATEMENT, "p7")])
    panel.tree.setFocus()
    panel.tree.setCurrentIndex(panel.model.index_of((STATEMENT, "p5")))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert panel.controller.refs() == [(STATEMENT, "pre4"), (STATEMENT, "p7")]
    assert saved(path) == [(STATEMENT, "pre4"), (STATEMENT, "p7")]
    # The keyboard stays in the list, on the item that took the removed one's place.
    assert panel.tree.currentIndex().data(REF_ROLE) == (STATEMENT, "p7")
    panel.remove_button.click()
    assert panel.controller.refs() == [(STATEMENT, "pre4")]
    assert panel.count.text() == "1 provision from 1 document"


def test_removing_a_document_row_removes_its_provisions(qtbot, panel):
    panel.controller.add_many([(STATEMENT, "pre4"), (STATEMENT, "p5"), (NOTE, "p1")])
    panel.tree.setCurrentIndex(panel.model.index_of((STATEMENT, "")))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert panel.controller.refs() == [(NOTE, "p1")]


def test_move_up_changes_the_order_in_the_saved_file(qtbot, panel, path):
    panel.controller.add_many([(STATEMENT, "pre4"), (STATEMENT, "p5"), (NOTE, "p1")])
    panel.tree.setCurrentIndex(panel.model.index_of((STATEMENT, "p5")))
    assert panel.up_button.isEnabled()
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert saved(path) == [(STATEMENT, "p5"), (STATEMENT, "pre4"), (NOTE, "p1")]
    assert panel.tree.currentIndex().data(REF_ROLE) == (STATEMENT, "p5"), "still on it"
    panel.up_button.click()  # already first in its document: stays in its group
    assert saved(path)[0] == (STATEMENT, "p5")
    panel.tree.setCurrentIndex(panel.model.index_of((STATEMENT, "pre4")))
    panel.down_button.click()  # last in its document: does not join the note
    assert saved(path) == [(STATEMENT, "p5"), (STATEMENT, "pre4"), (NOTE, "p1")]
    # Alt+Up on a document row moves the whole group.
    panel.tree.setCurrentIndex(panel.model.index_of((NOTE, "")))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert saved(path) == [(NOTE, "p1"), (STATEMENT, "p5"), (STATEMENT, "pre4")]


def test_drag_reorders_within_a_document_only(qtbot, panel, path):
    controller = panel.controller
    controller.add_many([(STATEMENT, "pre4"), (STATEMENT, "p5"), (STATEMENT, "p7"), (NOTE, "p1")])
    model = panel.model
    dragged = model.mimeData([model.index_of((STATEMENT, "p7"))])
    group = model.index_of((STATEMENT, ""))
    move = Qt.DropAction.MoveAction
    assert model.canDropMimeData(dragged, move, 0, 0, group)
    # Dropped above the first row of its group. The model moves it itself and answers
    # False, so the view never deletes the dragged row as after a copy elsewhere.
    assert model.dropMimeData(dragged, move, 0, 0, group) is False
    assert saved(path) == [(STATEMENT, "p7"), (STATEMENT, "pre4"), (STATEMENT, "p5"), (NOTE, "p1")]
    assert rows(panel)[0] == (
        STATEMENT,
        [(STATEMENT, "p7"), (STATEMENT, "pre4"), (STATEMENT, "p5")],
    )

    two = model.mimeData([model.index_of((STATEMENT, "p7")), model.index_of((STATEMENT, "pre4"))])
    model.dropMimeData(two, move, -1, 0, group)  # onto the document row: to its end
    assert controller.refs()[:3] == [(STATEMENT, "p5"), (STATEMENT, "p7"), (STATEMENT, "pre4")]

    # Not into another document, not between document rows.
    other = model.index_of((NOTE, ""))
    assert not model.canDropMimeData(dragged, move, 0, 0, other)
    assert not model.canDropMimeData(dragged, move, 1, 0, QModelIndex())
    assert model.dropMimeData(dragged, move, 0, 0, other) is False
    assert controller.refs()[3] == (NOTE, "p1")


def test_double_click_and_enter_ask_to_open_the_provision(qtbot, panel):
    panel.controller.add_many([(STATEMENT, "p5"), (NOTE, "p2")])
    index = panel.model.index_of((NOTE, "p2"))
    point = panel.tree.visualRect(index).center()
    with qtbot.waitSignal(panel.open_provision_requested) as opened:
        # The view acts on a double click on the item the first press went to.
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [NOTE, "p2"]
    panel.tree.setFocus()
    panel.tree.setCurrentIndex(panel.model.index_of((STATEMENT, "p5")))
    with qtbot.waitSignal(panel.open_provision_requested) as opened:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert opened.args == [STATEMENT, "p5"]


def test_clear_asks_first(qtbot, panel, monkeypatch):
    panel.controller.add_many([(STATEMENT, "p5"), (NOTE, "p2")])
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    panel.clear_action.trigger()
    assert len(panel.controller) == 2
    panel.clear_action.trigger()
    assert len(panel.controller) == 0 and panel.model.rowCount() == 0
    assert not panel.clear_action.isEnabled()


def test_save_and_load_a_shared_selection(qtbot, make_panel, tmp_path, monkeypatch):
    sender = make_panel(path_=tmp_path / "mine" / "selection.json")
    sender.controller.add_many([(STATEMENT, "p5"), (NOTE, "p2")])
    shared = tmp_path / "for a colleague"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(shared), ""))
    )
    with qtbot.waitSignal(sender.status_message):
        sender.save_action.trigger()
    shared = shared.with_suffix(".json")
    data = json.loads(shared.read_text(encoding="utf-8"))
    assert data["items"][0]["cite"] == "CICA Leaders' Statement 2022, para. 5"

    receiver = make_panel(path_=tmp_path / "theirs" / "selection.json")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(shared), ""))
    )
    receiver.load_action.trigger()
    assert receiver.controller.refs() == [(STATEMENT, "p5"), (NOTE, "p2")]
    assert saved(tmp_path / "theirs" / "selection.json") == receiver.controller.refs()

    # A file that is not a selection: a message, and nothing changes.
    bad = tmp_path / "notes.json"
    bad.write_text("[1, 2, 3]", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a[2])))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # the Replace / Add question
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.buttons()[1])
    receiver.load_action.trigger()
    assert warnings and "not a selection" in warnings[0]
    assert receiver.controller.refs() == [(STATEMENT, "p5"), (NOTE, "p2")]


def test_a_dock_for_the_window(qtbot, corpus, path, settings_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = SelectionDock(corpus, Settings(settings_path), path, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    assert dock.objectName() == "selectionDock" and dock.widget() is dock.panel
    assert dock.toggleViewAction().shortcut().toString() == "Alt+3"
