"""Render a Pack as HTML for QTextDocument (print preview, printer, PDF).

QTextDocument understands a subset of HTML 4 and CSS 2.1: block margins,
font family lists, sizes in pt, colours, weights, backgrounds. Headings are
real <h1>-<h4> elements because the PDF renderer uses their heading level to
keep them with the paragraph that follows (and `pdf_layout.text_document` removes
the relative size Qt gives headings, so the sizes below hold). No small-caps:
Qt draws them as two fonts and PDF text extraction splits the words. Every
corpus string is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from ictviewer.corpus.model import LANGUAGE_NAMES
from ictviewer.export.pack import Pack, PackDocument, PackProvision
from ictviewer.search.matching import match_spans, terms_query

# Families with Latin, Cyrillic and the Kazakh letters (ә ғ қ ң ө ұ ү һ і), best first;
# Qt takes the first one installed and falls back per character after that.
SERIF_FONTS = (
    "DejaVu Serif",
    "Noto Serif",
    "PT Serif",
    "Liberation Serif",
    "Times New Roman",
    "serif",
)
SANS_FONTS = (
    "DejaVu Sans",
    "Noto Sans",
    "PT Sans",
    "Liberation Sans",
    "Arial",
    "sans-serif",
)
HIGHLIGHT_COLOUR = "#fff1a8"
STATUS_LABELS = {
    "adopted": "Adopted",
    "draft": "Draft",
    "approved": "Approved",
    "circulated": "Circulated",
}


def css_families(families: Sequence[str]) -> str:
    generic = {"serif", "sans-serif", "monospace"}
    return ", ".join(f if f in generic else f"'{f}'" for f in families)


def stylesheet(base_pt: float = 10.5) -> str:
    serif, sans = css_families(SERIF_FONTS), css_families(SANS_FONTS)
    return f"""
