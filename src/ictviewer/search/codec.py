"""The index's Whoosh codec: W3 segment files, tuned for reading whole posting lists.

Its own module because both ends use it: `schema.make_schema` names it for
reading and `segment.write_segment` for writing. It depends on Whoosh only, so
neither of them has to import the other.
"""

from __future__ import annotations

from array import array
from itertools import chain
from operator import sub

from whoosh.codec.whoosh3 import W3Codec, W3PostingsWriter


class IndexCodec(W3Codec):
    """Whoosh's W3 codec tuned for reading whole posting lists (`evaluate`).

    - no per-block length bounds (block-quality skipping is not used);
    - blocks of 4,096 postings, uncompressed: decoding a list of 5,000 postings
      is one unpickling instead of twenty block headers, pickles and inflates.

    Segments are written by `segment.write_segment`, a posting list at a time.
    """

    length_stats = False

    def __init__(self):
        super().__init__(blocklimit=4096, compression=0)

    def postings_writer(self, dbfile, byteids=False):
        return BulkPostingsWriter(
            dbfile, blocklimit=self._blocklimit, byteids=byteids, compression=0
        )


class BulkPostingsWriter(W3PostingsWriter):
    """The W3 postings writer, fed a whole posting list at a time (`add_list`)."""

    def add_list(self, ids: list[int], weights: list[int]) -> None:
        limit = self._blocklimit
        for start in range(0, len(ids), limit):
            if self._ids:
                self._write_block()
            self._ids = array("I", ids[start : start + limit])
            self._weights = weights[start : start + limit]
            self._maxweight = max(self._weights)

    def _mini_ids(self):
        ids = self._ids
        return tuple(map(sub, ids, chain((0,), ids)))

    def _mini_weights(self):
        """None (all 1), one float (all alike), else the counts as ints.

        Frequencies are whole numbers: pickled as ints they take 2 bytes rather
        than 9, and ints up to 256 unpickle without allocating an object.
        """
        weights = self._weights
        first = weights[0]
        if weights.count(first) == len(weights):
            return None if first == 1 else float(first)
        return tuple(weights)
