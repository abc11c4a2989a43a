"""The comparison's palette on its own: distinct, legible hues in both themes."""

from __future__ import annotations

import itertools

from ictviewer.ui import theme
from ictviewer.ui.compare.palette import (
    HUES,
    MAX_COLOURED,
    contrast,
    faded,
    hue_style,
    neutral_style,
)


def test_twelve_hues_each_readable_under_text_in_both_themes():
    assert MAX_COLOURED == len(HUES) == 12
    for scheme in ("light", "dark"):
        base = theme.reader_colours(scheme).base
        for index in range(len(HUES)):
            look = hue_style(index, "single", scheme)
            assert contrast(look.fg, look.bg) >= 4.5, (scheme, index)  # WCAG AA body text
            assert contrast(look.tag_fg, look.tag_bg) >= 4.5, (scheme, index)
            dim = faded(look, scheme)
            assert contrast(dim.fg, dim.bg or base) >= 4.5, (scheme, index)  # faded, legible
        neutral = neutral_style("dash", scheme)
        assert not neutral.coloured and neutral.bg == ""
        assert contrast(neutral.tag_fg, base) >= 4.5


def test_no_two_hues_look_alike():
    """Every pair of backgrounds (light) and text colours (dark) differs visibly.

    Euclidean distance in sRGB is crude, but a pair under ~40 is hard to tell apart
    on a laptop panel; the table's closest pairs are ~55 apart.
    """

    def distance(a: str, b: str) -> float:
        ra, rb = (tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in (a, b))
        return sum((x - y) ** 2 for x, y in zip(ra, rb, strict=True)) ** 0.5

    for attribute in ("light", "dark"):
        colours = [getattr(hue, attribute) for hue in HUES]
        assert len(set(colours)) == len(colours)
        closest = min(distance(a, b) for a, b in itertools.combinations(colours, 2))
        assert closest >= 40, (attribute, closest)
