"""The precedents report of a whole draft, as a printable `Pack` (no Qt).

A delegate takes the report into the room: each paragraph of the draft, what the
library says of it (the summary), then its strong precedents with their verbatim
text and full citation. It is built as the selection's pack is, so the print
preview, the printer and "Export PDF" (`export.html` → `export.pdf`) show it with
no renderer of its own:

- one `PackDocument` per draft paragraph, titled "Paragraph N" (the footer of a page
  then names the paragraphs on it);
- its first `PackProvision` is the draft text itself (section "Draft"), with the
  summary in the citation's place, so a paragraph without agreed language says so
  in print instead of vanishing;
- then each verbatim or close precedent (section "Precedents"), labelled with its
  strength and the share of the draft it covers, its text in the language it
  matched in, and the full citation a footnote would give.

Related precedents are left out by default: they share concepts, not wording, and
the report is about agreed language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from ictviewer.corpus.model import Corpus
from ictviewer.export.citation import cite, short_cite
from ictviewer.export.pack import Pack, PackDocument, PackProvision, PackText
from ictviewer.precedents.rank import STRONG
from ictviewer.precedents.results import ParagraphPrecedents, Precedent

REPORT_TITLE = "Precedents report"
DRAFT_SECTION = "Draft"
PRECEDENTS_SECTION = "Precedents"


def precedents_report(
    corpus: Corpus,
    paragraphs: Sequence[ParagraphPrecedents],
    title: str = REPORT_TITLE,
    strengths: Iterable[str] = STRONG,
    printed_on: dt.date | None = None,
) -> Pack:
    """The report of `paragraphs` (as `PrecedentIndex.find_all` returns them).

    `strengths` chooses the precedents printed (verbatim and close by default). A
    precedent whose provision has left the corpus since the search is skipped and
    listed in `Pack.skipped`, as the selection's pack does.
    """
    wanted = frozenset(strengths)
    documents: list[PackDocument] = []
    skipped: list[tuple[str, str]] = []
    shown = 0
    for number, paragraph in enumerate(paragraphs, start=1):
        items = [_draft_item(number, paragraph)]
        for precedent in paragraph.precedents:
            if precedent.strength not in wanted:
                continue
            item = _precedent_item(corpus, precedent)
            if item is None:
                skipped.append((precedent.doc_id, precedent.provision_id))
            else:
                items.append(item)
        shown += len(items) - 1
        documents.append(_paragraph_document(number, paragraph, items))
    agreed = sum(1 for p in paragraphs if p.has_agreed_language)
    meta = (
        f"{len(paragraphs)} paragraph{'s' * (len(paragraphs) != 1)}, {agreed} with agreed or "
        f"close language · {shown} precedent{'s' * (shown != 1)}"
    )
    return Pack(
        title=title.strip() or REPORT_TITLE,
        printed_on=printed_on or dt.date.today(),
        documents=tuple(documents),
        skipped=tuple(dict.fromkeys(skipped)),
        meta=meta,
    )


def _draft_item(number: int, paragraph: ParagraphPrecedents) -> PackProvision:
    name = f"Draft paragraph {number}"
    return PackProvision(
        doc_id=f"draft-{number}",
        provision_id="draft",
        label=name,
        section=DRAFT_SECTION,
        texts=(PackText(paragraph.lang, paragraph.text),),
        citation=paragraph.summary,
        short_citation=name,
    )


def _precedent_item(corpus: Corpus, precedent: Precedent) -> PackProvision | None:
    document = corpus.get(precedent.doc_id)
    provision = document.provision(precedent.provision_id) if document is not None else None
    if document is None or provision is None:
        return None
    versions = provision.versions()
    lang = precedent.lang if precedent.lang in versions else provision.lang
    share = round(precedent.score * 100)
    return PackProvision(
        doc_id=document.id,
        provision_id=provision.id,
        label=f"{precedent.strength.capitalize()} ({share}% of the draft's words): "
        f"{short_cite(document, provision)}",
        section=PRECEDENTS_SECTION,
        texts=(PackText(lang, versions[lang]),),
        citation=cite(document, provision),
        short_citation=short_cite(document, provision),
    )


def _paragraph_document(
    number: int, paragraph: ParagraphPrecedents, items: list[PackProvision]
) -> PackDocument:
    return PackDocument(
        doc_id=f"draft-{number}",
        title=f"Paragraph {number}",
        short_title=f"Draft paragraph {number}",
        organisation="",
        organisation_note="",
        kind="draft",
        place="",
        date="",
        date_iso="",
        status="",
        languages=(paragraph.lang,),
        citation="",
        provisions=tuple(items),
    )
