"""A corpus file cannot run code: tags are refused as problems and nothing is called.

Behaviour, not source inspection: each hostile file names a sentinel file that
the tag would create if anything constructed it, and the test checks that the
sentinel never appears, with the libyaml parser and with the pure-Python one.
"""

import pickle
import textwrap

import pytest
import yaml

from ictviewer.corpus import load_corpus, yamldata
from ictviewer.corpus.cache import ParsedCache

DOCUMENT = textwrap.dedent(
    """\
    id: tagged-doc
    title: A Tagged Statement
    short_title: Tagged
    organisation: CICA
    kind: statement
    date: 2022-10-13
    date_precision: day
    place: {place}
    languages: [en]
    status: adopted
    source: {{publisher: Test}}
    provisions:
      - {{id: p1, label: para. 1, text: Words.}}
    """
)
HOSTILE = {
    "apply": "!!python/object/apply:os.system ['touch {sentinel}']",
    "apply-mapping": "!!python/object/apply:os.system {{args: ['touch {sentinel}']}}",
    "new": "!!python/object/new:subprocess.Popen [['touch', '{sentinel}']]",
    "name": "!!python/name:os.system",
    "module": "!!python/module:os",
    "local tag": "!shell 'touch {sentinel}'",
}


@pytest.fixture(params=["libyaml", "pure-python"])
def parser(request, monkeypatch):
    if request.param == "pure-python":
        monkeypatch.setattr(yamldata, "SafeLoader", yaml.SafeLoader)
    elif yamldata.SafeLoader is yaml.SafeLoader:
        pytest.skip("PyYAML was built without libyaml")
    return request.param


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_tag_is_a_problem_and_runs_nothing(tmp_path, parser, kind):
    sentinel = tmp_path / "ran"
    value = HOSTILE[kind].format(sentinel=sentinel)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "tagged.yaml").write_text(DOCUMENT.format(place=value), encoding="utf-8")
    (folder / "plain.yaml").write_text(
        DOCUMENT.format(place="Astana").replace("tagged-doc", "plain-doc"), encoding="utf-8"
    )
    corpus = load_corpus(folder)
    assert not sentinel.exists(), "a tag in a corpus file ran code"
    assert corpus.get("tagged-doc") is None
    assert corpus.get("plain-doc") is not None
    (problem,) = corpus.problems
    assert problem.field == "(yaml)" and problem.line == 8
    assert problem.message.startswith("place: the tag ") and "is not allowed" in problem.message


def test_the_test_would_notice_code_running(tmp_path):
    """The sentinel works: an unsafe loader given the same text does create it."""
    sentinel = tmp_path / "ran"
    yaml.unsafe_load(HOSTILE["apply"].format(sentinel=sentinel))
    assert sentinel.exists()


class _Planted:
    """What an attacker would pickle: unpickling it creates the sentinel."""

    def __init__(self, path):
        self.path = str(path)

    def __reduce__(self):
        return (open, (self.path, "w"))


def test_a_pickled_cache_is_never_unpickled(tmp_path, monkeypatch):
    monkeypatch.setenv("ICTVIEWER_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "plain.yaml").write_text(DOCUMENT.format(place="Astana"), encoding="utf-8")
    store = ParsedCache(folder, limit=1 << 20)
    sentinel = tmp_path / "unpickled"
    store.file.parent.mkdir(parents=True)
    store.file.write_bytes(pickle.dumps({"format": 1, "files": _Planted(sentinel)}))
    corpus = load_corpus(folder)
    assert not sentinel.exists(), "the cache was unpickled"
    assert [d.id for d in corpus] == ["tagged-doc"] and not corpus.problems
    assert store.file.read_bytes().startswith(b"{"), "the planted file is replaced by JSON"


@pytest.mark.parametrize("kind", ["apply", "new", "name"])
def test_a_tag_in_a_lexicon_file_runs_nothing(tmp_path, kind):
    from ictviewer.concepts.lexicon import LexiconError, load_lexicon

    sentinel = tmp_path / "ran"
    (tmp_path / "concepts.yaml").write_text(
        f"concepts: {HOSTILE[kind].format(sentinel=sentinel)}\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError):
        load_lexicon(tmp_path / "concepts.yaml")
    assert not sentinel.exists()
