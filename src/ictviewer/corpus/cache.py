"""The parsed-corpus cache: each valid file's data, kept as JSON between runs.

Why a cache at all: even with libyaml, parsing 10,000 provisions costs about a
second at every start; JSON decoding of the same data costs a tenth of that,
because `json` builds dicts and strings in C with no per-value Python call.

Why JSON and nothing else: the cache sits in the user's cache folder, which
other programs (and other users, on a badly set-up machine) may write. JSON
can only ever become dicts, lists, text and numbers; `pickle` or YAML with
tags would turn a planted file into code run at start-up. And nothing read
here is trusted: an entry is used only when its file's name, size, mtime_ns
and SHA-256 match the file just read (the hash is cheap, since the loader
reads every file anyway for the corpus fingerprint), and its data then goes
through the same `check_document` as freshly parsed YAML; an entry that fails
is dropped and the file parsed again. Only files that loaded without problems
are cached, so a cached entry never needs line numbers. (Someone who can write
the user's cache can also edit the user's corpus: the cache guards against
crashes and code, not against a local author of false texts.)

One file per corpus folder (`cache_dir()/corpus/<hash of the folder>.json`,
0o600 in a 0o700 folder, written atomically): a cold start writes it once with
one fsync, where a file per document would pay two hundred. A cache folder that
is read-only, full or missing just means no cache.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ictviewer import __version__, fileio, paths

#: Bump when what the YAML reader accepts or produces changes, so entries
#: written under the old rules are parsed again rather than trusted.
FORMAT = 1


class ParsedCache:
    """Cached data of one corpus folder's files, looked up by name and file identity."""

    def __init__(self, folder: Path, limit: int, root: Path | None = None):
        self.root = (root if root is not None else paths.cache_dir()) / "corpus"
        key = hashlib.sha256(os.fsencode(folder.resolve())).hexdigest()[:32]
        self.file = self.root / f"{key}.json"
        self.folder = str(folder.resolve())
        self.entries = _read(self.file, limit, self.folder)
        self.seen: set[str] = set()
        self.changed = False

    def get(self, name: str, identity: dict) -> dict | None:
        """The cached data of file `name` if it was cached for this very `identity`."""
        self.seen.add(name)
        entry = self.entries.get(name)
        if entry is None:
            return None
        if any(entry.get(key) != value for key, value in identity.items()):
            return None
        return entry["data"]

    def forget(self, name: str) -> None:
        """Drop an entry that turned out unusable (its data failed validation)."""
        if self.entries.pop(name, None) is not None:
            self.changed = True

    def put(self, name: str, identity: dict, data: dict) -> None:
        self.seen.add(name)
        self.entries[name] = {**identity, "data": data}
        self.changed = True

    def save(self) -> None:
        """Write the entries of the files seen in this load, if anything changed."""
        stale = set(self.entries) - self.seen
        if not (self.changed or stale):
            return
        document = {
            "format": FORMAT,
            "program": __version__,
            "folder": self.folder,
            "files": {name: self.entries[name] for name in sorted(self.seen & set(self.entries))},
        }
        try:
            payload = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
            self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
            fileio.write_atomically(self.file, payload, mode=0o600)
        except (OSError, ValueError):  # read-only or full disk; unencodable text: no cache
            return


def file_identity(path: Path, raw: bytes) -> dict | None:
    """What a cache entry must match: name, size, mtime_ns and content hash of `path`."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return {
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
        "sha256": hashlib.sha256(raw).hexdigest(),
    }


def _read(file: Path, limit: int, folder: str) -> dict[str, dict]:
    """The well-formed entries of a cache file; anything unexpected yields none or fewer."""
    try:
        raw = fileio.read_limited(file, limit)
        document = json.loads(raw, parse_constant=_no_constant)
    except (OSError, ValueError, RecursionError):  # missing, odd, corrupt, too deep
        return {}
    if not (
        isinstance(document, dict)
        and document.get("format") == FORMAT
        and document.get("program") == __version__
        and document.get("folder") == folder
        and isinstance(document.get("files"), dict)
    ):
        return {}
    return {
        name: entry
        for name, entry in document["files"].items()
        if isinstance(entry, dict)
        and _is_int(entry.get("size"))
        and _is_int(entry.get("mtime_ns"))
        and isinstance(entry.get("sha256"), str)
        and isinstance(entry.get("data"), dict)
    }


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _no_constant(name: str) -> None:
    """NaN and Infinity are not JSON and never in a corpus: refuse the file."""
    raise ValueError(f"{name} in the corpus cache")
