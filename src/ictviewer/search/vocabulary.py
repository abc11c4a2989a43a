"""What the index knows of a word: "did you mean", and which indexed words a query reached.

Both read the unstemmed `words_L` fields, so the user sees real words of the
corpus ("cooperation", "cooperate") rather than stems ("cooper").

A query word is *unknown* when it is not a word of the corpus. It gets a
suggestion, unless its stem is indexed and its ending is a regular English
inflection (-s, -ed, -ing, -ation, -ist …): "cooperate" then finds
"cooperation" and is a word form, not a typo. "confidance" is offered
"confidence" although both stem to "confid": -ance/-ence confusion is the
typical misspelling, so those endings are deliberately not in the list.
"""

from __future__ import annotations

from collections.abc import Callable

from whoosh.support.levenshtein import distance

from ictviewer.search import analysis
from ictviewer.search.query import Alias, ConceptAlias, Parsed, Phrase, Prefix, Word, leaves
from ictviewer.search.schema import FIELD_LANGS, text_field, words_field
from ictviewer.search.wordlist import WordList

MAX_EXPANSIONS = 12
MAX_PREFIX_WORDS = 256
CACHE_WORDS = 4096
_ENDINGS = """s es ed d ing ings e ly al ally ion ions ation ations ative atively ate ates ated
    ating ive ively ivity ment ments er ers or ors ity ities ist ists ism isms ise ised
    ises ising ize ized izes izing ic ical ness y ies ied isation isations ization izations
    iser isers izer izers"""
_INFLECTIONS = frozenset(("", *_ENDINGS.split()))


#: The fields whose terms the vocabulary reads (`wordlist.WordList`).
FIELDS = tuple(f(lang) for lang in FIELD_LANGS for f in (text_field, words_field))


