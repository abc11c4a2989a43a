"""Write a Pack to PDF with Qt's QTextDocument and QPdfWriter.

The one place outside `ictviewer.ui` that reaches Qt (DESIGN.md), and only
inside functions: importing this module does not import Qt. Qt needs a
QGuiApplication, not a window; `write_pdf` creates one if none exists, on the
offscreen platform when Linux has no display.

Pages are painted one by one: the HTML is laid out with a page height that
leaves room for the footer, the lines of each page are painted through a
translated, clipped painter, and the footer ("Page N of M" and a short
citation of the documents on that page) is drawn below them. Text stays text
(searchable, selectable); Qt embeds subsets of the fonts used, Cyrillic and
Kazakh letters included. `render` paints on any paged device, so a QPrinter
(print, print preview) gets the same pages as the PDF.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from ictviewer.export.html import SANS_FONTS, SERIF_FONTS, pack_to_html
from ictviewer.export.pack import Pack, PackDocument, footer_citation
from ictviewer.export.pdffile import check_pdf, map_spaces_to_space
from ictviewer.fileio import temporary_beside

PAGE_SIZES = ("A4", "Letter")
RESOLUTION = 600  # layout units per inch; text stays vector at any value
MARGINS_MM = (20.0, 16.0, 20.0, 10.0)  # left, top, right, bottom of the printable area
FOOTER_MM = 11.0  # reserved at the bottom of the printable area: gap, rule and footer line
BASE_PT = 10.5
FOOTER_PT = 7.5
NO_LIGATURES = ("liga", "clig", "dlig", "hlig")  # OpenType features turned off

_app = None  # the QGuiApplication write_pdf had to create, kept alive for later exports


class ExportCancelled(Exception):
    """The `cancelled()` callable asked to stop; no file was left behind."""


def write_pdf(
    pack: Pack,
    path: str | os.PathLike[str],
    page_size: str = "A4",
    progress: Callable[[int, int], object] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write `pack` as a PDF at `path` and return its number of pages.

    `page_size` is "A4" or "Letter" (portrait). `progress(done, total)` is
    called after each page; when `cancelled()` returns true the export stops,
    the partial file is deleted (an existing file at `path` is left as it
    was) and ExportCancelled is raised. The file appears at `path` only when
    complete (written beside it, read back with `check_pdf`, then renamed);
    otherwise OSError (`IncompletePdf` for a short write) and `path` is untouched.
    """
    from PySide6.QtGui import QPdfWriter

    layout = page_layout(page_size)
    ensure_gui_application()
    target = Path(path)
    if not target.parent.is_dir():
        raise FileNotFoundError(f"no folder {str(target.parent)!r} to write {target.name!r} in")
    with temporary_beside(target, suffix=".part") as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(RESOLUTION)
        writer.setTitle(pack.title)
        writer.setCreator("ictviewer")
        writer.setPageLayout(layout)
        try:
            pages = render(pack, writer, progress, cancelled)
        finally:
            del writer  # closes the file
        map_spaces_to_space(temporary)
        check_pdf(temporary, pages)  # Qt reports no write errors: read the file back
        os.replace(temporary, target)
    return pages


def default_page_size() -> str:
    """Letter where the user's region measures in inches (United States), A4 elsewhere.

    The region decides the paper, not the interface language: QLocale() follows the
    interface once a translation is installed, QLocale.system() stays the user's.
    """
    from PySide6.QtCore import QLocale

    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