body {{ font-family: {serif}; font-size: {base_pt}pt; color: #000000; }}
h1 {{ font-family: {sans}; font-size: {base_pt * 1.6:.1f}pt; font-weight: bold;
      margin-top: 0px; margin-bottom: 4px; }}
p.meta {{ font-family: {sans}; font-size: {base_pt * 0.82:.1f}pt; color: #555555;
          margin-top: 0px; margin-bottom: 6px; }}
h2 {{ font-family: {serif}; font-size: {base_pt * 1.22:.1f}pt; font-weight: bold;
      margin-top: 20px; margin-bottom: 4px; }}
h3 {{ font-family: {sans}; font-size: {base_pt * 0.86:.1f}pt; font-weight: bold;
      color: #555555; margin-top: 10px; margin-bottom: 0px; }}
h4 {{ font-family: {serif}; font-size: {base_pt:.1f}pt; font-weight: bold;
      margin-top: 9px; margin-bottom: 2px; }}
span.cite {{ font-family: {sans}; font-size: {base_pt * 0.8:.1f}pt; font-weight: normal;
             color: #555555; }}
p.text {{ margin-top: 0px; margin-bottom: 4px; margin-left: 14px; line-height: 125%; }}
span.lang {{ font-family: {sans}; font-size: {base_pt * 0.78:.1f}pt; color: #666666; }}
span.hl {{ background-color: {HIGHLIGHT_COLOUR}; }}
p.note {{ font-family: {sans}; font-size: {base_pt * 0.78:.1f}pt; color: #777777;
          font-style: italic; margin-left: 14px; margin-top: 0px; margin-bottom: 4px; }}
""".strip()


def pack_to_html(pack: Pack, base_pt: float = 10.5) -> str:
    """The whole pack as one HTML document."""
    return pack_html_chunks(pack, base_pt)[0].html


@dataclass(frozen=True)
class HtmlChunk:
    """A run of whole provisions as an HTML document of its own (`pdf_layout`).

    `document` is the index in `pack.documents` of the document the chunk starts
    inside (-1 before the first document's heading): a chunk that continues a
    document has no <h2> of its own, and the page footers still name it.
    """

    html: str
    document: int


def pack_html_chunks(pack: Pack, base_pt: float = 10.5, provisions: int = 0) -> list[HtmlChunk]:
    """The pack as HTML documents of at most `provisions` provisions each (0: one).

    Joined, the chunks' bodies are exactly `pack_to_html`'s body: the title and
    the metadata open the first chunk, a document's and a section's heading go
    with the provision they introduce and are never repeated in the next chunk.
    """
    head = (
        "<html><head><meta charset='utf-8'/>\n"
        f"<title>{escape(pack.title)}</title>\n"
        f"<style>{stylesheet(base_pt)}</style></head><body>"
    )
    pending = [f"<h1>{escape(pack.title)}</h1>", f"<p class='meta'>{escape(_meta_line(pack))}</p>"]
    if pack.skipped:
        gone = ", ".join(f"{d}:{p}" for d, p in pack.skipped)
        pending.append(f"<p class='meta'>Not printed (no longer in the corpus): {escape(gone)}</p>")
    chunks: list[HtmlChunk] = []
    parts: list[str] = []
    count, started, shown, heading = 0, -1, -1, -1  # shown: the last <h2> in a chunk
    for index, document in enumerate(pack.documents):
        pending.append(_document_heading_html(document, base_pt))
        heading, section = index, None
        for provision in document.provisions:
            if provisions and count == provisions:
                chunks.append(HtmlChunk("\n".join([head, *parts, "</body></html>"]), started))
                parts, count, started = [], 0, shown
            if provision.section and provision.section != section:
                pending.append(f"<h3>{escape(provision.section)}</h3>")
            section = provision.section
            parts += pending + _provision_html(provision, pack)
            pending, count, shown = [], count + 1, heading
    chunks.append(HtmlChunk("\n".join([head, *parts, *pending, "</body></html>"]), started))
    return chunks


def _meta_line(pack: Pack) -> str:
    if pack.meta:
        return f"Printed on {pack.printed_on_human} · {pack.meta} · ictviewer"
    count = len(pack.provisions)
    docs = len({d.doc_id for d in pack.documents})
    line = (
        f"Printed on {pack.printed_on_human} · {count} provision{'s' * (count != 1)}"
        f" from {docs} document{'s' * (docs != 1)}"
    )
    if pack.languages:
        names = [LANGUAGE_NAMES.get(lang, lang) for lang in pack.languages]
        line += " · " + ", ".join(names)
    return line + " · ictviewer"


def document_heading(document: PackDocument) -> str:
    """ "CICA — Sixth CICA Summit · Astana, 13 October 2022 · Adopted" (plain text)."""
    who = document.organisation
    if document.organisation_note and document.organisation_note != document.organisation:
        who = f"{who} — {document.organisation_note}"
    where = ", ".join(part for part in (document.place, document.date) if part)
    status = STATUS_LABELS.get(document.status, document.status.capitalize())
    return " · ".join(part for part in (who, where, status) if part)


def _document_heading_html(document: PackDocument, base_pt: float) -> str:
    title = document.display_title
    # The heading line is styled inline: inside <h2> Qt lets the heading's size
    # win over a class rule.
    line_style = (
        f"font-family: {css_families(SANS_FONTS)}; font-size: {base_pt * 0.82:.1f}pt;"
        " font-weight: normal; color: #444444;"
    )
    heading = document_heading(document)
    line = f'<br/><span style="{line_style}">{escape(heading)}</span>' if heading else ""
    return f"<h2>{escape(title)}{line}</h2>"


def _provision_html(provision: PackProvision, pack: Pack) -> list[str]:
    parts = [
        f"<h4>{escape(provision.label)}<br/>"
        f"<span class='cite'>{escape(provision.citation)}</span></h4>"
    ]
    # Name the language when several versions are printed, or when one asked for is missing.
    tag = len(provision.texts) > 1 or bool(provision.missing_languages)
    for version in provision.texts:
        prefix = f"<span class='lang'>{escape(version.language)}:</span> " if tag else ""
        body = text_html(version.text, pack.highlight_terms, version.lang)
        parts.append(f"<p class='text' lang='{escape(version.lang)}'>{prefix}{body}</p>")
    if provision.missing_languages:
        names = " or ".join(LANGUAGE_NAMES.get(lang, lang) for lang in provision.missing_languages)
        parts.append(f"<p class='note'>No {escape(names)} version in the source.</p>")
    return parts


def text_html(text: str, terms: Sequence[str] = (), lang: str = "en") -> str:
    """Verbatim text, escaped, line breaks kept, highlight terms marked as the reader
    marks them (`search.matching.match_spans`: stems, acronyms, phrases)."""
    pieces: list[str] = []
    position = 0
    for start, end in match_spans(terms_query(terms), text, lang) if terms else ():
        pieces.append(escape(text[position:start]))
        pieces.append(f"<span class='hl'>{escape(text[start:end])}</span>")
        position = end
    pieces.append(escape(text[position:]))
    return "".join(pieces).strip().replace("\n", "<br/>")
