"""Small pictures of a concept's highlight for the legend, and the matrix's cell shade.

A swatch shows what the page shows (the hue, or none, and the underline pattern),
so a reader can match the legend to the text without reading numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPainterPath, QPen, QPixmap

from ictviewer.ui.compare.palette import ConceptStyle
from ictviewer.ui.theme import mix, reader_colours

_PEN_STYLES = {
    "solid": Qt.PenStyle.SolidLine,
    "dashed": Qt.PenStyle.DashLine,
    "dotted": Qt.PenStyle.DotLine,
    "dot-dash": Qt.PenStyle.DashDotLine,
    "dot-dot-dash": Qt.PenStyle.DashDotDotLine,
}


def swatch(look: ConceptStyle, scheme: str, width: int = 30, height: int = 16) -> QPixmap:
    """A small sample of a concept's highlight in this comparison: its fill and underline."""
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if app is not None else 1.0
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = reader_colours(scheme)
    # In the dark theme the page's tint is faint behind coloured text; a swatch has no
    # text, so it shows the hue itself at a visible strength.
    fill = mix(look.fg, c.base, 0.45) if scheme == "dark" and look.coloured else look.bg
    painter.setPen(QPen(QColor(fill or c.muted), 1))
    painter.setBrush(QColor(fill) if fill else Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 3, 3)
    pen = QPen(QColor(look.fg if look.coloured else c.muted), 1.6)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    y = height - 4.5
    if look.underline == "wave":
        path = QPainterPath(QPointF(3, y))
        x, up = 3.0, True
        while x < width - 4:
            path.quadTo(QPointF(x + 1.5, y - 2.5 if up else y + 2.5), QPointF(x + 3, y))
            x, up = x + 3, not up
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    else:
        pen.setStyle(_PEN_STYLES.get(look.underline, Qt.PenStyle.SolidLine))
        painter.setPen(pen)
        painter.drawLine(QPointF(3, y), QPointF(width - 3, y))
    painter.end()
    return pixmap


def matrix_shade(count: int, scheme: str) -> tuple[str, str]:
    """(text, background) of a matrix cell with `count` mentions: more mentions, deeper tint."""
    c = reader_colours(scheme)
    return c.text, mix(c.accent, c.base, min(0.1 + 0.05 * count, 0.4))
