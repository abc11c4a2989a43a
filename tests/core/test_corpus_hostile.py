"""Hostile corpus files (issue #12): each is one clear `file:line: field:` problem, never a crash.

Every case writes the bad file beside a valid one and asserts both the problem
and that the valid document still loads, so a crash, a hang or a silently
accepted file all fail.
"""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from ictviewer.corpus import load_corpus, yamldata
from ictviewer.corpus.model import CorpusProblem

GOOD = textwrap.dedent(
    """\
    id: good-doc
    title: A Good Statement
    short_title: Good
    organisation: CICA
    kind: statement
    date: 2022-10-13
    date_precision: day
    place: Astana
    languages: [en]
    status: adopted
    source: {publisher: Test}
    provisions:
      - id: p1
        label: para. 1
        text: We support the use of ICTs.
    """
)
BAD = GOOD.replace("id: good-doc", "id: bad-doc")


def load(tmp_path: Path, text: str | bytes | None, name: str = "bad.yaml"):
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    if text is not None:
        data = text.encode() if isinstance(text, str) else text
        (tmp_path / name).write_bytes(data)
    corpus = load_corpus(tmp_path, cache=False)
    assert corpus.get("good-doc") is not None, "the valid document must still load"
    assert corpus.get("bad-doc") is None, "the hostile document must not load"
    for problem in corpus.problems:
        str(problem).encode("utf-8")  # every problem prints
    return corpus


def problem(corpus, field: str, words: str) -> CorpusProblem:
    found = [p for p in corpus.problems if p.field == field and words in p.message]
    assert found, f"expected {field}: {words} in {[str(p) for p in corpus.problems]}"
    return found[0]


# -- structure --------------------------------------------------------------------


def test_twenty_thousand_brackets(tmp_path):
    text = BAD.replace("languages: [en]", "languages: " + "[" * 20_000 + "]" * 20_000)
    found = problem(load(tmp_path, text), "(yaml)", "nest")
    assert found.line == 9


def test_three_thousand_nested_mappings(tmp_path):
    text = BAD.replace("source: {publisher: Test}", "source: " + "{a: " * 3000 + "1" + "}" * 3000)
    found = problem(load(tmp_path, text), "(yaml)", "nest")
    assert found.line == 11


def test_deep_nesting_is_refused_by_the_pure_python_parser_too(tmp_path, monkeypatch):
    """2,000 levels: past the recursion limit; PyYAML's scanner is quadratic in flow depth."""
    monkeypatch.setattr(yamldata, "SafeLoader", yaml.SafeLoader)
    text = BAD.replace("languages: [en]", "languages: " + "[" * 2_000 + "]" * 2_000)
    problem(load(tmp_path, text), "(yaml)", f"nested more than {yamldata.MAX_DEPTH} levels")


@pytest.mark.parametrize("languages", ["[[en]]", "[{en: 1}]", "[[[en, ru]]]"])
def test_a_language_that_is_not_text(tmp_path, languages):
    corpus = load(tmp_path, BAD.replace("[en]", languages))
    found = problem(corpus, "languages[0]", "is not one of: en, ru, kk")
    assert found.line == 9


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("title: A Good Statement", "title: [A, list]", "title"),
        ("place: Astana", "place: {city: Astana}", "place"),
        ("text: We support the use of ICTs.", "text: [1, 2]", "provisions[0].text"),
        ("source: {publisher: Test}", "source: {publisher: [x]}", "source.publisher"),
    ],
)
def test_every_type_error_names_its_field(tmp_path, old, new, field):
    found = problem(load(tmp_path, BAD.replace(old, new)), field, "expected text")
    assert str(found).startswith(f"{found.file}:{found.line}: {field}: ")


def test_duplicate_provisions_key(tmp_path):
    text = BAD + "provisions:\n  - {id: p2, label: x, text: y}\n"
    found = problem(load(tmp_path, text), "provisions", "duplicate key 'provisions'")
    assert found.line == 16 and "first on line 12" in found.message


def test_duplicate_text_key(tmp_path):
    text = BAD.replace("text: We support", "text: Other words.\n    text: We support")
    found = problem(load(tmp_path, text), "provisions[0].text", "duplicate key 'text'")
    assert found.line == 16


def test_a_key_that_is_not_text(tmp_path):
    problem(load(tmp_path, BAD + "? [a, b]\n: 1\n"), "(yaml)", "a key must be text")
    problem(load(tmp_path, BAD + "1: one\n"), "(document)", "must be text")


def test_an_alias_is_refused(tmp_path):
    text = BAD.replace("place: Astana", "place: &p Astana\nnotes: *p")
    problem(load(tmp_path, text), "(yaml)", "alias *p is not allowed")


def test_two_documents_in_one_file(tmp_path):
    problem(load(tmp_path, BAD + "---\n" + BAD), "(yaml)", "one document")


def test_a_number_too_long_for_python(tmp_path):
    text = BAD.replace("date: 2022-10-13", "date: " + "9" * 5000)
    corpus = load(tmp_path, text)
    assert problem(corpus, "date", "not a number Python can read").line == 6
    assert not [p for p in corpus.problems if "required" in p.message], "refused, not missing"


def test_a_hostile_key_is_an_ordinary_problem(tmp_path):
    key = '<img src="file:///dev/zero">'
    corpus = load(tmp_path, BAD + f"'{key}': 1\n")
    found = problem(corpus, key, "unknown field")
    assert found.line == 16


