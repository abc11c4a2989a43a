"""Which record each Whoosh document number is, checked against the corpus when the index opens.

Nothing is stored per record in the index: a hit is made from the corpus in
memory (`hits.py`), so the index must hold exactly the corpus it is opened
with. The manifest (`storage.py`) lists each segment's documents with their
digests; `map_records` walks the segments against it and the corpus, and any
difference (a segment, a digest, a count, a deletion) is `IndexCorrupt`, which
makes the opener rebuild. What it returns maps document numbers to
(document, provision, language), each document to its run of numbers (filters
by document need no postings), and each number to its place in corpus order
when an update has left the numbers out of that order (ties rank in corpus order).

Kept apart from `index.py` so that the search itself reads as searching, and
this check, which guards every hit against a stale index, can be read whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, count, repeat
from operator import eq

from ictviewer.corpus.model import Corpus, Provision
from ictviewer.search.opening import IndexCorrupt
from ictviewer.search.schema import versions
from ictviewer.search.segment import SideData
from ictviewer.search.storage import Layout

Key = tuple[str, Provision, str]  # (doc_id, provision, lang) of one record


@dataclass
class Records:
    """The records of an open index, in document-number order."""

    keys: list[Key | None]  # docnum -> its record; None for a replaced one
    ranges: dict[str, tuple[int, int]]  # doc_id -> its docnums [start, end)
    deleted: frozenset[int]  # records replaced by an incremental update
    side: SideData  # lengths and term sequences (`segment.py`)
    rank: list[int] | None  # docnum -> place in corpus order; None: the numbers are that order

    def __post_init__(self) -> None:
        self.langs = [key[2] if key else None for key in self.keys]  # for language filters

    @property
    def live(self) -> int:
        """Records not replaced by an update."""
        return len(self.keys) - len(self.deleted)

    def allowed(self, documents: set[str] | None, lang: str | None) -> set[int] | None:
        """Numbers of the records of `documents` (None: any) in `lang` (None: any);
        None when neither restricts."""
        allowed: set[int] | None = None
        if documents is not None:  # a document's records have consecutive numbers
            allowed = set()
            for document in documents:
                allowed.update(range(*self.ranges.get(document, (0, 0))))
        if lang:
            wanted = lang.strip().lower()
            in_lang = set(compress(count(), map(eq, self.langs, repeat(wanted))))
            allowed = in_lang if allowed is None else allowed & in_lang
        return allowed


def map_records(corpus: Corpus, leaves: list, layout: Layout, digests: dict[str, str]) -> Records:
    """The records of the segments `leaves` ((reader, offset) pairs), checked against the
    manifest's `layout` and the corpus's document `digests`; IndexCorrupt if they differ."""
    documents = {d.id: d for d in corpus}
    if len(leaves) != len(layout):
        raise IndexCorrupt("segments differ from the manifest")
    side = SideData()
    deleted: set[int] = set()
    keys: list[Key | None] = []
    ranges: dict[str, tuple[int, int]] = {}
    for (leaf, offset), entry in zip(leaves, layout, strict=True):
        segment = leaf.segment()
        if segment.segid != entry["id"] or offset != len(keys):
            raise IndexCorrupt("segments differ from the manifest")
        side.add(leaf.storage(), segment)
        deleted.update(offset + d for d in segment.deleted_docs())
        for doc_id, digest, size, live in entry["docs"]:
            if not live:
                keys.extend([None] * size)
                continue
            if digests.get(doc_id) != digest or doc_id in ranges:
                raise IndexCorrupt(f"document {doc_id} differs from the index")
            rows = versions(documents[doc_id])
            if len(rows) != size:
                raise IndexCorrupt(f"document {doc_id} differs from the index")
            ranges[doc_id] = (len(keys), len(keys) + size)
            keys.extend([(doc_id, provision, lang) for provision, lang, _ in rows])
        if len(keys) - offset != segment.doc_count_all():
            raise IndexCorrupt("record count differs")
    if len(keys) != len(side.finish().lengths) or len(ranges) != len(documents):
        raise IndexCorrupt("records differ from the corpus")
    if deleted != {i for i, key in enumerate(keys) if key is None}:
        raise IndexCorrupt("deleted records differ from the manifest")
    rank = None if not deleted and len(leaves) == 1 else _ranks(corpus, ranges, keys)
    return Records(keys, ranges, frozenset(deleted), side, rank)


def _ranks(corpus: Corpus, ranges: dict[str, tuple[int, int]], keys: list) -> list[int]:
    """Each document number's place in corpus order (records of replaced documents last)."""
    rank = [len(keys)] * len(keys)
    place = 0
    for document in corpus:
        first, end = ranges[document.id]
        rank[first:end] = range(place, place + end - first)
        place += end - first
    return rank
