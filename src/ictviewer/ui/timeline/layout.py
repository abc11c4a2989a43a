"""Geometry of the timeline, without Qt: the date scale, axis ticks and label rows.

The view has no transform: zooming changes `Scale.ppd` (pixels per day) and the
scene is laid out again, so text keeps its size and labels can be placed in
pixels. `assign_rows` is the label placement: a greedy first fit per lane that
never lets two labels (or a label and a marker) overlap, eliding or hiding a
label when its row is crowded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MIN_LABEL = 56.0  # narrower than this, a label is hidden (the tooltip still has it)


@dataclass(frozen=True)
class Scale:
    """Scene x of a day: `left` is the x of `origin`, `ppd` pixels per day."""

    origin: dt.date
    ppd: float
    left: float = 0.0

    def x(self, day: dt.date) -> float:
        return self.left + (day - self.origin).days * self.ppd

    def x_end(self, day: dt.date) -> float:
        """The right edge of a day (where the next one begins)."""
        return self.x(day) + self.ppd

    def day_at(self, x: float) -> dt.date:
        days = int((x - self.left) // self.ppd)
        return self.origin + dt.timedelta(days=max(-700_000, min(days, 2_900_000)))


@dataclass(frozen=True)
class Tick:
    day: dt.date
    level: str  # "year" | "month" | "day"
    labelled: bool


def _month_starts(first: dt.date, last: dt.date, step: int):
    year, month = first.year, first.month
    while True:
        day = dt.date(year, month, 1)
        if day > last:
            return
        if day >= first and (month - 1) % step == 0:
            yield day
        month += 1
        if month > 12:
            year, month = year + 1, 1


def ticks(scale: Scale, first: dt.date, last: dt.date) -> list[Tick]:
    """Year, month and day ticks between two days, as dense as the zoom allows.

    Years are always ticked (labelled every 1, 2, 5 or 10 years so labels keep
    ~44 px apart); months appear from ~5 px a month and are named from ~30 px;
    days appear from ~5 px a day and are numbered from ~20 px.
    """
    ppy = scale.ppd * 365.25
    every = next((n for n in (1, 2, 5, 10, 20, 50) if ppy * n >= 40), 100)
    out = [
        Tick(dt.date(year, 1, 1), "year", year % every == 0)
        for year in range(first.year, last.year + 1)
        if dt.date(year, 1, 1) >= first
    ]
    ppm = scale.ppd * 30.4
    if ppm >= 5:
        step = 1 if ppm >= 30 else 3 if ppm * 3 >= 30 else 6 if ppm >= 12 else 12
        for day in _month_starts(first, last, 1):
            if day.month != 1:
                out.append(Tick(day, "month", (day.month - 1) % step == 0 and step < 12))
    if scale.ppd >= 5:
        day, stop = first, min(last, first + dt.timedelta(days=4000))
        every_day = 1 if scale.ppd >= 20 else 7 if scale.ppd * 7 >= 24 else 0
        while day <= stop:
            if day.day != 1:
                wanted = every_day and (every_day == 1 or day.day in (8, 15, 22))
                out.append(Tick(day, "day", bool(wanted)))
            day += dt.timedelta(days=1)
    return sorted(out, key=lambda t: t.day)


@dataclass(frozen=True)
class Chip:
    """One event to place in a lane: its body (marker or bar) and its label.

    `start`..`body_end` must never be covered; the label begins at `label_x` and
    would like `label_width` pixels.
    """

    start: float
    body_end: float
    label_x: float
    label_width: float

    @property
    def end(self) -> float:
        return max(self.body_end, self.label_x + self.label_width)


@dataclass(frozen=True)
class Placement:
    row: int
    label_width: float  # as placed: the full width, less when elided, 0 when hidden


def assign_rows(
    chips: list[Chip],
    max_rows: int = 5,
    gap: float = 10.0,
    right: float | None = None,
    body_gap: float = 4.0,
) -> list[Placement]:
    """Rows and label widths for chips given in date order (a greedy first fit).

    A chip goes to the first row where all of it fits; else to a new row while
    there are fewer than `max_rows`; else to the row where its body fits (`body_gap`
    after the last body) and the label it cuts short keeps the most room; else to
    a new row anyway, so markers never overlap. Then each label is cut at the next body in its row
    (and at `right`), and hidden when less than `MIN_LABEL` pixels are left.
    """
    body_ends: list[float] = []
    full_ends: list[float] = []
    rows: list[int] = []
    for chip in chips:
        row = next((r for r, end in enumerate(full_ends) if end + gap <= chip.start), None)
        if row is None and len(full_ends) >= max_rows:
            fits = [r for r, end in enumerate(body_ends) if end + body_gap <= chip.start]
            if fits:
                row = min(fits, key=lambda r: full_ends[r])
        if row is None:
            row = len(full_ends)
            body_ends.append(chip.body_end)
            full_ends.append(chip.end)
        else:
            body_ends[row] = max(body_ends[row], chip.body_end)
            full_ends[row] = max(full_ends[row], chip.end)
        rows.append(row)

    placements: list[Placement] = []
    for i, chip in enumerate(chips):
        limit = right if right is not None else float("inf")
        following = [chips[j].start for j in range(i + 1, len(chips)) if rows[j] == rows[i]]
        if following:
            limit = min(limit, following[0] - min(gap, body_gap + 2))
        width = min(chip.label_width, limit - chip.label_x)
        placements.append(Placement(rows[i], width if width >= MIN_LABEL else 0.0))
    return placements


def row_count(placements: list[Placement]) -> int:
    return max((p.row for p in placements), default=-1) + 1