def page_layout(page_size: str = "A4"):
    """The QPageLayout of a printed pack: A4 or Letter, portrait, with our margins."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    sizes = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
    size_id = sizes.get(str(page_size).strip().lower())
    if size_id is None:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    left, top, right, bottom = MARGINS_MM
    return QPageLayout(
        QPageSize(size_id),
        QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


def render(
    pack: Pack,
    device,
    progress: Callable[[int, int], object] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Paint `pack` page by page on a paged device (QPdfWriter, or a QPrinter for
    printing and print preview) whose page layout is already set; returns the
    number of pages. Raises ExportCancelled when `cancelled()` turns true."""
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QPainter

    ensure_gui_application()
    dpi = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(dpi)
    width, height = float(area.width()), float(area.height())
    footer_height = FOOTER_MM / 25.4 * dpi
    body = QRectF(0, 0, width, height - footer_height)
    footer = QRectF(0, body.height(), width, footer_height)

    document = text_document(pack, device, QSizeF(width, body.height()))
    pages = document.pageCount()
    footers = _page_footers(document, pack.documents, body.height(), pages)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the printer or PDF file (is the folder writable?)")
    ended = False
    try:
        for index in range(pages):
            if cancelled is not None and cancelled():
                raise ExportCancelled("export cancelled")
            if index:
                device.newPage()
            _paint_page(painter, document, index, body)
            label = f"Page {index + 1} of {pages}"
            _paint_footer(painter, footer, footers[index] or pack.short_citation, label, dpi)
            if progress is not None:
                progress(index + 1, pages)
        ended = painter.end()
    finally:
        if painter.isActive():
            painter.end()
    if not ended:
        raise OSError("the printer or PDF file refused the last page (is the disk full?)")
    return pages


def ensure_gui_application():
    """The running QGuiApplication (or QApplication), creating one if needed."""
    global _app
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and no_display:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "ictviewer"])
    return app


def _font(families, point_size: float):
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies([f for f in families if f not in ("serif", "sans-serif")])
    font.setPointSizeF(point_size)
    for tag in NO_LIGATURES:  # a PDF reader would copy "signiﬁcant" with U+FB01
        font.setFeature(QFont.Tag(tag), 0)
    return font


def text_document(pack: Pack, device=None, page_size=None):
    """The pack laid out as a QTextDocument for `device` (fonts measured on it),
    paginated at `page_size` (device pixels) when given."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(_font(SERIF_FONTS, BASE_PT))
    document.setDocumentMargin(0)
    if page_size is not None:
        document.setPageSize(page_size)
    document.setHtml(pack_to_html(pack, base_pt=BASE_PT))
    _settle_formats(document)
    _relayout(document)
    if page_size is not None:
        _keep_headings_with_next(document, page_size.height())
    return document


def _relayout(document) -> None:
    """Lay the whole document out again, now.

    Qt lays a document out lazily, and an edit made before the lazy layout has
    reached the end leaves the blocks after it with no lines at all (they would
    print as nothing). Marking everything dirty and asking for the page count
    forces a complete, consistent layout.
    """
    document.markContentsDirty(0, document.characterCount())
    document.pageCount()


def _settle_formats(document) -> None:
    """Headings carry a relative size (<h2> is "x-large") that overrides the
    stylesheet's sizes in pt; drop it where a size in pt was given."""
    from PySide6.QtGui import QTextCursor, QTextFormat

    adjustment = QTextFormat.Property.FontSizeAdjustment
    fragments = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                char_format = fragment.charFormat()
                if char_format.hasProperty(adjustment) and char_format.fontPointSize() > 0:
                    fragments.append((fragment.position(), fragment.length(), char_format))
                iterator += 1
        block = block.next()
    cursor = QTextCursor(document)
    # One edit block: Qt lays the document out again once at its end, not after every
    # fragment (per-fragment relayout made 700 provisions spend 4 s here).
    cursor.beginEditBlock()
    for position, length, char_format in fragments:
        char_format.clearProperty(adjustment)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(char_format)
    cursor.endEditBlock()


def _line_top(block, line_number: int = 0) -> float:
    """Where a line starts in the paginated document (the block layout's position
    is where its lines really are, after any page break before it)."""
    text_layout = block.layout()
    return text_layout.position().y() + text_layout.lineAt(line_number).y()


