"""`ictviewer.ui.app.main`: what `ictviewer` and `ictviewer gui --open DOC` run."""

import logging
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ictviewer import paths
from ictviewer.ui import app as ui_app
from ictviewer.ui.main_window import MainWindow


def test_main_opens_the_document_restores_and_quits(qapp, qtbot, tmp_path, monkeypatch):
    # The user's real settings are never touched: QSettings() points into tmp_path.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    logger = logging.getLogger("ictviewer")
    monkeypatch.setattr(logger, "handlers", [])
    seen = {}

    def check():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next((w for w in windows if w.isVisible()), None)
        if window is None or window.index_service.index is None:
            QTimer.singleShot(50, check)
            return
        seen["doc"] = window.reader().document.id
        seen["status"] = window.index_status.label.text()
        seen["hook"] = sys.excepthook
        window.close()

    QTimer.singleShot(0, check)
    assert ui_app.main(open_doc="csto-statement-2022") == 0
    assert seen["doc"] == "csto-statement-2022"
    assert seen["status"].startswith("Search ready")
    assert getattr(seen["hook"], "__self__", None) is not None  # the dialog-showing hook
    assert QApplication.applicationName() == "ictviewer"

    settings_files = list((tmp_path / "config").rglob("*.conf")) + list(
        (tmp_path / "config").rglob("*.ini")
    )
    assert settings_files, "the session was saved in the redirected settings folder"
    restored = {}

    def check_again():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next((w for w in windows if w.isVisible()), None)
        if window is None:
            QTimer.singleShot(50, check_again)
            return
        restored["tabs"] = [r.document.id for r in window.readers()]
        window.close()

    QTimer.singleShot(0, check_again)
    assert ui_app.main() == 0
    assert restored["tabs"] == ["csto-statement-2022"]


def test_the_application_icon_comes_from_the_bundled_resources_at_every_size(qapp):
    icon = ui_app.create_application().windowIcon()
    assert {16, 24, 32, 48, 64, 128, 256, 512} <= {size.width() for size in icon.availableSizes()}
    # A title bar's 16 pixels are the bitmap drawn for that size, not a scaled-down larger one.
    argb = QImage.Format.Format_ARGB32
    drawn = icon.pixmap(16, 16).toImage().convertToFormat(argb)
    shipped = paths.resource_path("icons/hicolor/16x16/apps/ictviewer.png")
    assert drawn == QImage(str(shipped)).convertToFormat(argb)
    assert QApplication.desktopFileName() == "ictviewer"
