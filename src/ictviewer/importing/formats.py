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

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

FORMATS = (".txt", ".md", ".html", ".htm", ".docx", ".odt", ".pdf")


class ImportRefused(ValueError):
    """A file that cannot become a document; the message tells the user what to do."""


@dataclass(frozen=True)
class Block:
    """A piece of text as the format delimits it.

    `kind` is "title", "heading", "item" (a list item whose marker the format
    keeps apart from the text) or "text"; `text` may hold `\\n` (wrapped lines).
    """

    text: str
    kind: str = "text"


@dataclass
class Extracted:
    blocks: list[Block]
    format: str
    removed: list[str] = field(default_factory=list)
    title_hint: str = ""  # a title the file's metadata states (Word core properties, <title>)


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
        extracted = _pdf(path, data)
    elif suffix == ".docx":
        extracted = _docx(path, data)
    elif suffix == ".odt":
        extracted = _odt(path, data)
    elif suffix in (".html", ".htm"):
        extracted = _html(path, data)
    else:
        extracted = _plain(path, decode_text(path, data), markdown=suffix == ".md")
    blocks = [b for b in extracted.blocks if b.text.strip()]
    if not blocks:
        raise ImportRefused(f"{path.name} contains no text to import")
    extracted.blocks = blocks
    return extracted


# --- plain text and markdown ------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(path: Path, data: bytes) -> str:
    """Text from bytes: UTF-8 (or a BOM's encoding), else Windows-1251 if it reads as Cyrillic.

    Binary content (NUL bytes, many control characters) is refused rather than
    imported as garbage: a document of mojibake would pollute search.
    """
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\0" in data:
        raise ImportRefused(
            f"{path.name} contains binary data, not text; if it is a Word or PDF file, "
            "give it the right extension (.docx, .pdf)"
        )
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1251", errors="replace")
        letters = [c for c in text if c.isalpha()]
        cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
        if not letters or cyrillic / len(letters) < 0.5 or "\ufffd" in text:
            raise ImportRefused(
                f"{path.name} is not UTF-8 text; save it as UTF-8 (in most editors: "
                "Save As, Encoding: UTF-8) and import it again"
            ) from None
    controls = sum(unicodedata.category(c) == "Cc" and c not in "\t\n\r\f" for c in text)
    if controls > max(2, len(text) // 200):
        raise ImportRefused(
            f"{path.name} contains binary data, not text; open it in the program that made "
            "it and save it as plain text, .docx, .odt or .pdf"
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_ITEM = re.compile(r"^\s{0,3}[-*+]\s+(.*)$")
_MD_EMPHASIS = re.compile(
    r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)"
)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def _plain(path: Path, text: str, markdown: bool) -> Extracted:
    """Blank-line paragraphs; in markdown also headings and list items, emphasis removed."""
    removed: list[str] = []
    blocks: list[Block] = []
    pages = text.split("\f")
    if len(pages) > 1:
        removed.append(f"page breaks ({len(pages) - 1})")
    lines = drop_page_furniture([page.split("\n") for page in pages], removed)
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("\n".join(paragraph)))
            paragraph.clear()

    emphasis = 0
    for line in lines:
        if markdown:
            line, n = _MD_LINK.subn(r"\1", line)
            line, m = _MD_EMPHASIS.subn(lambda g: g.group(2) or g.group(3), line)
            emphasis += n + m
            heading = _MD_HEADING.match(line)
            item = _MD_ITEM.match(line)
            if heading:
                flush()
                blocks.append(Block(heading.group(2), "heading"))
                emphasis += 1
                continue
            if item:
                flush()
                blocks.append(Block(item.group(1), "item"))
                continue
            if line.lstrip().startswith(">"):
                line = line.lstrip()[1:].lstrip()
        if line.strip():
            paragraph.append(line.strip())
        else:
            flush()
    flush()
    if emphasis:
        removed.append(f"markdown formatting (headings, emphasis, links): {emphasis} marks")
    return Extracted(blocks, "markdown" if markdown else "text", removed)


