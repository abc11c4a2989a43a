"""The legend: what the markers, bands, rings and the red line mean.

`paint_legend` draws it with the scene's colours, both in the strip under the
view and at the foot of an exported image, so the two always agree.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ictviewer.ui.i18n import translate
from ictviewer.ui.plain import literal
from ictviewer.ui.timeline.items import RING, Look, paint_band, paint_glyph

LEGEND_H = 30.0
SAMPLE = "CICA"  # the lane whose colour the samples use


def entries() -> list[tuple[str, str]]:
    return [
        ("document", translate("Timeline", "Document")),
        ("mention", translate("Timeline", "Event a text mentions")),
        ("exact", translate("Timeline", "Exact period")),
        ("approximate", translate("Timeline", "Approximate date (month or year only)")),
        ("hit", translate("Timeline", "Has search hits")),
        ("today", translate("Timeline", "Today")),
    ]


def paint_legend(p: QPainter, rect: QRectF, look: Look, note: str = "") -> None:
    """One line of samples and their meanings, left-aligned in `rect`; `note` at the right."""
    c = look.colours
    colour = c.lane(SAMPLE)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setFont(look.small)
    metrics = QFontMetricsF(look.small)
    mid = rect.center().y()
    x = rect.left() + 12
    for key, label in entries():
        if key == "document":
            paint_glyph(p, QPointF(x + 8, mid), True, colour, c.base)
            x += 20
        elif key == "mention":
            paint_glyph(p, QPointF(x + 8, mid), False, colour, c.base)
            x += 20
        elif key in ("exact", "approximate"):
            band = QRectF(x, mid - 6, 34, 12)
            paint_band(p, band, colour, key == "approximate", c.dark, c.window)
            x += 40
        elif key == "hit":
            paint_glyph(p, QPointF(x + RING, mid), False, colour, c.base)
            p.setPen(QPen(c.hit, 2.6))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(x + RING, mid), RING - 1.3, RING - 1.3)
            x += 2 * RING + 6
        elif key == "today":
            p.setPen(QPen(c.today, 1.6, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x + 6, mid - 9), QPointF(x + 6, mid + 9))
            x += 16
        p.setPen(c.text)
        width = metrics.horizontalAdvance(label) + 2
        p.drawText(
            QRectF(x, rect.top(), width, rect.height()), Qt.AlignmentFlag.AlignVCenter, label
        )
        x += width + 20
    if note:
        p.setPen(c.muted)
        room = QRectF(x, rect.top(), rect.right() - x - 12, rect.height())
        elided = metrics.elidedText(note, Qt.TextElideMode.ElideLeft, room.width())
        p.drawText(room, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, elided)
    p.restore()


def legend_width(look: Look) -> float:
    metrics = QFontMetricsF(look.small)
    return 24 + sum(metrics.horizontalAdvance(label) + 22 + 30 for _key, label in entries())


class LegendBar(QWidget):
    """The strip under the timeline: the legend and a short note (search hits, hints)."""

    def __init__(self, look: Look, parent=None) -> None:
        super().__init__(parent)
        self.look = look
        self.note = ""
        self.setObjectName("timelineLegend")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("Timeline", "Timeline legend"))

    def set_note(self, note: str) -> None:
        self.note = note
        self.setToolTip(literal(note))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(int(legend_width(self.look)), int(LEGEND_H))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, int(LEGEND_H))

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        c = self.look.colours
        p.fillRect(self.rect(), c.window)
        p.setPen(QPen(c.border, 1.0))
        p.drawLine(0, 0, self.width(), 0)
        paint_legend(p, QRectF(self.rect()), self.look, self.note)
        p.end()
