"""Safe reading and writing of the files a user or a colleague hands us.

One place for two promises the program makes about files on disk:

* a write never leaves half a file: data goes to a temporary file beside the
  target, is flushed to disk, then renamed over it (`os.replace` is atomic on
  one file system), so a crash or a full disk leaves the old file or the new;
* a read of an outside file never hangs or exhausts memory: only regular files
  are read (a FIFO or a device named `.yaml` or `.json` is refused, not
  opened), and only up to a size limit, with a message that says what to do.

Everything that writes user data (the selection, the parsed-corpus cache, the
printed pack) or reads a shared file uses these helpers, so the policy lives
in one module.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

#: The largest outside file read whole (a corpus document, a selection file).
#: The bundled documents are 30-200 KB; 20 MB leaves room for a large library
#: while refusing a runaway or hostile file before it fills memory.
MAX_READ_BYTES = 20 * 1024 * 1024


class UnreadableFile(OSError):
    """An outside file that is not a regular file, or is too large to read."""


def read_limited(path: str | os.PathLike[str], limit: int = MAX_READ_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, else `UnreadableFile`.

    The file is opened without following it into a FIFO's wait (`O_NONBLOCK`)
    and checked with `fstat` on the open descriptor, so a symlink swapped in
    between a check and the open cannot slip a device past the check.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(f"{path} is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile(
                f"{path} is not a regular file (a pipe, socket or device); "
                "copy the document into an ordinary file"
            )
        if info.st_size > limit:
            raise UnreadableFile(
                f"{path} is {info.st_size / 1e6:.1f} MB, more than the "
                f"{limit / 1e6:.0f} MB a document or selection may be; split it or remove it"
            )
        with os.fdopen(descriptor, "rb", closefd=True) as stream:
            descriptor = -1
            # read(n) allocates n bytes up front: ask for the file's size (and one
            # byte to notice growth), not the 20 MB limit, for each small file.
            data = stream.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += stream.read(limit + 1 - len(data))
        if len(data) > limit:  # grew while we read it
            raise UnreadableFile(f"{path} is larger than {limit / 1e6:.0f} MB")
        return data
    finally:
        if descriptor >= 0:
            os.close(descriptor)


@contextlib.contextmanager
def temporary_beside(path: str | os.PathLike[str], suffix: str = ".tmp") -> Iterator[Path]:
    """A fresh temporary path in `path`'s folder, removed unless it was renamed.

    For writers that need a file name rather than a stream (Qt's PDF writer):
    write the temporary, then `os.replace(temporary, path)` inside the block.
    """
    target = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=suffix, dir=target.parent
    )
    os.close(handle)
    try:
        yield Path(temporary)
    finally:
        Path(temporary).unlink(missing_ok=True)


def write_atomically(
    path: str | os.PathLike[str], data: str | bytes, *, mode: int | None = None
) -> None:
    """Replace `path` with `data` so that a crash leaves the old file or the new, never half.

    Text is written as UTF-8 with `\\n` line ends. `mode` sets the file's
    permissions (the cache uses 0o600: it is the user's, not the machine's).
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with temporary_beside(target) as temporary:
        with open(temporary, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
