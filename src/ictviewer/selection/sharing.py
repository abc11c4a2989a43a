"""Saving the selection file that several windows write: merge, never overwrite.

Two windows open on one user's data both save every change to the same
`selection.json`; with a plain atomic write the last to save silently
dropped the other's picks. `save_merged` takes a lock file beside the
selection, re-reads what is on disk, applies this window's changes since its
last read or write (three-way: `Selection.synced` is the common base), and
writes the result atomically, all under the lock. The other window's
additions and removals become this window's too, so both converge.

The lock is an advisory `flock` on ``.<name>.lock`` (on Windows `msvcrt`
locks its first byte); it is released when the process dies, so a crash never
leaves a stale lock.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from ictviewer.corpus.model import Corpus
from ictviewer.selection import file as selection_file
from ictviewer.selection.model import Selection

LOCK_TIMEOUT = 10.0  # seconds: a save holds the lock for milliseconds


def lock_path(path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


@contextlib.contextmanager
def locked(path: str | os.PathLike[str], timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the lock of the selection file at `path`; OSError if another holder keeps it."""
    target = lock_path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(target, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout
        while not _try_lock(descriptor):
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"{path} is locked by another ictviewer window for more than "
                    f"{timeout:.0f} s; close the other window or try again"
                )
            time.sleep(0.01)
        try:
            yield
        finally:
            _unlock(descriptor)
    finally:
        os.close(descriptor)


try:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)

except ImportError:  # Windows
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)


def save_merged(
    selection: Selection, path: str | os.PathLike[str], corpus: Corpus | None = None
) -> bool:
    """Merge `selection` with the file at `path` and write the result; True if the merge
    brought in another window's changes (`selection` then holds them, listeners notified).

    What this window added or removed since `selection.synced` wins over the file;
    everything else the file says (another window's additions and removals) is
    applied here. A missing file is simply written. A file that is not a valid
    selection is not merged with: it is moved aside as ``<name>.unreadable-<time>``
    (kept for the user, never overwritten) and this selection is written.
    Raises OSError (disk full, no permission, the lock held too long).
    """
    path = Path(path)
    corpus = corpus or selection.corpus
    with locked(path):
        try:
            disk_order = selection_file.read(path).refs
            on_disk = set(disk_order)
        except FileNotFoundError:
            disk_order, on_disk = (), None
        except selection_file.SelectionFileError:
            stamp = time.strftime("%Y%m%d-%H%M%S")
            os.replace(path, path.with_name(f"{path.name}.unreadable-{stamp}"))
            disk_order, on_disk = (), None
        changed = False
        if on_disk is not None:
            base = selection.synced
            # What is on disk beyond the base, another window added; what the base has and
            # the disk lacks, another window removed. Our own changes are not in the base.
            theirs_added, theirs_removed = on_disk - base, base - on_disk
            changed = bool(
                selection._add_quietly(ref for ref in disk_order if ref in theirs_added)
                + selection._remove_quietly(theirs_removed)
            )
        selection_file.write(path, selection.to_json(corpus))
        selection.synced = frozenset(selection.items)
    if changed:
        selection._changed()
    return changed
