"""The two sides of a precedent as HTML: text escaped, runs tinted alike, differences marked.

The marks follow the compare view's conventions, so a delegate who knows one reads
the other: shared wording is overlined on a tint (there, one grey; here each run its
own tint, the same on both sides, because a precedent's runs are few and pairing
them is the point); the draft's wording the provision lacks takes the compare view's
"deleted" orange, the provision's wording in its place the "inserted" blue (colours
that colour-blind readers tell apart), each underlined so it shows in print and in
greyscale too. Run tints avoid orange and blue for that reason.

The colours are the theme's (`theme.ReaderColours`: the comparison's "deleted" and
"inserted" pairs), read from there rather than from the comparison, because the
window's features do not import each other (the independence contract).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ictviewer.ui import theme
from ictviewer.ui.browser import DEFAULT_FONT, PageFont
from ictviewer.ui.i18n import translate
from ictviewer.ui.precedents.marks import DIFFERS, RUN, PairMark, segments

_SPACES = re.compile(r"[ \t\r\f\v]+")
# Paul Tol's "light" scheme without its orange and blues (kept for the differences).
RUN_HUES = ("#44bb99", "#eedd88", "#c9b8e8", "#bbcc33")


@dataclass(frozen=True)
class PairColours:
    text: str
    base: str
    runs: tuple[str, ...]  # backgrounds of runs 1, 2, 3, … (then again from the first)
    draft_fg: str
    draft_bg: str
    provision_fg: str
    provision_bg: str


def pair_colours(scheme: str) -> PairColours:
    """The theme's colours for a pair: its text and page, its "deleted" and "inserted"
    colours for the two sides' differences, and the run tints mixed over its page."""
    c = theme.reader_colours(scheme)
    amount = 0.38 if scheme == "dark" else 0.5
    return PairColours(
        text=c.text,
        base=c.base,
        runs=tuple(theme.mix(hue, c.base, amount) for hue in RUN_HUES),
        draft_fg=c.delete_fg,
        draft_bg=c.delete_bg,
        provision_fg=c.insert_fg,
        provision_bg=c.insert_bg,
    )


def run_colour(colours: PairColours, number: int) -> str:
    return colours.runs[number % len(colours.runs)]


def _esc(text: str) -> str:
    return html.escape(_SPACES.sub(" ", text), quote=True).replace("\n", "<br/>")


def _style(mark: PairMark, side: str, colours: PairColours) -> str:
    if mark.kind == RUN:
        return (
            f"color:{colours.text}; background-color:{run_colour(colours, mark.number)};"
            " text-decoration:overline;"
        )
    if side == "draft":
        fg, bg = colours.draft_fg, colours.draft_bg
    else:
        fg, bg = colours.provision_fg, colours.provision_bg
    return f"color:{fg}; background-color:{bg}; text-decoration:underline;"


def marked_html(
    text: str,
    marks: Sequence[PairMark],
    side: str,
    scheme: str = "light",
    zoom: int = 100,
    font: PageFont = DEFAULT_FONT,
) -> str:
    """One side ("draft" or "provision") as a page: its text with every mark styled."""
    colours = pair_colours(scheme)
    reader = theme.reader_colours(scheme)
    body = font.css_families()
    pieces = []
    for start, end, mark in segments(text, marks):
        chunk = _esc(text[start:end])
        if mark is None or mark.kind not in (RUN, DIFFERS):
            pieces.append(chunk)
        else:
            pieces.append(f'<span style="{_style(mark, side, colours)}">{chunk}</span>')
    return (
        f'<html><body style="font-family:{body}; font-size:{font.point_size(zoom)}pt;'
        f' color:{reader.text};"><p style="line-height:140%; margin:2px;">'
        + "".join(pieces)
        + "</p></body></html>"
    )


def key_html(scheme: str) -> str:
    """What the marks mean, in one line under the pair."""
    c = pair_colours(scheme)
    runs = "".join(
        f'<span style="background-color:{run_colour(c, n)}; color:{c.text};'
        f' text-decoration:overline;">&nbsp;{n + 1}&nbsp;</span>'
        for n in range(len(c.runs))
    )
    orange, blue = translate("PrecedentsView", "orange"), translate("PrecedentsView", "blue")
    draft = (
        f'<span style="color:{c.draft_fg}; background-color:{c.draft_bg};'
        f' text-decoration:underline;">{_esc(orange)}</span>'
    )
    provision = (
        f'<span style="color:{c.provision_fg}; background-color:{c.provision_bg};'
        f' text-decoration:underline;">{_esc(blue)}</span>'
    )
    return " ".join(
        (
            runs,
            _esc(
                translate(
                    "PrecedentsView", "the same wording, each run in its own tint on both sides ·"
                )
            ),
            draft,
            _esc(translate("PrecedentsView", "the draft's wording the provision lacks ·")),
            provision,
            _esc(translate("PrecedentsView", "what the provision says in its place")),
        )
    )
