"""The printed pack, format-neutral: what a PDF, a printer or an HTML preview shows.

Export works in two steps (DESIGN.md): this module decides *what* is printed
(title, date of printing, each document's heading, each provision's label,
verbatim text in the chosen languages and full citation); `html.py` and
`pdf.py` only decide how it looks. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ictviewer.corpus.model import LANGUAGE_NAMES, Corpus, Document, Provision
from ictviewer.export.citation import cite, draft_marked, short_cite

Ref = tuple[str, str]

DEFAULT_TITLE = "Selected provisions"
FOOTER_LIMIT = 90  # characters of short citation a footer line holds comfortably


@dataclass(frozen=True)
class PackText:
    """One language version of a provision's verbatim text."""

    lang: str
    text: str

    @property
    def language(self) -> str:
        return LANGUAGE_NAMES.get(self.lang, self.lang)


@dataclass(frozen=True)
class PackProvision:
    doc_id: str
    provision_id: str
    label: str
    section: str
    texts: tuple[PackText, ...]
    citation: str
    short_citation: str
    # Languages asked for, and present in the document, that this provision lacks
    # (the note verbale's letterhead has no Kazakh version).
    missing_languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class PackDocument:
    """A document's heading and the selected provisions under it."""

    doc_id: str
    title: str
    short_title: str
    organisation: str
    organisation_note: str
    kind: str
    place: str
    date: str  # at its precision: "13 October 2022", "October 2022"
    date_iso: str
    status: str
    languages: tuple[str, ...]  # the languages the document exists in
    citation: str  # the document's full citation, without a provision
    provisions: tuple[PackProvision, ...]

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    @property
    def display_title(self) -> str:
        """The full title as a heading prints it, "(draft)" added to drafts."""
        return draft_marked(self.title, self.is_draft)


@dataclass(frozen=True)
class Pack:
    title: str
    printed_on: dt.date
    documents: tuple[PackDocument, ...]
    languages: tuple[str, ...] = ()  # () = each provision in its own language
    highlight_terms: tuple[str, ...] = ()
    skipped: tuple[Ref, ...] = ()  # references left out because the corpus lacks them
    # What the line under the title says instead of "N provisions from M documents", for a
    # pack that is not a selection (the precedents report counts paragraphs, not documents).
    meta: str = ""

    @property
    def provisions(self) -> list[PackProvision]:
        return [p for document in self.documents for p in document.provisions]

    @property
    def refs(self) -> list[Ref]:
        return [(p.doc_id, p.provision_id) for p in self.provisions]

    @property
    def short_citation(self) -> str:
        """What a page footer names when it cannot be more precise."""
        return footer_citation(self.documents)

    @property
    def printed_on_human(self) -> str:
        return f"{self.printed_on.day} {self.printed_on:%B} {self.printed_on.year}"


def footer_citation(documents: Sequence[PackDocument]) -> str:
    """A short citation for the documents on a page: one provision, one document, or a list."""
    titles = list(dict.fromkeys(d.short_title for d in documents))
    if not titles:
        return ""
    if len(documents) == 1 and len(documents[0].provisions) == 1:
        return documents[0].provisions[0].short_citation
    joined = "; ".join(titles)
    if len(titles) == 1 or len(joined) <= FOOTER_LIMIT:
        return joined
    return f"{titles[0]} and {len(titles) - 1} other documents"


# -- references ----------------------------------------------------------------------------
def parse_refs(corpus: Corpus, refs: Iterable[str]) -> list[Ref]:
    """Turn command-line references into ``(doc_id, provision_id)`` pairs.

    "DOC:PROVISION" names one provision, "DOC:P1,P2" several, and "DOC" alone
    every provision of the document in document order. Duplicates are kept
    once, in first-mention order. Every unknown document or provision is
    reported in one ValueError, with the nearest known names.
    """
    result: list[Ref] = []
    problems: list[str] = []
    for raw in refs:
        text = raw.strip()
        doc_id, colon, rest = text.partition(":")
        doc_id = doc_id.strip()
        if not doc_id:
            problems.append(f"{raw!r}: expected DOC or DOC:PROVISION")
            continue
        document = corpus.get(doc_id)
        if document is None:
            known = [d.id for d in corpus.documents]
            problems.append(f"{raw!r}: unknown document {doc_id!r}{_hint(doc_id, known)}")
            continue
        if not colon:
            result.extend((document.id, p.id) for p in document.provisions)
            continue
        ids = [part.strip() for part in rest.split(",")]
        if not any(ids):
            problems.append(f"{raw!r}: no provision after ':' (write {doc_id} for all of it)")
            continue
        known = [p.id for p in document.provisions]
        for provision_id in ids:
            if not provision_id:
                continue
            if document.provision(provision_id) is None:
                problems.append(
                    f"{raw!r}: document {doc_id!r} has no provision {provision_id!r}"
                    f"{_hint(provision_id, known)}"
                )
            else:
                result.append((document.id, provision_id))
    if problems:
        raise ValueError("\n".join(problems))
    if not result:
        raise ValueError("no provisions to export: name DOC or DOC:PROVISION")
    return list(dict.fromkeys(result))


