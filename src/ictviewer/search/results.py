"""What a search returns: frozen values the CLI prints and the UI models wrap."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Hit:
    """One matching provision in one language version.

    `snippet` marks matched words with `<b>…</b>`; every other character is
    HTML-escaped, so it can be shown as rich text without interpreting the corpus.
    """

    doc_id: str
    provision_id: str
    label: str
    organisation: str
    date: str
    lang: str
    score: float
    snippet: str
    text: str
    short_title: str = ""


@dataclass(frozen=True)
class ConceptExpansion:
    """A part of the query that named a concept, and the concept's terms searched with it."""

    concept_id: str
    label: str
    typed: str  # the part of the query, as `parsed` shows it
    terms: tuple[str, ...]  # each as `parsed` shows it ("digital divide" quoted)

    def to_json(self) -> dict:
        return {"id": self.concept_id, "label": self.label, "typed": self.typed,
                "terms": list(self.terms)}  # fmt: skip


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int
    parsed: str
    expanded_terms: dict[str, list[str]] = field(default_factory=dict)
    suggestion: str | None = None
    hits: tuple[Hit, ...] = ()
    notice: str = ""
    terms: tuple[str, ...] = ()
    #: Filters of the query that match nothing, each with why and what to write
    #: instead ("year:abcd: not a date (expected YYYY, …)"). Also appended to
    #: `parsed` as "  [not understood: …]", so `--json` carries it unchanged.
    not_understood: tuple[str, ...] = ()
    #: Concept expansions of the query (#13), for a window to list; `--json` shows
    #: them in `parsed` and as "concept:<id>" in `expanded_terms` (its keys are a
    #: contract). Empty when the search ran with `expand_concepts=False`.
    concepts: tuple[ConceptExpansion, ...] = ()
    #: Why the query fell back to its plain words, as a code of `query.FALLBACKS` and
    #: the part of the query it names; ("", "") when it was read as written. `notice`
    #: says it in English; the window in its own language.
    fallback: tuple[str, str] = ("", "")

    def to_json(self) -> dict:
        """The `search --json` document (contract)."""
        return {
            "query": self.query,
            "total": self.total,
            "parsed": self.parsed,
            "expanded_terms": self.expanded_terms,
            "suggestion": self.suggestion,
            "hits": [_hit_json(hit) for hit in self.hits],
        }


def _hit_json(hit: Hit) -> dict:
    record = asdict(hit)
    record.pop("short_title")
    return record
