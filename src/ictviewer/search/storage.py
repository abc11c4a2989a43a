"""The index on disk: built in a private folder, renamed into place, checked on open.

Layout under the index folder (default `paths.cache_dir() / "index"`):

    <fingerprint>/            a complete index plus `ictviewer-index.json`
    .build-<fp>-<pid>-<rand>/ an index being built (renamed into place when done)

A crash never leaves half an index, and two processes starting together both
end up with a complete one: the loser of the rename race opens the winner's.
The manifest records the size and hash of every file, so damage of any kind
is noticed on open (`index._open`) and the index rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from whoosh.filedb.filestore import FileStorage

from ictviewer.corpus.model import Corpus
from ictviewer.search.schema import (
    SCHEMA_VERSION,
    IndexCodec,
    make_schema,
    record_count,
    records,
)

Progress = Callable[[int, int], None]
MANIFEST = "ictviewer-index.json"
KEEP_INDEXES = 3  # fingerprints kept side by side (another corpus, an older version)
STALE_BUILD_SECONDS = 3600


def build(storage, corpus: Corpus, progress: Progress | None):
    """Write every record of the corpus into a new index in `storage`."""
    ix = storage.create_index(make_schema())
    total = record_count(corpus)
    if progress:
        progress(0, total)
    writer = ix.writer(limitmb=256, codec=IndexCodec())
    try:
        for done, record in enumerate(records(corpus), start=1):
            writer.add_document(**record)
            if progress and done % 250 == 0 and done < total:
                progress(done, total)
        writer.commit(merge=False)
    except BaseException:
        writer.cancel()
        ix.close()
        raise
    if progress:
        progress(total, total)
    return ix


def build_on_disk(
    corpus: Corpus, root: Path, key: str, progress: Progress | None, replace: bool
) -> Path:
    """Build into a private folder and rename it to `root/key`; return `root/key`."""
    target = root / key
    root.mkdir(parents=True, exist_ok=True)
    temp = root / f".build-{key[:12]}-{os.getpid()}-{secrets.token_hex(4)}"
    temp.mkdir()
    try:
        ix = build(FileStorage(str(temp)), corpus, progress)
        documents = ix.doc_count_all()
        ix.close()
        manifest = {
            "fingerprint": key,
            "schema": SCHEMA_VERSION,
            "records": record_count(corpus),
            "documents": documents,
            "files": file_hashes(temp),
            "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }
        (temp / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        if replace:
            _discard(target)
        try:
            os.rename(temp, target)
        except OSError:
            if not (target / MANIFEST).is_file():  # not a lost race: a real failure
                raise
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return target


def file_hashes(folder: Path) -> dict[str, list]:
    """Size and BLAKE2 hash of every index file (locks and the manifest excluded)."""
    hashes = {}
    for path in sorted(folder.iterdir()):
        if path.name == MANIFEST or "LOCK" in path.name or not path.is_file():
            continue
        data = path.read_bytes()
        hashes[path.name] = [len(data), hashlib.blake2b(data, digest_size=16).hexdigest()]
    return hashes


def _discard(folder: Path) -> None:
    """Move a folder aside, then delete it (a reader of the old one keeps its open files)."""
    trash = folder.with_name(f".build-trash-{secrets.token_hex(4)}")
    try:
        os.rename(folder, trash)
    except OSError:
        trash = folder
    shutil.rmtree(trash, ignore_errors=True)


def other_indexes(root: Path, key: str) -> list[Path]:
    try:
        return [p for p in root.iterdir() if p.is_dir() and p.name[0] != "." and p.name != key]
    except OSError:
        return []


def tidy(root: Path, keep: Path) -> None:
    """Remove stale temporary folders and all but the most recent few indexes."""
    try:
        now = time.time()
        for path in root.iterdir():
            if path.name.startswith(".build-") and now - path.stat().st_mtime > STALE_BUILD_SECONDS:
                shutil.rmtree(path, ignore_errors=True)
        others = sorted(other_indexes(root, keep.name), key=lambda p: p.stat().st_mtime)
        for old in others[: max(0, len(others) - (KEEP_INDEXES - 1))]:
            if (old / MANIFEST).is_file():
                _discard(old)
        os.utime(keep)
    except OSError:
        pass
