"""How much of the index is checked on open: every byte, against this user's seal.

Whoosh unpickles its files, so since #18 every file is checked against a keyed
checksum before it is opened (`sealing.py`); that also finds bit rot in a file
whose size and time are unchanged (#12). Session markers still record a
process that did not shut down cleanly.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ictviewer.search import SearchIndex, sealing, sessions
from ictviewer.search.index import DAMAGED
from ictviewer.search.storage import MANIFEST

OPEN = textwrap.dedent(
    """
    import os, sys
    from ictviewer.corpus import load_corpus
    from ictviewer.search import SearchIndex
    index = SearchIndex.open_or_build(load_corpus(), index_dir=sys.argv[1])
    assert index.search("digital forensics").total >= 2
    if sys.argv[2] == "crash":
        os._exit(3)  # no clean-up of any kind: as a kill or a power cut
    if sys.argv[2] == "close":
        index.close()
    # "exit": leave the index open and let the interpreter exit normally
    """
)


def run(root: Path, how: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", OPEN, str(root), how], capture_output=True, text=True, timeout=120
    )


def markers(root: Path) -> list[Path]:
    return sorted((root / sessions.FOLDER).glob(f"*{sessions.SUFFIX}"))


def largest_file(location: Path) -> Path:
    return max(
        (p for p in location.iterdir() if p.name != MANIFEST), key=lambda p: p.stat().st_size
    )


def rot_one_byte(path: Path) -> None:
    """A byte changed on disk with size and time unchanged (bit rot, a torn write)."""
    before = path.stat()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x55
    path.write_bytes(bytes(data))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


@pytest.fixture
def bundled():
    from ictviewer.corpus import load_corpus

    corpus = load_corpus()
    if len(corpus) < 2:
        pytest.skip("needs the bundled corpus")
    return corpus


def test_a_normal_open_checks_every_file_once_against_its_seal(tmp_path, bundled, monkeypatch):
    SearchIndex.open_or_build(bundled, index_dir=tmp_path).close()
    location = next(p for p in tmp_path.iterdir() if not p.name.startswith("."))
    read: list[str] = []
    real_seal = sealing.seal_file

    def counting(path):
        read.append(Path(path).name)
        return real_seal(path)

    monkeypatch.setattr(sealing, "seal_file", counting)
    with SearchIndex.open_or_build(bundled, index_dir=tmp_path) as index:
        assert not index.built
    expected = sorted(p.name for p in location.iterdir() if p.name != MANIFEST)
    assert sorted(read) == expected  # every file, each once


def test_open_indexes_hold_a_marker_and_a_clean_exit_removes_it(tmp_path, bundled):
    with SearchIndex.open_or_build(bundled, index_dir=tmp_path):
        assert len(markers(tmp_path)) == 1
        with SearchIndex.open_or_build(bundled, index_dir=tmp_path):
            assert len(markers(tmp_path)) == 1  # one per process
        assert len(markers(tmp_path)) == 1
        assert sessions.unclean(tmp_path) == []  # ours, alive
    assert markers(tmp_path) == []
    for how in ("close", "exit"):
        result = run(tmp_path, how)
        assert result.returncode == 0, result.stderr
        assert markers(tmp_path) == [], how


def test_a_live_process_is_not_taken_for_a_crash(tmp_path, bundled):
    with SearchIndex.open_or_build(bundled, index_dir=tmp_path):
        probe = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from ictviewer.search import sessions; "
                "print(len(sessions.unclean(sys.argv[1])))",
                str(tmp_path),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert probe.stdout.strip() == "0", probe.stderr


def test_after_a_crash_every_byte_is_checked(tmp_path, bundled):
    first = SearchIndex.open_or_build(bundled, index_dir=tmp_path)
    location = first.location
    expected = [(h.doc_id, h.provision_id) for h in first.search("confidence building").hits]
    first.close()
    crashed = run(tmp_path, "crash")
    assert crashed.returncode == 3, crashed.stderr
    assert len(markers(tmp_path)) == 1  # left behind
    rot_one_byte(largest_file(location))
    with SearchIndex.open_or_build(bundled, index_dir=tmp_path) as index:
        assert index.built and index.notice == DAMAGED
        assert [(h.doc_id, h.provision_id) for h in index.search("confidence building").hits] == (
            expected
        )
        assert len(markers(tmp_path)) == 1  # the crashed one is gone, ours is held
    assert markers(tmp_path) == []


def test_a_crash_with_an_intact_index_costs_only_a_full_check(tmp_path, bundled):
    SearchIndex.open_or_build(bundled, index_dir=tmp_path).close()
    assert run(tmp_path, "crash").returncode == 3
    with SearchIndex.open_or_build(bundled, index_dir=tmp_path) as index:
        assert not index.built and index.notice == ""
    assert markers(tmp_path) == []


def test_a_rewritten_file_is_found_without_a_crash(tmp_path, bundled):
    first = SearchIndex.open_or_build(bundled, index_dir=tmp_path)
    location = first.location
    first.close()
    path = largest_file(location)
    before = path.stat()
    rot_one_byte(path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    with SearchIndex.open_or_build(bundled, index_dir=tmp_path) as index:
        assert index.built and index.notice == DAMAGED


def test_a_copied_index_with_new_times_is_still_trusted(tmp_path, bundled):
    first = SearchIndex.open_or_build(bundled, index_dir=tmp_path)
    location = first.location
    first.close()
    for path in location.iterdir():  # e.g. restored from a backup: same bytes, new times
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    with SearchIndex.open_or_build(bundled, index_dir=tmp_path) as index:
        assert not index.built
