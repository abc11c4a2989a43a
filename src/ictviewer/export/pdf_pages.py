"""Cut the printed pack's pages from its stream of lines, and paint them.

Part of PDF rendering, the core's one declared use of Qt (DESIGN.md); Qt is
imported inside functions only.

We cut the pages ourselves, in one pass over the lines `pdf_layout` laid out
unpaginated, instead of letting QTextDocument paginate: keeping headings with
their text through Qt's pagination meant a page break inserted and a relayout
per heading pushed, 24.6 s of a 34 s export of 10,000 provisions (issue #18);
this pass takes a fraction of a second. The rules are the ones the Qt version
kept:

- a line is never split: one that would cross the bottom of the page's body
  starts the next page, at its top;
- a heading, with the headings just above it, starts a new page when it would
  be split across pages or the paragraph it introduces would start on the next
  page, unless it already starts near the top of its page (nothing to gain);
- the footer names the documents of the pack with a line on that page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ictviewer.export.html import SANS_FONTS
from ictviewer.export.pack import PackDocument, footer_citation
from ictviewer.export.pdf_layout import Line, font

FOOTER_PT = 7.5
NEAR_TOP = 1 / 50  # of the page height: a heading this close to the top stays put


@dataclass(frozen=True)
class Page:
    """Lines `start` to `end` (exclusive) of the stream; `top` is the stream's y
    at the top of the page's body."""

    start: int
    end: int
    top: float


def cut_pages(lines: Sequence[Line], height: float) -> list[Page]:
    """The pages of `lines` on a body `height` device pixels high (at least one page)."""
    pages: list[Page] = []
    start, index = 0, 0
    top = lines[0].top if lines else 0.0
    while index < len(lines):
        line = lines[index]
        if index > start and line.top + line.height - top > height:
            cut = _keep_with_next(lines, start, index, top, height)
            pages.append(Page(start, cut, top))
            start = index = cut
            top = lines[cut].top
            continue
        index += 1
    pages.append(Page(start, len(lines), top))
    return pages


def _keep_with_next(lines: Sequence[Line], start: int, index: int, top: float, height: float):
    """Where to end the page that line `index` does not fit on: before it, or
    earlier, before the headings that would be left at the bottom of the page."""
    line = lines[index]
    if not (line.heading or (line.first and lines[index - 1].heading)):
        return index
    cut = index
    while cut > start and lines[cut - 1].heading:
        cut -= 1
    if cut == index or lines[cut].top - top < height * NEAR_TOP:
        return index
    return cut


def page_footers(
    lines: Sequence[Line], pages: Sequence[Page], documents: Sequence[PackDocument]
) -> list[str]:
    """For each page, the short citation of the pack documents with a line on it;
    all empty (the caller falls back to the pack's) when the lines do not name
    every document, which is not the layout the pack was written as."""
    if lines and lines[-1].document != len(documents) - 1:
        return ["" for _ in pages]
    footers = []
    for page in pages:
        on_page: dict[int, PackDocument] = {}
        for line in lines[page.start : page.end]:
            if 0 <= line.document < len(documents):
                on_page[line.document] = documents[line.document]
        footers.append(footer_citation(list(on_page.values())))
    return footers


def paint_page(painter, lines: Sequence[Line], page: Page, body) -> None:
    """Paint the page's lines, line by line, inside `body`.

    QTextLayout.draw() with a clip also draws the last line above the clip, so a
    paragraph running over from the previous page would leave its last line
    there in this page's content, clipped from view but still found by text
    extraction and search. Drawing only the page's own lines avoids it. Our HTML
    has no tables, frames, lists or block backgrounds, so lines are all there is.
    """
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor

    painter.save()
    painter.setClipRect(body)
    painter.setPen(QColor("black"))
    for line in lines[page.start : page.end]:
        text_layout = line.block.layout()
        origin = text_layout.position()
        at = QPointF(origin.x(), origin.y() + line.dy - page.top + body.top())
        text_layout.lineAt(line.number).draw(painter, at)
    painter.restore()


def paint_footer(painter, area, citation: str, page_label: str, dpi: float) -> None:
    """The rule and the footer line: the citation (elided) left, "Page N of M" right."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetricsF, QPen

    painter.save()
    footer_font = font(SANS_FONTS, FOOTER_PT)
    painter.setFont(footer_font)
    metrics = QFontMetricsF(footer_font, painter.device())
    rule_y = area.top() + area.height() * 0.35
    painter.setPen(QPen(QColor("#999999"), dpi / 160))
    painter.drawLine(QPointF(area.left(), rule_y), QPointF(area.right(), rule_y))
    painter.setPen(QColor("#444444"))
    text_rect = QRectF(area.left(), rule_y, area.width(), area.bottom() - rule_y)
    page_width = metrics.horizontalAdvance(page_label)
    room = area.width() - page_width - metrics.horizontalAdvance("MMMM")
    elided = metrics.elidedText(citation, Qt.TextElideMode.ElideRight, room)
    flags = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(text_rect, flags | Qt.AlignmentFlag.AlignLeft, elided)
    painter.drawText(text_rect, flags | Qt.AlignmentFlag.AlignRight, page_label)
    painter.restore()
