"""The index on disk: built in a private folder, renamed into place, checked on open.

Layout under the index folder (default `paths.cache_dir() / "index"`):

    <fingerprint>/            a complete index plus `ictviewer-index.json`
    .build-<fp>-<pid>-<rand>/ an index being built (renamed into place when done)
    .sessions/                markers of running processes (`sessions.py`)

A crash never leaves half an index, and two processes starting together both
end up with a complete one: the loser of the rename race opens the winner's.
Files are flushed to disk before the rename.

When the corpus changes, the most recent index is *updated* rather than
rebuilt (`update_on_disk`): its segment files are linked (or copied) into the
new folder untouched, the records of changed and deleted documents are marked
deleted in the new table of contents, and only the changed and added
documents are written, as one new segment. After a few updates, or once a
quarter of the records are dead, the next change rebuilds from scratch.

The manifest records every file's size, modification time and keyed checksum
(`sealing.py`), and is itself sealed. On open (`check_files`) every file is
checked against its seal before Whoosh reads a byte of it: Whoosh unpickles its
files, so nothing this user's process did not write may reach it, and bit rot
in a file of unchanged size and time is found here rather than mid-search. Any
difference means the index is rebuilt.

Index folders are private (0o700, `sealing.private_folder`). When the cache
cannot be written, `describe_problem` says why in the user's terms: the disk
is full, a file-size limit, a file where the folder should be, no permission.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

from ictviewer.corpus.model import Corpus
from ictviewer.fileio import read_limited
from ictviewer.search import sealing
from ictviewer.search.notices import Notice
from ictviewer.search.phrases import PhraseCatalogue
from ictviewer.search.schema import INDEX_NAME, SCHEMA_VERSION, make_schema, record_count
from ictviewer.search.segment import write_segment

Progress = Callable[[int, int], None]
MANIFEST = "ictviewer-index.json"
KEEP_INDEXES = 3  # fingerprints kept side by side (another corpus, an older version)
STALE_BUILD_SECONDS = 3600
MAX_SEGMENTS = 8  # an update that would make more rebuilds instead
MAX_DEAD = 0.25  # … as does one leaving more than this share of records deleted
Layout = list[dict]  # [{"id": segment id, "docs": [[doc_id, digest, records, live], …]}]


class Unusable(Exception):
    """An index folder that fails its checks."""


# --- building -------------------------------------------------------------------------


def build(
    storage, corpus: Corpus, phrases: PhraseCatalogue, progress: Progress | None = None
) -> Layout:
    """Write a one-segment index of the whole corpus into `storage` (a Whoosh storage)."""
    total = record_count(corpus)
    if progress:
        progress(0, total)
    built = write_segment(
        storage, corpus, phrases, (lambda done: progress(done, total)) if progress else None
    )
    TOC(make_schema(), [built.segment], 1).write(storage, INDEX_NAME)
    if progress:
        progress(total, total)
    return [{"id": built.segment.segid, "docs": built.entries}]


def build_on_disk(
    corpus: Corpus,
    root: Path,
    key: str,
    phrases: PhraseCatalogue,
    progress: Progress | None,
    replace: bool,
) -> Path:
    """Build into a private folder and rename it to `root/key`; return `root/key`."""

    def write(temp: Path) -> dict:
        layout = build(FileStorage(str(temp)), corpus, phrases, progress)
        return {
            "segments": layout,
            "phrases": phrases.digest,
            "generation": 1,
            "updated_from": None,
            "rewritten": None,
        }

    return _publish(root, key, write, replace)


def update_on_disk(
    corpus: Corpus,
    root: Path,
    key: str,
    base: Path,
    digests: dict[str, str],
    phrases: PhraseCatalogue,
    progress: Progress | None,
) -> Path | None:
    """Make `root/key` from the index in `base` plus the documents that changed.

    Returns None when a full build is the better choice or the only right one
    (nothing to reuse, too many segments or dead records, `base` counted
    another phrase catalogue in its records); raises Unusable if `base` cannot
    be read.
    """
    manifest = read_manifest(base)
    if manifest.get("phrases") != phrases.digest:
        return None  # its records' phrase counts are another catalogue's
    layout: Layout = manifest["segments"]
    live = {doc[0]: doc[1] for segment in layout for doc in segment["docs"] if doc[3]}
    keep = {doc_id for doc_id, digest in digests.items() if live.get(doc_id) == digest}
    fresh = [document for document in corpus if document.id not in keep]
    all_records = sum(doc[2] for segment in layout for doc in segment["docs"])
    dead = sum(
        doc[2] for segment in layout for doc in segment["docs"] if not doc[3] or doc[0] not in keep
    )
    added = record_count(fresh)
    if (
        not keep
        or len(layout) + bool(fresh) > MAX_SEGMENTS
        or dead > MAX_DEAD * (all_records + added)
        or added > all_records
    ):
        return None

    def write(temp: Path) -> dict:
        storage = FileStorage(str(temp))
        toc = TOC.read(FileStorage(str(base)), INDEX_NAME)
        segments, new_layout = [], []
        for segment, entry in zip(toc.segments, layout, strict=True):
            if segment.segid != entry["id"]:
                raise Unusable("segments differ from the manifest")
            docs, docnum = [], 0
            for doc_id, digest, records, alive in entry["docs"]:
                if alive and doc_id not in keep:
                    for number in range(docnum, docnum + records):
                        segment.delete_document(number)
                docs.append([doc_id, digest, records, alive and doc_id in keep])
                docnum += records
            if any(doc[3] for doc in docs):
                _link_files(base, temp, segment.segid)
                segments.append(segment)
                new_layout.append({"id": entry["id"], "docs": docs})
        total = record_count(fresh)
        if progress:
            progress(0, total)
        if fresh:
            report = (lambda done: progress(done, total)) if progress else None
            built = write_segment(storage, fresh, phrases, report)
            segments.append(built.segment)
            new_layout.append({"id": built.segment.segid, "docs": built.entries})
        generation = int(manifest.get("generation", 1)) + 1
        TOC(make_schema(), segments, generation).write(storage, INDEX_NAME)
        if progress:
            progress(total, total)
        return {
            "segments": new_layout,
            "phrases": phrases.digest,
            "generation": generation,
            "updated_from": base.name,
            "rewritten": [document.id for document in fresh],
        }

    return _publish(root, key, write, replace=False)


def _link_files(source: Path, target: Path, segid: str) -> None:
    """Hard-link (else copy, keeping times) a segment's files: they are never modified."""
    for path in source.glob(f"{INDEX_NAME}_{segid}.*"):
        try:
            os.link(path, target / path.name)
        except OSError:
            shutil.copy2(path, target / path.name)


