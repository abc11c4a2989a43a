"""Nothing opens a network connection: load, index, search, compare, timeline and export.

Qt and Python are stopped at the socket layer: any attempt to create an
internet socket or resolve a name fails the test.
"""

import socket

import pytest

from ictviewer.compare import bundled_lexicon, compare_documents
from ictviewer.corpus import load_corpus
from ictviewer.export import build_pack, parse_refs
from ictviewer.search import SearchIndex
from ictviewer.timeline import build_timeline

pytestmark = [pytest.mark.needs_qt, pytest.mark.usefixtures("qapp")]


@pytest.fixture
def no_network(monkeypatch):
    attempts = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
            if family in (socket.AF_INET, socket.AF_INET6):
                attempts.append(("socket", family))
                raise OSError("network access attempted")
            super().__init__(family, type, proto, fileno)

    def refuse(name):
        def call(*args, **kwargs):
            attempts.append((name, args))
            raise OSError(f"network access attempted: {name}")

        return call

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


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
