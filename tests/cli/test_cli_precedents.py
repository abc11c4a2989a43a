"""`ictviewer precedents` through the installed entry point (the DESIGN.md contract)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ENTRY = Path(sys.executable).with_name("ictviewer")
PRECEDENT_KEYS = {
    "doc_id", "provision_id", "label", "citation", "organisation", "date", "lang",
    "score", "strength", "runs", "concepts",
}  # fmt: skip
RUN_KEYS = {"text", "words", "draft_start", "draft_end", "provision_start", "provision_end"}
PRE1 = (
    "Recognising the unprecedented progress in the development and use of ICTs and their "
    "increasing influence"
)
UNRELATED = (
    "The football club signed a new striker for the coming season and the supporters "
    "welcomed the decision of the board."
)


def run(*args, tmp_path, stdin=None):
    if not ENTRY.exists():
        pytest.fail(f"entry point {ENTRY} is not installed; run `make test`")
    env = dict(os.environ, ICTVIEWER_CACHE=str(tmp_path / "cache"))
    env["ICTVIEWER_DATA"] = str(tmp_path / "data")
    env.pop("ICTVIEWER_CORPUS", None)
    return subprocess.run(
        [str(ENTRY), "precedents", *args],
        capture_output=True, text=True, env=env, timeout=120, input=stdin,
    )  # fmt: skip


def test_one_paragraph_json(tmp_path):
    result = run(PRE1, "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"draft", "precedents"} and data["draft"] == PRE1
    best = data["precedents"][0]
    assert set(best) >= PRECEDENT_KEYS
    assert (best["doc_id"], best["provision_id"], best["strength"]) == (
        "cica-statement-2022",
        "pre1",
        "verbatim",
    )
    assert best["date"] == "2022-10-13" and best["organisation"] == "CICA"
    for run_ in best["runs"]:
        assert set(run_) == RUN_KEYS and run_["words"] >= 3
    assert "information and communication technologies" in best["runs"][0]["text"]
    assert data["summary"].startswith("agreed language in ")
    assert {p["strength"] for p in data["precedents"]} <= {"verbatim", "close", "related"}


def test_a_file_of_several_paragraphs_and_limit(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(f"{PRE1}\n\n{UNRELATED}\n", encoding="utf-8")
    result = run("--file", str(draft), "--limit", "1", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    first, second = data["paragraphs"]
    assert first["text"] == PRE1 and len(first["precedents"]) == 1
    assert second["text"] == UNRELATED
    assert all(p["strength"] == "related" for p in second["precedents"])
    assert second["summary"].startswith("no agreed language found")


def test_text_output_says_plainly_when_there_is_no_precedent(tmp_path):
    result = run(UNRELATED, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("no agreed language found")
    piped = run(tmp_path=tmp_path, stdin=PRE1)
    assert piped.returncode == 0 and "verbatim" in piped.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("",), "empty"),
        (("--file", "/no/such/draft.txt"), "no such file"),
        (("--file", "BINARY"), "binary"),
        (("text", "--file", "BINARY"), "not both"),
        (("word " * 6000,), "paragraph has"),
        (("--file", "FIFO"), "not a regular file"),  # it waited for a writer for ever
        (("--file", "/dev/zero"), "not a regular file"),  # it read until memory ran out
    ],
)
def test_bad_input_is_a_clear_error(tmp_path, args, message):
    binary = tmp_path / "draft.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    os.mkfifo(tmp_path / "draft.fifo")
    named = {"BINARY": str(binary), "FIFO": str(tmp_path / "draft.fifo")}
    args = [named.get(a, a) for a in args]
    result = run(*args, "--json", tmp_path=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert message in result.stderr and "Traceback" not in result.stderr


def test_an_endless_pipe_is_refused_once_past_the_limit(tmp_path):
    """`cat /dev/zero | ictviewer precedents` read until memory ran out."""
    endless = subprocess.Popen(["cat", "/dev/zero"], stdout=subprocess.PIPE)
    try:
        env = dict(os.environ, ICTVIEWER_CACHE=str(tmp_path / "cache"))
        result = subprocess.run(
            [str(ENTRY), "precedents"], stdin=endless.stdout, capture_output=True, text=True,
            env=env, timeout=120,
        )  # fmt: skip
    finally:
        endless.kill()
        endless.wait()
        endless.stdout.close()
    assert result.returncode == 1
    assert "more than 2,000,000 characters" in result.stderr
