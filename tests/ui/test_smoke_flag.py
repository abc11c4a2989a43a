"""`ictviewer gui --smoke` (the bundle's smoke test) and the name and version in the title."""

import json
import logging
import sys

from PySide6.QtCore import QSettings

from ictviewer import __version__
from ictviewer.cli import build_parser
from ictviewer.ui import app as ui_app


def test_smoke_quits_after_the_first_paint_and_reports_it(qapp, tmp_path, monkeypatch, capsys):
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setenv("ICTVIEWER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(logging.getLogger("ictviewer"), "handlers", [])

    assert ui_app.main(smoke=True) == 0

    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["title"] == f"ictviewer {__version__}"
    assert report["painted_at"] > 0 and report["ready_at"] > 0
    assert report["menus"][:3] == ["&File", "&Edit", "&View"]  # the language it speaks


def test_the_gui_command_takes_the_smoke_flag():
    assert build_parser().parse_args(["gui", "--smoke"]).smoke is True
    assert build_parser().parse_args(["gui"]).smoke is False


def test_the_window_title_names_the_program_and_its_version(make_window):
    window = make_window()
    assert window.windowTitle() == f"ictviewer {__version__}"
    window.open_document("csto-statement-2022")
    assert window.windowTitle().endswith(f" — ictviewer {__version__}")
