"""A corpus file added, changed or deleted between runs is noticed at the next open."""

import shutil
from pathlib import Path

from ictviewer.corpus import load_corpus
from ictviewer.search import SearchIndex

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_added_and_deleted_documents_are_noticed(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(CORPUS / "cica-statement-2022.yaml", folder)
    cache = tmp_path / "index"
    first = load_corpus(folder)
    with SearchIndex.open_or_build(first, index_dir=cache) as index:
        assert index.search("personal data").total == 0

    shutil.copy(CORPUS / "asean-russia-2018.yaml", folder)
    second = load_corpus(folder)
    assert second.fingerprint != first.fingerprint
    with SearchIndex.open_or_build(second, index_dir=cache) as index:
        assert index.built
        assert {h.doc_id for h in index.search("personal data").hits} == {"asean-russia-2018"}

    (folder / "asean-russia-2018.yaml").unlink()
    third = load_corpus(folder)
    with SearchIndex.open_or_build(third, index_dir=cache) as index:
        assert index.search("personal data").total == 0
        assert index.search("digital divide").total == 1


def test_a_broken_file_added_later_is_reported_and_the_rest_still_searches(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    (folder / "zz-broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    corpus = load_corpus(folder)
    assert len(corpus) == 6
    assert any(p.file.endswith("zz-broken.yaml") and p.line >= 1 for p in corpus.problems)
    with SearchIndex.open_or_build(corpus, index_dir=tmp_path / "index") as index:
        assert index.search("digital forensics").total >= 2