def _publish(root: Path, key: str, write: Callable[[Path], dict], replace: bool) -> Path:
    """Write an index into a private folder with `write`, then rename it to `root/key`."""
    target = root / key
    sealing.private_folder(root)
    temp = root / f".build-{key[:12]}-{os.getpid()}-{secrets.token_hex(4)}"
    temp.mkdir(mode=0o700)
    try:
        details = write(temp)
        files = _flush(temp)
        layout = details["segments"]
        manifest = {
            "fingerprint": key,
            "schema": SCHEMA_VERSION,
            "records": sum(d[2] for s in layout for d in s["docs"] if d[3]),
            "documents": sum(d[2] for s in layout for d in s["docs"]),
            **details,
            "files": files,
            "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }
        manifest["seal"] = sealing.seal_bytes(_canonical(manifest))
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


def _flush(folder: Path) -> dict[str, list]:
    """Force the index files to disk (a power cut must not leave a renamed, empty index)."""
    signatures = {}
    for path in _index_files(folder):
        with open(path, "rb") as handle, contextlib.suppress(OSError):
            os.fsync(handle.fileno())
        stat = path.stat()
        signatures[path.name] = [stat.st_size, stat.st_mtime_ns, sealing.seal_file(path)]
    return signatures


def _canonical(manifest: dict) -> bytes:
    """The bytes a manifest's seal covers: everything in it but the seal."""
    body = {k: v for k, v in manifest.items() if k != "seal"}
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


# --- checking -------------------------------------------------------------------------


def read_manifest(folder: Path) -> dict:
    """The sealed manifest of an index folder of this schema version; Unusable otherwise."""
    try:
        manifest = json.loads(read_limited(folder / MANIFEST).decode("utf-8"))
        if not isinstance(manifest, dict) or not sealing.same(
            sealing.seal_bytes(_canonical(manifest)), manifest.get("seal")
        ):
            raise Unusable("manifest not sealed by this user (another user's or an old cache)")
        if manifest.get("schema") != SCHEMA_VERSION:
            raise Unusable("another schema version")
        if not isinstance(manifest.get("segments"), list) or not isinstance(
            manifest.get("files"), dict
        ):
            raise Unusable("manifest incomplete")
        return manifest
    except (OSError, ValueError, AttributeError) as error:
        raise Unusable(f"manifest: {error}") from error


def check_files(folder: Path, manifest: dict) -> None:
    """Check every file of the folder against its seal; Unusable at the first difference.

    Every byte is read (Whoosh unpickles these files: see `sealing.py`); a
    size is compared first, so a truncated file costs nothing to find.
    """
    files: dict = manifest["files"]
    try:
        present = {path.name for path in _index_files(folder)}
    except OSError as error:
        raise Unusable(str(error)) from error
    if present != set(files):
        raise Unusable(f"files differ from the manifest: {sorted(present ^ set(files))}")
    try:
        for name, (size, _mtime, _seal) in files.items():
            if (folder / name).stat().st_size != size:
                raise Unusable(f"{name}: size differs")
        for name, (_size, _mtime, seal) in files.items():
            if not sealing.same(sealing.seal_file(folder / name), seal):
                raise Unusable(f"{name}: contents differ")
    except (OSError, TypeError, ValueError) as error:
        raise Unusable(str(error)) from error


def _index_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.iterdir()
        if path.name != MANIFEST and "LOCK" not in path.name and path.is_file()
    )


def describe_problem(error: OSError, root: Path) -> Notice:
    """Why the index cannot be kept in `root`, in words that say what to do."""
    code = getattr(error, "errno", None)
    if isinstance(error, sealing.NotPrivate):
        return Notice("not-ours", (f"{error.folder} (uid {error.owner})",))
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return Notice("disk-full", (root,))
    if code == errno.EFBIG:
        return Notice("file-size", (root,))
    if code in (errno.ENOTDIR, errno.EEXIST) or isinstance(error, NotADirectoryError):
        for place in (root, *root.parents):
            if place.is_file():
                return Notice("is-a-file", (place,))
    if code == errno.EROFS:
        return Notice("read-only", (root,))
    return Notice("not-writable", (root, error.strerror or error))


# --- housekeeping ---------------------------------------------------------------------


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


def latest_other(root: Path, key: str) -> Path | None:
    """The most recently used index folder of another fingerprint (an update's base)."""
    candidates = []
    for path in other_indexes(root, key):
        try:
            candidates.append((path.stat().st_mtime, path))
        except OSError:
            continue
    return max(candidates)[1] if candidates else None


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
