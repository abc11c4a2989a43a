"""The reader's page as HTML: every corpus string escaped, never interpreted.

`render(document, options)` returns the whole page: a metadata header, the
provenance record, then the provisions section by section, each with its
citation label in the margin and an anchor `prov-<id>` to scroll to.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from ictviewer.corpus.model import Document, Provision
from ictviewer.ui import theme
from ictviewer.ui.browser import DEFAULT_FONT, PageFont, anchor, margin_label
from ictviewer.ui.i18n import translate
from ictviewer.ui.labels import (
    interface_date,
    kind_name,
    language_name,
    precision_note,
    relation_name,
    status_name,
)

SIDE_BY_SIDE = "side-by-side"
Spans = dict[tuple[str, str], list[tuple[int, int]]]


TICKED, UNTICKED = "\u2611", "\u2610"  # ☑ ☐


@dataclass
class RenderOptions:
    scheme: str = "light"
    zoom: int = 100
    font: PageFont = DEFAULT_FONT  # the user's reading font (family, size at 100%)
    layout: str = SIDE_BY_SIDE  # or one language code
    current: str = ""  # provision id to mark as the one the reader was sent to
    spans: Spans = field(default_factory=dict)  # (provision id, lang) -> match spans
    titles: dict[str, str] = field(default_factory=dict)  # doc id -> short title (relations)
    selected: set[str] = field(default_factory=set)  # provision ids ticked for printing


def esc(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br/>")


def marked(text: str, spans: list[tuple[int, int]], mark: str, mark_text: str) -> str:
    """`text` escaped, with each (start, end) span wrapped in a highlight."""
    out: list[str] = []
    position = 0
    for start, end in sorted(spans):
        start, end = max(start, position), min(end, len(text))
        if start >= end:
            continue
        out.append(esc(text[position:start]))
        out.append(
            f'<span style="background-color:{mark}; color:{mark_text};">'
            f"{esc(text[start:end])}</span>"
        )
        position = end
    out.append(esc(text[position:]))
    return "".join(out)


def render(document: Document, options: RenderOptions) -> str:
    c = theme.reader_colours(options.scheme)
    size = options.font.point_size(options.zoom)
    body = options.font.css_families()
    ui = theme.css_families(theme.UI_FAMILIES)
    parts = [
        f'<html><body style="font-family:{body}; font-size:{size}pt; color:{c.text};">',
        _header(document, c, size, ui, options),
        _provenance(document, c, size, ui),
    ]
    for section, provisions in document.sections():
        if section:
            parts.append(
                f'<h2 style="font-family:{ui}; font-size:{size * 1.2:.1f}pt; color:{c.accent};'
                f' margin-top:18px; margin-bottom:6px;">{esc(section)}</h2>'
            )
        parts.append(_provisions(document, provisions, c, size, ui, options))
    parts.append("</body></html>")
    return "".join(parts)


def _header(document, c, size, ui, options: RenderOptions) -> str:
    status = esc(status_name(document.status))
    if document.is_draft:
        status = f'<b style="color:{c.draft};">{status.upper()}</b>'
    date = esc(interface_date(document.date))
    if document.date.precision not in ("day", "range"):
        note = precision_note(document.date.precision)
        date += f' <span style="color:{c.muted};">({esc(note)})</span>'
    organisation = esc(document.organisation)
    if document.organisation_note:
        organisation += f' <span style="color:{c.muted};">— {esc(document.organisation_note)}'
        organisation += "</span>"
    source = esc(document.source.publisher)
    if document.source.reference:
        source += f" · {esc(document.source.reference)}"
    rows = [
        (translate("Reader", "Organisation"), organisation),
        (translate("Reader", "Kind"), esc(kind_name(document.kind))),
        (translate("Reader", "Date"), date),
        (translate("Reader", "Place"), esc(document.place)),
        (
            translate("Reader", "Languages"),
            esc(", ".join(language_name(x) for x in document.languages)),
        ),
        (translate("Reader", "Status"), status),
        (translate("Reader", "Source"), source),
    ]
    if document.date_note:
        rows.insert(3, (translate("Reader", "About the date"), esc(document.date_note)))
    for relation in document.relations:
        title = options.titles.get(relation.target, relation.target)
        target = html.escape(relation.target, quote=True)
        text = f'<a href="doc:{target}" style="color:{c.accent};">{esc(title)}</a>'
        if relation.note:
            text += f' <span style="color:{c.muted};">— {esc(relation.note)}</span>'
        rows.append((esc(relation_name(relation.type)), text))
    if document.signatories:
        rows.append((translate("Reader", "Signatories"), esc("; ".join(document.signatories))))
    if document.notes:
        rows.append((translate("Reader", "Notes"), esc(document.notes)))
    table = "".join(
        # nowrap: at 200% or in Russian a fixed 130 px cut "Организация" in two
        f'<tr><td style="color:{c.muted}; font-family:{ui}; padding:2px 12px 2px 0;'
        f' white-space:nowrap;" width="130" valign="top">'
        f"{label if label.startswith('<') else esc(label)}</td>"
        f'<td valign="top" style="padding:2px 0;">{value}</td></tr>'
        for label, value in rows
    )
    draft_banner = ""
    if document.is_draft:
        draft_banner = (
            f'<p style="color:{c.draft}; font-family:{ui}; font-weight:bold;">'
            + esc(
                translate(
                    "Reader",
                    "Draft: this text was circulated for comment and is not agreed language.",
                )
            )
            + "</p>"
        )
    return (
        f'<h1 style="font-family:{ui}; font-size:{size * 1.4:.1f}pt; margin-bottom:4px;">'
        f"{esc(document.title)}</h1>"
        f'<p style="color:{c.muted}; font-family:{ui}; margin-top:0;">{esc(document.id)}</p>'
        f"{draft_banner}"
        f'<table cellspacing="0" cellpadding="0" style="font-size:{size * 0.92:.1f}pt;">'
        f"{table}</table>"
    )


def _provenance(document: Document, c, size, ui) -> str:
    items: list[str] = []
    if document.source.note:
        items.append(f"<li>{esc(document.source.note)}</li>")
    for correction in document.corrections:
        provision = document.provision(correction.provision)
        where = provision.label if provision is not None else correction.provision
        items.append(
            "<li>"
            + esc(translate("Reader", "Corrected"))
            + f" “<code>{esc(correction.original)}</code>” → "
            f"“<code>{esc(correction.corrected)}</code>” "
            f'<span style="color:{c.muted};">({esc(where)})</span></li>'
        )
    removed_as = translate("Reader", "Removed as not part of the document:")
    for removed in document.removed:
        if removed.startswith("note: "):
            items.append(f"<li>{esc(removed[6:])}</li>")
        else:
            items.append(f"<li>{esc(removed_as)} “<code>{esc(removed)}</code>”</li>")
    if not items:
        return ""
    provenance = translate("Reader", "Provenance")
    return (
        f'<a name="provenance"></a>'
        f'<table width="100%" cellspacing="0" cellpadding="8" bgcolor="{c.panel}"'
        f' style="margin-top:14px; margin-bottom:10px; border: 1px solid {c.border};"><tr><td>'
        f'<p style="font-family:{ui}; font-size:{size * 0.92:.1f}pt; font-weight:bold;'
        f' color:{c.muted}; margin:0;">{esc(provenance)}</p>'
        f'<ul style="font-size:{size * 0.85:.1f}pt; color:{c.muted}; margin-top:4px;'
        f' margin-bottom:0; margin-left:-20px;">'
        f"{''.join(items)}</ul></td></tr></table>"
    )


def _provisions(document, provisions: list[Provision], c, size, ui, options: RenderOptions) -> str:
    multilingual = len(document.languages) > 1
    side_by_side = multilingual and options.layout == SIDE_BY_SIDE
    shown = list(document.languages) if side_by_side else [_one_language(document, options)]
    rows: list[str] = []
    if side_by_side:
        heads = "".join(
            f'<td style="color:{c.muted}; font-family:{ui}; font-size:{size * 0.85:.1f}pt;'
            f' padding:2px 8px;"><b>{esc(language_name(lang))}</b></td>'
            for lang in shown
        )
        rows.append(f"<tr><td></td>{heads}</tr>")
    for provision in provisions:
        current = provision.id == options.current
        background = f' bgcolor="{c.current}"' if current else ""
        colour = c.accent if provision.id in options.selected else c.muted  # ticked: in colour
        label = (
            f'<td width="140" align="right" valign="top"{background} style="color:{colour};'
            f" font-family:{ui}; font-size:{size * 0.82:.1f}pt; padding:5px 12px 5px 4px;"
            f'{" font-weight:bold;" if current else ""}">'
            f'<a name="{anchor(provision.id)}">{esc(margin_label(provision.label))}</a>'
            f"{_tick(provision, options, c, size)}</td>"
        )
        cells = []
        for lang in shown:
            text = provision.text_in(lang)
            if text is None:
                cell = (
                    f'<span style="color:{c.muted}; font-style:italic;">'
                    + esc(translate("Reader", "(no {0} version)").format(language_name(lang)))
                    + "</span>"
                )
            else:
                spans = options.spans.get((provision.id, lang), [])
                cell = marked(text, spans, c.mark, c.mark_text)
            cells.append(
                f'<td valign="top"{background} style="padding:5px 8px 5px 8px;">{cell}</td>'
            )
        rows.append(f"<tr>{label}{''.join(cells)}</tr>")
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"'
        f' style="line-height:135%;">{"".join(rows)}</table>'
    )


def _tick(provision: Provision, options: RenderOptions, c, size: float) -> str:
    """The margin checkbox that puts a provision in the selection to print (Space ticks it too);
    drawn at the text's size, not the label's, so it is easy to see and to hit."""
    ticked = provision.id in options.selected
    tip = (
        translate("Reader", "Remove from the selection")
        if ticked
        else translate("Reader", "Add to the selection to print")
    )
    return (
        f'<br/><a href="select:{esc(provision.id)}" title="{esc(tip)} (Space)"'
        f' style="text-decoration:none; font-size:{size * 1.15:.1f}pt;'
        f' color:{c.accent if ticked else c.muted};">{TICKED if ticked else UNTICKED}</a>'
    )


def _one_language(document: Document, options: RenderOptions) -> str:
    if options.layout in document.languages:
        return options.layout
    return document.languages[0]
