"""The finished PDF file: the ToUnicode fix-up, and the check that it is whole.

No Qt here. QPdfWriter reports no write errors: with a full disk or a file
size limit it leaves a truncated file and the export said "Wrote … 4 pages"
over the user's old file. So `write_pdf` writes beside the target and, before
replacing anything, `check_pdf` reads the file back: a PDF header, a trailer
with `startxref` and `%%EOF` whose offset points at the cross-reference
table, and exactly the promised number of page objects. Qt writes page
dictionaries uncompressed (``/Type /Page``), which is what makes the count
cheap and exact; a real reader (pypdf) confirms it in the tests.
"""

from __future__ import annotations

import os
import re

_TOUNICODE_REF = re.compile(rb"/ToUnicode (\d+) 0 R")
_BFRANGE = re.compile(rb"<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})> (\[[^\]]*\]|<[0-9A-Fa-f]{4}>)")
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


class IncompletePdf(OSError):
    """The PDF on disk is not the one that was painted (truncated, or pages missing)."""


def check_pdf(path: str | os.PathLike[str], pages: int) -> None:
    """Raise `IncompletePdf` unless the file at `path` is a whole PDF of `pages` pages."""
    with open(path, "rb") as stream:
        data = stream.read()
    problem = ""
    trailer = _STARTXREF.search(data[-1024:])
    if not data.startswith(b"%PDF-"):
        problem = "it does not start like a PDF"
    elif trailer is None:
        problem = f"it ends after {len(data):,} bytes without the PDF trailer"
    elif not data[int(trailer.group(1)) :].startswith(b"xref"):
        problem = "its cross-reference table is not where the trailer says"
    else:
        found = len(_PAGE.findall(data))
        if found != pages:
            problem = f"it holds {found} of the {pages} pages laid out"
    if problem:
        raise IncompletePdf(
            f"the PDF came out incomplete ({problem}); is the disk full or the file too large "
            "for this folder? Free some space or choose another folder"
        )


def map_spaces_to_space(path: str | os.PathLike[str]) -> None:
    """Make copied and extracted text carry spaces, not tabs.

    Qt builds each font's ToUnicode map by asking which character maps to each
    glyph, lowest code point first; its font engines map a tab to the space
    glyph, so every space reads back as U+0009. Qt writes these maps as
    uncompressed streams, so the fix is an in-place, same-length edit of the
    destinations ``<0009>`` -> ``<0020>``: no offset in the file moves.
    Anything unexpected (a compressed map, an unknown layout) is left alone.
    """
    with open(path, "r+b") as stream:
        data = bytearray(stream.read())
        changed = False
        for number in set(_TOUNICODE_REF.findall(data)):
            header = re.compile(
                rb"(?:^|[\r\n])" + number + rb" 0 obj\s*<<\s*/Length (\d+)\s*>>\s*stream\r?\n"
            )
            match = header.search(data)
            if match is None:
                continue
            begin = match.end()
            end = begin + int(match.group(1))
            body = bytes(data[begin:end])
            fixed = _BFRANGE.sub(_fix_range, body)
            if fixed != body and len(fixed) == len(body):
                data[begin:end] = fixed
                changed = True
        if changed:
            stream.seek(0)
            stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())  # a full disk shows here, before the old file is replaced


def _fix_range(match: re.Match[bytes]) -> bytes:
    low, high, target = match.groups()
    if target.startswith(b"["):
        target = target.replace(b"<0009>", b"<0020>")
    elif low == high and target == b"<0009>":
        target = b"<0020>"
    return b"<%s> <%s> %s" % (low, high, target)
