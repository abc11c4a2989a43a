"""One window per user: a second launch hands its arguments to the running one.

Two windows on one settings file overwrite each other's session and selection
when they close (the last to close wins, silently). So `ictviewer gui --open DOC`
first tries the local socket of a running window; if one listens, it sends
`{"open": ..., "compare": [...], "timeline": ...}` as one JSON line and exits,
and the running window opens the document. Otherwise this process listens on
that socket itself.

The socket's name is derived from the settings file's location, so windows on
other settings (tests, `ICTVIEWER_*` set-ups, another user) never meet. The
client does not wait for a reply: the kernel accepts the connection on the
server's behalf, so a refused connection means "nobody is running" and a
stale socket left by a crash is removed before listening. That also lets a test
run the server and two clients in one thread.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
CONNECT_MS = 500
MAX_MESSAGE = 64 * 1024  # a launch's arguments are a few ids; more is not ours


def instance_name(settings_location: str) -> str:
    """The local socket's name for windows on this settings file (and this user)."""
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    digest = hashlib.sha1(f"{user}\n{settings_location}".encode()).hexdigest()[:16]
    return f"ictviewer-{digest}"


def launch_message(
    open_doc: str | None = None,
    compare: tuple[str, str] | None = None,
    timeline: bool = False,
) -> dict:
    return {"open": open_doc or "", "compare": list(compare or ()), "timeline": bool(timeline)}


def send_to_running(name: str, message: dict, timeout_ms: int = CONNECT_MS) -> bool:
    """Hand `message` to the window listening on `name`; False when none is running."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write((json.dumps(message) + "\n").encode("utf-8"))
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return sent


class InstanceServer(QObject):
    """Listens for later launches; each complete message becomes `launched(dict)`."""

    launched = Signal(object)  # {"open": str, "compare": [str, str] or [], "timeline": bool}

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Listen on the name, removing a socket a crashed window left behind."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        listening = self.server.listen(self.name)
        if not listening:
            log.warning("cannot listen for other launches: %s", self.server.errorString())
        return listening

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._finish(s))
            if socket.bytesAvailable():
                self._read(socket)
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._finish(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            log.warning("a launch message too long was ignored")
            self._drop(socket)
            return
        self._buffers[socket] = data
        if b"\n" in data:
            self._deliver(data.partition(b"\n")[0])
            self._drop(socket)

    def _finish(self, socket: QLocalSocket) -> None:
        if socket in self._buffers:
            self._read(socket)  # the last bytes may come with the disconnection
        self._drop(socket)

    def _drop(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            socket.disconnectFromServer()
            socket.deleteLater()

    def _deliver(self, line: bytes) -> None:
        try:
            message = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            log.warning("an unreadable launch message was ignored")
            return
        if not isinstance(message, dict):
            return
        compare = message.get("compare") or []
        self.launched.emit({
            "open": str(message.get("open") or ""),
            "compare": [str(c) for c in compare][:2] if len(compare) == 2 else [],
            "timeline": bool(message.get("timeline")),
        })  # fmt: skip
