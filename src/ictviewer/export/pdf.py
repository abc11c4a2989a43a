"""Write a Pack to PDF with Qt's QTextDocument and QPdfWriter.

The one place outside `ictviewer.ui` that reaches Qt (DESIGN.md), and only
inside functions: importing this module does not import Qt. Qt needs a
QGuiApplication, not a window; `write_pdf` creates one if none exists, on the
offscreen platform when Linux has no display.

Three steps, each in its own module: `pdf_layout` lays the pack out in chunks
of whole provisions, unpaginated, at the page width; `pdf_pages` cuts the
pages from those lines (headings kept with their text) and paints each page's
lines and its footer ("Page N of M" and a short citation of the documents on
that page); this module sets up the device and writes the file. Why the pages
are not Qt's own is in `pdf_layout` (issue #18: 10,000 provisions). Text stays text
(searchable, selectable); Qt embeds subsets of the fonts used, Cyrillic and
Kazakh letters included. `render` paints on any paged device, so a QPrinter
(print, print preview) gets the same pages as the PDF.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from ictviewer.export.pack import Pack
from ictviewer.export.pdf_layout import CHUNK_PROVISIONS, ExportCancelled, lay_out
from ictviewer.export.pdf_pages import cut_pages, page_footers, paint_footer, paint_page
from ictviewer.export.pdffile import check_pdf, map_spaces_to_space
from ictviewer.fileio import temporary_beside

PAGE_SIZES = ("A4", "Letter")
RESOLUTION = 600  # layout units per inch; text stays vector at any value
MARGINS_MM = (20.0, 16.0, 20.0, 10.0)  # left, top, right, bottom of the printable area
FOOTER_MM = 11.0  # reserved at the bottom of the printable area: gap, rule and footer line

_app = None  # the QGuiApplication write_pdf had to create, kept alive for later exports

__all__ = [
    "CHUNK_PROVISIONS",
    "PAGE_SIZES",
    "ExportCancelled",
    "default_page_size",
    "ensure_gui_application",
    "page_layout",
    "render",
    "write_pdf",
]


def write_pdf(
    pack: Pack,
    path: str | os.PathLike[str],
    page_size: str = "A4",
    progress: Callable[[int, int], object] | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk_size: int = CHUNK_PROVISIONS,
) -> int:
    """Write `pack` as a PDF at `path` and return its number of pages.

    `page_size` is "A4" or "Letter" (portrait). `progress(done, total)` is
    called after each page; `cancelled()` is asked between the chunks of
    `chunk_size` provisions laid out and between pages; when it returns true the export stops,
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
            pages = render(pack, writer, progress, cancelled, chunk_size)
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
    chunk_size: int = CHUNK_PROVISIONS,
) -> int:
    """Paint `pack` page by page on a paged device (QPdfWriter, or a QPrinter for
    printing and print preview) whose page layout is already set; returns the
    number of pages. Raises ExportCancelled when `cancelled()` turns true: it is
    heard between the chunks of `chunk_size` provisions laid out, then between pages."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    ensure_gui_application()
    dpi = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(dpi)
    width, height = float(area.width()), float(area.height())
    footer_height = FOOTER_MM / 25.4 * dpi
    body = QRectF(0, 0, width, height - footer_height)
    footer = QRectF(0, body.height(), width, footer_height)

    chunks, lines = lay_out(pack, device, width, chunk_size, cancelled)
    sheets = cut_pages(lines, body.height())
    pages = len(sheets)
    footers = page_footers(lines, sheets, pack.documents)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the printer or PDF file (is the folder writable?)")
    ended = False
    try:
        for index, sheet in enumerate(sheets):
            if cancelled is not None and cancelled():
                raise ExportCancelled("export cancelled")
            if index:
                device.newPage()
            paint_page(painter, lines, sheet, body)
            label = f"Page {index + 1} of {pages}"
            paint_footer(painter, footer, footers[index] or pack.short_citation, label, dpi)
            if progress is not None:
                progress(index + 1, pages)
        ended = painter.end()
    finally:
        if painter.isActive():
            painter.end()
    del chunks  # the lines painted lived in these documents
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
