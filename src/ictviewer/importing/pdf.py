"""PDF (pypdf): the text of every page, its lines joined later; encrypted or scanned refused."""

from __future__ import annotations

from pathlib import Path

from ictviewer.importing.blocks import Block, Extracted, ImportRefused
from ictviewer.importing.text_files import drop_page_furniture


def read_pdf(path: Path, data: bytes) -> Extracted:
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
