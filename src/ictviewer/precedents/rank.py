"""How strong a precedent is: the thresholds, and the reason given with each.

`score` is the share of the draft's words inside shared runs of at least three words.
The thresholds were set on the bundled corpus and the cases in
tests/core/test_precedents.py (reuse with edits must stay strong; paragraphs from
unrelated fields, which still share stock phrases such as "in the field of", must not):

- **verbatim**: score >= 0.95 and one run holds at least half the draft — the draft's
  wording is there almost whole, in one piece or two (a dropped word splits a run;
  an inserted word lowers the score by its share of the draft). 0.95 and not 0.9: the
  two CICA concept papers differ by "the whole range"/"a wide range", 2 words of 33
  (0.94); a draft with one of them must be verbatim in that one and only close in
  the other, or the summary would credit the other with the formula;
- **close**: score >= 0.5, or a run of at least 8 words covering at least a quarter of
  the draft — long shared runs, the formula is recognisably the same;
- **related**: anything weaker that also shares a concept of the lexicon with the draft;
  weaker still, with no shared concept, it is no precedent at all (three shared words
  such as "the use of" are not agreed language).
"""

from __future__ import annotations

VERBATIM_SCORE = 0.95
VERBATIM_LONGEST_SHARE = 0.5
CLOSE_SCORE = 0.5
CLOSE_RUN_WORDS = 8
CLOSE_RUN_SCORE = 0.25

VERBATIM, CLOSE, RELATED = "verbatim", "close", "related"
STRONG = (VERBATIM, CLOSE)


def strength(score: float, longest: int, draft_words: int) -> str | None:
    """ "verbatim", "close" or None (related or nothing, decided by shared concepts)."""
    if score >= VERBATIM_SCORE and longest >= VERBATIM_LONGEST_SHARE * draft_words:
        return VERBATIM
    if score >= CLOSE_SCORE or (longest >= CLOSE_RUN_WORDS and score >= CLOSE_RUN_SCORE):
        return CLOSE
    return None


def reason(score: float, longest: int, runs: int, concepts: int) -> str:
    """The figures a strength was decided on, in words a delegate reads."""
    text = f"covers {round(score * 100)}% of the draft's words"
    if runs:
        text += f" in {runs} shared run{'s' if runs > 1 else ''} (longest {longest} words)"
    if concepts:
        text += f"; {concepts} shared concept{'s' if concepts > 1 else ''}"
    return text
