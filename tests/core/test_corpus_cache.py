"""The parsed-corpus cache: same corpus with or without it, and never trusted."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from ictviewer.corpus import load_corpus, loader
from ictviewer.corpus.cache import ParsedCache

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("ICTVIEWER_CACHE", str(tmp_path / "cache"))
    copy = tmp_path / "corpus"
    shutil.copytree(CORPUS, copy)
    return copy


def cache_file(folder: Path) -> Path:
    return ParsedCache(folder, limit=0).file


def snapshot(corpus) -> tuple:
    return (
        corpus.fingerprint,
        [(d.id, d.summary(), d.date, d.relations, d.events) for d in corpus],
        [(d.id, p.id, p.label, p.section, p.versions()) for d in corpus for p in d.provisions],
        [str(p) for p in corpus.problems],
    )


def forbid_parsing(monkeypatch) -> None:
    def parse(*_):
        raise AssertionError("parsed although the cache holds this file")

    monkeypatch.setattr(loader, "parse_document", parse)


def test_the_corpus_is_identical_with_and_without_the_cache(folder, monkeypatch):
    fresh = load_corpus(folder, cache=False)
    assert not cache_file(folder).exists(), "cache=False writes nothing"
    cold = load_corpus(folder)
    assert cache_file(folder).exists()
    forbid_parsing(monkeypatch)
    cached = load_corpus(folder)
    assert snapshot(fresh) == snapshot(cold) == snapshot(cached)
    assert cached.documents == fresh.documents


def test_the_cache_is_private(folder):
    load_corpus(folder)
    assert stat.S_IMODE(cache_file(folder).stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_file(folder).parent.stat().st_mode) == 0o700


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(folder):
    load_corpus(folder)
    file = folder / "cica-statement-2022.yaml"
    before = file.stat()
    text = file.read_text(encoding="utf-8")
    assert "cooperation" in text
    file.write_text(text.replace("cooperation", "COOPERATION", 1), encoding="utf-8")
    os.utime(file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert file.stat().st_size == before.st_size
    assert "COOPERATION" in repr(load_corpus(folder).get("cica-statement-2022"))


def test_a_new_problem_in_a_cached_file_is_reported(folder):
    load_corpus(folder)
    file = folder / "csto-statement-2022.yaml"
    file.write_text(file.read_text(encoding="utf-8").replace("status:", "statuss:"), "utf-8")
    corpus = load_corpus(folder)
    assert corpus.get("csto-statement-2022") is None
    assert any(p.field == "statuss" for p in corpus.problems)


def test_a_removed_file_leaves_the_cache(folder):
    load_corpus(folder)
    (folder / "csto-statement-2022.yaml").unlink()
    load_corpus(folder)
    files = json.loads(cache_file(folder).read_text(encoding="utf-8"))["files"]
    assert "csto-statement-2022.yaml" not in files and len(files) == 5


PLANTED = {
    "garbage": b"\x00\xff not json at all",
    "truncated": None,  # the real cache cut in half
    "a list": b"[1, 2, 3]",
    "NaN": b'{"format": NaN}',
    "deep": b"[" * 100_000 + b"]" * 100_000,
    "wrong version": None,
    "wrong shapes": None,
    "data that fails validation": None,
    "other words, same identity": None,
}


def plant(kind: str, file: Path) -> None:
    real = json.loads(file.read_text(encoding="utf-8"))
    if PLANTED[kind] is not None:
        file.write_bytes(PLANTED[kind])
        return
    if kind == "truncated":
        file.write_bytes(file.read_bytes()[: file.stat().st_size // 2])
        return
    if kind == "wrong version":
        real["format"] = 0
    elif kind == "wrong shapes":
        names = sorted(real["files"])
        real["files"][names[0]]["data"] = "text, not a mapping"
        real["files"][names[1]]["size"] = "12"
        real["files"][names[2]] = [1]
    elif kind == "data that fails validation":
        entry = real["files"]["cica-statement-2022.yaml"]
        entry["data"]["provisions"][0]["text"] = "planted\x00text"
        entry["data"]["languages"] = [["en"]]
    elif kind == "other words, same identity":
        entry = real["files"]["cica-statement-2022.yaml"]
        entry["sha256"] = "0" * 64
        entry["data"]["provisions"][0]["text"] = "Planted words."
    file.write_text(json.dumps(real), encoding="utf-8")


@pytest.mark.parametrize("kind", PLANTED)
def test_a_bad_cache_is_ignored_and_rebuilt(folder, kind):
    expected = snapshot(load_corpus(folder, cache=False))
    load_corpus(folder)
    plant(kind, cache_file(folder))
    assert snapshot(load_corpus(folder)) == expected
    rebuilt = json.loads(cache_file(folder).read_text(encoding="utf-8"))
    assert len(rebuilt["files"]) == 6


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_cache_that_is_not_a_file_is_ignored(folder, kind):
    file = cache_file(folder)
    file.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(file)
    else:
        file.symlink_to("/dev/zero")
    assert len(load_corpus(folder)) == 6


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root ignores modes"
)
def test_a_read_only_cache_folder_means_no_cache(folder, tmp_path):
    root = tmp_path / "cache"
    root.mkdir(mode=0o500)
    try:
        assert len(load_corpus(folder)) == 6
    finally:
        root.chmod(0o700)


def test_an_unwritable_cache_location_means_no_cache(folder, tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("ICTVIEWER_CACHE", str(blocker))
    assert snapshot(load_corpus(folder)) == snapshot(load_corpus(folder, cache=False))
