"""The user's own documents in the window: the review dialog, the drop, edit, remove, rebuild.

The dialog is driven like a user drives it (keys, clicks, the text cursor);
the window tests run on a temporary `ICTVIEWER_DATA`, so the user's real
library is never touched, and check the files on disk as well as the widgets.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QPushButton

from ictviewer import paths
from ictviewer.corpus import load_library
from ictviewer.importing import import_file, prepare_import
from ictviewer.ui.library.import_dialog import ImportReview

TEXT = "\n\n".join(
    [
        "Joint Statement of the Ministers of the CICA Member States on Information Security",
        "Astana, 20 May 2024",
        "We, the Ministers of Foreign Affairs of the CICA Member States,",
        "Noting the growing role of information and communication technologies in society,",
        "Have agreed as follows:",
        "1. To strengthen confidence-building measures between the Member States.",
        "2. To hold regular expert consultations on quantum-safe cryptography audits.",
    ]
)


@pytest.fixture
def data(tmp_path, monkeypatch):
    """A user data folder of the test's own; the window's import flow writes there."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("ICTVIEWER_DATA", str(folder))
    return folder


@pytest.fixture
def statement(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text(TEXT + "\n", encoding="utf-8")
    return path


@pytest.fixture
def review(qtbot, statement, data):
    draft = prepare_import(statement, today=dt.date(2025, 1, 15))
    dialog = ImportReview(draft.details(), draft.provisions(), draft.warnings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def labels(dialog):
    return [p["label"] for p in dialog.provisions()]


def press_save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_review_shows_the_guesses_and_edits_the_fields(qtbot, review):
    assert review.title_edit.text().startswith("Joint Statement of the Ministers")
    assert review.date_edit.text() == "2024-05-20" and review.place_edit.text() == "Astana"
    assert review.kind_combo.currentData() == "joint-statement"
    assert "date guessed" in review.warnings_view.toPlainText()
    review.title_edit.selectAll()
    qtbot.keyClicks(review.title_edit, "My statement")
    review.precision_combo.setCurrentIndex(review.precision_combo.findData("month"))
    assert review.changed_details() == {"title": "My statement", "date_precision": "month"}


def test_f2_relabels_merge_and_split_change_the_provisions(qtbot, review):
    count = review.table.rowCount()
    last = count - 1
    review.table.setCurrentCell(last, 0)
    review.table.setFocus()
    qtbot.keyClick(review.table, Qt.Key.Key_F2)
    editor = review.table.viewport().findChild(QLineEdit)
    assert editor is not None, "F2 opens the label's editor"
    editor.selectAll()
    qtbot.keyClicks(editor, "Operative para. 2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: labels(review)[last] == "Operative para. 2")
    assert review.provisions()[last]["id"] == "operative-p2"

    review.table.setCurrentCell(last - 1, 0)
    with qtbot.waitSignal(review.provisions_changed):
        qtbot.mouseClick(review.merge_button, Qt.MouseButton.LeftButton)
    assert review.table.rowCount() == count - 1
    merged = review.text_view.toPlainText()
    assert "Member States. To hold regular" in merged

    cursor = review.text_view.textCursor()
    cursor.setPosition(merged.index("To hold"))
    review.text_view.setTextCursor(cursor)
    qtbot.mouseClick(review.split_button, Qt.MouseButton.LeftButton)
    assert review.table.rowCount() == count
    texts = [p["text"] for p in review.provisions()]
    assert texts[-2].endswith("Member States.") and texts[-1].startswith("To hold regular")
    assert review.table.currentRow() == count - 1, "the new part is selected to relabel"
    assert not review.merge_button.isEnabled(), "the last provision has nothing to merge with"


def test_a_split_at_the_edge_says_why_and_changes_nothing(qtbot, review):
    before = review.provisions()
    review.text_view.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.mouseClick(review.split_button, Qt.MouseButton.LeftButton)
    assert review.provisions() == before
    assert review.error.isVisible() and "cursor inside the text" in review.error.text()


def test_the_review_shows_file_text_as_plain_text(qtbot, data):
    hostile = '<img src="file:///dev/zero"> <b>bold</b>'
    dialog = ImportReview(
        {"title": hostile, "short_title": "s", "organisation": "o", "kind": "other",
         "date": "2024", "date_precision": "year", "place": "p", "language": "en"},
        [{"id": "p1", "label": hostile, "section": "", "text": hostile}],
        [hostile],
        notice=hostile,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.notice.textFormat() == Qt.TextFormat.PlainText
    assert dialog.notice.text() == hostile
    assert dialog.table.item(0, 0).text() == hostile
    assert dialog.warnings_view.toPlainText() == f"• {hostile}"


# -- in the window ---------------------------------------------------------------------------


def open_review(qtbot, window, path):
    with qtbot.waitSignal(window.import_flow.review_opened, timeout=20000) as opened:
        window.import_flow.import_file(path)
    return opened.args[0]


def test_add_document_saves_the_reviewed_draft_and_asks_for_the_new_library(
    qtbot, window, statement, data
):
    review = open_review(qtbot, window, statement)
    assert not paths.user_corpus_dir().exists(), "nothing is written before Save"
    review.place_edit.setText("Nur-Sultan")
    review.date_edit.setText("20 May")  # not a date: Save refuses and the dialog stays
    press_save(review)
    assert review.isVisible() and "date:" in review.error.text()
    assert not paths.user_corpus_dir().exists()
    review.date_edit.setText("2024-05-20")
    with qtbot.waitSignal(window.library_changed) as changed:
        press_save(review)
    doc_id = changed.args[0]
    document = load_library().get(doc_id)
    assert document.origin == "user" and document.place == "Nur-Sultan"


def test_a_file_that_cannot_be_imported_is_explained_and_nothing_is_written(
    qtbot, window, tmp_path, data
):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window.import_flow.import_file(empty)
    qtbot.waitUntil(lambda: window.import_flow.box is not None, timeout=20000)
    box = window.import_flow.box
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "empty.txt is empty; there is nothing to import"
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert window.import_flow.review is None
    assert not paths.user_corpus_dir().exists()
    box.close()


def drop(window, mime, kind):
    """Send the window a drag entering ("enter") or a drop ("drop") of `mime`, as Qt would."""
    point = window.rect().center()
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    event = QDragEnterEvent(point, *args) if kind == "enter" else QDropEvent(QPointF(point), *args)
    QApplication.sendEvent(window, event)
    return event


def test_dropping_a_file_on_the_window_opens_its_review(qtbot, window, statement, tmp_path, data):
    other = tmp_path / "program.exe"
    other.write_bytes(b"MZ")
    refused = QMimeData()
    refused.setUrls([QUrl.fromLocalFile(str(other))])
    assert not drop(window, refused, "enter").isAccepted()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other)), QUrl.fromLocalFile(str(statement))])
    assert drop(window, mime, "enter").isAccepted()
    with qtbot.waitSignal(window.import_flow.review_opened, timeout=20000) as opened:
        assert drop(window, mime, "drop").isAccepted()
    review = opened.args[0]
    assert review.title_edit.text().startswith("Joint Statement")
    review.reject()
    assert window.import_flow.review is None
    assert not paths.user_corpus_dir().exists()


