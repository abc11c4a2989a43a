"""A changed corpus updates the index: only the changed documents' records are rewritten.

The updated index must answer every query exactly as a full build of the same
corpus does (hits, order, scores, snippets, suggestions and expanded terms).
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from ictviewer.corpus import load_corpus
from ictviewer.corpus.model import Corpus, Document, Provision
from ictviewer.search import SearchIndex
from ictviewer.search.schema import record_count
from ictviewer.search.storage import MANIFEST, MAX_SEGMENTS

QUERIES = [
    "ICTs",
    "security",
    "confidence building",
    '"international information security"',
    "cooperat*",
    "terrorism OR crime",
    "security -terrorism",
    "digital forensics",
    "безопасность",
    "меры доверия",
    "OEWG",
    "confidance",  # a suggestion
    "security org:CICA",
    "cooperation year:2022",
]


def manifest(location: Path) -> dict:
    return json.loads((location / MANIFEST).read_text(encoding="utf-8"))


def answers(index: SearchIndex) -> list:
    out = []
    for query in QUERIES:
        results = index.search(query, limit=None)
        out.append(
            (
                query,
                results.total,
                results.suggestion,
                results.expanded_terms,
                [(h.doc_id, h.provision_id, h.lang, h.score, h.snippet) for h in results.hits],
            )
        )
    for lang in ("en", "ru", "kk"):
        results = index.search("security", lang=lang, limit=5)
        out.append((lang, results.total, [(h.doc_id, h.provision_id) for h in results.hits]))
    return out


def with_text(document: Document, provision_id: str, text: str) -> Document:
    provisions = tuple(
        dataclasses.replace(p, text=text) if p.id == provision_id else p
        for p in document.provisions
    )
    return dataclasses.replace(document, provisions=provisions)


def replaced(corpus: Corpus, *documents: Document, drop: tuple[str, ...] = ()) -> Corpus:
    changed = {d.id: d for d in documents}
    kept = [changed.pop(d.id, d) for d in corpus if d.id not in drop]
    return Corpus(tuple(kept) + tuple(changed.values()), path=corpus.path)


@pytest.fixture(scope="module")
def bundled() -> Corpus:
    corpus = load_corpus()
    if len(corpus) < 4:
        pytest.skip("needs the bundled corpus")
    return corpus


def test_one_changed_document_rewrites_only_its_records(tmp_path, bundled):
    first = SearchIndex.open_or_build(bundled, index_dir=tmp_path)
    base, base_manifest = first.location, manifest(first.location)
    first.close()
    target = bundled.documents[2]
    changed = with_text(target, target.provisions[0].id, "Kaleidoscopic cyber diplomacy.")
    calls: list[tuple[int, int]] = []
    with SearchIndex.open_or_build(
        replaced(bundled, changed), index_dir=tmp_path, progress=lambda *a: calls.append(a)
    ) as index:
        assert index.built and index.location != base
        assert index.notice == "Index updated: the corpus changed (1 document re-indexed)."
        assert [h.doc_id for h in index.search("kaleidoscopic").hits] == [target.id]
        updated = manifest(index.location)
    assert updated["rewritten"] == [target.id]
    assert updated["updated_from"] == base.name
    assert calls[-1] == (record_count([target]), record_count([target]))
    old_segment, new_segment = updated["segments"]
    assert old_segment["id"] == base_manifest["segments"][0]["id"]
    assert [d[0] for d in new_segment["docs"]] == [target.id]
    dead = [d[0] for d in old_segment["docs"] if not d[3]]
    assert dead == [target.id]
    for name in os.listdir(base):  # the old segment's files are reused as they were
        if name.startswith(f"MAIN_{old_segment['id']}."):
            assert (index.location / name).read_bytes() == (base / name).read_bytes()
            assert updated["files"][name][::2] == base_manifest["files"][name][::2]


def test_an_updated_index_answers_exactly_like_a_full_build(tmp_path, bundled):
    SearchIndex.open_or_build(bundled, index_dir=tmp_path / "a").close()
    cica = min((d for d in bundled if d.organisation == "CICA"), key=lambda d: record_count([d]))
    edited = with_text(
        cica, cica.provisions[-1].id, "Security and confidence building measures, again."
    )
    extra = dataclasses.replace(
        bundled.documents[0],
        id="zz-added-2030",
        provisions=(
            Provision("p1", "para. 1", "Security of ICTs and confidence building.", "en"),
            Provision("p2", "para. 2", "Меры доверия и безопасность.", "ru"),
        ),
    )
    # the added document comes first in corpus order: ties must still follow the corpus
    changed = replaced(bundled, edited)
    changed = Corpus((extra, *changed.documents), path=changed.path)
    with SearchIndex.open_or_build(changed, index_dir=tmp_path / "a") as updated:
        assert updated.notice.startswith("Index updated")
        assert len(manifest(updated.location)["segments"]) == 2
        assert updated.record_count == record_count(changed)
        got = answers(updated)
    with SearchIndex.open_or_build(changed, index_dir=tmp_path / "b") as full:
        assert len(manifest(full.location)["segments"]) == 1
        assert got == answers(full)


def test_a_deleted_document_leaves_nothing_behind(tmp_path, corpus):
    odd = dataclasses.replace(
        corpus.documents[0],
        id="odd-2019",
        provisions=(Provision("p1", "para. 1", "The zanzibarian pact on security.", "en"),),
    )
    SearchIndex.open_or_build(Corpus((*corpus, odd)), index_dir=tmp_path / "a").close()
    with SearchIndex.open_or_build(corpus, index_dir=tmp_path / "a") as index:
        assert manifest(index.location)["rewritten"] == []
        assert len(manifest(index.location)["segments"]) == 1
        results = index.search("zanzibarian")
        assert (results.total, results.suggestion) == (0, None)
        assert results.expanded_terms == {"zanzibarian": []}
        assert index.search("zanzibar*").expanded_terms == {"zanzibar*": []}
        got = [(q, index.search(q).to_json()) for q in ("security", "pact", "zanzibarin")]
    with SearchIndex.open_or_build(corpus, index_dir=tmp_path / "b") as full:
        assert got == [(q, full.search(q).to_json()) for q in ("security", "pact", "zanzibarin")]


def test_updates_pile_up_to_a_limit_then_the_index_is_rebuilt(tmp_path, corpus):
    template = corpus.documents[0]

    def many(variant: int) -> Corpus:
        documents = [
            dataclasses.replace(
                template,
                id=f"doc-{n:02d}",
                provisions=(Provision("p1", "para. 1", f"Security note {n}.", "en"),),
            )
            for n in range(100)
        ]
        documents[variant] = with_text(documents[variant], "p1", f"Variant{variant}.")
        return Corpus(tuple(documents))

    segments = []
    for n in range(MAX_SEGMENTS + 2):
        with SearchIndex.open_or_build(many(n), tmp_path) as index:
            segments.append(len(manifest(index.location)["segments"]))
            assert index.search(f"variant{n}").total == 1
            assert index.search(f"variant{n - 1}").total == 0
            assert index.search("security").total == 99
    assert segments[: MAX_SEGMENTS + 1] == [1, *range(2, MAX_SEGMENTS + 1), 1]


def test_a_damaged_base_is_not_reused(tmp_path, corpus_factory):
    first = SearchIndex.open_or_build(corpus_factory(), tmp_path)
    base = first.location
    first.close()
    largest = max((p for p in base.iterdir() if p.name != MANIFEST), key=lambda p: p.stat().st_size)
    largest.write_bytes(largest.read_bytes()[:-10])
    with SearchIndex.open_or_build(corpus_factory(extra=" Kaleidoscope."), tmp_path) as index:
        assert index.built and index.notice == "Index rebuilt: the corpus changed."
        assert len(manifest(index.location)["segments"]) == 1
        assert index.search("kaleidoscope").total == 1
