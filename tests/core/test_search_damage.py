"""Index damage (#12): found on open, survived while searching, and reported as what it is.

Families: (1) a read error of each kind Whoosh raises on a damaged file, mid-search;
(2) bit rot in each index file with its size and time unchanged; (3) the cache
folder refusing writes for a reason the user can act on.
"""

from __future__ import annotations

import errno
import os
import pickle
import struct
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest

from ictviewer.search import SearchIndex, storage
from ictviewer.search.evaluate import Evaluator
from ictviewer.search.index import DAMAGED
from ictviewer.search.storage import MANIFEST

QUERIES = ("forensics", "cooperate", '"digital forensics"', "security NOT regional")


def hits(index: SearchIndex) -> list:
    return [[(h.doc_id, h.provision_id, h.lang) for h in index.search(q).hits] for q in QUERIES]


@pytest.fixture
def expected(tmp_path_factory, corpus):
    with SearchIndex.open_or_build(corpus, index_dir=tmp_path_factory.mktemp("fresh")) as index:
        return hits(index)


READ_FAULTS = [
    pickle.UnpicklingError("invalid load key, '\\x00'."),
    struct.error("unpack requires a buffer of 4 bytes"),
    OSError(errno.EIO, "Input/output error"),
    EOFError("Ran out of input"),
    zlib.error("Error -3 while decompressing data"),
    IndexError("index out of range"),
]


@pytest.mark.parametrize("fault", READ_FAULTS, ids=lambda e: type(e).__name__)
def test_a_read_error_while_searching_rebuilds_once_and_retries(
    tmp_path, corpus, expected, fault, monkeypatch
):
    index = SearchIndex.open_or_build(corpus, index_dir=tmp_path)
    real = Evaluator._read
    raised = []

    def failing_once(self, field, term):
        if not raised:
            raised.append(term)
            raise fault
        return real(self, field, term)

    monkeypatch.setattr(Evaluator, "_read", failing_once)
    with index:
        assert hits(index) == expected
        assert raised and index.built and index.notice == DAMAGED
        assert not index.in_memory and index.location.is_dir()


def test_a_read_error_that_persists_after_the_rebuild_is_raised(tmp_path, corpus, monkeypatch):
    def failing(self, field, term):
        raise OSError(errno.EIO, "Input/output error")

    with SearchIndex.open_or_build(corpus, index_dir=tmp_path) as index:
        monkeypatch.setattr(Evaluator, "_read", failing)
        with pytest.raises(OSError, match="Input/output error"):
            index.search("forensics")
        monkeypatch.undo()


def test_an_in_memory_index_is_rebuilt_in_memory(tmp_path, corpus, monkeypatch):
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    index = SearchIndex.open_or_build(corpus, index_dir=blocker)
    real, raised = Evaluator._read, []

    def failing_once(self, field, term):
        if not raised:
            raised.append(term)
            raise struct.error("bad")
        return real(self, field, term)

    monkeypatch.setattr(Evaluator, "_read", failing_once)
    with index:
        assert index.search("forensics").total >= 1
        assert raised and index.in_memory


def _rot(path: Path) -> None:
    before = path.stat()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x55
    path.write_bytes(bytes(data))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_bit_rot_in_any_index_file_is_found_on_open(tmp_path, corpus, expected):
    SearchIndex.open_or_build(corpus, index_dir=tmp_path).close()
    location = next(p for p in tmp_path.iterdir() if not p.name.startswith("."))

    def files() -> list[str]:  # one segment: the same order after each rebuild
        return sorted(p.name for p in location.iterdir() if p.name != MANIFEST)

    assert any(n.endswith(".ict") for n in files())  # the side file is among them
    for number in range(len(files())):
        name = files()[number]
        _rot(location / name)
        with SearchIndex.open_or_build(corpus, index_dir=tmp_path) as index:
            assert index.built and index.notice == DAMAGED, name
            assert hits(index) == expected, name


def test_a_changed_manifest_is_found_on_open(tmp_path, corpus):
    SearchIndex.open_or_build(corpus, index_dir=tmp_path).close()
    location = next(p for p in tmp_path.iterdir() if not p.name.startswith("."))
    manifest = location / MANIFEST
    manifest.write_text(manifest.read_text().replace('"generation": 1', '"generation": 2'))
    with SearchIndex.open_or_build(corpus, index_dir=tmp_path) as index:
        assert index.built and index.notice == DAMAGED


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "is full"),
        (errno.EDQUOT, "is full"),
        (errno.EFBIG, "file-size limit"),
        (errno.EROFS, "read-only file system"),
        (errno.EACCES, "not writable"),
    ],
)
def test_a_failed_write_says_why(tmp_path, corpus, monkeypatch, code, words):
    def refusing(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(storage, "_flush", refusing)  # writing to disk, not to memory
    with SearchIndex.open_or_build(corpus, index_dir=tmp_path / "index") as index:
        assert index.in_memory and words in index.notice, index.notice
        assert str(tmp_path / "index") in index.notice
        assert index.search("forensics").total >= 1
    if code != errno.EACCES:
        assert "not writable" not in index.notice


def test_a_file_where_the_index_folder_should_be_is_named(tmp_path, corpus):
    stray = tmp_path / "index"
    stray.write_text("a stray file")
    with SearchIndex.open_or_build(corpus, index_dir=stray) as index:
        assert index.in_memory
        assert f"{stray} is a file, not a folder (remove or rename it)" in index.notice
    assert stray.read_text() == "a stray file"  # left alone


LIMITED = textwrap.dedent(
    """
    import resource, sys
    from ictviewer.corpus import load_corpus
    from ictviewer.search import SearchIndex
    corpus = load_corpus()
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
    index = SearchIndex.open_or_build(corpus, index_dir=sys.argv[1])
    print(index.in_memory, index.search("digital forensics").total)
    print(index.notice)
    """
)


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE semantics")
def test_a_real_file_size_limit_is_reported_as_such(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", LIMITED, str(tmp_path / "index")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.returncode == 0, result.stderr
    first, notice = result.stdout.splitlines()[:2]
    assert first.startswith("True ") and int(first.split()[1]) >= 1
    assert "file-size limit" in notice
