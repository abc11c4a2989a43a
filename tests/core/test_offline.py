"""Nothing opens a network connection: load, index, search, compare, timeline and export.

Qt and Python are stopped at the socket layer: any attempt to create an
internet socket or resolve a name fails the test.
"""

import socket

import pytest

import network_guard
from ictviewer.compare import bundled_lexicon, compare_documents
from ictviewer.corpus import load_corpus
from ictviewer.export import build_pack, parse_refs
from ictviewer.search import SearchIndex
from ictviewer.timeline import build_timeline

pytestmark = [pytest.mark.needs_qt, pytest.mark.usefixtures("qapp")]


@pytest.fixture
def no_network(monkeypatch):
    return network_guard.install(monkeypatch.setattr)


def test_a_full_session_opens_no_socket(no_network, tmp_path):
    corpus = load_corpus()
    index = SearchIndex.open_or_build(corpus, index_dir=tmp_path / "index")
    assert index.search("digital forensics").total >= 2
    assert index.search("безопасность", lang="ru").hits
    index.close()
    comparison = compare_documents(
        corpus.get("cica-statement-2022"), corpus.get("asean-russia-2018"), bundled_lexicon()
    )
    assert comparison.to_json()["shared_concepts"]
    assert build_timeline(corpus)
    from ictviewer.export.pdf import write_pdf

    refs = parse_refs(corpus, ["cica-note-2024", "csto-statement-2022:p4"])
    pages = write_pdf(build_pack(corpus, refs, languages=["en", "ru", "kk"]), tmp_path / "x.pdf")
    assert pages >= 1
    assert no_network == []


def test_the_guard_itself_catches_a_connection(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    assert no_network
