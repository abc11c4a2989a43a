"""Runs a compiled query over Whoosh postings: match with sets, then score only the matches.

Whoosh's searcher scores document by document through a tree of matcher
objects; for a word in half of 10,000 provisions that is ~45 ms of Python
method calls, and block-quality skipping does not help when most scores are
alike (DESIGN.md, "Performance notes"). Here:

1. each term's postings are decoded a whole block at a time into lists and a
   set (cached per term, so typing "secur", "securi", "security" and back
   re-reads nothing);
2. the query tree is matched with C-speed set algebra: AND intersects, OR
   unites, NOT subtracts; a phrase of 3+ words intersects its word pairs and
   checks the candidates with a substring search in their joined terms;
3. only the records that matched are scored: BM25 (k1 = 1.2, b = 0.75,
   Whoosh's idf) summed over the query's positive terms found in each (a
   phrase counts as one term, the mean of its word pairs).

Each record holds one language version, so BM25F over its fields reduces to
BM25 on the one field holding its text; lengths are exact token counts from
the index's `length` column. Query types this module does not know are handed
to Whoosh itself (`Query.docs`), so nothing is silently dropped.
"""

from __future__ import annotations

import heapq
import math
from collections import OrderedDict
from itertools import accumulate, repeat
from operator import add, itemgetter, mul

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.reading import TermNotFound

from ictviewer.search.schema import LANG_FIELD, LENGTH_FIELD, TERMS_FIELD

K1 = 1.2
B = 0.75
CACHE_TERMS = 256
PHRASE_CHECK_COST = 8  # checking one record costs about as much as decoding 8 postings
Scores = dict[int, float]


class Postings:
    """One term's postings: docnums, weights (term frequencies) and the docnum set."""

    __slots__ = ("_weights", "ids", "scores", "set", "weights")

    def __init__(self, ids: list[int], weights: list[float]):
        self.ids = ids
        self.weights = weights
        self.set = frozenset(ids)
        self.scores: Scores | None = None  # BM25 per record, filled by `Evaluator.term_scores`
        self._weights: dict[int, float] | None = None

    def weight_of(self) -> dict[int, float]:
        if self._weights is None:
            self._weights = dict(zip(self.ids, self.weights, strict=True))
        return self._weights


