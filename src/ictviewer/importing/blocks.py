"""What every format reader gives back, and how it refuses a file.

Kept apart from the readers so each reader module and the dispatch in
`formats.py` share these types without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
