"""Hits made from the corpus in memory, with their snippets, for the returned records only.

The index stores nothing per record (`records.py`): a hit's document,
provision, label and text come from the corpus it was built from. Its snippet
is made here, with the query's snippet plan for the record's language
(`snippets.Plan`, one per query text and language), the record's tokens
(kept for the last TOKENS_KEPT records shown: typing brings the same records
back keystroke after keystroke), and the query's phrases looked for only in
the records whose term sequences contain them.

Kept apart from `index.py` so that what a user sees of a hit (and what is
cached to make it quickly) is in one place.
"""

from __future__ import annotations

from collections import OrderedDict

from ictviewer.corpus.model import Document
from ictviewer.search.evaluate import Evaluator
from ictviewer.search.query import Parsed
from ictviewer.search.records import Records
from ictviewer.search.results import Hit
from ictviewer.search.snippets import Plan, Tokens, snippet, tokens

PLANS_KEPT = 256  # snippet plans (query text, language) kept
TOKENS_KEPT = 1024  # records whose tokens are kept for their next snippet


class HitMaker:
    """Makes the `Hit`s of one open index (the caller holds the index's lock)."""

    def __init__(self, records: Records, documents: dict[str, Document], evaluator: Evaluator):
        self._records = records
        self._documents = documents
        self._dates = {doc_id: d.date.iso() for doc_id, d in documents.items()}
        self._evaluator = evaluator
        self._plans: dict[tuple[str, str, bool], Plan] = {}
        self._tokens: OrderedDict[int, Tokens] = OrderedDict()  # docnum -> its text's tokens

    def hit(self, docnum: int, score: float, parsed: Parsed, concepts: bool) -> Hit:
        """A hit from the corpus in memory (the index was built from exactly this corpus)."""
        doc_id, provision, lang = self._records.keys[docnum]  # type: ignore[misc]
        document = self._documents[doc_id]
        text = provision.text if lang == provision.lang else provision.versions()[lang]
        return Hit(
            doc_id=doc_id,
            provision_id=provision.id,
            label=provision.label,
            organisation=document.organisation,
            date=self._dates[doc_id],
            lang=lang,
            score=round(score, 4),
            snippet=snippet(text, self.spans(docnum, self.plan(parsed, lang, concepts), text)),
            text=text,
            short_title=document.short_title,
        )

    def spans(self, docnum: int, plan: Plan, text: str) -> list[tuple[int, int]]:
        """The plan's spans in a record's text, phrases looked for only where they occur."""
        tokenised = self._tokens.get(docnum)
        if tokenised is None:
            tokenised = self._tokens[docnum] = tokens(text)
            if len(self._tokens) > TOKENS_KEPT:
                self._tokens.popitem(last=False)
        else:
            self._tokens.move_to_end(docnum)
        if not plan.phrases:
            return plan.spans(text, (), tokenised)
        found = self._evaluator.contains(docnum, plan.needles)
        phrases = tuple(p for p, hit in zip(plan.phrases, found, strict=True) if hit)
        return plan.spans(text, phrases, tokenised)

    def plan(self, parsed: Parsed, lang: str, concepts: bool) -> Plan:
        key = (parsed.text, lang, concepts)
        plan = self._plans.get(key)
        if plan is None:
            if len(self._plans) > PLANS_KEPT:
                self._plans.clear()
            plan = self._plans[key] = Plan.of(parsed, lang)
        return plan

    def forget_plans(self) -> None:
        """Forget the snippet plans (the concept lexicon changed what a query marks)."""
        self._plans.clear()

    def clear(self) -> None:
        """Forget the plans and the records' tokens."""
        self._plans.clear()
        self._tokens.clear()
