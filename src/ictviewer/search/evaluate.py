"""Runs a compiled query over Whoosh postings: match with sets, then score only the matches.

Whoosh's searcher scores document by document through a tree of matcher
objects; for a word in half of 10,000 provisions that is ~45 ms of Python
method calls (DESIGN.md, "Performance notes"). Here:

1. each term's postings are decoded a whole block at a time into lists and a
   set, over every segment, less the deleted records (cached per term, so
   typing "secur", "securi", "security" and back re-reads nothing);
2. the query tree is matched with C-speed set algebra: AND intersects, OR
   unites, NOT subtracts; a phrase intersects its words' postings (rarest
   first, until checking the candidates is cheaper than reading on) and each
   candidate's term sequence is searched for the phrase (`bytes.count`);
3. only the records that matched are scored: BM25 (k1 = 1.2, b = 0.75,
   Whoosh's idf) summed over the query's positive terms found in each; a
   phrase is scored as one term whose frequency is its number of occurrences.

Each record holds one language version, so BM25F over its fields reduces to
BM25 on the one field holding its text; lengths are exact token counts from
the side files. Query types this module does not know are handed to Whoosh
itself (`Query.docs`), so nothing is silently dropped.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import OrderedDict, deque
from collections.abc import Sequence
from itertools import accumulate, islice, repeat
from operator import add, mul, truediv

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.reading import TermNotFound

from ictviewer.search.schema import LANG_FIELD
from ictviewer.search.segment import SideData

K1 = 1.2
B = 0.75
CACHE_TERMS = 256
PHRASE_CHECK_COST = 4  # checking one record costs about as much as decoding 4 postings
CANDIDATE_COST = 1200  # ns to read a posting of a phrase's rarest word and check its record
SCAN_COST = 0.8  # ns to search one byte of all the records' term sequences
Scores = dict[int, float]


class Postings:
    """One term's (or phrase's) postings: docnums, weights (frequencies) and the docnum set."""

    __slots__ = ("_weights", "ids", "scores", "set", "weights")

    def __init__(self, ids: list[int], weights: list[float]):
        self.ids = ids
        self.weights = weights
        self.set = frozenset(ids)
        self.scores: list[float] | None = None  # BM25 per record, by `Evaluator.term_scores`
        self._weights: dict[int, float] | None = None

    def weight_of(self) -> dict[int, float]:
        if self._weights is None:
            self._weights = dict(zip(self.ids, self.weights, strict=True))
        return self._weights


class Evaluator:
    """Evaluates compiled queries against one open searcher.

    `deleted` holds the document numbers of records replaced by an incremental
    update; `side` the lengths and term sequences of all records; `documents`
    where each document's records are (filters by document need no postings).
    """

    def __init__(
        self,
        searcher,
        side: SideData,
        deleted: frozenset[int] = frozenset(),
        documents: dict[str, tuple[int, int]] | None = None,
    ):
        self.searcher = searcher
        self.reader = searcher.reader()
        self._leaves = list(self.reader.leaf_readers())
        self.deleted = deleted
        self.records = max(len(side.lengths) - len(deleted), 1)
        self._lengths = side.lengths
        self._offsets = side.offsets
        self._blob = side.blob
        self._norms: dict[str, list[float]] = {}
        self._documents = documents  # doc_id -> its records' numbers [start, end), if known
        self._postings: OrderedDict[tuple, Postings] = OrderedDict()
        self.doc_frequency = self.reader.doc_frequency  # in memory once `use_words` is called

    def use_words(self, words) -> None:
        """Count records per term from an in-memory `wordlist.WordList` (same counts)."""
        self.doc_frequency = words.doc_frequency

    # --- postings ---------------------------------------------------------------------

    def postings(self, field: str, term: str) -> Postings:
        return self._cached((field, term), lambda: Postings(*self._read(field, term)))

    def _cached(self, key: tuple, make) -> Postings:
        cached = self._postings.get(key)
        if cached is not None:
            self._postings.move_to_end(key)
            return cached
        cached = self._postings[key] = make()
        if len(self._postings) > CACHE_TERMS:
            self._postings.popitem(last=False)
        return cached

    def _read(self, field: str, term: str) -> tuple[list[int], list[float]]:
        ids: list[int] = []
        weights: list[float] = []
        btext = term.encode("utf-8")
        for leaf, offset in self._leaves:
            try:
                terms = getattr(leaf, "_terms", None)
                if terms is not None:  # a segment: its raw postings, deletions applied below
                    matcher = terms.matcher(field, btext, leaf.schema[field].format)
                else:
                    matcher = leaf.postings(field, btext)
            except (TermNotFound, KeyError):
                continue
            _drain(matcher, offset, ids, weights)
        if self.deleted and ids:
            deleted = self.deleted
            keep = [i for i, d in enumerate(ids) if d not in deleted]
            if len(keep) != len(ids):
                ids, weights = [ids[i] for i in keep], [weights[i] for i in keep]
        return ids, weights

    def frequency(self, field: str, term: str) -> float:
        """The total weight of a term over the live records (vocabulary counts)."""
        return sum(self.postings(field, term).weights)

    # --- matching ---------------------------------------------------------------------

    def matches(self, query: wq.Query, shared: dict | None = None) -> frozenset[int] | set[int]:
        """Document numbers of the records matching the query (do not modify the result).

        A filter's query object appears in every language branch (`compile`):
        it is matched once per call (`shared`).
        """
        shared = {} if shared is None else shared
        if isinstance(query, wq.Term):
            if query.fieldname == "doc_id" and self._documents is not None:  # `year:` filters
                first, end = self._documents.get(query.text, (0, 0))
                ids = list(range(first, end))
                return self._cached(
                    ("doc_id", query.text), lambda: Postings(ids, [1] * len(ids))
                ).set
            return self.postings(query.fieldname, query.text).set
        if isinstance(query, wq.And):
            parts = sorted((self.matches(q, shared) for q in query.subqueries), key=len)
            return parts[0].intersection(*parts[1:]) if parts else set()
        if isinstance(query, wq.Or):
            parts = [self.matches(q, shared) for q in query.subqueries]
            return set().union(*parts)
        if isinstance(query, wq.AndNot):
            positive = self.matches(query.a, shared)
            return positive - self.matches(query.b, shared) if positive else positive
        if isinstance(query, wq.ConstantScoreQuery):
            found = shared.get(id(query.child))
            if found is None:
                found = shared[id(query.child)] = self.matches(query.child, shared)
            return found
        if isinstance(query, wq.Phrase):
            return self.phrase(query.fieldname, tuple(query.words)).set
        if isinstance(query, type(wq.NullQuery)):
            return frozenset()
        return set(query.docs(self.searcher))  # anything else: Whoosh itself

    def phrase(self, field: str, words: Sequence[str]) -> Postings:
        """Records holding the terms `words` in sequence; weights are occurrence counts."""
        words = tuple(words)
        return self._cached((field, words), lambda: Postings(*self._phrase(field, words)))

    def _phrase(self, field: str, words: tuple[str, ...]) -> tuple[list[int], list[float]]:
        if not words:
            return [], []
        frequency = self.doc_frequency
        needle = f" {' '.join(words)} ".encode()
        ordered = sorted(set(words), key=lambda w: frequency(field, w))
        rarest = frequency(field, ordered[0])
        if not rarest:
            return [], []
        if rarest * CANDIDATE_COST > len(self._blob) * SCAN_COST:
            return self._scan(needle)  # common words only: searching every text is cheaper
        candidates: frozenset[int] | set[int] | None = None
        for word in ordered:
            if candidates is not None and (
                not candidates or len(candidates) * PHRASE_CHECK_COST < frequency(field, word)
            ):
                break  # cheaper to check the candidates' texts than to read on
            found = self.postings(field, word).set
            candidates = found if candidates is None else candidates & found
        count, offsets = self._blob.count, self._offsets
        ids: list[int] = []
        weights: list[float] = []
        for d in sorted(candidates or ()):
            found = count(needle, offsets[d], offsets[d + 1])
            if found:
                ids.append(d)
                weights.append(float(found))
        return ids, weights

    def contains(self, docnum: int, needles: Sequence[bytes]) -> list[bool]:
        """Whether a record's term sequence holds each of `needles`."""
        find, start, end = self._blob.find, self._offsets[docnum], self._offsets[docnum + 1]
        return [find(needle, start, end) >= 0 for needle in needles]

    def _scan(self, needle: bytes) -> tuple[list[int], list[float]]:
        """Every record holding `needle`, by one search through all the term sequences."""
        find, offsets, deleted = self._blob.find, self._offsets, self.deleted
        counts: dict[int, int] = {}
        position = find(needle)
        while position >= 0:
            record = bisect_right(offsets, position) - 1
            counts[record] = counts.get(record, 0) + 1
            position = find(needle, position + len(needle))  # as bytes.count: no overlaps
        ids = sorted(d for d in counts if d not in deleted)
        return ids, [float(counts[d]) for d in ids]

    # --- scoring ----------------------------------------------------------------------

    def scores(self, query: wq.Query, matched) -> Scores:
        """BM25 of each matched record: the sum over the query's positive terms it has.

        The result is in ascending document order (so `top` breaks ties by
        document number): read it, do not change it.
        """
        keys, values = self.totals(query, matched)
        return dict(zip(keys, values, strict=True))

    def totals(self, query: wq.Query, matched) -> tuple[Sequence[int], Sequence[float]]:
        """`scores` as two parallel sequences, document numbers ascending (`ranking.best`
        picks the top hits from them without building the dict).

        A term's scores over all its records are computed once and cached (a
        list beside its postings). They are added into one dense list indexed
        by document number with C-level `map`s — no dict is built per term —
        and the matched records are read out of it. A term most of whose
        records did not match is scored only where it matched.
        """
        terms: dict[tuple[str, str | tuple], float] = {}
        for field, term, share in positive_terms(query):
            terms[(field, term)] = terms.get((field, term), 0.0) + share
        if not matched:
            return [], []
        live = [
            (field, share, postings)
            for (field, term), share in terms.items()
            if (
                postings := self.postings(field, term)
                if isinstance(term, str)
                else self.phrase(field, term)
            ).ids
        ]
        keys = sorted(matched)
        if len(live) == 1:  # one term: its scores, read where it matched
            field, share, postings = live[0]
            if share == 1.0 and len(postings.ids) == len(matched):
                return postings.ids, self.term_scores(field, postings)
        total = [0.0] * len(self._lengths)
        fresh = True  # nothing added yet: the first term's scores are set, not added
        for field, share, postings in live:
            if self._sparse(postings, len(matched)):  # a few of many: score just those
                # total[d] += w / (w + norms[d]) * factor where it matched, in C
                found = list(matched & postings.set)
                weights = list(map(postings.weight_of().__getitem__, found))
                norms = map(self._norm(field).__getitem__, found)
                gains = map(truediv, weights, map(add, weights, norms))
                gains = map(mul, gains, repeat(self._factor(postings) * share))
                gains = map(add, map(total.__getitem__, found), gains)
                deque(map(total.__setitem__, found, gains), maxlen=0)
                fresh = False
                continue
            ids = postings.ids
            gains = self.term_scores(field, postings)
            if share != 1.0:
                gains = map(mul, gains, repeat(share))
            if not fresh:  # 0.0 + gain is gain: the first term is simply set
                gains = map(add, map(total.__getitem__, ids), gains)
            deque(map(total.__setitem__, ids, gains), maxlen=0)  # total[d] += gain, in C
            fresh = False
        return keys, list(map(total.__getitem__, keys))

    @staticmethod
    def _sparse(postings: Postings, matched: int) -> bool:
        """Whether scoring a term where it matched beats adding all its (cached) scores.

        Rough costs per element, measured: computing a score 0.25, adding it
        into the totals 0.15, a Python loop over a matched record 0.45, and a
        record -> weight dict 0.1.
        """
        size = len(postings.ids)
        dense = (0.15 if postings.scores is not None else 0.4) * size
        sparse = (0.0 if postings._weights is not None else 0.1 * size) + 0.45 * min(matched, size)
        return sparse < dense

    def term_scores(self, field: str, postings: Postings) -> list[float]:
        """BM25 of a term in each of its records, in the order of `postings.ids` (cached)."""
        if postings.scores is None:
            factor = self._factor(postings)
            norms = self._norm(field)
            postings.scores = [
                w / (w + norms[d]) * factor
                for d, w in zip(postings.ids, postings.weights, strict=True)
            ]
        return postings.scores

    def _factor(self, postings: Postings) -> float:
        """idf * (k1 + 1), with Whoosh's idf."""
        return (math.log(self.records / (len(postings.ids) + 1)) + 1) * (K1 + 1)

    def _norm(self, field: str) -> list[float]:
        """K1 * (1 - B + B * length / average length) for each record of the field's language."""
        lang = field.rpartition("_")[2]
        norms = self._norms.get(lang)
        if norms is None:
            lengths = self._lengths
            ids = self.postings(LANG_FIELD, lang).ids
            total = sum(lengths[d] for d in ids)
            average = total / len(ids) if ids and total else 0.0
            if not average:
                norms = [K1] * len(lengths)
            else:
                low, slope = K1 * (1 - B), K1 * B / average
                norms = [low + slope * length for length in lengths]
            self._norms[lang] = norms
        return norms

    def clear(self) -> None:
        self._postings.clear()


