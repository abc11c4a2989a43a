"""The cache never runs code (#18): planted pickles are refused, folders are private.

Each plant is first shown to be live (plain Whoosh opening the planted folder
runs its command), so a test here fails if the seal check stops guarding it.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

from ictviewer import paths
from ictviewer.search import SearchIndex, sealing
from ictviewer.search.index import DAMAGED
from ictviewer.search.schema import INDEX_NAME, make_schema
from ictviewer.search.storage import MANIFEST

pytestmark = pytest.mark.skipif(os.name != "posix", reason="uses a shell command and modes")


class _Command:
    """Unpickles as `os.system(command)`: what a crafted cache file does."""

    def __init__(self, command: str):
        self.command = command

    def __reduce__(self):
        return (os.system, (self.command,))


def _location(root: Path) -> Path:
    return next(p for p in root.iterdir() if not p.name.startswith("."))


def _plant_toc(folder: Path, sentinel: Path) -> None:
    """Replace the table of contents by one whose segment list runs `touch sentinel`,
    and make the manifest's sizes and times match (what an attacker can do)."""
    storage = FileStorage(str(folder))
    toc = next(p for p in folder.iterdir() if p.suffix == ".toc")
    toc.unlink()
    TOC(make_schema(), [_Command(f"touch {sentinel}")], 1).write(storage, INDEX_NAME)
    manifest = json.loads((folder / MANIFEST).read_text())
    for name in list(manifest["files"]):
        if name.endswith(".toc"):
            del manifest["files"][name]
    for path in folder.glob("*.toc"):
        info = path.stat()
        manifest["files"][path.name] = [info.st_size, info.st_mtime_ns, "0" * 32]
    (folder / MANIFEST).write_text(json.dumps(manifest))


def _is_live(folder: Path, tmp_path: Path) -> None:
    """Plain Whoosh opening a copy of the planted folder runs the command (control)."""
    copy = tmp_path / "control"
    shutil.copytree(folder, copy)
    control = tmp_path / "control-sentinel"
    _plant_toc(copy, control)
    with contextlib.suppress(Exception):  # the "segment" is the command's exit status
        FileStorage(str(copy)).open_index(INDEX_NAME)
    assert control.exists(), "the planted pickle is not live: this test would prove nothing"


def test_a_planted_pickle_in_the_index_never_runs(tmp_path, corpus):
    root = tmp_path / "cache"
    SearchIndex.open_or_build(corpus, index_dir=root).close()
    location = _location(root)
    sentinel = tmp_path / "sentinel"
    _plant_toc(location, sentinel)
    _is_live(location, tmp_path)
    with SearchIndex.open_or_build(corpus, index_dir=root) as index:
        assert not sentinel.exists()
        assert index.built and index.notice == DAMAGED and not index.in_memory
        assert index.search("forensics").total >= 1
    assert not sentinel.exists()


def test_a_planted_index_of_another_corpus_is_not_used_for_an_update(
    tmp_path, corpus, corpus_factory
):
    root = tmp_path / "cache"
    SearchIndex.open_or_build(corpus, index_dir=root).close()
    sentinel = tmp_path / "sentinel"
    _plant_toc(_location(root), sentinel)  # the base an update of a changed corpus reads
    with SearchIndex.open_or_build(corpus_factory(extra=" changed"), index_dir=root) as index:
        assert not sentinel.exists()
        assert index.built and index.search("forensics").total >= 1


def test_a_manifest_copied_from_another_user_is_not_trusted(tmp_path, corpus, monkeypatch):
    root = tmp_path / "cache"
    SearchIndex.open_or_build(corpus, index_dir=root).close()
    monkeypatch.setattr(sealing, "_keys", {})  # another user: another key
    monkeypatch.setenv("ICTVIEWER_DATA", str(tmp_path / "other-user"))
    with SearchIndex.open_or_build(corpus, index_dir=root) as index:
        assert index.built and index.notice == DAMAGED


def test_cache_folders_are_private_and_the_key_is_outside_the_cache(tmp_path, corpus):
    root = tmp_path / "shared" / "cache" / "index"
    with SearchIndex.open_or_build(corpus, index_dir=root) as index:
        assert stat.S_IMODE(root.stat().st_mode) == 0o700
        assert stat.S_IMODE(root.parent.stat().st_mode) == 0o700  # created by us: private
        assert stat.S_IMODE(index.location.stat().st_mode) == 0o700
    key = paths.data_dir() / sealing.KEY_FILE
    assert key.is_file() and stat.S_IMODE(key.stat().st_mode) == 0o600
    assert root not in key.parents


def test_an_existing_open_index_folder_of_ours_is_closed(tmp_path, corpus):
    root = tmp_path / "index"
    root.mkdir(mode=0o777)
    root.chmod(0o777)
    with SearchIndex.open_or_build(corpus, index_dir=root) as index:
        assert not index.in_memory
    assert stat.S_IMODE(root.stat().st_mode) == 0o700


def test_a_key_others_can_read_is_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("ICTVIEWER_DATA", str(tmp_path))
    monkeypatch.setattr(sealing, "_keys", {})
    first = sealing.key()
    path = tmp_path / sealing.KEY_FILE
    path.chmod(0o644)
    monkeypatch.setattr(sealing, "_keys", {})
    second = sealing.key()
    assert second != first and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_folder_of_another_user_is_refused(tmp_path, corpus, monkeypatch):
    root = tmp_path / "index"
    root.mkdir()
    monkeypatch.setattr(os, "getuid", lambda: os.stat(root).st_uid + 1)
    with SearchIndex.open_or_build(corpus, index_dir=root) as index:
        assert index.in_memory
        assert "belongs to another user" in index.notice
        assert index.search("forensics").total >= 1
