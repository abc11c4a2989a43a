"""HTML pages: block elements become blocks, scripts and navigation are skipped."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from ictviewer.importing.blocks import Block, Extracted, ImportRefused
from ictviewer.importing.text_files import decode_text

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


def read_html(path: Path, data: bytes) -> Extracted:
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
