"""Citations and the printed pack: built in the core, rendered to HTML or PDF.

`write_pdf` lives in `ictviewer.export.pdf`, which imports Qt only when called;
importing this package does not import Qt.
"""

from ictviewer.export.citation import brief_cite, cite, quote_with_citation, short_cite
from ictviewer.export.html import pack_to_html
from ictviewer.export.pack import (
    Pack,
    PackDocument,
    PackProvision,
    PackText,
    build_pack,
    parse_refs,
)
from ictviewer.export.pdf import PAGE_SIZES, ExportCancelled, write_pdf
from ictviewer.export.pdffile import IncompletePdf

__all__ = [
    "PAGE_SIZES",
    "ExportCancelled",
    "IncompletePdf",
    "Pack",
    "PackDocument",
    "PackProvision",
    "PackText",
    "brief_cite",
    "build_pack",
    "cite",
    "pack_to_html",
    "parse_refs",
    "quote_with_citation",
    "short_cite",
    "write_pdf",
]
