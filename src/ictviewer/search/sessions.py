"""Noticing an unclean shutdown: one locked marker file per running process.

Opening an index checks every byte of every file against its seal
(`storage.check_files`, `sealing.py`), so a crash can no longer leave a
damaged index trusted; the markers remain the record that a process using the
cache died without cleaning up (a crash, a kill, a power cut), and are
cleared once the index they concern has been checked.

While a process has an index of a cache open, it holds an OS lock on its own
marker in `<index root>/.sessions/`, and deletes the marker when it closes the
last one (or exits normally). The OS drops the lock when the process dies,
however it dies, so a marker that someone else can lock belongs to a process
that did not shut down cleanly.
Everything here is best effort: a cache that cannot be written has no marker,
and that is never an error.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import secrets
import threading
from pathlib import Path

FOLDER = ".sessions"
SUFFIX = ".lock"

_held: dict[Path, list] = {}  # index root -> [open locked file, marker path, open indexes]
_guard = threading.Lock()
_registered = None

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle) -> None:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def begin(root: Path) -> None:
    """Hold a marker for this process under `root`; each call is matched by one `end`."""
    root = Path(root)
    with _guard:
        if root in _held:
            _held[root][2] += 1
            return
        folder = root / FOLDER
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            name = f"{os.getpid()}-{secrets.token_hex(4)}"
            temp = folder / f"{name}.tmp"
            handle = open(temp, "w+b")  # noqa: SIM115 - held open for the whole run
            if not _lock(handle):
                handle.close()
                temp.unlink(missing_ok=True)
                return
            handle.write(b"ictviewer session\n")
            handle.flush()
            marker = folder / f"{name}{SUFFIX}"
            os.replace(temp, marker)  # visible only once locked
        except OSError:
            return
        global _registered
        if not _registered:
            _registered = atexit.register(end_all)
        _held[root] = [handle, marker, 1]


def unclean(root: Path) -> list[Path]:
    """Markers under `root` left by processes that did not exit cleanly."""
    folder = Path(root) / FOLDER
    mine = {held[1] for held in _held.values()}
    stale = []
    try:
        candidates = sorted(folder.glob(f"*{SUFFIX}"))
    except OSError:
        return []
    for marker in candidates:
        if marker in mine:
            continue
        try:
            with open(marker, "r+b") as handle:
                if _lock(handle):
                    _unlock(handle)
                    stale.append(marker)
        except OSError:
            continue  # gone meanwhile, or not ours to open: not evidence of a crash
    return stale


def forget(markers: list[Path]) -> None:
    """Remove markers of unclean shutdowns once their consequences were checked."""
    for marker in markers:
        with contextlib.suppress(OSError):
            marker.unlink()


def end(root: Path, force: bool = False) -> None:
    """Match one `begin`; the last one releases and removes the marker (a clean exit)."""
    with _guard:
        held = _held.get(Path(root))
        if held is None:
            return
        held[2] -= 1
        if held[2] > 0 and not force:
            return
        del _held[Path(root)]
    handle, marker, _ = held
    with contextlib.suppress(OSError):
        marker.unlink()
    _unlock(handle)
    handle.close()


def end_all() -> None:
    for root in list(_held):
        end(root, force=True)