_PAGE_NUMBER = re.compile(
    r"^\W{0,3}(?:page|стр\.?|страница|бет)?\s*\d{1,4}(?:\s*(?:of|/|из)\s*\d{1,4})?\W{0,3}$",
    re.IGNORECASE,
)


def drop_page_furniture(pages: list[list[str]], removed: list[str]) -> list[str]:
    """The lines of all pages, less page numbers and running headers or footers.

    A running header is a line that opens (or closes) at least half the pages,
    on two pages or more, once digits are ignored ("Page 3" = "Page 4"). The
    lines removed are listed in `removed`, so the provenance says what went.
    """
    edges: dict[str, int] = {}
    for page in pages:
        content = [line.strip() for line in page if line.strip()]
        for line in {*content[:2], *content[-2:]}:
            key = re.sub(r"\d+", "#", line)
            edges[key] = edges.get(key, 0) + 1
    recurring = {
        key for key, n in edges.items() if len(pages) >= 2 and n >= 2 and n * 2 >= len(pages)
    }
    out: list[str] = []
    numbers = 0
    headers: dict[str, int] = {}
    for page in pages:
        content = [i for i, line in enumerate(page) if line.strip()]
        edge = set(content[:2] + content[-2:])
        for i, line in enumerate(page):
            stripped = line.strip()
            if stripped and _PAGE_NUMBER.match(stripped) and (i in edge or len(pages) == 1):
                numbers += 1
                continue
            if i in edge and re.sub(r"\d+", "#", stripped) in recurring:
                headers[stripped] = headers.get(stripped, 0) + 1
                continue
            out.append(line)
    if numbers:
        removed.append(f"page numbers ({numbers} line{'s' * (numbers != 1)})")
    for line, n in headers.items():
        removed.append(f"running header or footer “{line}” ({n} pages)")
    return out


# --- HTML -------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote",
    "pre", "dt", "dd", "section", "article", "tr", "br", "hr", "main", "body", "table",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "noscript", "template", "nav", "footer", "form", "button",
              "select", "svg", "iframe", "head", "header", "aside"}  # fmt: skip


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.skipped: dict[str, int] = {}
        self.title = ""
        self._text: list[str] = []
        self._kind = "text"
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        if tag in _SKIP_TAGS:
            if self._skip == 0 and tag not in ("head", "script", "style"):
                self.skipped[tag] = self.skipped.get(tag, 0) + 1
            self._skip += tag not in ("br", "hr")
            return
        if tag in _BLOCK_TAGS:
            self._flush()
            self._kind = (
                "heading" if re.fullmatch(r"h[1-6]", tag) else "item" if tag == "li" else "text"
            )
            if tag == "h1" and not self.blocks:
                self._kind = "title"

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._text.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._text).split())
        if text:
            self.blocks.append(Block(text, self._kind))
        self._text = []
        self._kind = "text"


def _html(path: Path, data: bytes) -> Extracted:
    declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    text = None
    if declared:
        try:
            text = data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text = decode_text(path, data)
    if not re.search(r"<\s*(html|body|p|div|h[1-6]|br|li)\b", text, re.IGNORECASE):
        raise ImportRefused(
            f"{path.name} has no HTML markup; if it is plain text, rename it to .txt"
        )
    parser = _Blocks()
    parser.feed(text)
    parser.close()
    parser._flush()
    removed = [f"web page parts: {tag} ({n})" for tag, n in sorted(parser.skipped.items())]
    return Extracted(parser.blocks, "html", removed, " ".join(parser.title.split()))


# --- Word -------------------------------------------------------------------------------