class Vocabulary:
    """Word look-ups against one open reader's words (held in memory), cached per word.

    `frequency(field, word)`, when given, counts only live records: an updated
    index still lists the words of replaced documents in Whoosh's lexicon.
    """

    def __init__(self, reader, frequency: Callable[[str, str], float] | None = None):
        self.words = WordList(reader, FIELDS)
        self._live = frequency
        self._expansions: dict[str, list[str]] = {}
        self._suggestions: dict[str, str | None] = {}
        self._prefix_terms: dict[tuple[str, str], list[str]] = {}

    def clear(self) -> None:
        """Forget every cached look-up (benchmarks of cold queries)."""
        self._expansions.clear()
        self._suggestions.clear()
        self._prefix_terms.clear()

    # --- what a word reached ---------------------------------------------------------

    def expanded_terms(self, parsed: Parsed) -> dict[str, list[str]]:
        """{query word: indexed words it searched}, e.g. {"cooperate": ["cooperation", ...]}.

        A concept expansion adds `"concept:<id>": [its terms, "phrases" quoted]`,
        so what the query searched beyond the typed words is listed, not hidden.
        """
        result: dict[str, list[str]] = {}
        self._expanded(parsed.node, result)
        return result

    def _expanded(self, node, result: dict[str, list[str]]) -> None:
        for leaf, _negated in leaves(node):
            if isinstance(leaf, ConceptAlias):
                self._expanded(leaf.typed, result)
                result.setdefault(
                    f"concept:{leaf.concept_id}",
                    [
                        '"' + " ".join(w.folded for w in t.words) + '"'
                        if isinstance(t, Phrase)
                        else t.folded
                        for _, t in leaf.terms
                    ],
                )
            elif isinstance(leaf, Alias):
                spelled = ['"' + " ".join(w.folded for w in p.words) + '"' for p in leaf.phrases]
                if leaf.acronym_typed:
                    result.setdefault(leaf.word.text, self.forms(leaf.word.folded) + spelled)
                else:
                    for word in leaf.phrases[0].words:
                        result.setdefault(word.text, self.forms(word.folded))
                    result[spelled[0]] = self.forms(leaf.word.folded)
            elif isinstance(leaf, Word):
                result.setdefault(leaf.text, self.forms(leaf.folded))
            elif isinstance(leaf, Phrase):
                for word in leaf.words:
                    result.setdefault(word.text, self.forms(word.folded))
            elif isinstance(leaf, Prefix):
                result.setdefault(leaf.text + "*", self.prefixed(leaf.text))
        return result

    def forms(self, folded: str) -> list[str]:
        """Indexed words sharing the word's term in some language, most frequent first."""
        if folded in self._expansions:
            return self._expansions[folded]
        found: dict[str, int] = {}
        for lang in FIELD_LANGS:
            stem = analysis.stemmer(lang)
            term = stem(folded)
            if not self._has(text_field(lang), term):
                continue
            field = words_field(lang)
            head = term[: max(3, len(term) - 2)] if term != folded else folded
            for count, word in enumerate(self._expand(field, head)):
                if count > 2000:
                    break
                if stem(word) == term:
                    frequency = self._frequency(field, word)
                    if frequency:
                        found[word] = found.get(word, 0) + frequency
        forms = sorted(found, key=lambda w: (-found[w], w))[:MAX_EXPANSIONS]
        _remember(self._expansions, folded, forms)
        return forms

    def prefixed(self, prefix: str) -> list[str]:
        """The most frequent corpus words starting with `prefix` (any language)."""
        found: dict[str, float] = {}
        for lang in FIELD_LANGS:
            for word, frequency in self._with_prefix(lang, prefix):
                found[word] = found.get(word, 0) + frequency
        return sorted(found, key=lambda w: (-found[w], w))[:MAX_EXPANSIONS]

    def prefix_terms(self, lang: str, prefix: str) -> list[str]:
        """Index terms (stems) of the words starting with `prefix` in one language.

        A prefix query searches these terms, so `cooperat*` finds "cooperation"
        although the index holds "cooper"; at most MAX_PREFIX_WORDS words count.
        """
        key = (lang, prefix)
        if key not in self._prefix_terms:
            stem = analysis.stemmer(lang)
            words = self._with_prefix(lang, prefix)
            words.sort(key=lambda item: -item[1])
            terms = dict.fromkeys(stem(w) for w, _ in words[:MAX_PREFIX_WORDS])
            _remember(self._prefix_terms, key, sorted(terms))
        return self._prefix_terms[key]

    def _with_prefix(self, lang: str, prefix: str) -> list[tuple[str, float]]:
        field = words_field(lang)
        out = []
        for word in self._expand(field, prefix):
            frequency = self._frequency(field, word)
            if frequency:
                out.append((word, frequency))
        return out

    def _expand(self, field: str, prefix: str) -> list[str]:
        return self.words.expand(field, prefix)

    def _frequency(self, field: str, word: str) -> float:
        if self._live is not None:
            return self._live(field, word)
        return self.words.frequency(field, word)

    def _has(self, field: str, word: str) -> bool:
        if self._live is not None:
            return (field, word) in self.words and self._live(field, word) > 0
        return (field, word) in self.words

    # --- did you mean ----------------------------------------------------------------

    def known(self, folded: str) -> bool:
        """A word of the corpus, or a regular inflection of an indexed English stem."""
        if any(self._has(words_field(lang), folded) for lang in FIELD_LANGS):
            return True
        if folded.isdigit() or len(folded) < 3:
            return True
        for lang in FIELD_LANGS:
            term = analysis.stemmer(lang)(folded)
            if not self._has(text_field(lang), term):
                continue
            if lang != "en" or folded[len(term) :] in _INFLECTIONS:
                return True
        return False

    def correct(self, folded: str) -> str | None:
        """The closest corpus word (edit distance, then frequency), or None."""
        if folded in self._suggestions:
            return self._suggestions[folded]
        best: tuple | None = None
        maxdist = 1 if len(folded) < 6 else 2
        for lang in FIELD_LANGS:
            field = words_field(lang)
            for word in self.words.within(field, folded, maxdist, prefix=1):
                frequency = self._frequency(field, word)
                if not frequency:
                    continue
                rank = (distance(folded, word, limit=maxdist + 1), -frequency, word)
                if best is None or rank < best:
                    best = rank
        answer = best[2] if best else None
        _remember(self._suggestions, folded, answer)
        return answer

    def suggestion(self, parsed: Parsed) -> str | None:
        """The whole query with each unknown word replaced by its closest corpus word."""
        replacements = []
        for leaf, _negated in _typed_leaves(parsed.node):
            words = leaf.words if isinstance(leaf, Phrase) else (leaf,)
            for word in words:
                if not isinstance(word, Word) or word.start < 0 or self.known(word.folded):
                    continue
                better = self.correct(word.folded)
                if better and better != word.folded:
                    replacements.append((word.start, word.end, better))
        if not replacements:
            return None
        text = parsed.text
        for start, end, better in sorted(replacements, reverse=True):
            text = text[:start] + better + text[end:]
        return " ".join(text.split())


def _typed_leaves(node):
    """`leaves`, with a concept expansion's typed part in its place (only it was typed)."""
    for leaf, negated in leaves(node):
        if isinstance(leaf, ConceptAlias):
            yield from _typed_leaves(leaf.typed)
        else:
            yield leaf, negated


def _remember(cache: dict, key, value) -> None:
    """Store in a per-word cache, forgetting everything past CACHE_WORDS entries."""
    if len(cache) >= CACHE_WORDS:
        cache.clear()
    cache[key] = value
