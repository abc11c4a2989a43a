"""The concept lexicon and the matcher that finds concepts in provisions.

A concept ("confidence-building measures", "central role of the UN", ...) is
named by English and Russian (and a few Kazakh) terms in
`resources/concepts.yaml`. Terms are matched on word stems, so
"confidence building", "confidence-building measures" and "меры доверия" all
find the same concept.

Matching rules (what a delegate sees highlighted):

- Text and terms are folded alike, and exactly as search folds them
  (`ictviewer.text`: one fold and one stemmer for both, #11): case,
  typographic quotes and dashes, "ё"/"е", Turkish "İ", British/American
  spelling ("behaviour"/"behavior", "organisation"/"organization"), and a
  hyphen separates words. English and Russian words are then stemmed
  (`text.stem`: Snowball plus the spelling folds); Kazakh words are only
  case-folded (a term word ending in "*" matches any word it begins).
- In a term, "*" stands for any one word and "**" for up to eight words
  ("peaceful ** ICT environment"). A match never crosses a sentence break
  (".", ";", ":", "!", "?").
- Overlaps: the longest match (in words) wins; on a tie the earlier one, then
  the concept listed first in the lexicon. Each word belongs to at most one
  concept, so highlights never overlap.
- `ignore:` phrases take part in that contest and then vanish: they stop
  names such as "Conference on Interaction and Confidence Building Measures in
  Asia" from counting as the concept "confidence-building measures".

`ictviewer.concepts.lexicon` reads and validates the YAML file; `bundled_lexicon()`
gives the bundled one, compiled once.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ictviewer.corpus.model import Document
from ictviewer.text import fold_word, stem, words

LANGUAGES = ("en", "ru", "kk")
# Underline styles a view can draw (Qt: Single, Dash, Dot, DashDot, DashDotDot, Wave).
PATTERNS = ("single", "dash", "dot", "dash-dot", "dash-dot-dot", "wave")
MAX_GAP = 8
MAX_CACHED_TEXTS = 50_000


class LexiconError(ValueError):
    """The lexicon file is not valid; the message names the concept and the field."""


@dataclass(frozen=True)
class Example:
    """A phrase that must match its concept as one span (`source`: "doc-id:provision-id")."""

    text: str
    lang: str = "en"
    source: str = ""


@dataclass(frozen=True)
class Concept:
    id: str
    number: int
    label: str
    colour: str  # background highlight under dark text (light theme)
    colour_dark: str  # text or underline colour on a dark background (dark theme)
    pattern: str  # underline style, so the legend works without colour
    terms: tuple[tuple[str, tuple[str, ...]], ...]  # (lang, terms)
    examples: tuple[Example, ...] = ()
    label_ru: str = ""
    note: str = ""

    @property
    def code(self) -> str:
        """The short number shown beside highlights and in the legend: "07"."""
        return f"{self.number:02d}"

    def terms_in(self, lang: str) -> tuple[str, ...]:
        return dict(self.terms).get(lang, ())

    def summary(self) -> dict:
        return {
            "id": self.id,
            "code": self.code,
            "label": self.label,
            "colour": self.colour,
            "colour_dark": self.colour_dark,
            "pattern": self.pattern,
        }


@dataclass(frozen=True)
class ConceptSpan:
    """Characters `text[start:end]` (= `matched_text`) name the concept `concept_id`."""

    start: int
    end: int
    concept_id: str
    matched_text: str


@dataclass(frozen=True)
class ProvisionConcepts:
    """The concepts found in one language version of one provision."""

    provision_id: str
    lang: str
    spans: tuple[ConceptSpan, ...]

    @property
    def concept_ids(self) -> frozenset[str]:
        return frozenset(span.concept_id for span in self.spans)


# -- normalising and stemming -----------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def normal_form(word: str, lang: str) -> str:
    """A word of `text.words` as compared: `text.fold_word` (the same for every language)."""
    return fold_word(word)


@functools.lru_cache(maxsize=65536)
def normalise(word: str, lang: str) -> tuple[str, str]:
    """A folded word -> (normal form, stem), as search makes them (`text.stem`)."""
    norm = fold_word(word)
    return norm, stem(norm, lang)


# -- compiled terms ---------------------------------------------------------------------

_STEM, _PREFIX, _ANY, _GAP = range(4)


@dataclass(frozen=True)
class _Term:
    pattern: tuple[tuple[int, str], ...]
    concept: int  # index into Lexicon.concepts; -1 for an ignore phrase
    text: str


def _parse_term(term: str, lang: str) -> tuple[tuple[int, str], ...]:
    pattern: list[tuple[int, str]] = []
    for chunk in term.split():
        if chunk == "**":
            pattern.append((_GAP, ""))
        elif chunk == "*":
            pattern.append((_ANY, ""))
        elif chunk.endswith("*"):
            pattern.append((_PREFIX, normalise(chunk[:-1], lang)[0]))
        else:
            pattern.extend((_STEM, normalise(w, lang)[1]) for *_, w, _ in words(chunk))
    if not pattern or pattern[0][0] in (_GAP, _ANY) or pattern[-1][0] == _GAP:
        raise LexiconError(f"term {term!r}: must start with a word and not end with '**'")
    return tuple(pattern)


@dataclass(frozen=True)
class _Compiled:
    by_first_stem: dict[str, tuple[_Term, ...]]
    prefix_first: tuple[_Term, ...]
    # First three letters of every term stem: a word of 6+ letters that starts otherwise
    # cannot stem to a term stem (Snowball only rewrites endings), so it is not stemmed.
    stem_heads: frozenset[str]
    short_stems: tuple[str, ...]  # term stems under three letters


_NO_STEM = "\0"  # the stem of a word that cannot match any term


_Pattern = tuple[tuple[int, str], ...]


def _match_from(
    pattern: _Pattern, k: int, i: int, norms: list[str], stems: list[str], n: int
) -> int | None:
    """End (exclusive) of the shortest match of pattern[k:] starting at word i, or None."""
    while k < len(pattern):
        kind, value = pattern[k]
        if kind == _GAP:
            for skip in range(MAX_GAP + 1):
                if i + skip >= n:
                    return None
                end = _match_from(pattern, k + 1, i + skip, norms, stems, n)
                if end is not None:
                    return end
            return None
        if i >= n:
            return None
        if kind == _STEM and stems[i] != value:
            return None
        if kind == _PREFIX and not norms[i].startswith(value):
            return None
        i += 1
        k += 1
    return i


@dataclass(frozen=True)
class Lexicon:
    """The concepts, in legend order, with compiled terms and a per-text match cache."""

    concepts: tuple[Concept, ...]
    ignore: tuple[tuple[str, tuple[str, ...]], ...] = ()
    palette: str = ""
    _compiled: dict[str, _Compiled] = field(default_factory=dict, repr=False, compare=False)
    _cache: dict[tuple[str, str], tuple[ConceptSpan, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _order: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._order.update((c.id, i) for i, c in enumerate(self.concepts))
        for lang in LANGUAGES:  # compile once, so errors surface at load time
            self._compile(lang)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts)

    def __len__(self) -> int:
        return len(self.concepts)

    def get(self, concept_id: str) -> Concept | None:
        index = self._order.get(concept_id)
        return None if index is None else self.concepts[index]

    def order(self, concept_id: str) -> int:
        """Position in the legend (unknown ids last)."""
        return self._order.get(concept_id, len(self.concepts))

    def _compile(self, lang: str) -> _Compiled:
        compiled = self._compiled.get(lang)
        if compiled is not None:
            return compiled
        terms: list[_Term] = []
        for text in dict(self.ignore).get(lang, ()):
            terms.append(_Term(_parse_term(text, lang), -1, text))
        for index, concept in enumerate(self.concepts):
            for text in concept.terms_in(lang):
                try:
                    terms.append(_Term(_parse_term(text, lang), index, text))
                except LexiconError as error:
                    raise LexiconError(f"concept {concept.id}: terms.{lang}: {error}") from None
        by_stem: dict[str, list[_Term]] = {}
        prefix_first: list[_Term] = []
        for term in terms:
            kind, value = term.pattern[0]
            if kind == _STEM:
                by_stem.setdefault(value, []).append(term)
            else:
                prefix_first.append(term)
        stems = {v for t in terms for kind, v in t.pattern if kind == _STEM}
        compiled = _Compiled(
            {k: tuple(v) for k, v in by_stem.items()},
            tuple(prefix_first),
            frozenset(v[:3] for v in stems if len(v) >= 3),
            tuple(sorted(v for v in stems if len(v) < 3)),
        )
        self._compiled[lang] = compiled
        return compiled

    def match(self, text: str, lang: str) -> tuple[ConceptSpan, ...]:
        """Concept spans in `text` (cached per text and language), in text order."""
        key = (lang, text)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._match(text, lang)
            if len(self._cache) >= MAX_CACHED_TEXTS:
                self._cache.clear()
            self._cache[key] = cached
        return cached

    def _match(self, text: str, lang: str) -> tuple[ConceptSpan, ...]:
        compiled = self._compile(lang)
        tokens = words(text)
        n = len(tokens)
        norms = [normal_form(t[2], lang) for t in tokens]
        stems = [
            normalise(t[2], lang)[1]
            if len(norm) < 6
            or norm[:3] in compiled.stem_heads
            or norm.startswith(compiled.short_stems)
            else _NO_STEM
            for t, norm in zip(tokens, norms, strict=True)
        ]
        breaks = [t[3] for t in tokens]
        found: list[tuple[int, int, int, int]] = []  # (-length, start, concept, end)
        for i in range(n):
            candidates = compiled.by_first_stem.get(stems[i], ())
            for term in (*candidates, *compiled.prefix_first):
                end = _match_from(term.pattern, 0, i, norms, stems, n)
                if end is None or any(breaks[i + 1 : end]):
                    continue
                found.append((i - end, i, term.concept, end))
        found.sort()
        taken = [False] * n
        spans: list[ConceptSpan] = []
        for _, start, concept, end in found:
            if any(taken[start:end]):
                continue
            taken[start:end] = [True] * (end - start)
            if concept >= 0:
                s, e = tokens[start][0], tokens[end - 1][1]
                spans.append(ConceptSpan(s, e, self.concepts[concept].id, text[s:e]))
        spans.sort(key=lambda span: span.start)
        return tuple(spans)


def match_concepts(text: str, lang: str, lexicon: Lexicon) -> list[ConceptSpan]:
    """The concept spans of `text` written in `lang` ("en", "ru", "kk"), in text order."""
    return list(lexicon.match(text, lang))


def concepts_in(
    document: Document, lexicon: Lexicon, languages: Iterable[str] | None = None
) -> tuple[ProvisionConcepts, ...]:
    """Concept spans of every provision of `document`, for each of its language versions.

    The provision's main version comes first; `languages` restricts the versions.
    """
    wanted = set(languages) if languages is not None else None
    out: list[ProvisionConcepts] = []
    for provision in document.provisions:
        for lang, text in provision.versions().items():
            if wanted is None or lang in wanted:
                out.append(ProvisionConcepts(provision.id, lang, lexicon.match(text, lang)))
    return tuple(out)
