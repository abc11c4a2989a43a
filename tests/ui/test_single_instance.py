"""One instance: a second launch hands its arguments to the running window (local socket)."""

import logging
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QSettings
from PySide6.QtWidgets import QApplication

from ictviewer.ui import app as ui_app
from ictviewer.ui.instance import InstanceServer, instance_name, launch_message, send_to_running
from ictviewer.ui.main_window import MainWindow


def unique_name():
    return f"ictviewer-test-{uuid.uuid4().hex[:12]}"


def test_two_clients_hand_their_arguments_to_the_listening_window(qtbot):
    name = unique_name()
    server = InstanceServer(name)
    assert server.listen()
    received = []
    server.launched.connect(received.append)
    assert send_to_running(name, launch_message("cica-note-2024"))
    assert send_to_running(
        name, launch_message(compare=("cica-concept-2022", "csto-statement-2022"))
    )
    qtbot.waitUntil(lambda: len(received) == 2, timeout=5000)
    assert {"open": "cica-note-2024", "compare": [], "timeline": False} in received
    assert {
        "open": "",
        "compare": ["cica-concept-2022", "csto-statement-2022"],
        "timeline": False,
    } in received
    server.close()
    assert not send_to_running(name, launch_message("cica-note-2024"))  # nobody listens now


def test_a_socket_left_by_a_crash_does_not_stop_the_next_window(qtbot):
    name = unique_name()
    leftover = Path(QDir.tempPath()) / name
    leftover.write_text("")  # what a killed window leaves behind on Unix
    try:
        assert not send_to_running(name, launch_message("x"))  # refused: nobody is running
        server = InstanceServer(name)
        assert server.listen()
        received = []
        server.launched.connect(received.append)
        assert send_to_running(name, launch_message(timeline=True))
        qtbot.waitUntil(lambda: received == [{"open": "", "compare": [], "timeline": True}])
        server.close()
    finally:
        leftover.unlink(missing_ok=True)


def test_garbage_on_the_socket_is_ignored(qtbot):
    from PySide6.QtNetwork import QLocalSocket

    name = unique_name()
    server = InstanceServer(name)
    assert server.listen()
    received = []
    server.launched.connect(received.append)
    socket = QLocalSocket()
    socket.connectToServer(name)
    assert socket.waitForConnected(1000)
    socket.write(b"\xff not json\n")
    socket.waitForBytesWritten(1000)
    socket.disconnectFromServer()
    assert send_to_running(name, launch_message("cica-note-2024"))
    qtbot.waitUntil(lambda: len(received) == 1)
    assert received[0]["open"] == "cica-note-2024"
    server.close()


# The offscreen platform can neither raise a window nor propagate size hints, and says so.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")
def test_the_running_window_opens_what_the_second_launch_asks(
    qtbot, corpus, index_dir, tmp_path, request
):
    from ictviewer.ui.settings import Settings

    settings = Settings(tmp_path / "settings.ini")
    host = ui_app.WindowHost(
        settings, load=lambda: corpus, index_dir=index_dir, selection_path=tmp_path / "sel.json"
    )
    request.addfinalizer(host.shutdown)
    window = host.build()
    name = instance_name(settings.location)
    assert name == instance_name(settings.location) != instance_name(str(tmp_path / "other"))
    server = InstanceServer(name)
    request.addfinalizer(server.close)
    assert server.listen()
    server.launched.connect(host.present)
    assert send_to_running(name, launch_message("csto-statement-2022"))
    qtbot.waitUntil(lambda: window.reader() is not None, timeout=5000)
    assert window.reader().document.id == "csto-statement-2022"
    assert send_to_running(name, launch_message(compare=("cica-concept-2022", "cica-note-2024")))
    qtbot.waitUntil(lambda: window.tabs.current_comparison() is not None, timeout=5000)
    assert window.tabs.current_comparison().documents() == ("cica-concept-2022", "cica-note-2024")


def test_a_second_launch_builds_no_window_of_its_own(qapp, tmp_path, monkeypatch):
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(logging.getLogger("ictviewer"), "handlers", [])
    handed = []
    monkeypatch.setattr(
        ui_app, "send_to_running", lambda name, message: handed.append(message) or True
    )
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    assert ui_app.main(open_doc="cica-note-2024") == 0
    after = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    assert after == before
    assert handed == [{"open": "cica-note-2024", "compare": [], "timeline": False}]


def test_without_qt_network_each_launch_still_opens_its_window(qapp, monkeypatch):
    """A bundle may leave QtNetwork out: the program must start, only without the hand-over."""
    import builtins

    real_import = builtins.__import__

    def no_network(name, *args, **kwargs):
        if (
            name == "PySide6.QtNetwork"
            or name.endswith("ui.instance")
            or (name == "ictviewer.ui" and "instance" in (args[2] or ()))
        ):
            raise ImportError("No module named 'PySide6.QtNetwork'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_network)
    monkeypatch.delitem(sys.modules, "ictviewer.ui.instance", raising=False)
    monkeypatch.setattr(logging.getLogger("ictviewer"), "handlers", [])
    assert ui_app.single_instance() is None