class Evaluator:
    """Evaluates compiled queries against one open searcher."""

    def __init__(self, searcher, records: int):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.records = max(records, 1)
        self._lengths = self._read_lengths()
        self._terms = self.reader.column_reader(TERMS_FIELD)
        self._norms: dict[str, list[float]] = {}
        self._postings: OrderedDict[tuple[str, str], Postings] = OrderedDict()
        self._phrase_pairs: dict[tuple[str, tuple[str, ...]], list[str]] = {}
        self._phrases: OrderedDict[tuple[str, tuple[str, ...]], frozenset[int]] = OrderedDict()

    def _read_lengths(self) -> list[int]:
        try:
            return list(self.reader.column_reader(LENGTH_FIELD))
        except Exception:  # an index without the column: score without length norms
            return []

    # --- postings ---------------------------------------------------------------------

    def postings(self, field: str, term: str) -> Postings:
        key = (field, term)
        cached = self._postings.get(key)
        if cached is not None:
            self._postings.move_to_end(key)
            return cached
        cached = self._postings[key] = Postings(*self._read(field, term))
        if len(self._postings) > CACHE_TERMS:
            self._postings.popitem(last=False)
        return cached

    def _read(self, field: str, term: str) -> tuple[list[int], list[float]]:
        ids: list[int] = []
        weights: list[float] = []
        try:
            matcher = self.reader.postings(field, term)
        except TermNotFound:
            return ids, weights
        if isinstance(matcher, W3LeafMatcher) and not matcher._byteids:
            # Whoosh 2.7's block layout: (delta-coded ids, weights or None, values)
            while not matcher._atend:
                matcher._read_data()
                block_ids, block_weights, _ = matcher._data
                ids.extend(accumulate(block_ids))
                if block_weights is None or isinstance(block_weights, float):
                    weights.extend(repeat(block_weights or 1.0, matcher._blocklength))
                else:
                    weights.extend(block_weights)
                matcher._next_block()
        else:
            while matcher.is_active():
                ids.append(matcher.id())
                weights.append(matcher.weight())
                matcher.next()
        return ids, weights

    # --- matching ---------------------------------------------------------------------

    def matches(self, query: wq.Query) -> frozenset[int] | set[int]:
        """Document numbers of the records matching the query (do not modify the result)."""
        if isinstance(query, wq.Term):
            return self.postings(query.fieldname, query.text).set
        if isinstance(query, wq.And):
            parts = sorted((self.matches(q) for q in query.subqueries), key=len)
            return parts[0].intersection(*parts[1:]) if parts else set()
        if isinstance(query, wq.Or):
            parts = [self.matches(q) for q in query.subqueries]
            return set().union(*parts)
        if isinstance(query, wq.AndNot):
            positive = self.matches(query.a)
            return positive - self.matches(query.b) if positive else positive
        if isinstance(query, wq.ConstantScoreQuery):
            return self.matches(query.child)
        if isinstance(query, wq.Phrase):
            key = (query.fieldname, tuple(query.words))
            found = self._phrases.get(key)
            if found is None:
                found = self._phrases[key] = frozenset(self._phrase(*key))
                if len(self._phrases) > CACHE_TERMS:
                    self._phrases.popitem(last=False)
            return found
        if isinstance(query, type(wq.NullQuery)):
            return frozenset()
        return set(query.docs(self.searcher))  # anything else: Whoosh itself

    def _phrase(self, field: str, pairs: tuple[str, ...]) -> set[int]:
        """Records with a 3+ word phrase: those having its pairs whose terms contain it.

        Which pairs are read is decided by `phrase_pairs`.
        """
        ordered = self.phrase_pairs(field, pairs)
        candidates: frozenset[int] | set[int] = frozenset()
        for index, pair in enumerate(ordered):
            found = self.postings(field, pair).set
            candidates = found if index == 0 else candidates & found
            if not candidates:
                return set()
        words = [pairs[0].split(" ")[0]] + [pair.split(" ")[1] for pair in pairs]
        needle = (" " + " ".join(words) + " ").encode("utf-8")
        column = self._terms
        return {d for d in candidates if needle in b" " + column[d] + b" "}

    def phrase_pairs(self, field: str, pairs: list[str] | tuple[str, ...]) -> list[str]:
        """The pairs of a phrase worth reading, rarest first (the rest are left to the text check).

        Reading stops once checking the candidates' texts is cheaper than decoding
        the next pair's postings; the choice depends only on document frequencies,
        so it is the same every time (phrase scores use the same pairs).
        """
        key = (field, tuple(pairs))
        chosen = self._phrase_pairs.get(key)
        if chosen is None:
            frequency = self.reader.doc_frequency
            ordered = sorted(dict.fromkeys(pairs), key=lambda pair: frequency(field, pair))
            chosen, candidates = [], None
            for pair in ordered:
                if candidates is not None and (
                    not candidates or len(candidates) * PHRASE_CHECK_COST < frequency(field, pair)
                ):
                    break
                chosen.append(pair)
                found = self.postings(field, pair).set
                candidates = found if candidates is None else candidates & found
            self._phrase_pairs[key] = chosen
        return chosen

    # --- scoring ----------------------------------------------------------------------

    def scores(self, query: wq.Query, matched) -> Scores:
        """BM25 of each matched record: the sum over the query's positive terms it has.

        The result is in ascending document order (so `top` breaks ties by corpus
        order) and may be a cached dict: read it, do not change it.

        A term's scores over all its records are computed once and cached; they
        are then added for the matched records with C-level set and map
        operations. A term most of whose records did not match is scored only
        where it matched.
        """
        terms: dict[tuple[str, str], float] = {}
        for field, term, share in positive_terms(query, self.phrase_pairs):
            terms[(field, term)] = terms.get((field, term), 0.0) + share
        if not matched:
            return {}
        live = [
            (field, share, postings)
            for (field, term), share in terms.items()
            if (postings := self.postings(field, term)).ids
        ]
        if len(live) == 1:  # one word: its cached scores may be the answer as they are
            field, share, postings = live[0]
            if share == 1.0 and len(postings.ids) == len(matched) and postings.set == matched:
                return self.term_scores(field, postings)
        result: Scores = dict.fromkeys(sorted(matched), 0.0)
        for field, share, postings in live:
            if len(matched) * 4 < len(postings.ids):
                weight_of = postings.weight_of()
                factor = self._factor(postings) * share
                norms = self._norm(field)
                for d in matched & postings.set:
                    w = weight_of[d]
                    result[d] += factor * w / (w + norms[d])
                continue
            scored = self.term_scores(field, postings)
            common = list(scored.keys() & matched)
            gains = map(scored.__getitem__, common)
            if share != 1.0:
                gains = map(mul, gains, repeat(share))
            totals = map(add, map(result.__getitem__, common), gains)
            result.update(zip(common, totals, strict=True))
        return result

    def term_scores(self, field: str, postings: Postings) -> Scores:
        """BM25 of a term in each of its records (cached with its postings)."""
        if postings.scores is None:
            factor = self._factor(postings)
            norms = self._norm(field)
            postings.scores = {
                d: factor * w / (w + norms[d])
                for d, w in zip(postings.ids, postings.weights, strict=True)
            }
        return postings.scores

    def _factor(self, postings: Postings) -> float:
        """idf * (k1 + 1), with Whoosh's idf."""
        return (math.log(self.records / (len(postings.ids) + 1)) + 1) * (K1 + 1)

    def _norm(self, field: str) -> list[float]:
        """K1 * (1 - B + B * length / average length) for each record of the field's language."""
        lang = field.rpartition("_")[2]
        norms = self._norms.get(lang)
        if norms is None:
            lengths = self._lengths or [0] * self.reader.doc_count_all()
            ids = self.postings(LANG_FIELD, lang).ids
            total = sum(lengths[d] for d in ids)
            average = total / len(ids) if ids and total else 0.0
            if not average:
                norms = [K1] * len(lengths)
            else:
                norms = [K1 * (1 - B + B * length / average) for length in lengths]
            self._norms[lang] = norms
        return norms

    def clear(self) -> None:
        self._postings.clear()
        self._phrase_pairs.clear()
        self._phrases.clear()


