"""One side of the comparison as HTML: corpus text escaped, marks as styled links.

Every marked piece of text is an `<a href="mark:...">` whose href names what
covers it (`c.<concept>.<n>`, `p.<passage>`, `d.<change>` deleted,
`i.<change>` inserted), so the pane can find every occurrence after layout,
and a click on a highlight can answer with the other side. The `title` is
the tooltip that names the concept (rich text, itself escaped).

A concept's look comes from `palette.concept_styles` (one hue per shared
concept of this comparison, neutral grey for the rest), underlined in its
pattern, and each occurrence ends in a superscript tag with the concept's
number, so it reads without colour and without a tooltip. Shared verbatim
wording is overlined on pale grey; deletions are struck through, insertions
underlined, each on its own tint (orange and blue, which colour-blind
readers tell apart).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from ictviewer.corpus.model import Document, Provision
from ictviewer.search.matching import match_spans
from ictviewer.ui import theme
from ictviewer.ui.browser import DEFAULT_FONT, PageFont, anchor, margin_label
from ictviewer.ui.compare.marks import (
    ADDED,
    CONCEPT,
    DELETE,
    INSERT,
    PASSAGE,
    REMOVED,
    UNMATCHED,
    Mark,
    SideMarks,
    segments,
)
from ictviewer.ui.compare.palette import ConceptStyle, neutral_style
from ictviewer.ui.i18n import translate
from ictviewer.ui.labels import concept_name, interface_date, kind_name, status_name
from ictviewer.ui.plain import literal

_SPACES = re.compile(r"[ \t\r\f\v]+")
LIGHT, DARK = theme.LIGHT, theme.DARK  # the one colour table of each theme (theme.py)


def mark_colours(scheme: str) -> theme.ReaderColours:
    return theme.reader_colours(scheme)


@dataclass
class PaneOptions:
    scheme: str = "light"
    zoom: int = 100
    font: PageFont = DEFAULT_FONT  # the user's reading font (family, size at 100%)
    changes: bool = False  # show the word-level diff instead of concepts and passages
    hidden: frozenset[str] = frozenset()  # concept ids whose colour is switched off
    styles: dict[str, ConceptStyle] = field(default_factory=dict)  # palette.concept_styles
    passages: bool = True  # mark shared verbatim wording
    other_title: str = ""  # the other document's short title (tooltips)
    other_labels: dict[str, str] = field(default_factory=dict)  # its provision id -> label
    match_query: str = ""  # a search query whose matches are marked as the reader marks them
    label_above: bool = False  # a narrow pane: labels above the text, not in a margin column


def esc(text: str) -> str:
    return html.escape(_SPACES.sub(" ", text), quote=True).replace("\n", "<br/>")


def href(marks: tuple[Mark, ...], options: PaneOptions) -> str:
    """The link of a marked piece: concepts always (to jump to them), the rest when shown."""
    parts = []
    for m in marks:
        if m.kind == CONCEPT:
            parts.append(f"c.{m.key}.{m.number}")
        elif m.kind == PASSAGE and options.passages and not options.changes:
            parts.append(f"p.{m.number}")
        elif m.kind == DELETE and options.changes:
            parts.append(f"d.{m.number}")
        elif m.kind == INSERT and options.changes:
            parts.append(f"i.{m.number}")
    return "mark:" + ",".join(parts) if parts else ""


def parse_href(text: str) -> dict[str, tuple[str, int]]:
    """ "mark:c.digital-divide.2,p.4" -> {"c": ("digital-divide", 2), "p": ("", 4)}."""
    if not text.startswith("mark:"):
        return {}
    out: dict[str, tuple[str, int]] = {}
    for part in text[5:].split(","):
        kind, _, rest = part.partition(".")
        key, _, number = rest.rpartition(".")
        if kind and number.isdigit():
            out[kind] = (key, int(number))
    return out


def _style_and_tip(
    piece: tuple[Mark, ...], marks: SideMarks, options: PaneOptions
) -> tuple[str, list[str]]:
    c = mark_colours(options.scheme)
    colour, background, underline, decoration, line = c.text, "", "none", "", ""
    tips: list[str] = []
    for m in piece:
        if m.kind == CONCEPT and not options.changes and m.key not in options.hidden:
            concept = marks.concepts[m.key]
            look = concept_style(m.key, marks, options)
            colour, background, underline, line = look.fg, look.bg, look.underline, look.line
            tips.insert(0, f"<b>{concept.code}\u2002{html.escape(concept_name(concept))}</b>")
            if not look.coloured:
                tips.insert(1, html.escape(_concept_note(m.key, marks, options)))
        elif m.kind == PASSAGE and options.passages and not options.changes:
            decoration = "overline"
            background = background or c.passage_bg
            where = options.other_labels.get(m.partner, m.partner)
            tips.append(
                html.escape(
                    translate("CompareView", "Same wording in {0}, {1} ({2} words)")
                ).format(html.escape(options.other_title), html.escape(where), m.words)
            )
        elif m.kind == DELETE and options.changes:
            colour, background, decoration = c.delete_fg, c.delete_bg, "line-through"
            if m.other:
                tips.append(
                    html.escape(translate("CompareView", "Replaced by “{0}”").format(m.other))
                )
            else:
                tips.append(
                    html.escape(
                        translate("CompareView", "Deleted in {0}").format(options.other_title)
                    )
                )
        elif m.kind == INSERT and options.changes:
            colour, background, underline = c.insert_fg, c.insert_bg, "solid"
            if m.other:
                tips.append(html.escape(translate("CompareView", "Replaces “{0}”").format(m.other)))
            else:
                tips.append(
                    html.escape(
                        translate("CompareView", "Inserted (not in {0})").format(
                            options.other_title
                        )
                    )
                )
    style = f"color:{colour}; text-underline-style:{underline};"
    if line and underline != "none":
        style += f" text-decoration-color:{line};"
    if background:
        style += f" background-color:{background};"
    if decoration:
        style += f" text-decoration:{decoration};"
    return style, tips


def concept_style(concept_id: str, marks: SideMarks, options: PaneOptions) -> ConceptStyle:
    """The concept's style in this comparison (neutral when the palette gave it none)."""
    look = options.styles.get(concept_id)
    if look is None:
        look = neutral_style(marks.concepts[concept_id].pattern, options.scheme)
    return look


