"""Writing one Whoosh segment in bulk, and the side file beside it.

Whoosh's writer handles a posting at a time: a field object tokenises each
value, every posting goes through a pool that pickles, sorts and merges runs,
then is written through six Python calls; it manages ~700 provisions a second.
Here the records are analysed once (`analysis.index_words`), inverted into
per-term lists with dicts, and each posting list is handed to Whoosh's own
codec as one block: the files are the same W3 segment files Whoosh writes and
reads, made ten times faster.

The side file (`<segment>.ict`) holds, per record, its length in terms and its
terms joined by spaces: phrase checks and BM25 length norms read it whole.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate, repeat

from whoosh.codec.whoosh3 import STORED_COLUMN, W3Codec

from ictviewer.corpus.model import Document
from ictviewer.search.analysis import field_lang, index_words
from ictviewer.search.codec import IndexCodec
from ictviewer.search.phrases import PhraseCatalogue
from ictviewer.search.schema import (
    INDEX_NAME,
    LANG_FIELD,
    document_digest,
    make_schema,
    versions,
)

SIDE_EXT = ".ict"
SIDE_MAGIC = b"ICTV1\n"
Entry = list  # [doc_id, digest, records, live]: one document's run of records in a segment


@dataclass
class Built:
    """A segment just written: the Whoosh segment object and its documents' entries."""

    segment: object
    entries: list[Entry]
    records: int


def write_segment(
    storage,
    documents: Iterable[Document],
    phrases: PhraseCatalogue,
    progress: Callable[[int], None] | None = None,
) -> Built:
    """Write the records of `documents` (in order) as one new segment in `storage`.

    Each record's occurrences of the catalogue's `phrases` are counted into its
    `phrases_L` field. `progress(records done)` is called every 500 records. The
    segment is not yet listed in any table of contents: the caller writes one.
    """
    codec = IndexCodec()
    schema = make_schema()
    segment = codec.new_segment(storage, INDEX_NAME)
    fields: defaultdict[str, _Inverted] = defaultdict(_Inverted)
    lengths = array("I")
    texts: list[bytes] = []
    entries: list[Entry] = []
    docnum = 0
    for document in documents:
        first = docnum
        vocabulary: dict[str, tuple[int, Counter]] = {}  # field language -> (carrier, counts)
        for _, lang, text in versions(document):
            fl = field_lang(lang)
            folded, terms = index_words(text, lang)
            counts = Counter(terms)
            joined = f" {' '.join(terms)} ".encode()
            fields[f"text_{fl}"].add_all(docnum, counts, len(counts) < len(terms))
            found = phrases.counts(fl, counts, joined)
            if found:
                fields[f"phrases_{fl}"].add_all(docnum, found, True)
            fields["lang"].add(lang, docnum)
            fields[LANG_FIELD].add(fl, docnum)
            lengths.append(len(terms))
            texts.append(joined)
            vocabulary.setdefault(fl, (docnum, Counter()))[1].update(set(folded))
            docnum += 1
            if progress and docnum % 500 == 0:
                progress(docnum)
        fields["doc_id"].add_range(document.id, first, docnum)
        fields["org"].add_range(document.organisation.casefold(), first, docnum)
        for fl, (carrier, counts) in vocabulary.items():
            fields[f"words_{fl}"].add_all(carrier, counts, True)
        entries.append([document.id, document_digest(document), docnum - first, True])

    _write_stored(storage, segment, docnum)
    writer = codec.field_writer(storage, segment)
    for name in sorted(fields):
        writer.start_field(name, schema[name])
        for term, ids, weights in fields[name].postings():
            writer.start_term(term.encode("utf-8"))
            writer._postwriter.add_list(ids, weights)
            writer.finish_term()
        writer.finish_field()
    writer.close()
    _write_side(storage, segment, lengths, texts)
    segment.set_doc_count(docnum)
    return Built(segment, entries, docnum)