def _line_page(block, line_number: int, page_height: float) -> int:
    line = block.layout().lineAt(line_number)
    return int((_line_top(block, line_number) + line.height() / 2) // page_height)


def _keep_headings_with_next(document, page_height: float) -> None:
    """Start a heading (with the headings just above it) on a new page when it is
    split across pages or the paragraph it introduces starts on the next page."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextFormat

    always_before = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    layout = document.documentLayout()
    broke = False
    block = document.begin()
    while block.isValid():
        following = block.next()
        if broke and following.isValid() and block.blockFormat().headingLevel():
            layout.blockBoundingRect(following)  # lays out (lazily) up to `following`
        if not (
            block.blockFormat().headingLevel()
            and following.isValid()
            and block.layout().lineCount()
            and following.layout().lineCount()
        ):
            block = following
            continue
        start = block
        while start.previous().isValid() and start.previous().blockFormat().headingLevel():
            start = start.previous()
        first = _line_page(start, 0, page_height)
        if _line_page(following, 0, page_height) == first:
            block = following
            continue
        if _line_top(start) - first * page_height < page_height / 50:
            block = following  # already at the top of its page: nothing to gain
            continue
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(always_before)
        QTextCursor(start).mergeBlockFormat(fmt)
        # Geometry after this point has moved. Qt re-lays out from the edited block lazily,
        # as far as the next question needs (blockBoundingRect above); the whole document
        # is laid out once at the end. A full relayout after every break (as before) made
        # the export quadratic: 2,000 provisions took 45 s.
        broke = True
        block = following
    if broke:
        _relayout(document)  # once, to the end: the pages are painted from this layout


def _page_footers(
    document, documents: tuple[PackDocument, ...], page_height: float, pages: int
) -> list[str]:
    """For each page, the short citation of the pack documents with a line on it.

    Each pack document begins with its <h2> heading; a line belongs to the page
    its middle is on (page edges fall on fractions of a layout unit).
    """
    on_page: list[dict[int, PackDocument]] = [{} for _ in range(pages)]
    current = -1
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            current += 1
        if 0 <= current < len(documents):
            for number in range(block.layout().lineCount()):
                page = _line_page(block, number, page_height)
                if 0 <= page < pages:
                    on_page[page][current] = documents[current]
        block = block.next()
    if current != len(documents) - 1:  # not the layout we wrote: fall back to the pack's
        return ["" for _ in range(pages)]
    return [footer_citation(list(docs.values())) for docs in on_page]


def _paint_page(painter, document, index: int, body) -> None:
    """Paint the lines that lie on page `index`, line by line.

    QTextLayout.draw() with a clip also draws the last line above the clip, so a
    paragraph running over from the previous page would leave its last line
    there in this page's content, clipped from view but still found by text
    extraction and search. Drawing each line whose top is on the page avoids it.
    Our HTML has no tables, frames, lists or block backgrounds, so lines are all
    there is to draw.
    """
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor

    top, bottom = index * body.height(), (index + 1) * body.height()
    layout = document.documentLayout()
    painter.save()
    painter.setClipRect(body)
    painter.translate(0, -top)
    painter.setPen(QColor("black"))
    block = document.findBlock(layout.hitTest(QPointF(0, top), Qt.HitTestAccuracy.FuzzyHit))
    if not block.isValid():
        block = document.begin()
    while block.isValid() and block.previous().isValid():
        if layout.blockBoundingRect(block.previous()).bottom() < top:
            break
        block = block.previous()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.top() >= bottom:
            break
        text_layout = block.layout()
        origin = text_layout.position()
        for number in range(text_layout.lineCount()):
            line = text_layout.lineAt(number)
            y = origin.y() + line.y()
            if top <= y + line.height() / 2 < bottom:
                line.draw(painter, origin)
        block = block.next()
    painter.restore()


def _paint_footer(painter, area, citation: str, page_label: str, dpi: float) -> None:
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetricsF, QPen

    painter.save()
    font = _font(SANS_FONTS, FOOTER_PT)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
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
