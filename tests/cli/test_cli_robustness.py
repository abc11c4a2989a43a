"""The command line under faults: broken corpus files, two instances at once, a damaged cache.

Every case runs the installed `ictviewer` entry point in real processes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ENTRY = Path(sys.executable).with_name("ictviewer")
BROKEN = {
    "bad-yaml.yaml": "id: [unclosed\ntitle: x\n",
    "missing-fields.yaml": "id: missing-fields-2020\ntitle: Only a title\n",
    "wrong-date.yaml": None,  # a valid document with an impossible date (made below)
    "duplicate-id.yaml": None,  # a second file with an existing document's id
}


def env_for(cache: Path, corpus: Path | None = None) -> dict:
    env = dict(os.environ, ICTVIEWER_CACHE=str(cache))
    env.pop("ICTVIEWER_CORPUS", None)
    if corpus is not None:
        env["ICTVIEWER_CORPUS"] = str(corpus)
    return env


def start(*args: str, cache: Path, corpus: Path | None = None) -> subprocess.Popen:
    if not ENTRY.exists():
        pytest.fail(f"entry point {ENTRY} is not installed; run `make test`")
    return subprocess.Popen(
        [str(ENTRY), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env_for(cache, corpus),
    )


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=180)
    return process.returncode, out, err


@pytest.fixture(scope="module")
def broken_corpus(tmp_path_factory) -> Path:
    """The bundled corpus plus one file of each kind of fault."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in (REPO / "corpus").glob("*.yaml"):
        shutil.copy(path, folder)
    source = (REPO / "corpus" / "cica-statement-2022.yaml").read_text(encoding="utf-8")
    for name, text in BROKEN.items():
        if name == "wrong-date.yaml":
            text = source.replace("id: cica-statement-2022", "id: wrong-date-2022", 1)
            text = text.replace("date: 2022-10-13", "date: 2022-13-45", 1)
            assert "2022-13-45" in text
        elif name == "duplicate-id.yaml":
            text = source  # same id as cica-statement-2022.yaml
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_check_names_every_broken_file(tmp_path, broken_corpus):
    code, out, err = finish(start("check", cache=tmp_path, corpus=broken_corpus))
    assert code == 1
    for name in BROKEN:
        assert f"{name}:" in err, (name, err)
    assert "date" in err and "2022-13-45" in err
    assert "6 documents" in out  # the valid ones all load


def test_search_still_works_and_names_the_skipped_files(tmp_path, broken_corpus):
    code, out, err = finish(
        start("search", "digital forensics", "--json", cache=tmp_path, corpus=broken_corpus)
    )
    assert code == 0, err
    results = json.loads(out)
    assert results["total"] >= 2
    assert {hit["doc_id"] for hit in results["hits"]} >= {"cica-concept-2022"}
    assert "wrong-date-2022" not in {hit["doc_id"] for hit in results["hits"]}
    skipped = [line for line in err.splitlines() if line.startswith("ictviewer: skipped:")]
    for name in BROKEN:
        assert any(name in line for line in skipped), (name, err)


def answers(out: str) -> list[tuple[str, str]]:
    return [(hit["doc_id"], hit["provision_id"]) for hit in json.loads(out)["hits"]]


def index_folders(cache: Path) -> list[Path]:
    root = cache / "index"
    return [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")]


def test_two_searches_at_once_on_an_empty_cache(tmp_path):
    processes = [start("search", "confidence building", "--json", cache=tmp_path) for _ in range(2)]
    results = [finish(process) for process in processes]
    assert [code for code, _, _ in results] == [0, 0], [err for _, _, err in results]
    first, second = (answers(out) for _, out, _ in results)
    assert first == second and len(first) >= 3
    assert len(index_folders(tmp_path)) == 1
    assert not [p for p in (tmp_path / "index").iterdir() if p.name.startswith(".build-")]


def test_two_searches_at_once_on_a_damaged_index(tmp_path):
    code, out, err = finish(start("search", "confidence building", "--json", cache=tmp_path))
    assert code == 0, err
    expected = answers(out)
    (folder,) = index_folders(tmp_path)
    for path in folder.iterdir():
        if path.suffix in (".pst", ".trm"):
            path.write_bytes(b"\x00garbage" * 16)
    processes = [start("search", "confidence building", "--json", cache=tmp_path) for _ in range(2)]
    results = [finish(process) for process in processes]
    assert [code for code, _, _ in results] == [0, 0], [err for _, _, err in results]
    assert [answers(out) for _, out, _ in results] == [expected, expected]
    assert any("damaged" in err for _, _, err in results)
    code, out, err = finish(start("index", "--json", cache=tmp_path))
    assert code == 0 and json.loads(out)["built"] is False, err  # one sound index remains


GUARD = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[2])
    import network_guard
    attempts = network_guard.install()
    from ictviewer import cli
    runs = [
        ["documents", "--json"],
        ["show", "cica-note-2024", "--json"],
        ["search", "digital forensics", "--json"],
        ["search", "безопасность", "--lang", "ru"],
        ["compare", "cica-statement-2022", "asean-russia-2018", "--json"],
        ["timeline", "--json"],
        ["export", "cica-note-2024", "csto-statement-2022:p4", "-o", sys.argv[1]],
        ["index", "--rebuild"],
        ["check"],
    ]
    codes = [cli.main(args) for args in runs]
    print("CODES", codes, "ATTEMPTS", attempts, file=sys.stderr)
    sys.exit(0 if not attempts and codes == [0] * len(runs) else 1)
    """
)


def test_no_command_opens_a_network_connection(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", GUARD, str(tmp_path / "out.pdf"), str(Path(__file__).parents[1])],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(env_for(tmp_path / "cache"), QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ATTEMPTS []" in done.stderr
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
