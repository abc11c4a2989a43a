"""Plain text and markdown: blank-line paragraphs, headings and list items.

Also the two pieces the PDF reader shares: decoding bytes to text (UTF-8, a
BOM, or Windows-1251 Cyrillic; binary refused) and dropping page furniture
(page numbers and running headers).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from ictviewer.importing.blocks import Block, Extracted, ImportRefused

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


def read_text(path: Path, text: str, markdown: bool) -> Extracted:
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
