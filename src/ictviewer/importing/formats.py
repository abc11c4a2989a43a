"""From a file to text blocks: one reader per format, each refusing what it cannot read.

A block is what the format itself says is one piece: a Word or ODT paragraph,
an HTML `<p>` or `<li>`, a blank-line-separated paragraph of a text file, or
(for a PDF, which has no paragraphs, only lines) the lines of the whole
document. A block may still hold several hard-wrapped lines or several run-on
paragraphs; `split.py` decides where provisions begin, so that logic is the
same whatever the format.

Libraries, each chosen because it is pure Python, maintained and does only
this job: pypdf (PDF text; no native code, reads encrypted files' flags),
python-docx (Word), odfpy (OpenDocument, the reference implementation's
Python binding). HTML uses the standard library's `html.parser`: official
pages are simple enough that lxml would add a large native dependency for no
gain. The readers are imported lazily, so listing or searching the library
never pays for them.

Every reader raises `ImportRefused` with a message that says what is wrong and
what to do; nothing here writes anything.
"""

from __future__ import annotations

from pathlib import Path

from ictviewer.importing.blocks import Block, Extracted, ImportRefused
from ictviewer.importing.office import read_docx, read_odt
from ictviewer.importing.pdf import read_pdf
from ictviewer.importing.text_files import decode_text, read_text
from ictviewer.importing.web import read_html

__all__ = ["FORMATS", "Block", "Extracted", "ImportRefused", "decode_text", "extract"]

FORMATS = (".txt", ".md", ".html", ".htm", ".docx", ".odt", ".pdf")


def extract(path: Path, data: bytes) -> Extracted:
    """The blocks of `data`, read as the format its name says; ImportRefused otherwise."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ImportRefused(
            f"{path.name}: {suffix or 'no extension'} is not a format ictviewer reads; "
            f"save the document as one of: {', '.join(FORMATS)}"
        )
    if not data.strip():
        raise ImportRefused(f"{path.name} is empty; there is nothing to import")
    if suffix == ".pdf":
        extracted = read_pdf(path, data)
    elif suffix == ".docx":
        extracted = read_docx(path, data)
    elif suffix == ".odt":
        extracted = read_odt(path, data)
    elif suffix in (".html", ".htm"):
        extracted = read_html(path, data)
    else:
        extracted = read_text(path, decode_text(path, data), markdown=suffix == ".md")
    blocks = [b for b in extracted.blocks if b.text.strip()]
    if not blocks:
        raise ImportRefused(f"{path.name} contains no text to import")
    extracted.blocks = blocks
    return extracted
