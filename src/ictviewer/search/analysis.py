"""How text becomes searchable terms, the same way for the index, queries and highlights.

One tokenizer runs over the *original* text (so character offsets stay true for
highlighting) and each token is then folded on its own (`text.fold_word`:
typographic apostrophes unified, NFKC, casefold, Turkish "İ" → "i", "ё" → "е",
possessive "'s" dropped), so “ICTs”, "ICTs", ICT’s and İCTs all reach the
same term. Each language then maps a folded word to its index term with the
stemmer the concept matcher uses too (`text.stemmer`): one fold and one stem
policy for search and concepts (#11).
"""

from __future__ import annotations

import re
from itertools import pairwise

from whoosh.analysis import Token, Tokenizer

from ictviewer.text import fold_word, stemmer

#: Languages with their own index field; any other language uses "xx" (fold only).
LANGUAGES = ("en", "ru", "kk")
OTHER = "xx"
_identity = stemmer(OTHER)  # no stemming: the folded word

# A reference number: parts joined by "/" with at least one part of digits
# ("NCT/ICT/267", "A/RES/73/27"). It is one token, so "ICTs" no longer matches
# the "ICT" inside a note's number (#13), and typing the number finds it whole.
REFERENCE = r"\w+(?:/\w+)*/\d+(?!\w)(?:/\w+)*"
# A word: letters/digits, optionally joined by apostrophes (don't, ICT’s).
WORD = r"\w+(?:['’ʼ‘`´]\w+)*"
# `REFERENCE|WORD`, read in one pass (#11): both start with a run of word characters,
# which the written-out alternation read twice for every plain word (once to find no
# "/", then again as a word) after retrying each shorter run. The run is taken once,
# possessively (a shorter one is followed by a word character, never by "/" or an
# apostrophe), then the reference's tail is tried, else the word's: the same tokens
# (a test compares the two on random strings), so the index is unchanged.
TOKEN_RE = re.compile(r"\w++(?:(?:/\w++)*/\d++(?!\w)(?:/\w+)*|(?:['’ʼ‘`´]\w+)*)")

#: Typographic punctuation mapped to ASCII before a *query* is parsed.
QUERY_PUNCTUATION = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "＂": '"',
        "‘": "'",
        "’": "'",
        "ʼ": "'",
        "–": "-",
        "—": "-",
        "−": "-",
        "‐": "-",
        "‑": "-",
        "\u00a0": " ",
    }
)


#: Words too common to narrow a search; dropped from bare-word queries (never from phrases).
def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _word_set(
    """a an and are as at be by for from has have in into is it its of on or that the
    their this to was were which will with within shall should also all any such
    и в во на с со по к ко о об от до из за для не ни что как а но или же ли бы
    его ее их это этот эта эти тот при под над также"""
)

#: A token as the index sees it before stemming (the one fold policy, `text.fold_word`).
fold = fold_word


