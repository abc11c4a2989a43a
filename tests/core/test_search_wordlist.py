"""The in-memory word list answers as Whoosh's own term reader does (`search/wordlist.py`).

Prefix expansion and the edit-distance walk behind "did you mean" no longer
read Whoosh's term table; these tests hold them to Whoosh's answers on the
real corpus's vocabulary, over every word, every prefix of it and typos of it.
"""

from __future__ import annotations

import random

import pytest

from ictviewer.corpus import load_corpus
from ictviewer.search import SearchIndex
from ictviewer.search.vocabulary import FIELDS
from ictviewer.search.wordlist import FieldWords, WordList


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    index = SearchIndex.open_or_build(load_corpus(), tmp_path_factory.mktemp("wordlist-index"))
    yield index._searcher.reader()
    index.close()


@pytest.fixture(scope="module")
def words(reader):
    return WordList(reader, FIELDS)


def whoosh_words(reader, field: str) -> list[str]:
    return [raw.decode("utf-8") for raw in reader.lexicon(field)]


def probes(vocabulary: list[str], seed: int = 11) -> list[str]:
    """Each word, its prefixes, and a deletion, insertion and substitution of it."""
    rng = random.Random(seed)
    out = set(vocabulary)
    letters = "aeinostrcдеиконрстя-0"
    for word in vocabulary:
        out.update(word[:end] for end in range(1, len(word)))
        for _ in range(3):
            chars, at = list(word), rng.randrange(len(word) + 1)
            kind = rng.randrange(3)
            if kind == 0 and at < len(chars):
                del chars[at]
            elif kind == 1:
                chars.insert(at, rng.choice(letters))
            elif at < len(chars):
                chars[at] = rng.choice(letters)
            out.add("".join(chars))
    return sorted(w for w in out if w)


@pytest.mark.parametrize("field", ["words_en", "words_ru", "text_en", "text_ru"])
def test_the_words_and_frequencies_are_whooshs(reader, words, field):
    vocabulary = whoosh_words(reader, field)
    assert vocabulary and words.expand(field, "") == vocabulary
    for word in vocabulary[::7]:
        assert words.frequency(field, word) == reader.frequency(field, word)
        assert words.doc_frequency(field, word) == reader.doc_frequency(field, word)
        assert (field, word) in words
    assert words.frequency(field, "no-such-word") == 0
    assert (field, "no-such-word") not in words
    assert words.doc_frequency(field, "no-such-word") == 0 == words.doc_frequency("x", "a")


def test_a_field_not_in_the_index_is_empty(words):
    assert words.expand("words_xx", "") == [] and ("words_xx", "a") not in words
    assert words.within("words_kk", "security", 2, prefix=1) == []
    with pytest.raises(KeyError):
        words.field("no_such_field")


@pytest.mark.parametrize("field", ["words_en", "words_ru"])
def test_prefix_expansion_is_whooshs(reader, words, field):
    for prefix in probes(whoosh_words(reader, field))[::3]:
        expected = [raw.decode("utf-8") for raw in reader.expand_prefix(field, prefix)]
        assert words.expand(field, prefix) == expected, prefix


@pytest.mark.parametrize("field", ["words_en", "words_ru"])
@pytest.mark.parametrize("maxdist", [1, 2])
def test_words_within_an_edit_distance_are_whooshs(reader, words, field, maxdist):
    """The same words as Whoosh's Levenshtein automaton, first letter fixed (`prefix=1`).

    Every sixth (fifteenth) probe: Whoosh builds its automaton in Python, ~1 ms a word,
    and the brute-force test below checks the walk exhaustively on a small vocabulary.
    """
    for word in probes(whoosh_words(reader, field))[:: 6 if maxdist == 1 else 15]:
        expected = sorted(
            raw.decode("utf-8") if isinstance(raw, bytes) else raw
            for raw in reader.terms_within(field, word, maxdist, prefix=1)
        )
        assert words.within(field, word, maxdist, prefix=1) == expected, word


def levenshtein(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def test_edit_distance_by_hand_and_by_brute_force():
    vocabulary = ["cat", "cart", "cast", "coat", "cut", "dog", "act", "ca", "scat", "catalogue"]
    words = WordList.__new__(WordList)
    words._fields = {"f": FieldWords((w, 1.0) for w in vocabulary)}
    assert words.within("f", "cat", 0, prefix=1) == ["cat"]
    assert words.within("f", "cat", 1, prefix=1) == ["ca", "cart", "cast", "cat", "coat", "cut"]
    assert words.within("f", "cta", 1, prefix=1) == ["ca"]  # a transposition is two edits
    assert words.within("f", "cta", 2, prefix=1) == ["ca", "cat", "coat", "cut"]
    assert words.within("f", "xat", 1, prefix=1) == []  # the first letter is never edited
    assert "act" not in words.within("f", "cat", 1) and "scat" in words.within("f", "cat", 1)
    assert words.within("f", "", 2) == ["ca"]
    for word in ["", "c", "ca", "cat", "tac", "cats", "catalog", "dg", "scta", "coast"]:
        for maxdist in range(4):
            for prefix in range(3):
                head = word[:prefix]  # all of a shorter word
                expected = [
                    w
                    for w in sorted(vocabulary)
                    if w.startswith(head)
                    and levenshtein(w[len(head) :], word[len(head) :]) <= maxdist
                ]
                assert words.within("f", word, maxdist, prefix) == expected, (word, maxdist)


def test_segments_are_merged_with_their_frequencies_summed():
    field = FieldWords([("b", 1.0, 1), ("a", 2.0, 2), ("b", 3.0, 2)])
    assert field.words == ["a", "b"] and field.frequencies == {"a": 2.0, "b": 4.0}
    assert field.documents == {"a": 2, "b": 3}
    assert field.span("b") == (1, 2) and field.span("c") == (2, 2) and field.span("") == (0, 2)