def test_a_key_with_control_characters_prints_escaped(tmp_path):
    corpus = load(tmp_path, BAD + '"evil\\x1b[2J\\nkey": 1\n')
    found = problem(corpus, "evil\\x1b[2J\\nkey", "unknown field")
    assert "\x1b" not in str(found) and "\n" not in str(found)


# -- identifiers --------------------------------------------------------------------


def test_an_id_with_a_trailing_newline(tmp_path):
    text = BAD.replace("id: bad-doc", 'id: "bad-doc\\n"')
    assert problem(load(tmp_path, text), "id", "lowercase").line == 1


def test_a_provision_id_with_a_trailing_newline_is_not_a_second_id(tmp_path):
    text = BAD + '  - {id: "p1\\n", label: again, text: Same id.}\n'
    problem(load(tmp_path, text), "provisions[1].id", "lowercase")


def test_a_document_id_with_a_trailing_newline_cannot_shadow_another(tmp_path):
    text = GOOD.replace("id: good-doc", 'id: "good-doc\\n"')
    corpus = load(tmp_path, text)
    assert [d.id for d in corpus] == ["good-doc"]
    problem(corpus, "id", "lowercase")


# -- characters ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("escape", "code"),
    [("\\0", "U+0000"), ("\\x1b", "U+001B"), ("\\x7f", "U+007F"), ("\\x85", "U+0085")],
)
def test_control_characters_in_a_text(tmp_path, escape, code):
    text = BAD.replace("text: We support the use of ICTs.", f'text: "We{escape} support"')
    found = problem(load(tmp_path, text), "provisions[0].text", code)
    assert found.line == 15 and "at character 3" in found.message


def test_tabs_and_line_ends_are_ordinary(tmp_path):
    text = BAD.replace("text: We support the use of ICTs.", 'text: "We\\tsupport\\r\\nthe use."')
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    assert load_corpus(tmp_path, cache=False).get("bad-doc") is not None


@pytest.mark.parametrize(
    ("old", "field"),
    [
        ("text: We support the use of ICTs.", "provisions[0].text"),
        ("organisation: CICA", "organisation"),
    ],
)
def test_a_lone_surrogate_is_refused(tmp_path, old, field):
    """libyaml refuses the escape itself; the pure-Python parser accepts it, validation does not."""
    key = old.split(":")[0]
    text = BAD.replace(old, f'{key}: "CICA \\ud800"')
    problem(load(tmp_path, text), "(yaml)", "not valid YAML")


@pytest.mark.parametrize("field", ["provisions[0].text", "organisation", "signatories[0]"])
def test_a_lone_surrogate_reaching_validation(tmp_path, monkeypatch, field):
    monkeypatch.setattr(yamldata, "SafeLoader", yaml.SafeLoader)
    text = {
        "provisions[0].text": BAD.replace("We support the use of ICTs.", '"\\ud800 We"'),
        "organisation": BAD.replace("organisation: CICA", 'organisation: "CI\\ud800CA"'),
        "signatories[0]": BAD + 'signatories: ["Kazakh\\udfffstan"]\n',
    }[field]
    found = problem(load(tmp_path, text), field, "lone surrogate")
    assert "\\ud800" not in found.message or "U+D" in found.message


# -- dates --------------------------------------------------------------------------


@pytest.mark.parametrize("date", ["9999-11-17", "9999-12-31", "1899-12-31", "0001-01-01"])
def test_dates_are_range_checked(tmp_path, date):
    found = problem(load(tmp_path, BAD.replace("2022-10-13", date)), "date", "outside the years")
    assert found.line == 6


def test_an_event_date_is_range_checked(tmp_path):
    text = BAD + "events:\n  - {date: 9999-12-01, label: Far, kind: meeting}\n"
    problem(load(tmp_path, text), "events[0].date", "outside the years")


def test_a_date_that_is_a_list(tmp_path):
    problem(load(tmp_path, BAD.replace("date: 2022-10-13", "date: [2022]")), "date", "expected")


# -- files --------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_a_file_name_that_is_not_utf8(tmp_path):
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    with open(os.fsencode(tmp_path) + b"/bad-\xff.yaml", "wb") as handle:
        handle.write(BAD.encode())
    corpus = load(tmp_path, None)
    found = problem(corpus, "(file)", "not UTF-8")
    assert "\\xff" in found.file


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_symlink_to_dev_zero(tmp_path):
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    problem(load(tmp_path, None), "(file)", "not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_does_not_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")
    problem(load(tmp_path, None), "(file)", "not a regular file")


def test_a_folder_named_yaml(tmp_path):
    (tmp_path / "folder.yaml").mkdir()
    problem(load(tmp_path, None), "(file)", "cannot be read")


def test_a_file_over_the_size_limit(tmp_path):
    with open(tmp_path / "huge.yaml", "wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: no disk used
    found = problem(load(tmp_path, None), "(file)", "more than the 21 MB")
    assert "split it" in found.message


def test_check_reports_everything(tmp_path):
    """`ictviewer check` prints corpus.problems: one file can carry many, each with its line."""
    text = (
        BAD.replace("2022-10-13", "9999-12-31")
        .replace("[en]", "[[en]]")
        .replace("We support the use of ICTs.", '"We\\0 support"')
    )
    fields = {p.field for p in load(tmp_path, text).problems}
    assert {"date", "languages[0]", "provisions[0].text"} <= fields
