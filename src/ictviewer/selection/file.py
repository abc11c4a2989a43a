"""The selection file: the JSON that carries a selection between sessions and colleagues.

::

    {"format": "ictviewer-selection", "version": 1, "order": "document",
     "items": [{"doc": "cica-statement-2022", "provision": "p5"}, ...]}

A shared file comes from outside, so it is checked whole before anything
changes, and refused whole with a message that names the file and says what
is wrong. Each refusal below is a file that once crashed or hung the window:
a FIFO or a symlink to /dev/zero (read forever), deeply nested JSON
(RecursionError), a 5,000-digit version (Python refuses to convert it), and
a ``"\\ud800"`` escape, which loads as a lone surrogate that no UTF-8 file can
hold, so every later save failed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from ictviewer.fileio import MAX_READ_BYTES, UnreadableFile, read_limited, write_atomically

Ref = tuple[str, str]

FORMAT = "ictviewer-selection"
VERSION = 1
FILE_NAME = "selection.json"
MAX_FILE_BYTES = MAX_READ_BYTES  # 20 MB: about 250,000 items with their citations
MAX_ID_CHARS = 200  # document and provision ids are short slugs; 200 is generous
MAX_NUMBER_DIGITS = 18  # no number in the format needs more


class SelectionFileError(ValueError):
    """A selection file that cannot be read: not JSON, not ours, or malformed."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: not a valid selection file: {reason}")


@dataclass(frozen=True)
class SelectionData:
    """What a valid file holds: the references in file order and whether the order is custom."""

    refs: tuple[Ref, ...]
    custom_order: bool


def default_path() -> Path:
    """Where the window keeps the selection between sessions (the user data dir)."""
    from ictviewer.paths import data_dir

    return data_dir() / FILE_NAME


class _LongNumber(ValueError):
    pass


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _LongNumber(text[:12])
    return int(text)


def read(path: str | os.PathLike[str]) -> SelectionData:
    """The content of the selection file at `path`, validated; `SelectionFileError` if bad.

    A missing file raises `FileNotFoundError` (an empty selection is the
    caller's choice, not a corrupt file); other OS errors (permissions) pass.
    """
    path = Path(path)
    try:
        raw = read_limited(path, MAX_FILE_BYTES)
    except IsADirectoryError as error:
        raise SelectionFileError(path, "it is a folder") from error
    except UnreadableFile as error:
        raise SelectionFileError(path, str(error)) from error
    return decode(raw, str(path))


def decode(raw: bytes, source: str = "<selection>") -> SelectionData:
    """Parse and validate the bytes of a selection file (see `read`)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SelectionFileError(source, f"not UTF-8 text ({error.reason})") from error
    try:
        data = json.loads(text, parse_int=_bounded_int)
    except json.JSONDecodeError as error:
        raise SelectionFileError(
            source, f"not JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from error
    except _LongNumber as error:
        raise SelectionFileError(
            source, f"a number ({error}…) has more than {MAX_NUMBER_DIGITS} digits"
        ) from error
    except RecursionError as error:
        raise SelectionFileError(
            source, "the JSON is nested too deeply to be a selection"
        ) from error
    return parse(data, source)


def parse(data: object, source: str = "<selection>") -> SelectionData:
    """Validate the decoded JSON of a selection file; every problem names the item."""
    if not isinstance(data, dict):
        raise SelectionFileError(source, "expected a JSON object at the top")
    if data.get("format") != FORMAT:
        raise SelectionFileError(source, f'"format" must be "{FORMAT}"')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SelectionFileError(source, '"version" must be an integer')
    if version > VERSION:
        raise SelectionFileError(
            source, f"version {version} was written by a newer ictviewer (this one reads {VERSION})"
        )
    if version < 1:
        raise SelectionFileError(source, f"unknown version {version}")
    order = data.get("order", "document")
    if order not in ("document", "custom"):
        raise SelectionFileError(source, '"order" must be "document" or "custom"')
    items = data.get("items")
    if not isinstance(items, list):
        raise SelectionFileError(source, '"items" must be a list')
    refs: dict[Ref, None] = {}  # ordered and duplicate-free, in linear time
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise SelectionFileError(source, f"item {number} is not an object")
        doc_id, provision_id = item.get("doc"), item.get("provision")
        if not (isinstance(doc_id, str) and doc_id and isinstance(provision_id, str)):
            raise SelectionFileError(
                source, f'item {number} needs "doc" and "provision" as non-empty strings'
            )
        if not provision_id:
            raise SelectionFileError(source, f'item {number} has an empty "provision"')
        for name, value in (("doc", doc_id), ("provision", provision_id)):
            problem = _id_problem(value)
            if problem:
                raise SelectionFileError(source, f'item {number}: "{name}" {problem}')
        refs[(doc_id, provision_id)] = None
    return SelectionData(tuple(refs), order == "custom")


def _id_problem(value: str) -> str:
    if len(value) > MAX_ID_CHARS:
        return f"is {len(value)} characters long (ids are at most {MAX_ID_CHARS})"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "holds an unpaired surrogate escape (\\ud800-\\udfff), which no text file can carry"
    if any(ord(char) < 32 or ord(char) == 127 for char in value):
        return "holds a control character"
    return ""


def to_json(refs: list[Ref], custom_order: bool, cites: dict[Ref, str] | None = None) -> dict:
    """The file's content; `cites` adds each known item's short citation (informative
    only, for a colleague reading the file)."""
    cites = cites or {}
    items = []
    for doc_id, provision_id in refs:
        item = {"doc": doc_id, "provision": provision_id}
        cite = cites.get((doc_id, provision_id))
        if cite:
            item["cite"] = cite
        items.append(item)
    return {
        "format": FORMAT,
        "version": VERSION,
        "order": "custom" if custom_order else "document",
        "items": items,
    }


def write(path: str | os.PathLike[str], content: dict) -> None:
    """Write `content` atomically: a temporary file beside `path`, then `os.replace`."""
    text = json.dumps(content, ensure_ascii=False, indent=2) + "\n"
    write_atomically(Path(path), text)
