"""The timeline scene: one lane per organisation, laid out anew at each zoom.

The scene holds one `EventItem` per event of the core's `build_timeline` (in its
date order) and knows which lanes and kinds are shown. `relayout(ppd)` places
everything for a zoom given in pixels per day: bodies at their dates, labels in
rows found by `layout.assign_rows`, lanes as tall as their rows. `pin` keeps
the axis and the lane headers at the visible edges while the view scrolls.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsScene

from ictviewer.timeline import KINDS, UN, Event
from ictviewer.ui.labels import events_count
from ictviewer.ui.timeline.axis import AxisItem, BackdropItem, CornerItem, LaneHeaderItem
from ictviewer.ui.timeline.items import (
    AXIS_H,
    GLYPH,
    GUTTER,
    LANE_PAD,
    RING,
    ROW_H,
    EventItem,
    Geometry,
    Look,
)
from ictviewer.ui.timeline.layout import (
    MIN_LABEL,
    Chip,
    Placement,
    Scale,
    assign_rows,
    row_count,
)

LEFT_PAD = 18.0  # between the lane headers and the first day
RIGHT_PAD = 28.0
MAX_LABEL = 300.0  # longer labels are elided (the tooltip has them in full)
MIN_BAND = 16.0  # an approximate date is never drawn narrower than this
MIN_EXACT_BAND = 2 * RING + 4  # a day range narrower than this is drawn as a marker
FIT_LABEL = 150.0  # room kept for the labels of the last events when fitting
MAX_ROWS = 10  # label rows per lane at most; fewer when the view is short
MIN_ROWS = 2  # a lane is at least this tall, for its header
MIN_LANE_H = 2 * LANE_PAD + MIN_ROWS * ROW_H
MIN_PPD, MAX_PPD = 0.01, 80.0


def lane_order(events: Iterable[Event]) -> list[str]:
    """Organisations in alphabetical order, the UN bodies they refer to last."""
    return sorted({e.organisation for e in events}, key=lambda o: (o == UN, o.casefold()))


class TimelineScene(QGraphicsScene):
    def __init__(self, events: Iterable[Event], today: dt.date, look: Look, parent=None) -> None:
        super().__init__(parent)
        self.events = list(events)
        self.today = today
        self.look = look
        self.lanes = lane_order(self.events)
        self.organisations: set[str] = set(self.lanes)
        self.kinds: set[str] = set(KINDS) | {e.kind for e in self.events}
        starts = [e.first for e in self.events] or [today]
        ends = [e.last for e in self.events] or [today]
        self.first = dt.date(min(min(starts), today).year, 1, 1)
        self.last = max(max(ends), today) + dt.timedelta(days=45)
        self.scale = Scale(self.first, 1.0, GUTTER + LEFT_PAD)
        self.lane_rects: dict[str, QRectF] = {}
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

        self.backdrop = BackdropItem(look)
        self.axis = AxisItem(look)
        self.corner = CornerItem(look)
        self.headers = {lane: LaneHeaderItem(lane, look) for lane in self.lanes}
        self.items_ = [EventItem(i, event, look) for i, event in enumerate(self.events)]
        for item in [self.backdrop, self.axis, self.corner, *self.headers.values(), *self.items_]:
            self.addItem(item)
        self._pin = (0.0, 0.0)
        self._widths: dict[tuple[int, int], tuple[float, float]] = {}
        self._fits: dict[float, float] = {}

    # -- what is shown ---------------------------------------------------------------------------

    def shown(self, item: EventItem) -> bool:
        return item.event.organisation in self.organisations and item.event.kind in self.kinds

    def visible_items(self) -> list[EventItem]:
        """The events on screen (lanes and kinds not filtered out), in date order."""
        return [item for item in self.items_ if self.shown(item)]

    def shown_lanes(self) -> list[str]:
        return [lane for lane in self.lanes if lane in self.organisations]

    def lane_items(self, lane: str) -> list[EventItem]:
        return [i for i in self.visible_items() if i.event.organisation == lane]

    def set_filters(self, organisations: Iterable[str] | None, kinds: Iterable[str] | None) -> None:
        self.organisations = set(self.lanes) if organisations is None else set(organisations)
        self.kinds = set(KINDS) | {e.kind for e in self.events} if kinds is None else set(kinds)
        self._fits.clear()

    def set_hits(self, hits: Iterable) -> int:
        """Mark the events whose provision (or document) has a hit; returns how many are marked."""
        per_provision: Counter[tuple[str, str]] = Counter()
        per_document: Counter[str] = Counter()
        for hit in hits:
            if isinstance(hit, tuple | list):
                doc_id, provision_id = hit[0], hit[1]
            else:
                doc_id, provision_id = hit.doc_id, hit.provision_id
            per_provision[(doc_id, provision_id or "")] += 1
            per_document[doc_id] += 1
        marked = 0
        for item in self.items_:
            event = item.event
            if event.is_document:
                count = per_document[event.doc_id]
            else:
                count = per_provision[(event.doc_id, event.provision_id or "")]
            item.set_hits(count)
            marked += bool(count)
        self._fits.clear()
        return marked

    # -- layout ----------------------------------------------------------------------------------

    def metrics_changed(self) -> None:
        """Forget measured labels and fitted zooms (the font, filters or hits changed)."""
        self._widths.clear()
        self._fits.clear()

    def _label_width(self, item: EventItem) -> tuple[float, float]:
        """(text width capped at MAX_LABEL, badge width) of an event's label."""
        key = (item.index, item.hits)
        if key not in self._widths:
            font = self.look.bold if item.event.is_document else self.look.font
            width = min(QFontMetricsF(font).horizontalAdvance(item.event.label), MAX_LABEL)
            badge = 0.0
            if item.hits:
                badge = QFontMetricsF(self.look.small_bold).horizontalAdvance(str(item.hits)) + 18
            self._widths[key] = (width, badge)
        return self._widths[key]

    def _body(self, event: Event, scale: Scale) -> tuple[float, float, float, QRectF | None]:
        """(start, body end, marker x, band) of an event at a scale, in scene x."""
        x0, x1 = scale.x(event.first), scale.x_end(event.last)
        if not event.approximate and x1 - x0 < MIN_EXACT_BAND:
            glyph = (x0 + x1) / 2
            return glyph - RING, glyph + RING, glyph, None
        if x1 - x0 < MIN_BAND:
            centre = (x0 + x1) / 2
            x0, x1 = centre - MIN_BAND / 2, centre + MIN_BAND / 2
        width = x1 - x0
        fuzz = min(16.0, width / 3) if event.approximate else 0.0
        glyph = x0 + min(max(RING, fuzz * 0.6 + GLYPH / 2 + 3), width / 2)
        band = QRectF(x0, ROW_H / 2 - 8, width, 16)
        return min(x0, glyph - RING), max(x1, glyph + RING), glyph, band

    def _chip(self, item: EventItem, scale: Scale) -> tuple[Chip, float, QRectF | None]:
        start, body_end, glyph, band = self._body(item.event, scale)
        width, badge = self._label_width(item)
        return Chip(start, body_end, glyph + RING + 3, width + badge), glyph, band

    def content_right(self, ppd: float) -> float:
        """The right edge of the scene at a zoom: the axis, and room for the last labels."""
        scale = Scale(self.first, ppd, self.scale.left)
        right = scale.x_end(self.last) + RIGHT_PAD
        for item in self.visible_items():
            chip = self._chip(item, scale)[0]
            end = max(chip.body_end, chip.label_x + min(chip.label_width, FIT_LABEL))
            right = max(right, end + RIGHT_PAD)
        return right

    def fit_ppd(self, width: float) -> float:
        """The largest zoom at which every shown event fits in `width` (labels may be elided)."""
        if width in self._fits:
            return self._fits[width]
        lo, hi = MIN_PPD, MAX_PPD
        if self.content_right(lo) <= width:
            while hi / lo > 1.0005:
                mid = (lo * hi) ** 0.5
                lo, hi = (mid, hi) if self.content_right(mid) <= width else (lo, mid)
        self._fits[width] = lo
        return lo

    def relayout(self, ppd: float, min_size: tuple[float, float] = (0.0, 0.0)) -> None:
        """Place every item for `ppd` pixels a day; the scene fills at least `min_size`."""
        ppd = max(MIN_PPD, min(ppd, MAX_PPD))
        self.scale = scale = Scale(self.first, ppd, GUTTER + LEFT_PAD)
        for item in self.items_:
            item.setVisible(self.shown(item))
        right = max(self.content_right(ppd), min_size[0])
        chips = {
            lane: [self._chip(i, scale) for i in self.lane_items(lane)]
            for lane in self.shown_lanes()
        }
        rows = self._rows(chips, right, min_size[1])
        placed = {
            lane: list(zip(self.lane_items(lane), chips[lane], rows[lane], strict=True))
            for lane in self.shown_lanes()
        }
        heights = {
            lane: max(MIN_LANE_H, 2 * LANE_PAD + row_count(rows[lane]) * ROW_H)
            for lane in self.shown_lanes()
        }
        content = AXIS_H + sum(heights.values())
        spare = max(0.0, min_size[1] - content) / max(len(heights), 1)
        y = AXIS_H
        self.lane_rects = {}
        for number, lane in enumerate(self.shown_lanes()):
            height = heights[lane] + spare
            self.lane_rects[lane] = QRectF(0, y, right, height)
            used = max(row_count(rows[lane]), 1)
            top = y + max(LANE_PAD, (height - used * ROW_H) / 2)
            for item, (chip, glyph, band), place in placed[lane]:
                item.setPos(chip.start, top + place.row * ROW_H)
                item.alternate = number % 2 == 1
                item.set_geometry(self._geometry(item, chip, glyph, band, place.label_width))
            self.headers[lane].set_lane(height, self._caption(lane))
            y += height
        for lane, header in self.headers.items():
            header.setVisible(lane in self.lane_rects)
        width = max(right, min_size[0])
        for lane, rect in self.lane_rects.items():
            self.lane_rects[lane] = QRectF(0, rect.top(), width, rect.height())
        bounds = QRectF(0, 0, width, max(y, min_size[1]))
        self.backdrop.set_size(bounds)
        self.axis.set_width(width)
        self.setSceneRect(bounds)
        self.pin(*self._pin)
        self.update()

    def _rows(self, chips: dict, right: float, height: float) -> dict[str, list[Placement]]:
        """Rows per lane: up to MAX_ROWS, fewer in the tallest lanes until all fit `height`."""
        lanes = self.shown_lanes()
        caps = dict.fromkeys(lanes, MAX_ROWS)

        def place(lane: str) -> list[Placement]:
            return assign_rows([c for c, _, _ in chips[lane]], caps[lane], right=right - 4)

        rows = {lane: place(lane) for lane in lanes}
        budget = (height - AXIS_H) / ROW_H - len(lanes) * 2 * LANE_PAD / ROW_H
        while height > 0:
            used = {lane: max(MIN_ROWS, row_count(rows[lane])) for lane in lanes}
            if sum(used.values()) <= budget:
                break
            shrinkable = [lane for lane in lanes if caps[lane] > 1]
            if not shrinkable:
                break
            lane = max(shrinkable, key=lambda name: (used[name], caps[name]))
            caps[lane] = min(caps[lane], used[lane]) - 1
            rows[lane] = place(lane)
        return rows

    def _geometry(self, item, chip: Chip, glyph: float, band, label_width: float) -> Geometry:
        left = chip.start
        badge = self._label_width(item)[1]
        geometry = Geometry(
            band=band.translated(-left, 0) if band is not None else None,
            glyph_x=glyph - left,
            label_x=chip.label_x - left,
            body_end=chip.body_end - left,
        )
        room = label_width - badge
        if label_width <= 0 or room < MIN_LABEL:
            return geometry
        metrics = QFontMetricsF(self.look.bold if item.event.is_document else self.look.font)
        label = item.event.label
        if metrics.horizontalAdvance(label) > room:
            label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
        geometry.text = label
        geometry.text_width = metrics.horizontalAdvance(label)
        geometry.badge_width = badge
        return geometry

    def _caption(self, lane: str) -> str:
        total = sum(1 for e in self.events if e.organisation == lane)
        shown = len(self.lane_items(lane))
        if shown == total:
            return events_count(total)
        return self.tr("{0} of %n events", "", total).format(shown)

    def pin(self, left: float, top: float) -> None:
        """Keep the axis at the top edge and the lane headers at the left edge of the view."""
        self._pin = (left, top)
        for lane, header in self.headers.items():
            rect = self.lane_rects.get(lane)
            if rect is not None:
                header.setPos(left, rect.top())
        self.axis.setPos(0, top)
        self.corner.setPos(left, top)
