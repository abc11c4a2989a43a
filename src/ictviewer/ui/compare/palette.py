"""Which concept gets which colour in one comparison: distinct hues for what is shared.

The lexicon gives each of its ~40 concepts one of about six colours, so four
shared concepts could be blue in one view and one-sided concepts looked like
shared ones (issue #13). Colour is now given per comparison, not per concept:

- the shared concepts, most mentioned first, take the hues of `HUES` in order,
  each hue used once; past `len(HUES)` the least mentioned stay neutral (the
  legend lists them under their own heading);
- one-sided concepts are neutral: ordinary text, a grey underline in the
  concept's pattern and a grey number tag, so what is shared stands out.

`HUES` is one table for both themes: twelve hues 30° apart in OKLCH hue,
neighbours alternating light/pale and deeper (lightness 0.89 / 0.78, chroma
0.09 / 0.13 for the light backgrounds; 0.87 / 0.75 and 0.10 / 0.14 for the
dark theme's text colours), because at one lightness neighbours 30° apart
were as close as 26 in sRGB and looked alike; now the closest pair is 43.
Ordered so the first few are as far apart as possible. Every light
background gives dark text a WCAG contrast of at least 7.4:1, every dark
text colour at least 4.9:1 on its own tint; the tests hold both at 4.5:1.
No widgets and no QColor: plain functions of a `Comparison`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ictviewer.compare import Comparison, ConceptComparison
from ictviewer.ui.theme import ReaderColours, mix, reader_colours, rgb


@dataclass(frozen=True)
class Hue:
    angle: int  # OKLCH hue, degrees (documentation; the colours are what is used)
    light: str  # background behind dark text (light theme)
    dark: str  # text colour on a faint tint of itself (dark theme)


HUES: tuple[Hue, ...] = (
    Hue(255, "#b3deff", "#a8d8ff"),  # blue
    Hue(75, "#fed397", "#fbcb88"),  # amber
    Hue(165, "#56d1a3", "#3cc998"),  # green
    Hue(345, "#f294ca", "#ec88c2"),  # pink
    Hue(195, "#8feeed", "#7de9e8"),  # cyan
    Hue(15, "#ffc3c8", "#ffb9bf"),  # rose
    Hue(105, "#c4bc4f", "#bbb237"),  # olive
    Hue(285, "#afabff", "#a5a0ff"),  # violet
    Hue(135, "#c1e9ad", "#b8e3a1"),  # lime
    Hue(45, "#fc9b6f", "#f68f5f"),  # orange
    Hue(225, "#41c8f6", "#11bff0"),  # sky
    Hue(315, "#f2c9ff", "#edc1ff"),  # lilac
)
MAX_COLOURED = len(HUES)
DARK_TINT = 0.18  # how much of a concept's colour tints the dark background behind it
FADE = 0.2  # how much of its style a concept keeps while another one is spotlit

# Qt's CSS names for QTextCharFormat's underline styles, by the lexicon's pattern names.
UNDERLINE_CSS = {
    "single": "solid",
    "dash": "dashed",
    "dot": "dotted",
    "dash-dot": "dot-dash",
    "dash-dot-dot": "dot-dot-dash",
    "wave": "wave",
}


@dataclass(frozen=True)
class ConceptStyle:
    """How one concept is drawn in one comparison, in one theme."""

    fg: str  # text colour of the highlight
    bg: str  # its background ("" for none: neutral concepts)
    underline: str  # CSS underline style, the concept's pattern
    tag_fg: str  # the number tag after each occurrence
    tag_bg: str
    hue: int = -1  # index in HUES, -1 when neutral
    line: str = ""  # the underline's colour ("" = the text's)

    @property
    def coloured(self) -> bool:
        return self.hue >= 0


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of `colour`."""
    channels = []
    for v in rgb(colour):
        c = v / 255
        channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours (1..21; 4.5 is the bar for body text)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mentions(entry: ConceptComparison) -> int:
    return entry.count_left + entry.count_right


def coloured_order(comparison: Comparison) -> list[ConceptComparison]:
    """The shared concepts by mentions on both sides, most first (ties: legend order).

    The first `MAX_COLOURED` are coloured: the concepts a reader meets most
    get a hue of their own.
    """
    ranked = sorted(
        enumerate(comparison.shared_concepts), key=lambda item: (-mentions(item[1]), item[0])
    )
    return [entry for _, entry in ranked]


def coloured_ids(comparison: Comparison) -> list[str]:
    """Ids of the shared concepts that get a hue, in hue order."""
    return [e.concept.id for e in coloured_order(comparison)[:MAX_COLOURED]]


def hue_style(hue: int, pattern: str, scheme: str) -> ConceptStyle:
    c = reader_colours(scheme)
    underline = UNDERLINE_CSS.get(pattern, "solid")
    if scheme == "dark":
        colour = HUES[hue].dark
        tint = mix(colour, c.base, DARK_TINT)
        return ConceptStyle(colour, tint, underline, c.base, colour, hue, colour)
    colour = HUES[hue].light
    return ConceptStyle(c.text, colour, underline, c.text, colour, hue, c.text)


def neutral_style(pattern: str, scheme: str) -> ConceptStyle:
    """One-sided (or past the twelfth shared) concepts: text as it is, a grey underline in
    the concept's pattern and a grey number: there, but quieter than what is shared."""
    c = reader_colours(scheme)
    return ConceptStyle(c.text, "", UNDERLINE_CSS.get(pattern, "solid"), c.muted, "", -1, c.muted)


def concept_styles(comparison: Comparison | None, scheme: str) -> dict[str, ConceptStyle]:
    """Concept id -> its style in this comparison: every concept of either side."""
    if comparison is None:
        return {}
    styles: dict[str, ConceptStyle] = {}
    coloured = coloured_ids(comparison)
    for entry in (*comparison.shared_concepts, *comparison.only_left, *comparison.only_right):
        concept = entry.concept
        if concept.id in coloured:
            styles[concept.id] = hue_style(coloured.index(concept.id), concept.pattern, scheme)
        else:
            styles[concept.id] = neutral_style(concept.pattern, scheme)
    return styles


def faded(style: ConceptStyle, scheme: str) -> ConceptStyle:
    """`style` while another concept is spotlit: most of its colour gone, text still legible."""
    c: ReaderColours = reader_colours(scheme)
    bg = mix(style.bg, c.base, FADE) if style.bg else ""
    return ConceptStyle(c.muted, bg, "none", c.muted, "", style.hue)
