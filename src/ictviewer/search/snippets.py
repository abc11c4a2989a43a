"""Match spans and snippets, computed with the index's own analysis.

Whoosh's highlighter re-analyses and re-scores every hit and leaves escaping to
the formatter; here a hit's text is tokenised once, each word is compared with
the query's terms in the hit's language, and the snippet is assembled from
escaped slices, so corpus text can never inject markup ("<script>" comes out
as "&lt;script&gt;"). Only returned hits get snippets.

A record's tokens (`tokens`: matches and raw words) do not depend on the query,
so the index keeps them for recently shown records: while a user types, the
same records come back keystroke after keystroke, and each is tokenised once.
Marking then costs a set look-up per word: a raw word's term comes from the
process-wide memo of `analysis.term_of`, so a new query (each keystroke is
one) folds and stems no word already seen.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import compress

from ictviewer.search import analysis
from ictviewer.search.query import Alias, ConceptAlias, Parsed, Phrase, Prefix, Word, leaves

SNIPPET_CHARS = 240  # target fragment length
WHOLE_TEXT_CHARS = 300  # texts up to this length are shown whole
LEAD_CHARS = 60  # context kept before the first match of a fragment
ELLIPSIS = " … "
_JOINERS = " \t\n\u00a0-\u2010\u2011"
DECISIONS = 20_000  # raw words remembered per plan
_OPEN, _CLOSE = "\x00", "\x01"  # stand-ins for <b> and </b> while the text is escaped
Tokens = tuple[list[re.Match], list[str]]  # a text's word matches and raw words


def tokens(text: str) -> Tokens:
    """The matches and raw words of `text`'s tokens (`analysis.TOKEN_RE`), in order
    (a span is asked only of the few words that are marked)."""
    found = list(analysis.TOKEN_RE.finditer(text))
    return found, list(map(re.Match.group, found))


@dataclass(frozen=True)
class Plan:
    """What to mark in texts of one language: terms, prefixes of words, term sequences."""

    lang: str
    terms: frozenset[str]
    prefixes: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    # raw word -> whether it is marked on its own (a term or a prefix): decided once per word
    _decided: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, parsed: Parsed, lang: str) -> Plan:
        stem = analysis.stemmer(lang)
        terms, prefixes, phrases = set(), [], []
        marked = []
        for leaf, negated in leaves(parsed.node):
            if negated:
                continue
            if isinstance(leaf, ConceptAlias):  # what was typed, and the terms of this language
                marked.extend(node for node, _ in leaves(leaf.typed))  # type: ignore[arg-type]
                marked.extend(t for t_lang, t in leaf.terms if t_lang == lang)
            else:
                marked.append(leaf)
        for leaf in marked:
            if isinstance(leaf, Alias):
                terms.add(stem(leaf.word.folded))
                phrases.extend(tuple(stem(w.folded) for w in p.words) for p in leaf.phrases)
            elif isinstance(leaf, Word):
                terms.add(stem(leaf.folded))
            elif isinstance(leaf, Prefix):
                prefixes.append(leaf.text)
            elif isinstance(leaf, Phrase):
                phrases.append(tuple(stem(w.folded) for w in leaf.words))
        return cls(lang, frozenset(terms), tuple(prefixes), tuple(phrases))

    def _marks(self, raw: str) -> bool:
        """Whether a raw word is marked on its own (a term or a prefix): decided once a word."""
        mark = self._decided.get(raw)
        if mark is None:
            folded = analysis.fold(raw)
            term = analysis.stemmer(self.lang)(folded) if folded else ""
            mark = term in self.terms or bool(self.prefixes and folded.startswith(self.prefixes))
            if len(self._decided) < DECISIONS:
                self._decided[raw] = mark
        return mark

    @property
    def needles(self) -> tuple[bytes, ...]:
        """Each phrase as it appears in a record's joined terms (`segment.SideData`)."""
        return tuple(f" {' '.join(phrase)} ".encode() for phrase in self.phrases)

    def spans(
        self,
        text: str,
        phrases: tuple[tuple[str, ...], ...] | None = None,
        tokenised: Tokens | None = None,
    ) -> list[tuple[int, int]]:
        """Character spans of the words of `text` that the query matches.

        `phrases`, when given, are the plan's phrases that the text is known to
        contain (none: the fast path for its words alone). `tokenised` is
        `tokens(text)`, when the caller keeps it.
        """
        phrases = self.phrases if phrases is None else phrases
        if not (self.terms or self.prefixes or phrases):
            return []
        found, raws = tokens(text) if tokenised is None else tokenised
        terms = analysis.terms_of(self.lang, raws)  # memoised per raw word for the process
        marked = list(map(self.terms.__contains__, terms))
        if self.prefixes:
            marks = self._marks
            marked = [m or marks(r) for r, m in zip(raws, marked, strict=True)]
        if not phrases:  # the common case: a set hit a word
            return list(map(re.Match.span, compress(found, marked)))
        if "" in terms:  # tokens with no term (nothing left once folded) take no part
            keep = list(map(bool, terms))
            found, terms, marked = (list(compress(x, keep)) for x in (found, terms, marked))
        for phrase in phrases:
            size, first, i = len(phrase), phrase[0], -1
            while True:
                try:
                    i = terms.index(first, i + 1)
                except ValueError:
                    break
                if tuple(terms[i : i + size]) == phrase:
                    marked[i : i + size] = [True] * size
        return list(map(re.Match.span, compress(found, marked)))


