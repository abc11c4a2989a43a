"""The window across restarts (docks, tabs, pairs), and `ictviewer gui --compare L R --timeline`."""

import logging
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ictviewer import cli
from ictviewer.ui import app as ui_app
from ictviewer.ui.compare import CompareView
from ictviewer.ui.dialogs.messages import shortcuts_dialog
from ictviewer.ui.main_window import MainWindow

STATEMENT, ASEAN = "cica-statement-2022", "asean-russia-2018"


def tabs(window):
    return [window.tabs.tab_entry(window.tabs.widget(i)) for i in range(window.tabs.count())]


def test_docks_are_restored_after_a_restart(qtbot, make_window):
    first = make_window(wait_index=False)
    first.timeline.present()
    first.selection.show()
    first.close()
    second = make_window(wait_index=False)
    assert second.timeline.isVisible()
    assert second.selection.isVisible()
    second.timeline.hide()
    second.close()
    third = make_window(wait_index=False)
    assert not third.timeline.isVisible()
    assert third.selection.isVisible()


def test_a_comparison_tab_is_restored_in_its_place(qtbot, make_window, settings_path):
    first = make_window(wait_index=False)
    first.open_document("csto-statement-2022")
    first.tabs.open_comparison(STATEMENT, ASEAN)
    first.open_document("cica-note-2024")
    first.tabs.setCurrentIndex(1)
    first.close()
    assert "compare:cica-statement-2022:asean-russia-2018" in settings_path.read_text()
    second = make_window(wait_index=False)
    assert tabs(second) == [
        "csto-statement-2022",
        f"compare:{STATEMENT}:{ASEAN}",
        "cica-note-2024",
    ]
    view = second.tabs.currentWidget()
    assert isinstance(view, CompareView) and view.documents() == (STATEMENT, ASEAN)
    qtbot.waitUntil(lambda: view.comparison is not None, timeout=10000)


def test_a_stale_comparison_in_the_session_is_skipped(make_window, settings_path):
    settings_path.write_text(
        "[session]\nopen_tabs=compare:cica-statement-2022:gone, csto-statement-2022\n"
    )
    window = make_window(wait_index=False)
    assert tabs(window) == ["csto-statement-2022"]


def test_restore_state_opens_the_pair_and_the_timeline_asked_for(make_window, qtbot):
    window = make_window(wait_index=False)
    window.restore_state(None, compare=(ASEAN, STATEMENT), timeline=True)
    view = window.tabs.currentWidget()
    assert isinstance(view, CompareView) and view.documents() == (ASEAN, STATEMENT)
    assert window.timeline.isVisible()


def test_gui_compare_and_timeline_through_app_main(qapp, qtbot, tmp_path, monkeypatch):
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(logging.getLogger("ictviewer"), "handlers", [])
    seen = {}

    def check():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next((w for w in windows if w.isVisible()), None)
        if window is None:
            QTimer.singleShot(50, check)
            return
        view = window.tabs.currentWidget()
        seen["pair"] = view.documents() if isinstance(view, CompareView) else None
        seen["timeline"] = window.timeline.isVisible()
        window.close()

    QTimer.singleShot(0, check)
    assert ui_app.main(compare=(STATEMENT, ASEAN), timeline=True) == 0
    assert seen == {"pair": (STATEMENT, ASEAN), "timeline": True}


def test_the_gui_command_passes_compare_and_timeline_on(monkeypatch):
    calls = []
    monkeypatch.setattr(ui_app, "main", lambda **kwargs: calls.append(kwargs) or 0)
    assert cli.main(["gui", "--compare", STATEMENT, ASEAN, "--timeline"]) == 0
    assert cli.main(["gui", "--open", ASEAN]) == 0
    assert calls == [
        {"open_doc": None, "compare": (STATEMENT, ASEAN), "timeline": True},
        {"open_doc": ASEAN, "compare": None, "timeline": False},
    ]


def test_an_unknown_document_to_compare_is_reported_not_raised(qtbot, make_window, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    window = make_window(wait_index=False)
    window.restore_state(None, compare=("nope", ASEAN))
    qtbot.waitUntil(lambda: bool(warned))
    assert "nope" in warned[0] and window.tabs.count() == 0


def test_the_new_shortcuts_are_unique_and_listed_in_the_help(window):
    keys = {}
    for action in window.actions():
        for key in action.shortcuts():
            keys.setdefault(key.toString(), []).append(action.text())
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}
    help_text = shortcuts_dialog(window.actions(), window).text()
    for name in ("Compare Documents", "Print Preview", "Export PDF", "Add Hit to Selection",
                 "Selection Panel", "Timeline", "Show on Timeline"):  # fmt: skip
        assert name in help_text, name
