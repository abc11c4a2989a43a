"""What a precedent search returns: frozen values a CLI prints and a Qt model shows.

Each precedent carries its `reason` (the figures its strength was decided on), so a
view can say *why* a provision is called verbatim, close or related.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SharedRun:
    """A maximal stretch of shared wording.

    `text` is the provision's own wording (the agreed language a delegate would quote);
    the draft may spell it differently ("recognising"/"recognizing", "ICTs"/the spelled-out
    form). Offsets are character offsets into the draft paragraph and the provision's
    text in `Precedent.lang`. `words` counts the draft's words in the run.
    """

    text: str
    words: int
    draft_start: int
    draft_end: int
    provision_start: int
    provision_end: int

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "words": self.words,
            "draft_start": self.draft_start,
            "draft_end": self.draft_end,
            "provision_start": self.provision_start,
            "provision_end": self.provision_end,
        }


@dataclass(frozen=True)
class Precedent:
    """One provision (in one language version) that shares wording with the draft."""

    doc_id: str
    provision_id: str
    label: str
    citation: str
    organisation: str
    date: str  # ISO at the date's precision, as elsewhere in the CLI
    lang: str
    score: float  # share of the draft's words covered by `runs`, 0..1
    strength: str  # "verbatim" | "close" | "related"
    runs: tuple[SharedRun, ...]
    concepts: tuple[str, ...]  # concept ids found in both the draft and the provision
    reason: str
    year: int = 0
    sort_date: dt.date = field(default=dt.date.min, compare=False)
    longest: int = 0  # the draft's words in the longest run: what `reason` is worded from

    def to_json(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "provision_id": self.provision_id,
            "label": self.label,
            "citation": self.citation,
            "organisation": self.organisation,
            "date": self.date,
            "lang": self.lang,
            "score": round(self.score, 3),
            "strength": self.strength,
            "runs": [run.to_json() for run in self.runs],
            "concepts": list(self.concepts),
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ParagraphPrecedents:
    """The precedents of one draft paragraph, best first, and the sentence that sums them up.

    `summary` names where the wording was agreed, oldest first ("agreed language in CICA
    2022 (para. 5) and CSTO 2022 (para. 7)"), or says plainly that there is none.
    `history` is the strong (verbatim or close) precedents found, oldest first, even
    those beyond the requested limit: the summary is built from it.
    """

    text: str
    lang: str
    words: int
    precedents: tuple[Precedent, ...]
    summary: str
    history: tuple[Precedent, ...] = ()
    #: What `summary` is worded from besides `history`, so a window can word it in its
    #: own language: how many related provisions there were, and whether the draft
    #: paragraph was too short to have precedents at all.
    related: int = 0
    too_short: bool = False

    @property
    def has_agreed_language(self) -> bool:
        return bool(self.history)

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "precedents": [p.to_json() for p in self.precedents],
            "summary": self.summary,
        }
