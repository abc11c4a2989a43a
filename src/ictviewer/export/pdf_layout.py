"""Lay a Pack out for printing: in chunks of whole provisions, unpaginated, as one stream of lines.

Part of PDF rendering, the core's one declared use of Qt (DESIGN.md); Qt is
imported inside functions only.

Why not one paginated QTextDocument, as before (issue #18): with a page size
set, Qt paginates while it lays out, and keeping each heading with its text
meant a page break per heading pushed and a partial relayout after it. At
10,000 provisions those relayouts took 24.6 of 34 s (2,000: 1.3 s), time
growing faster than the page count. So each chunk of `CHUNK_PROVISIONS`
provisions is its own QTextDocument laid out once at the page width with no
page height (setTextWidth: Qt never paginates it), and `pdf_pages` cuts the
pages from the lines. A cancel is heard between chunks, so a long layout never
keeps the user waiting for more than one chunk.

The chunks are stacked into one vertical stream, placed as Qt would place them
in one document: Qt collapses the bottom margin of a block with the top margin
of the next (the larger wins), puts a document's first block at y = 0 whatever
its top margin, and counts in the document's height the leading below the last
line but not the last block's bottom margin; `tests/core/test_pdf_chunks.py`
checks that every line lands where the single document puts it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ictviewer.export.html import SERIF_FONTS, pack_html_chunks
from ictviewer.export.pack import Pack

CHUNK_PROVISIONS = 500  # per QTextDocument; each lays out in ~0.1 s
BASE_PT = 10.5
NO_LIGATURES = ("liga", "clig", "dlig", "hlig")  # OpenType features turned off
QT_DEFAULT_DPI = 96.0  # block margins are in these pixels, scaled to the paint device


class ExportCancelled(Exception):
    """The `cancelled()` callable asked to stop; no file was left behind."""


@dataclass(frozen=True)
class Line:
    """One laid-out line, where it sits in the stream of all chunks."""

    block: object  # QTextBlock; its layout holds the line
    number: int  # the line's number in its block
    top: float  # in the stream, device pixels
    height: float
    dy: float  # add to the block layout's own y to reach the stream
    heading: bool  # the block is a heading (<h1>-<h4>), kept with what follows
    first: bool  # the first line of its block
    document: int  # index in pack.documents (-1: the pack's title and metadata)


def font(families, point_size: float):
    """A QFont of the first installed family, ligatures off (a PDF reader would
    copy "signiﬁcant" with U+FB01)."""
    from PySide6.QtGui import QFont

    result = QFont()
    result.setFamilies([f for f in families if f not in ("serif", "sans-serif")])
    result.setPointSizeF(point_size)
    for tag in NO_LIGATURES:
        result.setFeature(QFont.Tag(tag), 0)
    return result


def lay_out(
    pack: Pack,
    device,
    width: float,
    chunk_size: int = CHUNK_PROVISIONS,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list, list[Line]]:
    """The chunks' QTextDocuments (keep them: the lines live in them) and every
    line in order. Raises ExportCancelled when `cancelled()` turns true."""
    documents, lines = [], []
    scale = (device.logicalDpiY() if device is not None else QT_DEFAULT_DPI) / QT_DEFAULT_DPI
    offset = 0.0  # where the current chunk's y = 0 is in the stream
    bottom, bottom_margin = None, 0.0  # the previous chunk's last block
    for chunk in pack_html_chunks(pack, BASE_PT, max(0, chunk_size)):
        if cancelled is not None and cancelled():
            raise ExportCancelled("export cancelled")
        document = text_document(chunk.html, device, width)
        first = document.begin()
        if bottom is not None and first.isValid():
            top_margin = first.blockFormat().topMargin() * scale
            # In one document this block would sit below the previous chunk's last one,
            # after the larger of the two margins.
            offset = bottom + max(bottom_margin, top_margin) - first.layout().position().y()
        current = chunk.document
        block = first
        last = None
        while block.isValid():
            heading = block.blockFormat().headingLevel()
            if heading == 2:
                current += 1
            text_layout = block.layout()
            y = text_layout.position().y()
            for number in range(text_layout.lineCount()):
                line = text_layout.lineAt(number)
                lines.append(
                    Line(
                        block,
                        number,
                        offset + y + line.y(),
                        line.height(),
                        offset,
                        bool(heading),
                        number == 0,
                        current,
                    )
                )
            last = block
            block = block.next()
        if last is not None:
            # The document's height, not the last block's rectangle: it includes the
            # leading below the last line (line-height 125%), as the next block would.
            bottom = offset + document.documentLayout().documentSize().height()
            bottom_margin = last.blockFormat().bottomMargin() * scale
        documents.append(document)
    return documents, lines


def text_document(html: str, device=None, width: float | None = None):
    """`html` laid out as a QTextDocument for `device` (fonts measured on it),
    `width` device pixels wide and never paginated."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(font(SERIF_FONTS, BASE_PT))
    document.setDocumentMargin(0)
    if width is not None:
        document.setTextWidth(width)
    document.setHtml(html)
    keep_heading_sizes(document)
    _relayout(document)
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


def keep_heading_sizes(document) -> None:
    """Let headings keep the sizes in pt the stylesheet gave them.

    Qt gives <h1>…<h6> a relative size (<h2> is "x-large") besides any font-size in
    pt, and the relative one wins: printed headings ignored the pack's sizes, and the
    reader's title stayed 18 pt at 200% while the text around it doubled. The
    relative size is dropped wherever a size in pt was given. The PDF layout and the
    reader (`ui/reader`) both call this one.
    """
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
    if not fragments:
        return
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
