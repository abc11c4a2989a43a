"""Scrolling in step: where the other pane goes when one pane scrolls (plain Python).

Each pane is a list of rows `(provision id, top, bottom)` in page pixels,
in document order. When the probe line of the source pane (just below the
top of its viewport) is inside provision X:

- X aligned with Y: the other pane shows Y, as far into Y as the source is
  into X (proportionally, since the two may differ in length);
- X not aligned: the other pane moves evenly through the gap between the
  partners of the aligned provisions before and after X, or holds still
  when those partners are out of order (the text was rearranged).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

PROBE = 12  # pixels below the top of the viewport that decide "the provision shown"

Row = tuple[str, float, float]  # provision id, top, bottom


def _row_at(rows: Sequence[Row], y: float) -> int:
    """Index of the last row starting at or above `y` (-1: above the first row)."""
    return bisect.bisect_right([top for _, top, _ in rows], y) - 1


def map_position(
    y: float,
    source: Sequence[Row],
    target: Sequence[Row],
    pairs: Mapping[str, str],
    source_end: float,
    target_end: float,
) -> float:
    """The target page's y that corresponds to the source page's `y`."""
    if not source or not target:
        return y
    where = {pid: (top, bottom) for pid, top, bottom in target}
    i = _row_at(source, y)
    if i >= 0:
        pid, top, bottom = source[i]
        partner = pairs.get(pid)
        if partner in where:
            t_top, t_bottom = where[partner]
            fraction = (y - top) / (bottom - top) if bottom > top else 0.0
            return t_top + min(max(fraction, 0.0), 1.0) * (t_bottom - t_top)
    # Between aligned rows: from the end of the previous partner to the start of the next.
    before = (0.0, 0.0)
    for pid, _, bottom in reversed(source[: i + 1] if i >= 0 else []):
        if pairs.get(pid) in where:
            before = (bottom, where[pairs[pid]][1])
            break
    after = (source_end, target_end)
    for pid, top, _ in source[i + 1 :]:
        if pairs.get(pid) in where:
            after = (top, where[pairs[pid]][0])
            break
    (s0, t0), (s1, t1) = before, after
    if t1 < t0 or s1 <= s0:
        return t0
    return t0 + (y - s0) / (s1 - s0) * (t1 - t0)


def follow(source, target, alignment, from_left: bool) -> None:
    """Scroll `target` (a ComparePane) to the provision aligned with the one at the top of
    `source`, or to the same relative place in the gap between aligned provisions."""
    if from_left:
        pairs = {a.left_provision: a.right_provision for a in alignment}
    else:
        pairs = {a.right_provision: a.left_provision for a in alignment}
    y = map_position(
        source.scroll_value() + PROBE,
        source.rows(),
        target.rows(),
        pairs,
        source.page_height(),
        target.page_height(),
    )
    target.set_scroll_value(y - PROBE)