@pytest.fixture
def mine(statement, data):
    """A document of the user's, imported by the core before the window is built."""
    return import_file(statement, today=dt.date(2025, 1, 15))


def select_in_library(window, doc_id):
    window.library.select(doc_id)
    assert window.library.current_document() == doc_id


def test_edit_and_remove_are_offered_for_the_users_documents_only(make_window, mine):
    window = make_window(corpus_=load_library())
    select_in_library(window, "cica-statement-2022")
    assert not window.commands.remove_document.isEnabled()
    assert not window.commands.edit_details.isEnabled()
    bundled_menu = [a.text() for a in window.library.context_menu("cica-statement-2022").actions()]
    assert "&Remove…" not in bundled_menu
    select_in_library(window, mine.id)
    assert window.commands.remove_document.isEnabled() and window.commands.edit_details.isEnabled()
    menu = [a.text() for a in window.library.context_menu(mine.id).actions()]
    assert "&Edit Details…" in menu and "&Remove…" in menu
    assert "(yours)" in window.library.table.currentIndex().data()


def test_remove_asks_naming_the_document_then_deletes_it(qtbot, make_window, mine):
    window = make_window(corpus_=load_library())
    select_in_library(window, mine.id)
    window.commands.remove_document.trigger()
    box = window.import_flow.box
    short_title = window.corpus.get(mine.id).short_title
    assert short_title in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert load_library().get(mine.id) is not None
    window.commands.remove_document.trigger()
    with qtbot.waitSignal(window.library_changed) as changed:
        window.import_flow.box.button(QMessageBox.StandardButton.Yes).click()
    assert changed.args == [""]
    assert load_library().get(mine.id) is None


