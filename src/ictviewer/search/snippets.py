"""Match spans and snippets, computed with the index's own analysis.

Whoosh's highlighter re-analyses and re-scores every hit and leaves escaping to
the formatter; here a hit's text is tokenised once, each word is compared with
the query's terms in the hit's language, and the snippet is assembled from
escaped slices, so corpus text can never inject markup ("<script>" comes out
as "&lt;script&gt;"). Only returned hits get snippets.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ictviewer.search import analysis
from ictviewer.search.query import Alias, Parsed, Phrase, Prefix, Word, leaves

SNIPPET_CHARS = 240  # target fragment length
WHOLE_TEXT_CHARS = 300  # texts up to this length are shown whole
LEAD_CHARS = 60  # context kept before the first match of a fragment
ELLIPSIS = " … "
_SPACE = re.compile(r"\s+")
_JOINERS = " \t\n\u00a0-\u2010\u2011"


@dataclass(frozen=True)
class Plan:
    """What to mark in texts of one language: terms, prefixes of words, term sequences."""

    lang: str
    terms: frozenset[str]
    prefixes: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, parsed: Parsed, lang: str) -> Plan:
        stem = analysis.stemmer(lang)
        terms, prefixes, phrases = set(), [], []
        for leaf, negated in leaves(parsed.node):
            if negated:
                continue
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

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the words of `text` that the query matches."""
        if not (self.terms or self.prefixes or self.phrases):
            return []
        if not self.phrases:  # the common case, one pass without building token lists
            lookup, terms, prefixes, fold = (
                analysis.term_of(self.lang),
                self.terms,
                self.prefixes,
                analysis.fold,
            )
            return [
                m.span()
                for m in analysis.TOKEN_RE.finditer(text)
                if lookup(m.group()) in terms or (prefixes and fold(m.group()).startswith(prefixes))
            ]
        lookup, fold = analysis.term_of(self.lang), analysis.fold
        found = analysis.TOKEN_RE.finditer(text)
        tokens = [(m, term) for m in found if (term := lookup(m.group()))]
        terms = [term for _, term in tokens]
        marked = [
            term in self.terms or bool(self.prefixes and fold(m.group()).startswith(self.prefixes))
            for m, term in tokens
        ]
        for phrase in self.phrases:
            size = len(phrase)
            for i in range(len(terms) - size + 1):
                if terms[i] == phrase[0] and tuple(terms[i : i + size]) == phrase:
                    marked[i : i + size] = [True] * size
        return [m.span() for (m, _), mark in zip(tokens, marked, strict=True) if mark]


def _window(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The fragment of about SNIPPET_CHARS that holds the most matches, on word boundaries."""
    if len(text) <= WHOLE_TEXT_CHARS:
        return 0, len(text)
    best_start, best_count = 0, -1
    for anchor, _ in spans:
        start = max(0, anchor - LEAD_CHARS)
        end = start + SNIPPET_CHARS
        count = sum(1 for s, e in spans if s >= start and e <= end)
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
    for s, e in merged:
        out.append(_escape(text[cursor:s]))
        out.append(f"<b>{_escape(text[s:e])}</b>")
        cursor = e
    out.append(_escape(text[cursor:end]))
    return "".join(out)


def _escape(chunk: str) -> str:
    return html.escape(_SPACE.sub(" ", chunk))


def snippet(text: str, spans: list[tuple[int, int]]) -> str:
    """A fragment around the matches, escaped, matches in <b>, " … " where cut."""
    start, end = _window(text, spans)
    body = render(text, spans, start, end).strip()
    prefix = ELLIPSIS.lstrip() if start > 0 else ""
    suffix = ELLIPSIS.rstrip() if end < len(text) else ""
    return prefix + body + suffix