def _drain(matcher, offset: int, ids: list[int], weights: list[float]) -> None:
    """Append a matcher's postings (document numbers shifted by `offset`)."""
    if isinstance(matcher, W3LeafMatcher) and not matcher._byteids:
        # Whoosh 2.7's block layout: (delta-coded ids, weights or None, values)
        while not matcher._atend:
            matcher._read_data()
            block_ids, block_weights, _ = matcher._data
            if offset:
                ids.extend(islice(accumulate(block_ids, initial=offset), 1, None))
            else:
                ids.extend(accumulate(block_ids))
            if block_weights is None or isinstance(block_weights, float):
                weights.extend(repeat(block_weights or 1.0, matcher._blocklength))
            else:
                weights.extend(block_weights)
            matcher._next_block()
        return
    while matcher.is_active():
        ids.append(matcher.id() + offset)
        weights.append(matcher.weight())
        matcher.next()


def positive_terms(query: wq.Query, share: float = 1.0):
    """(field, term or phrase words, share) of every scored term outside NOT and filters.

    `share` is the product of the boosts above the term: a concept expansion is
    compiled with a boost below one, so the wording a user typed outranks the
    concept's other wordings (`compile.EXPANSION_WEIGHT`).
    """
    share *= getattr(query, "boost", 1.0)
    if isinstance(query, wq.Term):
        if query.fieldname.startswith(("text_", "phrases_")):
            yield query.fieldname, query.text, share
    elif isinstance(query, wq.Phrase):
        yield query.fieldname, tuple(query.words), share
    elif isinstance(query, wq.AndNot):
        yield from positive_terms(query.a, share)
    elif isinstance(query, wq.And | wq.Or):
        for sub in query.subqueries:
            yield from positive_terms(sub, share)
