"""Stop every way out to a network at the socket layer, and keep a list of the attempts.

One guard for the in-process tests (tests/core/test_offline.py, through pytest's
monkeypatch) and for the CLI run in a fresh interpreter (tests/cli/
test_cli_robustness.py, which imports this file there), so both check the same
doors: internet sockets, name look-ups, connections and servers.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

DOORS = (
    "create_connection",
    "getaddrinfo",
    "gethostbyname",
    "gethostbyname_ex",
    "getnameinfo",
    "create_server",
)


def install(patch: Callable[[object, str, object], None] = setattr) -> list:
    """Guard `socket`; returns the list each attempt is appended to.

    `patch` is how an attribute is replaced: `monkeypatch.setattr` in a test (undone
    after it), plain `setattr` in a process that ends with the check.
    """
    attempts: list = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
            if family in (socket.AF_INET, socket.AF_INET6):
                attempts.append(("socket", family))
                raise OSError("network access attempted")
            super().__init__(family, type, proto, fileno)

    def refuse(name):
        def call(*args, **kwargs):
            attempts.append((name, args))
            raise OSError(f"network access attempted: {name}")

        return call

    patch(socket, "socket", GuardedSocket)
    for name in DOORS:
        patch(socket, name, refuse(name))
    return attempts