def test_edit_details_relabels_and_keeps_the_provision_ids(qtbot, make_window, mine, data):
    window = make_window(corpus_=load_library())
    ids = [p.id for p in window.corpus.get(mine.id).provisions]
    with qtbot.waitSignal(window.import_flow.review_opened) as opened:
        window.library.edit_requested.emit(mine.id)
    review = opened.args[0]
    assert not review.split_button.isVisible() and not review.merge_button.isVisible()
    before = (data / "corpus" / f"{mine.id}.yaml").read_bytes()
    with qtbot.assertNotEmitted(window.library_changed):
        press_save(review)  # nothing changed: nothing written, no rebuild
    assert not review.isVisible()
    assert (data / "corpus" / f"{mine.id}.yaml").read_bytes() == before
    with qtbot.waitSignal(window.import_flow.review_opened) as opened:
        window.library.edit_requested.emit(mine.id)
    review = opened.args[0]
    review.organisation_edit.setText("CICA Member States")
    review.relabel_row(0, "Opening")
    with qtbot.waitSignal(window.library_changed) as changed:
        press_save(review)
    assert changed.args == [mine.id]
    document = load_library().get(mine.id)
    assert document.organisation == "CICA Member States"
    assert document.provisions[0].label == "Opening"
    assert [p.id for p in document.provisions] == ids


def test_the_rebuilt_window_lists_searches_and_opens_the_new_document(
    qtbot, statement, data, index_dir, tmp_path, type_query, request
):
    from ictviewer.ui.app import WindowHost
    from ictviewer.ui.settings import Settings

    index = tmp_path / "index"  # a copy: the session's index stays the bundled corpus's
    shutil.copytree(index_dir, index)
    host = WindowHost(
        Settings(tmp_path / "settings.ini"),
        index_dir=index,
        selection_path=tmp_path / "selection.json",
    )
    request.addfinalizer(host.shutdown)  # the host owns its windows (not qtbot)
    first = host.build()
    review = open_review(qtbot, first, statement)
    review.title_edit.setText("My quantum statement")
    with qtbot.waitSignal(host.window_replaced, timeout=20000) as replaced:
        press_save(review)
    window = replaced.args[0]
    assert host.window is window and window is not first and not first.isVisible()
    doc_id = next(d.id for d in window.corpus if d.title == "My quantum statement")
    assert window.reader().document.id == doc_id, "the new document is open"
    row = window.library.model.row_of(doc_id)
    assert "(yours)" in window.library.model.index(row, 0).data()
    qtbot.waitUntil(lambda: window.index_service.index is not None, timeout=20000)
    results = type_query(window, '"quantum-safe cryptography"')
    assert doc_id in {hit.doc_id for hit in results.hits}


def test_drag_enter_ignores_what_is_not_a_local_file(window):
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/statement.pdf")])
    assert not drop(window, mime, "enter").isAccepted()
    mime = QMimeData()
    mime.setText("statement.txt")
    assert not drop(window, mime, "enter").isAccepted()
    assert window.import_flow.review is None


def test_reading_runs_off_the_gui_thread_with_progress_and_can_be_cancelled(
    qtbot, window, statement, data, monkeypatch
):
    import threading

    from ictviewer.ui.library import importer

    release, threads = threading.Event(), []

    def slow_prepare(*args, **kwargs):
        threads.append(threading.current_thread())
        release.wait(10)
        return prepare_import(*args, **kwargs)

    monkeypatch.setattr(importer, "prepare_import", slow_prepare)
    flow = window.import_flow
    flow.import_file(statement)
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()
    assert flow.busy and flow.progress is not None
    assert "statement.txt" in flow.progress.labelText()
    flow.progress.findChild(QPushButton).click()  # the user gives up: the draft is dropped
    assert not flow.busy and flow.progress is None
    release.set()
    assert flow.jobs.wait(10000)
    qtbot.wait(50)  # let the queued answer arrive, and be ignored
    assert flow.review is None and not paths.user_corpus_dir().exists()
    # the next import proceeds as usual
    monkeypatch.setattr(importer, "prepare_import", prepare_import)
    review = open_review(qtbot, window, statement)
    review.reject()


def test_add_document_is_in_the_file_menu_with_its_shortcut(window):
    commands = window.commands
    assert commands.add_document in commands.file_menu.actions()
    assert commands.add_document.shortcut().toString() == "Ctrl+Shift+O"
    assert {commands.edit_details, commands.remove_document} <= set(commands.file_menu.actions())
