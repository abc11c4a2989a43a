"""Zoom for the widgets around the text: the contents tree, the hit list, the legend.

The reader and the comparison draw their text at the zoom themselves (the HTML's
font sizes). The item views beside them are plain Qt views drawn in the widget's
font, so at 200% the text grew and the lists that lead to it stayed small (#16).
One rule for all of them: the application's font size scaled by the zoom, in a
style sheet of the view's own (children inherit it), and the items laid out
again, since their delegates measure rows in that font. Rows that ask for a
bold font (headings) give only the weight, so they scale with the rest.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


def zoomed_font(zoom: int, base: QFont | None = None) -> QFont:
    """`base` (default: the application's font) at `zoom` percent."""
    font = QFont(base if base is not None else QApplication.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * zoom / 100)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * zoom / 100)))
    return font


def apply_zoom(zoom: int, *widgets: QWidget) -> None:
    """Show `widgets` (and what they hold) in the application's font at `zoom` percent.

    Through a style sheet of the widget's own rather than `setFont`: under the
    application's style sheet, Qt polishes a widget again when it is reparented
    (a reader put into its tab) and a font set with `setFont` is lost then.
    """
    size = zoomed_font(zoom).pointSizeF()
    rule = f"font-size: {size:g}pt;" if zoom != 100 and size > 0 else ""
    for widget in widgets:
        if widget.styleSheet() == rule:
            continue
        widget.setStyleSheet(rule)
        views = widget.findChildren(QAbstractItemView)
        if isinstance(widget, QAbstractItemView):
            views.append(widget)
        for view in views:
            view.scheduleDelayedItemsLayout()  # row heights come from the font