def _concept_note(concept_id: str, marks: SideMarks, options: PaneOptions) -> str:
    if concept_id in marks.shared:
        return translate(
            "CompareView",
            "In both texts; not coloured: only the most mentioned shared concepts are",
        )
    return translate("CompareView", "Only in this text (grey: only shared concepts are coloured)")


def tag_html(concept_id: str, mark: Mark, marks: SideMarks, options: PaneOptions) -> str:
    """The concept's number after an occurrence, so it reads without colour or a tooltip.

    A superscript link to the same occurrence (hovering and clicking it act as on the
    word); the pane leaves superscripts out of copied text.
    """
    concept = marks.concepts[concept_id]
    look = concept_style(concept_id, marks, options)
    size = options.font.point_size(options.zoom) * 0.95  # Qt shrinks superscripts by itself
    shade = f" background-color:{look.tag_bg};" if look.tag_bg else ""
    return (
        f'<a href="mark:c.{concept_id}.{mark.number}" style="color:{look.tag_fg};{shade}'
        f" text-underline-style:none; vertical-align:super; font-size:{size:.1f}pt;"
        f' font-weight:bold;">{esc(concept.code)}</a>'
    )


MATCH = "match"  # a search match: marked with the reader's colours, under any other mark


def marked_text(
    text: str, marks: list[Mark], side: SideMarks | None, options: PaneOptions, lang: str = "en"
) -> str:
    matches = match_spans(options.match_query, text, lang) if options.match_query else []
    marks = [*marks, *(Mark(start, end, MATCH) for start, end in matches)]
    reader = theme.reader_colours(options.scheme)
    out: list[str] = []
    for start, end, piece in segments(text, marks):
        chunk = esc(text[start:end])
        if any(m.kind == MATCH for m in piece):
            chunk = (
                f'<span style="background-color:{reader.mark}; color:{reader.mark_text};">'
                f"{chunk}</span>"
            )
        link = href(piece, options) if side is not None else ""
        if not link:
            out.append(chunk)
            continue
        style, tips = _style_and_tip(piece, side, options)
        title = ""
        if tips:
            tip = "<qt>" + "<br/>".join(tips) + "</qt>"
            title = f' title="{html.escape(tip, quote=True)}"'
        out.append(f'<a href="{link}" style="{style}"{title}>{chunk}</a>')
        if not options.changes:
            for m in piece:
                if m.kind == CONCEPT and m.end == end and m.key not in options.hidden:
                    out.append(tag_html(m.key, m, side, options))
    return "".join(out)


def _whole_mark(provision: Provision, status: str) -> list[Mark]:
    if status == REMOVED:
        return [Mark(0, len(provision.text), DELETE, "whole", 0)]
    if status == ADDED:
        return [Mark(0, len(provision.text), INSERT, "whole", 0)]
    return []


def render_pane(document: Document, marks: SideMarks | None, options: PaneOptions) -> str:
    """The page of one side: a short header, then the provisions with their marks."""
    c = theme.reader_colours(options.scheme)
    size = options.font.point_size(options.zoom)
    body = options.font.css_families()
    ui = theme.css_families(theme.UI_FAMILIES)
    meta = " · ".join(
        (document.organisation, interface_date(document.date), kind_name(document.kind),
         status_name(document.status))
    )  # fmt: skip
    parts = [
        f'<html><body style="font-family:{body}; font-size:{size}pt; color:{c.text};">',
        f'<p style="font-family:{ui}; font-size:{size * 1.15:.1f}pt; font-weight:bold;'
        f' margin-top:2px; margin-bottom:2px;">{esc(document.title)}</p>',
        f'<p style="font-family:{ui}; color:{c.muted}; font-size:{size * 0.9:.1f}pt;'
        f' margin-top:0; margin-bottom:6px;">{esc(meta)}</p>',
    ]
    if document.is_draft:
        parts.append(
            f'<p style="color:{c.draft}; font-family:{ui}; font-weight:bold; margin-top:0;">'
            + esc(translate("CompareView", "Draft: circulated for comment, not agreed language."))
            + "</p>"
        )
    if len(document.languages) > 1:
        parts.append(
            f'<p style="color:{c.muted}; font-family:{ui}; font-style:italic; margin-top:0;">'
            + esc(translate("CompareView", "Each provision is compared in its main language."))
            + "</p>"
        )
    for section, provisions in document.sections():
        if section:
            parts.append(
                f'<p style="font-family:{ui}; font-size:{size * 1.05:.1f}pt; color:{c.accent};'
                f' font-weight:bold; margin-top:12px; margin-bottom:4px;">{esc(section)}</p>'
            )
        rows = "".join(_row(p, marks, options, c, size, ui) for p in provisions)
        parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="0" style="line-height:135%;">'
            f"{rows}</table>"
        )
    parts.append("</body></html>")
    return "".join(parts)


