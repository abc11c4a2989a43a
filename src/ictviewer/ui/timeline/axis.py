"""The scenery of the timeline: lane bands and grid, the date axis, the lane headers.

The axis and the lane headers are pinned to the top and left edges of the view
by `TimelineScene.pin`; all of them ask `self.scene()` for the scale, the lanes
and today's date, and paint only what is exposed.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ictviewer.ui.i18n import translate
from ictviewer.ui.plain import literal
from ictviewer.ui.timeline import text
from ictviewer.ui.timeline.items import AXIS_H, GUTTER, LANE_PAD, Look, mix
from ictviewer.ui.timeline.layout import ticks


class BackdropItem(QGraphicsItem):
    """Lane bands, the year and month grid and today's line, under the events."""

    def __init__(self, look: Look) -> None:
        super().__init__()
        self.look = look
        self.size = QRectF()
        self.setZValue(-10)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_size(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.size = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self.size

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene, c = self.scene(), self.look.colours
        exposed = option.exposedRect.intersected(self.size)
        p.fillRect(exposed, c.base)
        for i, (_lane, rect) in enumerate(scene.lane_rects.items()):
            if i % 2:
                p.fillRect(rect.intersected(exposed), c.alternate)
            p.setPen(QPen(c.border, 1.0))
            p.drawLine(
                QPointF(exposed.left(), rect.bottom()), QPointF(exposed.right(), rect.bottom())
            )
        scale = scene.scale
        first = max(scale.day_at(exposed.left()), scene.first)
        last = min(scale.day_at(exposed.right() + scale.ppd), scene.last)
        top, bottom = AXIS_H, self.size.bottom()
        faint = mix(c.base, c.grid, 0.5)
        for tick in ticks(scale, first, last):
            if tick.level == "day":
                continue
            x = round(scale.x(tick.day)) + 0.5
            p.setPen(QPen(c.grid if tick.level == "year" else faint, 1.0))
            p.drawLine(QPointF(x, top), QPointF(x, bottom))
        x = scale.x(scene.today) + scale.ppd / 2
        if exposed.left() - 2 <= x <= exposed.right() + 2:
            p.setPen(QPen(c.today, 1.6, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, top), QPointF(x, bottom))


class AxisItem(QGraphicsItem):
    """The date axis: years above, months or days below, and a "Today" flag; pinned on top."""

    def __init__(self, look: Look) -> None:
        super().__init__()
        self.look = look
        self.width = 0.0
        self.setZValue(11)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_width(self, width: float) -> None:
        self.prepareGeometryChange()
        self.width = width

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, AXIS_H)

    def today_rect(self) -> QRectF:
        scale, look = self.scene().scale, self.look
        x = scale.x(self.scene().today) + scale.ppd / 2
        w = p_width(look.small_bold, translate("Timeline", "Today")) + 12
        return QRectF(x - w / 2, AXIS_H - 19, w, 16)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene, c, look = self.scene(), self.look.colours, self.look
        exposed = option.exposedRect.intersected(self.boundingRect())
        p.fillRect(exposed, c.window)
        p.setPen(QPen(c.border, 1.0))
        p.drawLine(QPointF(exposed.left(), AXIS_H - 0.5), QPointF(exposed.right(), AXIS_H - 0.5))
        scale = scene.scale
        first = max(scale.day_at(exposed.left() - 120), scene.first)
        last = min(scale.day_at(exposed.right() + scale.ppd), scene.last)
        flag = self.today_rect()
        sizes = {"year": 13.0, "month": 7.0, "day": 4.0}
        for tick in ticks(scale, first, last):
            x = round(scale.x(tick.day)) + 0.5
            p.setPen(QPen(c.muted if tick.level == "year" else c.border, 1.0))
            p.drawLine(QPointF(x, AXIS_H - sizes[tick.level]), QPointF(x, AXIS_H))
            if not tick.labelled:
                continue
            if tick.level == "year":
                p.setFont(look.bold)
                p.setPen(c.text)
                label, where = str(tick.day.year), QRectF(x + 4, 4, 80, 18)
            else:
                p.setFont(look.small)
                p.setPen(c.muted)
                fmt = "MMM" if tick.level == "month" else "d"
                day = QDate(tick.day.year, tick.day.month, tick.day.day)
                label = QLocale().toString(day, fmt)
                where = QRectF(x + 3, AXIS_H - 21, 60, 16)
            if tick.level != "year" and where.adjusted(0, 0, -30, 0).intersects(flag):
                continue
            p.drawText(where, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        if flag.intersects(exposed):
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(c.today)
            p.drawRoundedRect(flag, 8, 8)
            p.setPen(QColor("#1f2328") if c.dark else QColor("#ffffff"))
            p.setFont(look.small_bold)
            p.drawText(flag, Qt.AlignmentFlag.AlignCenter, translate("Timeline", "Today"))


def p_width(font: QFont, label: str) -> float:
    return QFontMetricsF(font).horizontalAdvance(label)


class LaneHeaderItem(QGraphicsItem):
    """A lane's name and its number of events, pinned to the left edge."""

    def __init__(self, organisation: str, look: Look) -> None:
        super().__init__()
        self.organisation = organisation
        self.look = look
        self.height = 0.0
        self.caption = ""
        self.setZValue(10)
        self.setToolTip(literal(text.lane_name(organisation)))

    def set_lane(self, height: float, caption: str) -> None:
        self.prepareGeometryChange()
        self.height, self.caption = height, caption
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, GUTTER, self.height)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        c, look = self.look.colours, self.look
        rect = self.boundingRect()
        p.fillRect(rect, c.window)
        p.fillRect(QRectF(0, 0, 4, rect.height()), c.lane(self.organisation))
        p.setPen(QPen(c.border, 1.0))
        p.drawLine(QPointF(GUTTER - 0.5, 0), QPointF(GUTTER - 0.5, rect.height()))
        p.drawLine(QPointF(0, rect.height() - 0.5), QPointF(GUTTER, rect.height() - 0.5))
        inner = QRectF(14, LANE_PAD, GUTTER - 22, 20)
        p.setFont(look.bold)
        p.setPen(c.text)
        p.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   text.lane_name(self.organisation))  # fmt: skip
        p.setFont(look.small)
        p.setPen(c.muted)
        p.drawText(inner.translated(0, 19), Qt.AlignmentFlag.AlignLeft, self.caption)


class CornerItem(QGraphicsItem):
    """The corner where the axis meets the lane headers (pinned both ways)."""

    def __init__(self, look: Look) -> None:
        super().__init__()
        self.look = look
        self.setZValue(12)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, GUTTER, AXIS_H)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        c = self.look.colours
        p.fillRect(self.boundingRect(), c.window)
        p.setPen(QPen(c.border, 1.0))
        p.drawLine(QPointF(GUTTER - 0.5, 0), QPointF(GUTTER - 0.5, AXIS_H))
        p.drawLine(QPointF(0, AXIS_H - 0.5), QPointF(GUTTER, AXIS_H - 0.5))
        p.setFont(self.look.small_bold)
        p.setPen(c.muted)
        p.drawText(QRectF(14, AXIS_H - 22, GUTTER - 20, 16),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   translate("Timeline", "Organisation"))  # fmt: skip
