"""The command line: a thin argparse front-end over the same core as the window.

With `--json` a sub-command prints exactly one JSON document on stdout; every
error goes to stderr with a non-zero exit status (contract in DESIGN.md).

Output never ends in a traceback: on a terminal that cannot show a character
it is replaced (JSON is then written as ASCII escapes, so no data is lost); if
stdout cannot be written at all (`> /dev/full`) the command says so on stderr
and exits 1. Text from the corpus reaches the terminal with control characters
and bidirectional overrides shown as visible escapes ("\x1b"), so a document
cannot move the cursor, retitle the window or reorder what is shown.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from ictviewer.cli.output import (
    EXIT_PROBLEM,
    EXIT_USAGE,
    CliError,
    GuardedOutput,
    OutputFailed,
    detach_stdout,
    tolerant_streams,
    visible,
)
from ictviewer.cli.parser import build_parser, query_words
from ictviewer.cli.reading import run_gui

__all__ = ["EXIT_PROBLEM", "EXIT_USAGE", "CliError", "build_parser", "main", "visible"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(query_words(list(sys.argv[1:] if argv is None else argv)))
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", run_gui)
    tolerant_streams()
    try:
        return _run(handler, args)
    finally:
        if isinstance(sys.stdout, GuardedOutput):  # a caller's stdout is given back as it was
            sys.stdout = sys.stdout._stream


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        status = handler(args)
        sys.stdout.flush()
        return status
    except CliError as error:
        print(f"ictviewer: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
    except OutputFailed as failure:
        detach_stdout()
        if isinstance(failure.error, BrokenPipeError):  # the reader stopped (`| head`): fine
            return 0
        error = failure.error
        print(f"ictviewer: cannot write the output: {error.strerror or error}", file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:
        detach_stdout()
        return 0