def _window(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The fragment of about SNIPPET_CHARS that holds the most matches, on word boundaries."""
    if len(text) <= WHOLE_TEXT_CHARS:
        return 0, len(text)
    best_start, best_count = 0, -1
    starts = [s for s, _ in spans]  # spans are in order and never overlap: both sorted
    ends = [e for _, e in spans]
    for anchor in starts:
        start = max(0, anchor - LEAD_CHARS)
        # the spans with s >= start and e <= end: from the first such start to the last such end
        count = max(0, bisect_right(ends, start + SNIPPET_CHARS) - bisect_left(starts, start))
        if count > best_count:
            best_start, best_count = start, count
    start = best_start
    end = min(len(text), start + SNIPPET_CHARS)
    if len(text) - start < SNIPPET_CHARS:  # near the end: show a full-length fragment
        start = max(0, len(text) - SNIPPET_CHARS)
    if start > 0:
        space = text.find(" ", start, start + 30)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", end - 30, end)
        end = space if space > start else end
    return start, end


def render(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> str:
    """Escaped `text[start:end]` with the spans inside it wrapped in <b>…</b>.

    Marks separated only by spaces or a hyphen are joined, so a matched phrase
    reads as one ("<b>digital forensics</b>", "<b>confidence-building</b>").
    """
    end = len(text) if end is None else end
    merged: list[list[int]] = []
    for s, e in spans:
        if s < start or e > end:
            continue
        if merged and not text[merged[-1][1] : s].strip(_JOINERS):
            merged[-1][1] = e
        else:
            merged.append([s, e])
    out, cursor = [], start
    if _OPEN in text or _CLOSE in text:  # cannot use stand-ins: escape piece by piece
        for s, e in merged:
            out.append(_escape(text[cursor:s]))
            out.append(f"<b>{_escape(text[s:e])}</b>")
            cursor = e
        out.append(_escape(text[cursor:end]))
        return "".join(out)
    for s, e in merged:  # marks sit on word characters, never inside a run of spaces
        out += (text[cursor:s], _OPEN, text[s:e], _CLOSE)
        cursor = e
    out.append(text[cursor:end])
    return _escape("".join(out)).replace(_OPEN, "<b>").replace(_CLOSE, "</b>")


def _escape(chunk: str) -> str:
    r"""HTML-escaped, each run of white space one plain space (as `re.sub(r"\s+", " ")`)."""
    words = chunk.split()
    text = " ".join(words)
    if chunk[:1].isspace():
        text = " " + text
    if words and chunk[-1:].isspace():
        text += " "
    return html.escape(text)


def snippet(text: str, spans: list[tuple[int, int]]) -> str:
    """A fragment around the matches, escaped, matches in <b>, " … " where cut."""
    start, end = _window(text, spans)
    body = render(text, spans, start, end).strip()
    prefix = ELLIPSIS.lstrip() if start > 0 else ""
    suffix = ELLIPSIS.rstrip() if end < len(text) else ""
    return prefix + body + suffix