def _hint(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
    if close:
        return f" (did you mean {', '.join(close)}?)"
    if len(known) <= 30:
        return f" (known: {', '.join(known)})"
    return ""


# -- building ------------------------------------------------------------------------------
def build_pack(
    corpus: Corpus,
    refs: Iterable[Ref],
    title: str | None = None,
    languages: Sequence[str] | None = None,
    printed_on: dt.date | None = None,
    highlight: Iterable[str] = (),
    skip_missing: bool = False,
) -> Pack:
    """Build the pack for `refs`, in the order given (sort first for the sensible order).

    Consecutive references to the same document share one heading. `languages`
    chooses the versions printed: None prints each provision in its own
    language; ["en", "ru", "kk"] prints every one of those the source has, in
    that order; a language the document has but a provision lacks is recorded
    in `missing_languages`, and a provision with none of them is printed in
    its own language. `highlight` terms are marked
    by the renderers; none by default. A reference the corpus lacks raises
    ValueError, or with `skip_missing` is left out and listed in `Pack.skipped`.
    """
    langs = tuple(dict.fromkeys(lang.strip().lower() for lang in languages or () if lang.strip()))
    runs: list[tuple[Document, list[PackProvision]]] = []
    skipped: list[Ref] = []
    problems: list[str] = []
    for doc_id, provision_id in dict.fromkeys((str(d), str(p)) for d, p in refs):
        document = corpus.get(doc_id)
        provision = document.provision(provision_id) if document is not None else None
        if document is None or provision is None:
            skipped.append((doc_id, provision_id))
            what = "document" if document is None else "provision"
            problems.append(f"{doc_id}:{provision_id}: no such {what} in the corpus")
            continue
        item = _pack_provision(document, provision, langs)
        if runs and runs[-1][0].id == document.id:
            runs[-1][1].append(item)
        else:
            runs.append((document, [item]))
    if problems and not skip_missing:
        raise ValueError("\n".join(problems))
    documents = tuple(_pack_document(document, items) for document, items in runs)
    if title is None or not title.strip():
        ids = {d.doc_id for d in documents}
        title = documents[0].short_title if len(ids) == 1 else DEFAULT_TITLE
    return Pack(
        title=title.strip(),
        printed_on=printed_on or dt.date.today(),
        documents=documents,
        languages=langs,
        highlight_terms=tuple(t.strip() for t in highlight if t.strip()),
        skipped=tuple(skipped),
    )


def _pack_provision(
    document: Document, provision: Provision, languages: tuple[str, ...]
) -> PackProvision:
    versions = provision.versions()
    if languages:
        texts = tuple(PackText(lang, versions[lang]) for lang in languages if lang in versions)
        missing = tuple(
            lang for lang in languages if lang not in versions and lang in document.languages
        )
    else:
        texts, missing = (), ()
    if not texts:
        texts = (PackText(provision.lang, provision.text),)
    return PackProvision(
        doc_id=document.id,
        provision_id=provision.id,
        label=provision.label,
        section=provision.section,
        texts=texts,
        citation=cite(document, provision),
        short_citation=short_cite(document, provision),
        missing_languages=missing,
    )


def _pack_document(document: Document, provisions: list[PackProvision]) -> PackDocument:
    return PackDocument(
        doc_id=document.id,
        title=document.title,
        short_title=short_cite(document),
        organisation=document.organisation,
        organisation_note=document.organisation_note,
        kind=document.kind,
        place=document.place,
        date=document.date.human(),
        date_iso=document.date.iso(),
        status=document.status,
        languages=tuple(document.languages),
        citation=cite(document),
        provisions=tuple(provisions),
    )


# -- highlighting --------------------------------------------------------------------------
def highlight_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Non-overlapping ``(start, end)`` spans of `terms` in `text`, case-insensitive.

    Kept for scripts that mark literal word starts; the printed pack marks what
    the search matched instead (`ictviewer.search.matching.match_spans`), so it
    agrees with the reader.

    A term matches at word starts (so "trust" marks "trust" and "trusted" but
    not "entrust"); longer terms win where two overlap.
    """
    words = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not words:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)
    return [match.span() for match in pattern.finditer(text)]
