"""From what the user gives (a paste, a draft file) to the paragraphs searched for precedents.

A paste is split at blank lines, as a text file is; a file is read by the importer's
own readers (`importing.formats.extract`: .txt, .md, .html, .docx, .odt, .pdf, with its
refusals of binary or undecodable files), so a draft is cut into the same paragraphs
the import would make. Titles and headings are left out: they are not drafting text.
Line breaks inside a paragraph become spaces (one character for one, so nothing moves).

Limits, so a mistaken paste (a whole book) gets a message instead of a long wait:
`MAX_CHARS` for all the text, `MAX_PARAGRAPH_WORDS` for one paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

from ictviewer.fileio import UnreadableFile, read_limited

MAX_CHARS = 2_000_000
MAX_PARAGRAPH_WORDS = 5_000
MAX_FILE_BYTES = 50_000_000
_BLANK_LINE = re.compile(r"\n[ \t\f\v\r]*\n")
_WORD = re.compile(r"\w+")


class DraftError(ValueError):
    """Text or a file that cannot be searched for precedents; the message says what to do.

    `code` names the refusals a window meets while the user types ("too-long",
    "paragraph-too-long", with the count in `count`), so it can say them in its own
    language; "" for the others (a draft file's problems, which only the CLI reads).
    """

    def __init__(self, message: str, code: str = "", count: int = 0):
        super().__init__(message)
        self.code, self.count = code, count


def clean(paragraph: str) -> str:
    """A paragraph with its line breaks as spaces and outer whitespace removed."""
    return paragraph.replace("\r", " ").replace("\n", " ").strip()


def check_size(text: str) -> None:
    """Refuse text too large to search as the user types (`DraftError`)."""
    if len(text) > MAX_CHARS:
        raise DraftError(
            f"the text has more than {MAX_CHARS:,} characters, the most that can be searched "
            "at once: give a part of it (a section, or the paragraphs being negotiated)",
            "too-long",
            MAX_CHARS,
        )


def check_paragraph(paragraph: str) -> None:
    """Refuse a paragraph too long to be one (`DraftError`)."""
    words = len(_WORD.findall(paragraph))
    if words > MAX_PARAGRAPH_WORDS:
        raise DraftError(
            f"one paragraph has {words:,} words (at most {MAX_PARAGRAPH_WORDS:,}); separate "
            "the paragraphs with blank lines so each is searched on its own",
            "paragraph-too-long",
            words,
        )


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of a paste or a plain-text draft: blank-line separated, none empty."""
    check_size(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [clean(p) for p in _BLANK_LINE.split(text)]
    return [p for p in paragraphs if p]


def read_draft(path: str | Path) -> list[str]:
    """The paragraphs of a draft file, as the importer reads the format; `DraftError` if not."""
    from ictviewer.importing.formats import ImportRefused, extract

    file = Path(path)
    if not file.exists():
        raise DraftError(f"{file}: no such file")
    if file.is_dir():
        raise DraftError(f"{file} is a folder; give a draft file (.txt, .docx, …)")
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DraftError(f"{file} is {size:,} bytes; a draft of at most 50 MB can be read")
        data = read_limited(file, MAX_FILE_BYTES)  # never a pipe's wait or a device's stream
    except UnreadableFile as error:
        raise DraftError(f"{file}: cannot be read: {error}") from None
    except OSError as error:
        raise DraftError(f"{file}: cannot be read: {error.strerror or error}") from None
    if not data.strip():
        raise DraftError(f"{file} is empty; there is no draft text to look up")
    try:
        extracted = extract(file, data)
    except ImportRefused as error:
        raise DraftError(str(error).replace("to import", "to look up")) from None
    blocks = [b.text for b in extracted.blocks if b.kind not in ("title", "heading")]
    paragraphs = [p for p in (clean(b) for b in blocks) if p]
    if not paragraphs:
        raise DraftError(f"{file} has headings only; there is no paragraph to look up")
    check_size("\n\n".join(paragraphs))
    return paragraphs
