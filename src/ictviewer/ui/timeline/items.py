"""The graphics items of the timeline and the colours they paint with.

`EventItem` is one event: a marker (filled diamond for a document, hollow
circle for an event its text mentions), or a band over the event's interval
with soft ends when the date is approximate, and its label; the scene lays it
out and gives it a `Geometry`. `Look` holds the colours (from the palette, so
they follow the theme) and fonts every item of a scene shares; the shapes are
functions so the legend draws the same ones. The axis, lanes and headers are
in `axis.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QLinearGradient,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ictviewer.timeline import Event
from ictviewer.ui.timeline import text

GUTTER = 150.0  # lane headers, pinned to the left edge
AXIS_H = 46.0  # the date axis, pinned to the top edge
ROW_H = 22.0
LANE_PAD = 8.0
GLYPH = 12.0
RING = GLYPH / 2 + 4  # the search-hit ring's radius; chips always leave room for it
BAND_H = 16.0

LANE_HUES = {  # (light, dark) per lane; other organisations take the spares in turn
    "ASEAN-Russia": ("#0b7a7c", "#3ccfcf"),
    "CICA": ("#2463c4", "#78aeff"),
    "CSTO": ("#8a3fd1", "#c9a2ff"),
    "UN": ("#2a7d3a", "#6fd68a"),
}
SPARE_HUES = [("#9a6700", "#e3b341"), ("#b3365a", "#ff8fb1"), ("#5c6770", "#aab4bd")]


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """`a` moved `t` of the way to `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


@dataclass
class Colours:
    """Everything the timeline paints with, taken from a palette (so it follows the theme)."""

    dark: bool
    base: QColor
    alternate: QColor
    window: QColor
    text: QColor
    muted: QColor
    grid: QColor
    border: QColor
    highlight: QColor
    today: QColor
    hit: QColor
    hit_text: QColor
    lanes: dict[str, QColor] = field(default_factory=dict)

    @classmethod
    def from_palette(cls, palette: QPalette) -> Colours:
        role = QPalette.ColorRole
        base, txt = palette.color(role.Base), palette.color(role.Text)
        dark = base.lightness() < 128
        return cls(
            dark=dark,
            base=base,
            alternate=mix(base, txt, 0.035 if dark else 0.025),
            window=palette.color(role.Window),
            text=txt,
            muted=mix(txt, base, 0.38),
            grid=mix(base, txt, 0.13 if dark else 0.10),
            border=mix(base, txt, 0.25 if dark else 0.2),
            highlight=palette.color(role.Highlight),
            today=QColor("#ff7b72" if dark else "#cf222e"),
            hit=QColor("#ffb340" if dark else "#e07b00"),
            hit_text=QColor("#1f2328"),
        )

    def lane(self, organisation: str) -> QColor:
        if organisation not in self.lanes:
            hues = LANE_HUES.get(organisation) or SPARE_HUES[len(self.lanes) % len(SPARE_HUES)]
            self.lanes[organisation] = QColor(hues[1] if self.dark else hues[0])
        return self.lanes[organisation]


class Look:
    """Colours and fonts shared by every item of a scene, and whether focus shows."""

    def __init__(self, colours: Colours, font: QFont) -> None:
        self.colours = colours
        self.focus_visible = False
        self.exporting = False
        self.set_font(font)

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        self.small.setPointSizeF(max(font.pointSizeF() * 0.85, 6.5))
        self.small_bold = QFont(self.small)
        self.small_bold.setBold(True)


# -- shapes shared with the legend --------------------------------------------------------------


def paint_glyph(p: QPainter, centre: QPointF, document: bool, colour: QColor, base: QColor) -> None:
    """A filled diamond for a document, a hollow circle for an event a text mentions."""
    r = GLYPH / 2
    if document:
        p.setPen(QPen(colour.darker(135), 1.0))
        p.setBrush(colour)
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - r - 1),
                    QPointF(centre.x() + r + 1, centre.y()),
                    QPointF(centre.x(), centre.y() + r + 1),
                    QPointF(centre.x() - r - 1, centre.y()),
                ]
            )
        )
    else:
        p.setPen(QPen(colour, 2.4))
        p.setBrush(base)
        p.drawEllipse(centre, r - 1.2, r - 1.2)


def paint_band(
    p: QPainter, rect: QRectF, colour: QColor, approximate: bool, dark: bool, background: QColor
) -> None:
    """A period: soft, fading ends when the date is approximate, crisp caps when exact.

    The colours are blended with `background` rather than translucent, so a PDF
    (whose gradients cannot fade to transparent) shows the same band.
    """
    fill = mix(background, colour, 0.34 if dark else 0.22)
    p.setPen(Qt.PenStyle.NoPen)
    if approximate:
        fuzz = min(16.0, rect.width() / 3)
        gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
        f = fuzz / rect.width()
        gradient.setColorAt(0.0, background)
        gradient.setColorAt(f, fill)
        gradient.setColorAt(1.0 - f, fill)
        gradient.setColorAt(1.0, background)
        p.setBrush(gradient)
        p.drawRect(rect)
        return
    p.setBrush(fill)
    p.drawRoundedRect(rect, 3, 3)
    p.setPen(QPen(colour, 2.0))
    p.drawLine(QPointF(rect.left() + 1, rect.top()), QPointF(rect.left() + 1, rect.bottom()))
    p.drawLine(QPointF(rect.right() - 1, rect.top()), QPointF(rect.right() - 1, rect.bottom()))


def paint_badge(p: QPainter, rect: QRectF, count: int, look: Look) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(look.colours.hit)
    p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    p.setPen(look.colours.hit_text)
    p.setFont(look.small_bold)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))


# -- events -------------------------------------------------------------------------------------


@dataclass
class Geometry:
    """Where an event's parts sit, in item coordinates (the item's x is the chip's start)."""

    band: QRectF | None = None
    glyph_x: float = RING
    label_x: float = 2 * RING
    text: str = ""
    text_width: float = 0.0
    badge_width: float = 0.0
    body_end: float = 2 * RING

    @property
    def end(self) -> float:
        if not self.text:
            return self.body_end
        return max(self.body_end, self.label_x + self.text_width + self.badge_width)


class EventItem(QGraphicsItem):
    """One event on its lane; clicked or activated through the view."""

    def __init__(self, index: int, event: Event, look: Look) -> None:
        super().__init__()
        self.index = index
        self.event = event
        self.look = look
        self.geometry = Geometry()
        self.hits = 0
        self.alternate = False  # on a lane painted in the alternate colour
        self.current = False
        self.hovered = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(text.tooltip(event))

    def set_geometry(self, geometry: Geometry) -> None:
        self.prepareGeometryChange()
        self.geometry = geometry
        self.update()

    def set_hits(self, count: int) -> None:
        if count != self.hits:
            self.hits = count
            self.setToolTip(text.tooltip(self.event, count))
            self.update()

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.setZValue(1 if current else 0)
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-3, 0, self.geometry.end + 6, ROW_H)

    def label_rect(self) -> QRectF:
        """The label (with its hit badge) in scene coordinates; empty when hidden."""
        g = self.geometry
        if not g.text:
            return QRectF()
        local = QRectF(g.label_x, 3, g.text_width + g.badge_width, ROW_H - 6)
        return self.mapRectToScene(local)

    def glyph_pos(self) -> QPointF:
        """The marker's centre in scene coordinates (where a click opens the event)."""
        return self.mapToScene(QPointF(self.geometry.glyph_x, ROW_H / 2))

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        g, c, look = self.geometry, self.look.colours, self.look
        mid = ROW_H / 2
        lane = c.lane(self.event.organisation)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if g.band is not None:
            background = c.alternate if self.alternate else c.base
            paint_band(p, g.band, lane, self.event.approximate, c.dark, background)
        if (self.current or self.hovered) and not look.exporting:
            box = QRectF(-2, 1, g.end + 4, ROW_H - 2)
            back = QColor(c.highlight if self.current else c.text)
            back.setAlphaF(0.16 if self.current else 0.07)
            p.setBrush(back)
            pen = QPen(c.highlight, 2.0) if self.current and look.focus_visible else Qt.NoPen
            p.setPen(pen)
            p.drawRoundedRect(box, 5, 5)
        if self.hits:
            p.setPen(QPen(c.hit, 2.6))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(g.glyph_x, mid), RING - 1.3, RING - 1.3)
        paint_glyph(p, QPointF(g.glyph_x, mid), self.event.is_document, lane, c.base)
        if not g.text:
            return
        p.setFont(look.bold if self.event.is_document else look.font)
        p.setPen(c.text)
        label = QRectF(g.label_x, 0, g.text_width + 4, ROW_H)
        p.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, g.text)
        if self.hits and g.badge_width:
            badge = QRectF(g.label_x + g.text_width + 5, mid - 7.5, g.badge_width - 6, 15)
            paint_badge(p, badge, self.hits, look)
