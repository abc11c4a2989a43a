"""Word (.docx, python-docx) and OpenDocument (.odt, odfpy): paragraphs and list items."""

from __future__ import annotations

from pathlib import Path

from ictviewer.importing.blocks import Block, Extracted, ImportRefused


def read_docx(path: Path, data: bytes) -> Extracted:
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


def read_odt(path: Path, data: bytes) -> Extracted:
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