def _docx(path: Path, data: bytes) -> Extracted:
    import io
    import zipfile

    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as error:  # pragma: no cover - a broken installation
        raise ImportRefused(f"reading Word files needs python-docx ({error})") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, Exception) as error:
        raise ImportRefused(
            f"{path.name} is not a readable Word (.docx) document ({type(error).__name__}); "
            "open it in Word or LibreOffice and save it again as .docx, or export it as PDF"
        ) from None
    blocks: list[Block] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(_docx_block(Paragraph(child, document)))
        elif tag == "tbl":
            for row in Table(child, document).rows:
                for cell in row.cells:
                    blocks.extend(_docx_block(p) for p in cell.paragraphs)
    title = (document.core_properties.title or "").strip()
    return Extracted(blocks, "docx", [], title)


def _docx_block(paragraph) -> Block:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    text = paragraph.text.replace("\v", "\n")
    if style == "Title":
        return Block(text, "title")
    if style.startswith("Heading"):
        return Block(text, "heading")
    properties = paragraph._p.pPr
    numbered = properties is not None and properties.numPr is not None
    if numbered or style.startswith("List"):
        return Block(text, "item")
    return Block(text)


# --- OpenDocument -----------------------------------------------------------------------


def _odt(path: Path, data: bytes) -> Extracted:
    import io
    import zipfile

    try:
        from odf import teletype
        from odf.opendocument import load
    except ImportError as error:  # pragma: no cover - a broken installation
        raise ImportRefused(f"reading OpenDocument files needs odfpy ({error})") from None
    try:
        document = load(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, Exception) as error:
        raise ImportRefused(
            f"{path.name} is not a readable OpenDocument (.odt) text ({type(error).__name__}); "
            "open it in LibreOffice and save it again, or export it as PDF"
        ) from None
    blocks: list[Block] = []

    def walk(node, in_list: bool) -> None:
        for child in node.childNodes:
            name = getattr(child, "qname", None)
            if not name:
                continue
            local = name[1]
            if local == "h":
                blocks.append(Block(teletype.extractText(child), "heading"))
            elif local == "p":
                blocks.append(Block(teletype.extractText(child), "item" if in_list else "text"))
            elif local in ("list", "list-item"):
                walk(child, True)
            elif local in ("section", "table", "table-row", "table-cell", "table-header-rows"):
                walk(child, in_list)

    walk(document.text, False)
    return Extracted(blocks, "odt", [])


# --- PDF --------------------------------------------------------------------------------


def _pdf(path: Path, data: bytes) -> Extracted:
    import io
    import logging

    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError as error:  # pragma: no cover - a broken installation
        raise ImportRefused(f"reading PDF files needs pypdf ({error})") from None
    if not data.lstrip().startswith(b"%PDF"):
        raise ImportRefused(
            f"{path.name} is not a PDF file (it does not start with %PDF); check that it "
            "downloaded completely, or give it its real extension"
        )
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged-xref chatter is not for users
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _unlock(reader):
            raise ImportRefused(
                f"{path.name} is encrypted (password-protected); open it with its password "
                "in a PDF reader, save or print an unprotected copy, and import that"
            )
        pages = [(page.extract_text() or "") for page in reader.pages]
    except ImportRefused:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, Exception) as error:
        raise ImportRefused(
            f"{path.name} is a damaged PDF that cannot be read ({type(error).__name__}); "
            "download it again or re-save it from a PDF reader"
        ) from None
    if not any(page.strip() for page in pages):
        raise ImportRefused(
            f"{path.name} has no text layer: it looks like a scan (pictures of pages). "
            "Run it through OCR (e.g. ocrmypdf) or paste its text into a .txt file, "
            "then import that"
        )
    removed: list[str] = []
    lines = drop_page_furniture([page.split("\n") for page in pages], removed)
    # One block for the whole file: a PDF has lines, not paragraphs, and a
    # paragraph may run over a page break. split.unwrap finds the paragraphs.
    return Extracted([Block("\n".join(lines))], "pdf", removed, _pdf_title(reader))


def _unlock(reader) -> bool:
    """Open a PDF encrypted with an empty user password (permissions only), else False."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf raises DependencyError for AES without a crypto library
        return False


def _pdf_title(reader) -> str:
    try:
        title = (reader.metadata or {}).get("/Title") or ""
    except Exception:
        return ""
    return str(title).strip()