def _row(provision: Provision, marks: SideMarks | None, options: PaneOptions, c, size, ui) -> str:
    small = f"font-family:{ui}; font-size:{size * 0.78:.1f}pt;"
    notes: list[str] = []
    text_marks: list[Mark] = []
    if marks is not None:
        text_marks = list(marks.marks(provision.id))
        status = marks.whole.get(provision.id, "")
        if options.changes and status:
            text_marks += _whole_mark(provision, status)
        partner = marks.partners.get(provision.id)
        if partner is not None:
            label = options.other_labels.get(partner.provision_id, partner.provision_id)
            tip = literal(f"{partner.reason} ({round(partner.similarity * 100)}%)")
            notes.append(
                f'<span style="color:{c.muted};" title="{html.escape(tip, quote=True)}">'
                f"↔\u00a0{esc(margin_label(label))}</span>"
            )
        elif status and (options.changes or status != UNMATCHED):
            mc = mark_colours(options.scheme)
            word, fg, bg = {
                REMOVED: (translate("CompareView", "removed"), mc.delete_fg, mc.delete_bg),
                ADDED: (translate("CompareView", "added"), mc.insert_fg, mc.insert_bg),
            }.get(status, (translate("CompareView", "no counterpart"), c.muted, ""))
            shade = f" background-color:{bg};" if bg and options.changes else ""
            notes.append(f'<span style="color:{fg};{shade}">{esc(word)}</span>')
        words = sum(m.words for m in marks.marks(provision.id, (PASSAGE,)))
        if words and options.passages and not options.changes:
            mc = mark_colours(options.scheme)
            same = translate("CompareView", "≡ {0} words same").format(words)
            notes.append(
                f'<span style="color:{mc.text}; background-color:{mc.passage_bg};">'
                f"{esc(same)}</span>"
            )
    note = f'<br/><span style="{small}">{"<br/>".join(notes)}</span>' if notes else ""
    label = f'<a name="{anchor(provision.id)}">{esc(margin_label(provision.label))}</a>{note}'
    label_style = f"color:{c.muted}; font-family:{ui}; font-size:{size * 0.82:.1f}pt;"
    text = marked_text(provision.text, text_marks, marks, options, provision.lang)
    if options.label_above:  # the 118 px margin would leave a narrow pane a few words a line
        return (
            f'<tr><td valign="top" style="padding:5px 6px 5px 4px;">'
            f'<span style="{label_style}">{label}</span><br/>{text}</td></tr>'
        )
    return (
        f'<tr><td width="118" align="right" valign="top" style="{label_style}'
        f' padding:5px 10px 5px 2px;">{label}</td>'
        f'<td valign="top" style="padding:5px 6px 5px 4px;">{text}</td></tr>'
    )


def key_html(scheme: str, changes: bool, left_title: str, right_title: str) -> str:
    """The marks' key under the legend: what overline, strike-through and underline mean."""
    mc = mark_colours(scheme)
    rows = []
    if changes:
        rows.append(
            f'<span style="color:{mc.delete_fg}; background-color:{mc.delete_bg};'
            ' text-decoration:line-through;">'
            + esc(translate("CompareView", "struck through"))
            + "</span> "
            + esc(translate("CompareView", "deleted from {0}").format(left_title))
        )
        underlined = translate("CompareView", "underlined")
        rows.append(
            f'<span style="color:{mc.insert_fg}; background-color:{mc.insert_bg};'
            f' text-decoration:underline;">{esc(underlined)}</span> '
            + esc(translate("CompareView", "inserted in {0}").format(right_title))
        )
    else:
        overlined = translate("CompareView", "overlined grey")
        rows.append(
            f'<span style="color:{mc.text}; background-color:{mc.passage_bg};'
            f' text-decoration:overline;">{esc(overlined)}</span> '
            + esc(translate("CompareView", "same wording in both (6+ words)"))
        )
        rows.append(
            esc(translate("CompareView",
                "coloured: a concept in both texts, one colour each; grey underline: "
                "in one text (or a less mentioned shared one); small number: which concept"))
        )  # fmt: skip
    return "<br/>".join(rows)
