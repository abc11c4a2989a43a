"""What the command line prints: JSON, corpus text made safe for a terminal, and errors.

Stdout never ends in a traceback: on a terminal that cannot show a character it is
replaced; if stdout cannot be written (`> /dev/full`) the command says so on stderr.
Corpus text reaches the terminal with control and bidirectional characters as visible
escapes, so a document cannot move the cursor or reorder what is shown.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys


class CliError(Exception):
    """A problem the user can fix; printed without a traceback."""


EXIT_USAGE = 2


EXIT_PROBLEM = 1


class OutputFailed(Exception):
    """Writing to stdout failed (a full disk, a closed pipe): `error` is the OSError."""

    def __init__(self, error: OSError):
        super().__init__(str(error))
        self.error = error


class GuardedOutput:
    """sys.stdout, with write failures raised as `OutputFailed` (not mistaken for others)."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as error:
            raise OutputFailed(error) from error

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            raise OutputFailed(error) from error

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def tolerant_streams() -> None:
    """Replace what the terminal's encoding cannot show instead of raising; guard stdout."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and not _is_utf(stream):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="replace" if stream is sys.stdout else "backslashreplace")
    if sys.stdout is not None and not isinstance(sys.stdout, GuardedOutput):
        sys.stdout = GuardedOutput(sys.stdout)


def _is_utf(stream) -> bool:
    return (getattr(stream, "encoding", None) or "").lower().replace("-", "") in ("utf8", "utf8sig")


def detach_stdout() -> None:
    """Point stdout at the null device, so the interpreter's exit flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    if isinstance(sys.stdout, GuardedOutput):
        sys.stdout = sys.stdout._stream


_ESCAPED = {
    **{c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if c not in (9, 10)},
    **{c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)},
}


JSON_ESCAPED = {c: f"\\u{c:04x}" for c in _ESCAPED if c >= 0x7F}


def visible(text: str) -> str:
    """Corpus text safe for a terminal: control and bidi characters as visible escapes."""
    return text.translate(_ESCAPED)


def print_json(value: object) -> int:
    """One JSON document; C1 controls and bidi overrides escaped (the same data, never raw).

    On a stdout that is not UTF-8 every non-ASCII character is escaped, so
    the document stays exact whatever the terminal can show.
    """
    text = json.dumps(value, ensure_ascii=not _is_utf(sys.stdout), indent=2)
    sys.stdout.write(text.translate(JSON_ESCAPED) + "\n")
    return 0
