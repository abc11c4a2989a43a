"""The file policy: atomic writes, and reads that refuse pipes, devices and giants."""

from __future__ import annotations

import os
import stat

import pytest

from ictviewer.fileio import UnreadableFile, read_limited, temporary_beside, write_atomically


def test_write_atomically_replaces_whole_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "sub" / "file.json"
    write_atomically(target, "first\n")
    write_atomically(target, "second — ё қ\n", mode=0o600)
    assert target.read_text(encoding="utf-8") == "second — ё қ\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["file.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "file.json"
    target.write_text("old", encoding="utf-8")

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]


def test_temporary_beside_is_removed_unless_renamed(tmp_path):
    with temporary_beside(tmp_path / "pack.pdf", suffix=".part") as temporary:
        assert temporary.parent == tmp_path and temporary.name.endswith(".part")
        temporary.write_bytes(b"%PDF")
    assert list(tmp_path.iterdir()) == []


def test_read_limited_reads_a_regular_file(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_bytes(b"id: a\n")
    assert read_limited(path) == b"id: a\n"


def test_read_limited_refuses_a_file_over_the_limit(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"x" * 101)
    with pytest.raises(UnreadableFile, match="more than"):
        read_limited(path, limit=100)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_read_limited_refuses_a_fifo_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableFile, match="not a regular file"):
        read_limited(fifo)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_read_limited_refuses_a_symlink_to_a_device(tmp_path):
    link = tmp_path / "zero.yaml"
    link.symlink_to("/dev/zero")
    with pytest.raises(UnreadableFile, match="not a regular file"):
        read_limited(link)


def test_read_limited_refuses_a_folder(tmp_path):
    with pytest.raises(IsADirectoryError):
        read_limited(tmp_path)