class _Inverted:
    """One field's postings being gathered: term -> docnums, and the weights that are not 1."""

    __slots__ = ("ids", "weights")

    def __init__(self):
        self.ids: defaultdict[str, list[int]] = defaultdict(list)
        self.weights: dict[str, dict[int, int]] = {}

    def add(self, term: str, docnum: int) -> None:
        self.ids[term].append(docnum)

    def add_range(self, term: str, first: int, end: int) -> None:
        self.ids[term].extend(range(first, end))

    def add_all(self, docnum: int, counts: dict[str, int], repeats: bool) -> None:
        """Post `docnum` under every term of `counts` (`repeats`: some count exceeds 1)."""
        deque(map(list.append, map(self.ids.__getitem__, counts), repeat(docnum)), maxlen=0)
        if repeats:
            weights = self.weights
            for term, count in counts.items():
                if count > 1:
                    found = weights.get(term)
                    if found is None:
                        weights[term] = {docnum: count}
                    else:
                        found[docnum] = count

    def postings(self):
        """(term, docnums, weights) in term order."""
        for term in sorted(self.ids):
            ids = self.ids[term]
            extra = self.weights.get(term)
            yield term, ids, list(map(extra.get, ids, repeat(1))) if extra else [1] * len(ids)


def _write_stored(storage, segment, count: int) -> None:
    """An empty stored-fields column and no field lengths: nothing is stored per record.

    (Whoosh's per-document writer would do the same through a temporary folder
    in the system's temp dir, shared by every process.)
    """
    out = storage.create_file(W3Codec.column_filename(segment, "_stored"))
    writer = STORED_COLUMN.writer(out)
    writer.finish(count)
    out.close()
    segment._fieldlengths = defaultdict(int)


def _write_side(storage, segment, lengths: array, texts: list[bytes]) -> None:
    offsets = array("I", [0])
    offsets.extend(accumulate(map(len, texts)))
    if sys.byteorder != "little":
        lengths, offsets = array("I", lengths), array("I", offsets)
        lengths.byteswap()
        offsets.byteswap()
    out = segment.create_file(storage, SIDE_EXT)
    out.write(SIDE_MAGIC + len(lengths).to_bytes(8, "little"))
    out.write(lengths.tobytes())
    out.write(offsets.tobytes())
    out.write(b"".join(texts))
    out.close()


class SideData:
    """Lengths and term sequences of every record of the index, in document-number order.

    `blob[offsets[d]:offsets[d + 1]]` is record d's terms as b" term term … term ".
    """

    def __init__(self):
        self.lengths = array("I")
        self.offsets = array("I", [0])
        self.blob = b""
        self._blobs: list[bytes] = []

    def add(self, storage, segment) -> None:
        """Append the side file of the next segment; ValueError if it is malformed."""
        name = segment.make_filename(SIDE_EXT)
        handle = storage.open_file(name)
        try:
            data = bytes(handle.read(storage.file_length(name)))
        finally:
            handle.close()
        head = len(SIDE_MAGIC) + 8
        if data[: len(SIDE_MAGIC)] != SIDE_MAGIC:
            raise ValueError(f"{name}: not a side file")
        count = int.from_bytes(data[len(SIDE_MAGIC) : head], "little")
        if count != segment.doc_count_all():
            raise ValueError(f"{name}: {count} records, the segment has {segment.doc_count_all()}")
        lengths, offsets = array("I"), array("I")
        lengths.frombytes(data[head : head + 4 * count])
        offsets.frombytes(data[head + 4 * count : head + 8 * count + 4])
        if sys.byteorder != "little":
            lengths.byteswap()
            offsets.byteswap()
        blob = data[head + 8 * count + 4 :]
        if len(lengths) != count or len(offsets) != count + 1 or offsets[-1] != len(blob):
            raise ValueError(f"{name}: truncated")
        base = self.offsets[-1]
        self.lengths.extend(lengths)
        self.offsets.extend(array("I", [o + base for o in offsets[1:]]) if base else offsets[1:])
        self._blobs.append(blob)

    def finish(self) -> SideData:
        self.blob = self._blobs[0] if len(self._blobs) == 1 else b"".join(self._blobs)
        self._blobs = []
        return self