def field_lang(lang: str) -> str:
    """The index field suffix for a language code ("en", "ru", "kk" or "xx")."""
    return lang if lang in LANGUAGES else OTHER


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word of the original text."""
    tokens = []
    for match in TOKEN_RE.finditer(text):
        folded = fold(match.group())
        if folded:
            tokens.append((match.start(), match.end(), folded))
    return tokens


_tokenize = tokenize  # the analyzer's `tokenize` keyword (Whoosh's API) shadows the name


def words(text: str) -> list[str]:
    """The folded words of a text, in order (no offsets: the fast path for indexing)."""
    return [w for w in map(fold, TOKEN_RE.findall(text)) if w]


_TERMS: dict[str, dict[str, str]] = {}  # language -> raw word -> term ("" = no word)


def term_of(lang: str):
    """A fast raw-word → term function for one language (a dict in front of fold + stem)."""
    cache = _TERMS.setdefault(field_lang(lang), {})
    if len(cache) > 200_000:
        cache.clear()
    stem = stemmer(lang)

    def lookup(raw: str) -> str:
        found = cache.get(raw)
        if found is None:
            found = cache[raw] = stem(fold(raw))
        return found

    return lookup


def terms_of(lang: str, raws: list[str]) -> list[str]:
    """`term_of(lang)` of each raw word, looked up with one C-level `map` when all are known."""
    cache = _TERMS.get(field_lang(lang))
    found = list(map(cache.get, raws)) if cache is not None else [None] * len(raws)
    if None in found:
        lookup = term_of(lang)
        return [f if f is not None else lookup(r) for r, f in zip(raws, found, strict=True)]
    return found  # type: ignore[return-value]


_FOLDED: dict[str, dict[str, str]] = {}  # field language -> raw word -> folded word
_TERM: dict[str, dict[str, str]] = {}  # field language -> raw word -> term


def index_words(text: str, lang: str) -> tuple[list[str], list[str]]:
    """(folded words, terms) of a text, in order: the index's fast path.

    The analysis `LanguageAnalyzer` describes to Whoosh. Words are looked up in two dicts
    with C-level `map`s; a raw word seen before is never folded or stemmed again.
    """
    key = field_lang(lang)
    folds, terms_of = _FOLDED.get(key), _TERM.get(key)
    if folds is None or terms_of is None or len(folds) > 500_000:
        folds, terms_of = _FOLDED[key], _TERM[key] = {}, {}
    raws = TOKEN_RE.findall(text)
    folded = list(map(folds.get, raws))
    if None in folded:
        stem = stemmer(lang)
        for raw in raws:
            if raw not in folds:
                word = fold(raw)
                folds[raw], terms_of[raw] = word, stem(word) if word else ""
        folded = list(map(folds.__getitem__, raws))
    terms = list(map(terms_of.__getitem__, raws))
    if "" in folded:  # a token with nothing left once folded
        return [f for f in folded if f], [t for f, t in zip(folded, terms, strict=True) if f]
    return folded, terms


class VocabularyAnalyzer(Tokenizer):
    """Reads "word count" lines: each word once, weighted by how many records use it.

    The `words_L` fields hold one vocabulary document per language instead of a
    posting per word per record, which keeps a third of the postings (and of
    the build time) out of the index while the lexicon stays a real Whoosh one.
    """

    def __eq__(self, other):
        return isinstance(other, VocabularyAnalyzer)

    def __hash__(self):
        return hash(VocabularyAnalyzer)

    def __call__(self, value, positions=False, chars=False, mode="", **kwargs):
        token = Token(positions, chars, mode=mode, **kwargs)
        for pos, line in enumerate(value.splitlines()):
            word, _, count = line.rpartition(" ")
            token.text, token.boost, token.stopped = word, float(count or 1), False
            if positions:
                token.pos = pos
            yield token


class LanguageAnalyzer(Tokenizer):
    """A Whoosh analyzer equivalent to `index_words` for one language and one kind of term.

    The index is fed pre-analysed token lists (one pass for three fields), but
    the schema still names a faithful analyzer so Whoosh tools (or a future
    QueryParser) analyse strings the same way. Only `lang` and `kind` are
    pickled into the index's table of contents.
    """

    def __init__(self, lang: str = OTHER, kind: str = "terms"):
        self.lang = lang
        self.kind = kind

    def __eq__(self, other):
        return isinstance(other, LanguageAnalyzer) and (self.lang, self.kind) == (
            other.lang,
            other.kind,
        )

    def __hash__(self):
        return hash((self.lang, self.kind))

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        stem = stemmer(self.lang) if self.kind != "words" else _identity
        spans = [(s, e, stem(w)) for s, e, w in _tokenize(value)]
        if self.kind == "pairs":
            spans = [(a[0], b[1], f"{a[2]} {b[2]}") for a, b in pairwise(spans)]
        for pos, (start, end, text) in enumerate(spans):
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = value[start:end]
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token