def positive_terms(query: wq.Query, phrase_pairs):
    """(field, term, share) of every scored term outside NOT and filter parts of a query.

    A phrase counts as one term: the mean of its pairs' scores (the pairs that
    `phrase_pairs` chose to read), so a three-word phrase does not outweigh the
    other words of a query threefold.
    """
    if isinstance(query, wq.Term):
        if query.fieldname.startswith(("text_", "pairs_")):
            yield query.fieldname, query.text, 1.0
    elif isinstance(query, wq.Phrase):
        pairs = phrase_pairs(query.fieldname, query.words)
        for pair in pairs:
            yield query.fieldname, pair, 1.0 / len(pairs)
    elif isinstance(query, wq.AndNot):
        yield from positive_terms(query.a, phrase_pairs)
    elif isinstance(query, wq.And | wq.Or):
        for sub in query.subqueries:
            yield from positive_terms(sub, phrase_pairs)


def top(scores: Scores, limit: int | None) -> list[tuple[int, float]]:
    """The best (docnum, score) pairs, highest score first, ties in corpus order.

    `scores` must list documents in ascending order (as `Evaluator.scores` does):
    `heapq.nlargest` is stable, so equal scores keep that order.
    """
    if (limit is not None and limit <= 0) or not scores:
        return []
    if limit is None or limit >= len(scores):
        return sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return heapq.nlargest(limit, scores.items(), key=itemgetter(1))
