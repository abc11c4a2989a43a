"""The command line's output under hostile conditions (#12, #18), in real processes.

A query starting with "-", a terminal that is not UTF-8, a stdout that cannot
be written (`> /dev/full`), and corpus text carrying terminal escape sequences.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ENTRY = Path(sys.executable).with_name("ictviewer")
ESCAPES = "\x1b]0;owned\x07\x1b[2J\u202eevil\u009b31m"
BIDI = "\u202eevil\u2066isolated\u2069"


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cli-output-cache")


def run(*args, cache, corpus=None, stdout=subprocess.PIPE, **env):
    if not ENTRY.exists():
        pytest.fail(f"entry point {ENTRY} is not installed; run `make test`")
    environment = dict(os.environ, ICTVIEWER_CACHE=str(cache), **env)
    environment.pop("ICTVIEWER_CORPUS", None)
    if corpus is not None:
        environment["ICTVIEWER_CORPUS"] = str(corpus)
    return subprocess.run(
        [str(ENTRY), *args], stdout=stdout, stderr=subprocess.PIPE, env=environment, timeout=120
    )


def test_a_query_may_start_with_a_minus(cache):
    result = run("search", "-security", "--json", "--limit", "3", cache=cache)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["query"] == "-security" and document["parsed"] == "NOT security"
    assert document["total"] > 0
    split = run("search", "ICTs", "-terrorism", "--json", cache=cache)
    joined = run("search", "ICTs -terrorism", "--json", cache=cache)
    assert json.loads(split.stdout) == json.loads(joined.stdout)
    dashes = run("search", "--limit", "2", "--", "-security", "--json", cache=cache)
    assert dashes.returncode == 0 and b"NOT security" in dashes.stdout  # "--" still works


def test_a_query_starting_with_two_dashes_gets_a_hint(cache):
    result = run("search", "--help", cache=cache)
    assert b"put `--` before it" in result.stdout.replace(b"\n", b" ").replace(b"  ", b" ")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args", [("search", "ICTs", "--json"), ("search", "ICTs"), ("show", "cica-statement-2022")]
)
def test_a_full_stdout_is_an_error_message_not_a_traceback(cache, args):
    with open("/dev/full", "wb") as full:
        result = run(*args, cache=cache, stdout=full)
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert b"ictviewer: cannot write the output: No space left on device" in result.stderr


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_terminal_that_is_not_utf8_gets_replacements_and_exact_json(cache, encoding):
    text = run("search", "безопасность", "--limit", "2", cache=cache, PYTHONIOENCODING=encoding)
    assert text.returncode == 0 and b"Traceback" not in text.stderr
    assert b"hits for" in text.stdout
    exact = run("search", "безопасность", "--json", cache=cache)
    escaped = run("search", "безопасность", "--json", cache=cache, PYTHONIOENCODING=encoding)
    assert escaped.returncode == 0
    escaped.stdout.decode("ascii")  # every non-ASCII character as a JSON escape
    assert json.loads(escaped.stdout) == json.loads(exact.stdout)


def _corpus_with(folder: Path, extra: str) -> Path:
    """The bundled corpus with `extra` added to one provision and to its document's title."""
    for path in (REPO / "corpus").glob("*.yaml"):
        shutil.copy(path, folder)
    import yaml

    path = folder / "cica-statement-2022.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["title"] += extra
    data["provisions"][0]["text"] += " hostileword " + extra
    path.write_text(yaml.safe_dump(data, allow_unicode=False), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def hostile_corpus(tmp_path_factory) -> Path:
    """Bidirectional overrides in a title and a provision: valid text, but dangerous on a
    terminal (they reorder what is shown), so the CLI prints them as escapes."""
    return _corpus_with(tmp_path_factory.mktemp("hostile-corpus"), BIDI)


@pytest.fixture(scope="module")
def escape_corpus(tmp_path_factory) -> Path:
    """Terminal escape sequences in a title and a provision: `check` refuses the file."""
    return _corpus_with(tmp_path_factory.mktemp("escape-corpus"), ESCAPES)


RAW_BIDI = ("\u202e", "\u2066", "\u2069")
RAW_CONTROLS = ("\x1b", "\x07", "\u009b")


@pytest.mark.parametrize(
    "args",
    [("show", "cica-statement-2022"), ("search", "hostileword"), ("documents",)],
)
def test_bidi_controls_from_the_corpus_never_reach_the_terminal(
    cache, hostile_corpus, args, tmp_path
):
    result = run(*args, cache=tmp_path, corpus=hostile_corpus)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "hostileword" in out or args[0] == "documents"
    assert not any(raw in out for raw in RAW_BIDI)
    assert "\\u202e" in out or args[0] == "documents"  # it lists short titles


@pytest.mark.parametrize("args", [("check",), ("documents",), ("show", "cica-statement-2022")])
def test_escape_sequences_are_refused_by_check_and_never_printed_raw(escape_corpus, args, tmp_path):
    """A document holding terminal escapes is reported (by code point) and left out."""
    result = run(*args, cache=tmp_path, corpus=escape_corpus)
    both = (result.stdout + result.stderr).decode("utf-8")
    assert not any(raw in both for raw in RAW_CONTROLS)
    assert "U+001B" in both
    if args[0] == "documents":
        assert result.returncode == 0 and "cica-concept-2022" in both
    else:
        assert result.returncode != 0


def test_visible_escapes_every_control_and_bidi_character():
    from ictviewer.cli import visible

    shown = visible(ESCAPES + BIDI)
    assert not any(raw in shown for raw in RAW_BIDI + RAW_CONTROLS)
    assert "\\x1b]0;owned\\x07" in shown and "\\u202e" in shown


def test_json_carries_the_same_text_with_controls_escaped(hostile_corpus, tmp_path):
    result = run("show", "cica-statement-2022", "--json", cache=tmp_path, corpus=hostile_corpus)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert not any(raw in out for raw in RAW_BIDI)
    assert json.loads(out)["provisions"][0]["text"].endswith(BIDI)
