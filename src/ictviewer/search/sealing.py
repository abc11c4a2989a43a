"""The cache never runs code: every index file is sealed with a key the cache never holds.

Whoosh reads its own files with `pickle`: the table of contents (schema and
segments), the terms file's header and inlined postings, every postings block
and the stored-fields column. Unpickling runs whatever callable the bytes name,
so a file planted in a cache folder (``ICTVIEWER_CACHE`` on a shared drive, a
cache restored from someone else's backup) could run a command at the next
search. Three ways out were weighed:

- a restricted `Unpickler` allowing only the types Whoosh needs: it would have
  to be wired into five Whoosh modules that import `loads` by name, its list
  follows Whoosh's internals (analyzers pickle compiled regexes, segments pickle
  sets, codecs pickle themselves), and a forgotten call site is silently unsafe;
- our own pickle-free codec: the right end state, but it means re-implementing
  the terms hash table, the block headers and the TOC, all formats Whoosh owns;
- **a keyed checksum written by this user's process and checked before Whoosh
  opens anything** (chosen): keyed BLAKE2b (a MAC by construction, 1 GB/s) over
  every file and over the manifest that lists them. Bytes the process did not
  write itself never reach `pickle`; the check doubles as a full integrity
  check, so bit rot in a file of unchanged size and time is noticed on open
  (issue #12) instead of crashing a search or changing its hits. It reads
  every byte once per open: ~15 ms per 10 MB of index (`benchmarks/search_bench.py`).

The key (32 random bytes) lives in the user data folder (`paths.data_dir()`,
outside the cache), created 0o600; a key file others could read or replace is
not trusted and is replaced. When no key can be stored, the process uses a key
of its own: what it builds it can trust, the next process rebuilds.

Index folders are created 0o700, and a folder owned by someone else, or one
other users may write into, is refused (`private_folder`): with a MAC the
contents cannot be forged, and with a private folder they cannot be swapped
between the check and Whoosh's reads.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import stat
import threading
from pathlib import Path

from ictviewer import paths

KEY_FILE = "cache-key"
KEY_BYTES = 32
_CHUNK = 1 << 20
_lock = threading.Lock()
_keys: dict[Path, bytes] = {}
_ephemeral = secrets.token_bytes(KEY_BYTES)


class NotPrivate(PermissionError):
    """A cache folder that other users could write into, or that is not ours."""

    def __init__(self, folder: Path, owner: int):
        super().__init__(
            f"{folder} belongs to another user (uid {owner}); "
            "set ICTVIEWER_CACHE to a folder of your own"
        )
        self.folder, self.owner = folder, owner


def key() -> bytes:
    """This user's sealing key (created on first use); a per-process key if none can be kept."""
    path = paths.data_dir() / KEY_FILE
    with _lock:
        found = _keys.get(path)
        if found is None:
            found = _keys[path] = _load_or_create(path)
        return found


def _load_or_create(path: Path) -> bytes:
    try:
        return _read_key(path)
    except (OSError, ValueError):
        pass
    fresh = secrets.token_bytes(KEY_BYTES)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = path.with_name(f".{KEY_FILE}.{secrets.token_hex(4)}")
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(descriptor, fresh)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temp, path)
        return _read_key(path)  # a concurrent process may have won: use what is on disk
    except (OSError, ValueError):
        with contextlib.suppress(OSError, UnboundLocalError):
            temp.unlink(missing_ok=True)
        return _ephemeral


def _read_key(path: Path) -> bytes:
    """The key in `path` if it is a regular file of ours that nobody else can read or write."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_size != KEY_BYTES:
            raise ValueError(f"{path}: not a key file")
        if os.name == "posix" and (info.st_uid != os.getuid() or info.st_mode & 0o077):
            raise ValueError(f"{path}: readable or writable by others")
        data = os.read(descriptor, KEY_BYTES + 1)
    finally:
        os.close(descriptor)
    if len(data) != KEY_BYTES:
        raise ValueError(f"{path}: not a key file")
    return data


def seal_file(path: Path) -> str:
    """The keyed checksum of a file's bytes."""
    mac = hashlib.blake2b(key=key(), digest_size=16)
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            mac.update(chunk)
    return mac.hexdigest()


def seal_bytes(data: bytes) -> str:
    return hashlib.blake2b(data, key=key(), digest_size=16).hexdigest()


def same(one: str, other: object) -> bool:
    """Constant-time comparison of two seals."""
    return isinstance(other, str) and hmac.compare_digest(one, other)


def private_folder(folder: Path) -> Path:
    """Create `folder` (0o700) or check an existing one is ours and closed to other users.

    An existing folder of ours that others could write into is closed (chmod
    0o700): every file in it is checked against its seal before use anyway.
    Raises `NotPrivate` for a folder owned by another user, `NotADirectoryError`
    when a file stands where the folder should be.
    """
    missing = [p for p in (folder, *folder.parents) if not os.path.lexists(p)]
    for each in reversed(missing):  # parents too: `mkdir(parents=True)` would make them 0o777
        with contextlib.suppress(FileExistsError):
            each.mkdir(mode=0o700)
    info = os.stat(folder)
    if not stat.S_ISDIR(info.st_mode):
        raise NotADirectoryError(f"{folder} is a file, not a folder; remove or rename it")
    if os.name != "posix":  # pragma: no cover - Windows: the user profile is private
        return folder
    if info.st_uid != os.getuid():
        raise NotPrivate(folder, info.st_uid)
    if info.st_mode & 0o077:
        os.chmod(folder, 0o700)
    return folder
