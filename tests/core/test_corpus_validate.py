"""Every kind of corpus error is caught and reported as `file:line: field: what is wrong`."""

import datetime as dt
import textwrap

import pytest

from ictviewer.corpus import load_corpus
from ictviewer.corpus.model import FuzzyDate

VALID = textwrap.dedent(
    """\
    id: test-doc
    title: A Test Statement on ICTs
    short_title: Test Statement
    organisation: CICA
    kind: statement
    date: 2022-10-13
    date_precision: day
    place: Astana
    languages: [en, ru]
    status: adopted
    source: {publisher: Test publisher, seed: none.txt}
    corrections:
      - {original: "ofICTs", corrected: "of ICTs", provision: p1}
    relations:
      - {type: refers-to, target: other-doc}
    provisions:
      - id: p1
        label: para. 1
        section: Operative
        text: We support the use of ICTs.
        parallel: {ru: Мы поддерживаем использование ИКТ.}
      - id: p2
        label: para. 2
        text: We note the digital divide.
    """
)
OTHER = VALID.replace("id: test-doc", "id: other-doc").replace(
    "target: other-doc", "target: test-doc"
)


def write(tmp_path, text, name="test-doc.yaml", other=True):
    (tmp_path / name).write_text(text, encoding="utf-8")
    if other:
        (tmp_path / "other-doc.yaml").write_text(OTHER, encoding="utf-8")
    return load_corpus(tmp_path)


def test_valid_document_loads(tmp_path):
    corpus = write(tmp_path, VALID)
    assert not corpus.problems
    doc = corpus.get("test-doc")
    assert doc.date == FuzzyDate(dt.date(2022, 10, 13), "day")
    assert doc.provisions[0].lang == "en"
    assert doc.provisions[0].versions() == {
        "en": "We support the use of ICTs.",
        "ru": "Мы поддерживаем использование ИКТ.",
    }
    assert doc.corrections[0].corrected == "of ICTs"
    assert len(corpus.fingerprint) == 16


# (mutation of VALID, expected field, expected words in the message, expected line or None)
CASES = {
    "missing required field": (
        lambda t: t.replace("place: Astana\n", ""),
        "place",
        "required",
        None,
    ),
    "unknown field": (
        lambda t: t.replace("place: Astana", "place: Astana\nplaec: typo"),
        "plaec",
        "unknown field",
        9,
    ),
    "bad date": (lambda t: t.replace("2022-10-13", "2022-13-45"), "date", "not a real date", 6),
    "not a date": (lambda t: t.replace("2022-10-13", "13 Oct 2022"), "date", "not a date", 6),
    "precision disagrees": (
        lambda t: t.replace("date: 2022-10-13", 'date: "2022-10"'),
        "date_precision",
        "month precision",
        7,
    ),
    "unknown language": (
        lambda t: t.replace("[en, ru]", "[en, xx]"),
        "languages[1]",
        "'xx' is not one of",
        9,
    ),
    "parallel language not declared": (
        lambda t: t.replace("[en, ru]", "[en]"),
        "provisions[0].parallel.ru",
        "not in the document's languages",
        21,
    ),
    "duplicate provision id": (
        lambda t: t.replace("id: p2", "id: p1"),
        "provisions[1].id",
        "duplicate provision id",
        22,
    ),
    "bad id": (lambda t: t.replace("id: test-doc", "id: Test Doc"), "id", "lowercase", 1),
    "bad status": (
        lambda t: t.replace("status: adopted", "status: final"),
        "status",
        "not one of",
        10,
    ),
    "wrong type": (
        lambda t: t.replace("languages: [en, ru]", "languages: en"),
        "languages",
        "expected a list",
        9,
    ),
    "empty text": (
        lambda t: t.replace("We note the digital divide.", '""'),
        "provisions[1].text",
        "must not be empty",
        24,
    ),
    "correction names unknown provision": (
        lambda t: t.replace("provision: p1}", "provision: p9}"),
        "corrections[0].provision",
        "no provision 'p9'",
        13,
    ),
    "bad relation type": (
        lambda t: t.replace("type: refers-to", "type: likes"),
        "relations[0].type",
        "not one of",
        15,
    ),
    "no provisions": (
        lambda t: t.split("provisions:")[0] + "provisions: []\n",
        "provisions",
        "at least one provision",
        16,
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_each_kind_of_error_is_reported(tmp_path, case):
    mutate, field, words, line = CASES[case]
    corpus = write(tmp_path, mutate(VALID))
    assert corpus.get("test-doc") is None, "an invalid file must not load"
    assert corpus.get("other-doc") is not None, "the valid files still load"
    messages = [str(p) for p in corpus.problems]
    matching = [p for p in corpus.problems if p.field == field and words in p.message]
    assert matching, f"expected {field}: {words} in {messages}"
    assert matching[0].file.endswith("test-doc.yaml")
    if line is not None:
        assert matching[0].line == line, messages
        assert str(matching[0]).startswith(f"{matching[0].file}:{line}: {field}: ")


def test_malformed_yaml_names_the_line(tmp_path):
    corpus = write(tmp_path, VALID.replace("place: Astana", "place: [Astana"))
    (problem,) = [p for p in corpus.problems if p.file.endswith("test-doc.yaml")]
    assert problem.field == "(yaml)"
    assert "not valid YAML" in problem.message
    assert problem.line >= 8
    assert corpus.get("other-doc") is not None


def test_not_a_mapping(tmp_path):
    corpus = write(tmp_path, "- just\n- a list\n")
    assert any("expected a mapping" in p.message for p in corpus.problems)


def test_empty_file(tmp_path):
    corpus = write(tmp_path, "")
    assert any("expected a mapping" in p.message for p in corpus.problems)


def test_binary_file(tmp_path):
    (tmp_path / "junk.yaml").write_bytes(b"\xff\xfe\x00garbage")
    corpus = load_corpus(tmp_path)
    assert any("not UTF-8" in p.message for p in corpus.problems)


def test_duplicate_document_id(tmp_path):
    (tmp_path / "a.yaml").write_text(OTHER, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(OTHER, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert len(corpus) == 1
    assert any("duplicate document id" in p.message for p in corpus.problems)


def test_relation_target_must_exist(tmp_path):
    corpus = write(tmp_path, VALID, other=False)
    (problem,) = corpus.problems
    assert problem.field == "relations[0].target"
    assert problem.line == 15
    assert "no document with id 'other-doc'" in problem.message


def test_yaml_tags_are_not_executed(tmp_path):
    hostile = VALID.replace("place: Astana", "place: !!python/object/apply:os.system ['true']")
    corpus = write(tmp_path, hostile)
    assert corpus.get("test-doc") is None
    assert any(p.field == "(yaml)" for p in corpus.problems)


def test_missing_folder_is_a_problem_not_a_crash(tmp_path):
    corpus = load_corpus(tmp_path / "nowhere")
    assert len(corpus) == 0
    assert "folder not found" in corpus.problems[0].message


def test_month_precision_is_an_interval(tmp_path):
    text = VALID.replace("date: 2022-10-13", 'date: "2022-10"').replace(
        "date_precision: day", "date_precision: month"
    )
    doc = write(tmp_path, text).get("test-doc")
    assert doc.date.iso() == "2022-10"
    assert doc.date.last == dt.date(2022, 10, 31)
    assert doc.date.short() == "Oct 2022"
    assert doc.date.human() == "October 2022"


def test_fingerprint_changes_with_content(tmp_path):
    first = write(tmp_path, VALID).fingerprint
    second = write(tmp_path, VALID.replace("digital divide", "digital gap")).fingerprint
    assert first != second
