"""The index's words in memory: sorted lists for prefix expansion and "did you mean".

Whoosh answers "words starting with co" and "words within two edits of
cybersecuri" by walking its on-disk term table: each step is a seek, a read
and a struct unpack, and a fuzzy look-up first turns a Levenshtein NFA into a
DFA in Python (~1.4 ms a word, before any term is read). While typing, the
words of a short prefix cover much of the vocabulary, and every unknown word
pays for the DFA, so these walks were most of a keystroke's time (#11).

The vocabulary is small beside the postings (a few thousand words even at
50,000 provisions), so each field's terms are read once, when the index
opens, into a sorted Python list with their frequencies; a set answers "is
this a term". Then:

- `expand(field, prefix)` is a `bisect` and a slice: the same words, in the
  same (code point = UTF-8 byte) order as Whoosh's `expand_prefix`;
- `within(field, word, maxdist, prefix)` finds the words within `maxdist`
  Levenshtein edits whose first `prefix` characters are the word's, as
  Whoosh's automaton does for one segment. The sorted words are walked as a
  trie: consecutive words share their common prefix's state, the state is
  the bit-parallel Levenshtein NFA (one integer per number of errors,
  Wu-Manber), and a prefix that already needs more than `maxdist` edits
  skips every word starting with it by a `bisect`.

The lists hold whole-index frequencies (summed over segments); records
replaced by an incremental update still count there, so the vocabulary asks
the evaluator for live counts when the index has deletions.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

_TOP = 0x10FFFF  # the last code point: a prefix ending in it has no simple successor


class FieldWords:
    """One field's terms, sorted, with their frequencies and record counts (whole index)."""

    __slots__ = ("documents", "frequencies", "set", "words")

    def __init__(self, items: Iterable[tuple[str, float] | tuple[str, float, int]]):
        merged: dict[str, float] = {}
        documents: dict[str, int] = {}
        for word, frequency, *records in items:
            merged[word] = merged.get(word, 0.0) + frequency
            documents[word] = documents.get(word, 0) + (records[0] if records else 1)
        self.words = sorted(merged)
        self.frequencies = merged
        self.documents = documents
        self.set = frozenset(merged)

    def span(self, prefix: str, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
        """[start, end) of the words starting with `prefix` (within [lo, hi))."""
        words = self.words
        hi = len(words) if hi is None else hi
        start = bisect_left(words, prefix, lo, hi)
        if not prefix:
            return start, hi
        return start, _after(words, prefix, start, hi)


def _after(words: list[str], prefix: str, lo: int, hi: int) -> int:
    """The first index in [lo, hi) whose word does not start with `prefix` (sorted words)."""
    last = ord(prefix[-1])
    if last < _TOP:
        return bisect_left(words, prefix[:-1] + chr(last + 1), lo, hi)
    while lo < hi and words[lo].startswith(prefix):  # pragma: no cover - U+10FFFF
        lo += 1
    return lo


class WordList:
    """The terms of some fields of an open reader, in memory (see the module docstring)."""

    def __init__(self, reader, fields: Iterable[str]):
        self._fields: dict[str, FieldWords] = {}
        leaves = [leaf for leaf, _ in reader.leaf_readers()]
        for field in fields:
            self._fields[field] = FieldWords(
                item for leaf in leaves for item in _field_items(leaf, field)
            )

    def __contains__(self, term: tuple[str, str]) -> bool:
        field, word = term
        found = self._fields.get(field)
        return found is not None and word in found.set

    def field(self, field: str) -> FieldWords:
        found = self._fields.get(field)
        if found is None:
            raise KeyError(f"{field} is not held in memory")
        return found

    def frequency(self, field: str, word: str) -> float:
        """The word's total frequency in the field over the whole index (0 if absent)."""
        return self.field(field).frequencies.get(word, 0.0)

    def doc_frequency(self, field: str, word: str) -> int:
        """How many records (replaced ones included) hold the word, as Whoosh counts
        (0 for a field that is not held: no record has a term in it)."""
        found = self._fields.get(field)
        return found.documents.get(word, 0) if found is not None else 0

    def expand(self, field: str, prefix: str) -> list[str]:
        """The field's words starting with `prefix`, in sorted order."""
        words = self.field(field)
        start, end = words.span(prefix)
        return words.words[start:end]

    def within(self, field: str, word: str, maxdist: int, prefix: int = 0) -> list[str]:
        """The field's words at most `maxdist` Levenshtein edits from `word`, sorted,
        among those sharing its first `prefix` characters (which take no edits)."""
        words = self.field(field)
        head = word[:prefix]
        lo, hi = words.span(head)
        return _walk(words.words, lo, hi, len(head), word[len(head) :], maxdist)


def _field_items(leaf, field: str) -> Iterable[tuple[str, float, int]]:
    """(term, frequency, records) of one segment's field, read in one sequential pass."""
    terms = getattr(leaf, "_terms", None)
    if terms is not None and hasattr(terms, "items_from"):  # Whoosh 2.7's W3 segments
        if field not in terms.indexed_field_names():
            return
        for (name, raw), info in terms.items_from(field, b""):
            if name != field:
                return
            yield raw.decode("utf-8"), info.weight(), info.doc_frequency()
        return
    if field not in set(leaf.indexed_field_names()):  # pragma: no cover - other codecs
        return
    for raw, info in leaf.iter_field(field):  # pragma: no cover
        word = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        yield word, info.weight(), info.doc_frequency()


def _walk(words: list[str], lo: int, hi: int, skip: int, target: str, k: int) -> list[str]:
    """Words of `words[lo:hi]` (all sharing their first `skip` characters) whose rest is
    within `k` Levenshtein edits of `target`.

    State after reading j characters of a word's rest: `rows[d]` has bit i set
    when target[:i] is within d edits of those j characters. A word matches
    when bit len(target) is set in rows[k] at its end; once rows[k] is 0, no
    word continuing those characters can match.
    """
    size = len(target)
    mask = (1 << (size + 1)) - 1
    goal = 1 << size
    masks: dict[str, int] = {}
    for i, char in enumerate(target):
        masks[char] = masks.get(char, 0) | (1 << (i + 1))
    levels = range(1, k + 1)
    stack = [[((1 << (d + 1)) - 1) & mask for d in range(k + 1)]]  # stack[j]: after j chars
    previous = ""  # the characters whose states are on the stack
    found: list[str] = []
    i = lo
    while i < hi:
        word = words[i]
        rest = word[skip:]
        common, limit = 0, min(len(rest), len(previous))
        while common < limit and rest[common] == previous[common]:
            common += 1
        del stack[common + 1 :]
        dead = -1
        for j in range(common, len(rest)):
            rows = stack[j]
            here = masks.get(rest[j], 0)
            first = (rows[0] << 1) & here
            new = [first]
            for d in levels:
                above = rows[d - 1]
                row = ((rows[d] << 1) & here) | above | (above << 1) | (new[d - 1] << 1)
                new.append((row | new[d - 1]) & mask)
            if not new[k]:
                dead = j
                break
            stack.append(new)
        if dead >= 0:  # no word continuing rest[: dead + 1] can match
            previous = rest[:dead]
            i = _after(words, word[: skip + dead + 1], i + 1, hi)
            continue
        if stack[len(rest)][k] & goal:
            found.append(word)
        previous = rest
        i += 1
    return found
