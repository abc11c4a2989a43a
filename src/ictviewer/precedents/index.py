"""`PrecedentIndex`: built once per library, asked on every paste.

Every language version of every provision is one record (`Provision.versions()`), so a
Russian paragraph finds the Russian text of the trilingual note verbale. A query:

1. cuts the paragraph into matching tokens (`tokens.py`, the search's fold and stem);
2. takes the records sharing the most of its shingles (`shingles.py`) — a few dozen
   of the library, never a scan;
3. computes the shared runs with each (`runs.py`), scores them and decides their
   strength (`rank.py`); keeps each provision's best language version;
4. names the concepts shared with the draft (the compare lexicon, passed in
   explicitly), which decide whether a weak match is "related" or nothing;
5. sums it up in one sentence (`summary.py`).

The index is immutable once built, so a window may query it from a worker thread
while the user types; `fingerprint` says which corpus it was built from, so a view
rebuilds it only when the library changed.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from ictviewer.compare import Lexicon
from ictviewer.corpus.model import Corpus, Document, Provision
from ictviewer.export.citation import brief_cite
from ictviewer.precedents import rank, summary
from ictviewer.precedents.drafts import DraftError, check_paragraph, check_size, clean
from ictviewer.precedents.results import ParagraphPrecedents, Precedent, SharedRun
from ictviewer.precedents.runs import Span, chosen_runs, positions
from ictviewer.precedents.shingles import SIZE, ShingleIndex
from ictviewer.precedents.tokens import Word, keys, language_of, tokens

DEFAULT_LIMIT = 10
MIN_CANDIDATES = 50  # records whose runs are computed, at least (more for a larger limit)


@dataclass(frozen=True)
class _Record:
    document: Document
    provision: Provision
    lang: str
    text: str

    @property
    def words(self) -> tuple[Word, ...]:
        """Tokens with offsets, made only when a query shows this record (cached)."""
        return tokens(self.text, self.lang)


@dataclass(frozen=True)
class _Match:
    record: _Record
    spans: tuple[Span, ...]
    score: float
    longest: int
    strength: str | None


class PrecedentIndex:
    """The library's provisions, ready to be asked which of them share a draft's wording."""

    def __init__(self, corpus: Corpus, lexicon: Lexicon):
        started = time.perf_counter()
        self.lexicon = lexicon
        self.fingerprint = corpus.fingerprint
        records = [
            _Record(document, provision, lang, text)
            for document in corpus.documents
            for provision in document.provisions
            for lang, text in provision.versions().items()
        ]
        self._records = records
        self._keys = [keys(r.text, r.lang) for r in records]
        self._shingles = ShingleIndex(self._keys)
        #: Seconds the build took (the benchmark and `ictviewer precedents` report it).
        self.build_seconds = time.perf_counter() - started

    @classmethod
    def build(cls, corpus: Corpus, lexicon: Lexicon) -> PrecedentIndex:
        """Index every language version of every provision of `corpus` (in memory)."""
        return cls(corpus, lexicon)

    def __len__(self) -> int:
        """The number of records (language versions of provisions) indexed."""
        return len(self._records)

    @property
    def shingle_count(self) -> int:
        return len(self._shingles)

    # --- queries ----------------------------------------------------------------------

    def find(self, text: str, limit: int = DEFAULT_LIMIT) -> ParagraphPrecedents:
        """The precedents of one paragraph, best first (at most `limit`).

        Raises `DraftError` for an empty text or one too long to be a paragraph.
        """
        if limit < 1:
            raise ValueError("limit must be at least 1")
        check_size(text)
        paragraph = clean(text)
        if not paragraph:
            raise DraftError("the draft is empty: paste or type a paragraph to look up")
        check_paragraph(paragraph)
        lang = language_of(paragraph)
        words = tokens(paragraph, lang)
        total = sum(w.words for w in words)
        if len(words) < SIZE:
            return ParagraphPrecedents(
                paragraph, lang, total, (), summary.TOO_SHORT, too_short=True
            )
        draft_keys = [w.key for w in words]
        draft_positions = positions(draft_keys)
        best: dict[tuple[str, str], _Match] = {}
        wanted = max(MIN_CANDIDATES, 4 * limit)
        for number, _shared in self._shingles.candidates(draft_keys, wanted):
            record = self._records[number]
            spans = chosen_runs(draft_keys, self._keys[number], draft_positions)
            if not spans:
                continue
            match = self._scored(record, spans, words, total)
            key = (record.document.id, record.provision.id)
            if key not in best or _order(match) < _order(best[key]):
                best[key] = match
        ranked = sorted(best.values(), key=_order)
        draft_concepts = {s.concept_id for s in self.lexicon.match(paragraph, lang)}
        strong = [m for m in ranked if m.strength is not None]
        history = tuple(
            sorted(
                (self._precedent(m, words, draft_concepts) for m in strong),
                key=lambda p: (p.sort_date, p.doc_id, p.provision_id),
            )
        )
        shown = sorted(history, key=lambda p: (-p.score, p.sort_date, p.doc_id, p.provision_id))
        related = []
        for match in ranked:
            if match.strength is not None or len(shown) + len(related) >= limit:
                continue
            precedent = self._precedent(match, words, draft_concepts)
            if precedent.concepts:
                related.append(precedent)
        precedents = tuple((shown + related)[:limit])
        return ParagraphPrecedents(
            paragraph,
            lang,
            total,
            precedents,
            summary.summarise(history, len(related)),
            history,
            related=len(related),
        )

    def find_all(
        self, paragraphs: Iterable[str], limit: int = DEFAULT_LIMIT
    ) -> tuple[ParagraphPrecedents, ...]:
        """`find` for each paragraph of a draft, in order."""
        return tuple(self.find(p, limit) for p in paragraphs)

    # --- helpers ----------------------------------------------------------------------

    def _scored(
        self, record: _Record, spans: list[Span], words: tuple[Word, ...], total: int
    ) -> _Match:
        lengths = [sum(w.words for w in words[s.draft : s.draft + s.length]) for s in spans]
        covered = sum(lengths)
        score = covered / total if total else 0.0
        longest = max(lengths)
        return _Match(record, tuple(spans), score, longest, rank.strength(score, longest, total))

    def _precedent(
        self, match: _Match, draft_words: tuple[Word, ...], draft_concepts: set[str]
    ) -> Precedent:
        record, words = match.record, match.record.words
        runs = []
        for span in match.spans:
            first, last = draft_words[span.draft], draft_words[span.draft + span.length - 1]
            start, end = words[span.record].start, words[span.record + span.length - 1].end
            runs.append(
                SharedRun(
                    text=record.text[start:end],
                    words=sum(w.words for w in draft_words[span.draft : span.draft + span.length]),
                    draft_start=first.start,
                    draft_end=last.end,
                    provision_start=start,
                    provision_end=end,
                )
            )
        shared = self._shared_concepts(record, draft_concepts)
        strength = match.strength or rank.RELATED
        document, provision = record.document, record.provision
        return Precedent(
            doc_id=document.id,
            provision_id=provision.id,
            label=provision.label,
            citation=brief_cite(document, provision, record.lang),
            organisation=document.organisation,
            date=document.date.iso(),
            lang=record.lang,
            score=match.score,
            strength=strength,
            runs=tuple(runs),
            concepts=shared,
            reason=rank.reason(match.score, match.longest, len(runs), len(shared)),
            year=document.date.start.year,
            sort_date=document.date.start,
            longest=match.longest,
        )

    def _shared_concepts(self, record: _Record, draft_concepts: set[str]) -> tuple[str, ...]:
        if not draft_concepts:
            return ()
        found = dict.fromkeys(s.concept_id for s in self.lexicon.match(record.text, record.lang))
        return tuple(c for c in found if c in draft_concepts)


def _order(match: _Match) -> tuple:
    """Best first: more of the draft covered, then a longer run, then the older text."""
    return (
        -match.score,
        -match.longest,
        match.record.document.date.start,
        match.record.document.id,
    )
