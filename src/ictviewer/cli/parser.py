"""The command line's sub-commands and options (argparse), and each one's handler."""

from __future__ import annotations

import argparse

from ictviewer import __version__
from ictviewer.cli.reading import (
    run_check,
    run_compare,
    run_documents,
    run_gui,
    run_index,
    run_search,
    run_show,
    run_timeline,
)
from ictviewer.cli.writing import run_export, run_import, run_precedents, run_remove

#: Options of `search` that take a value (the word after them is not query text).
_SEARCH_VALUE_OPTIONS = ("--org", "--doc", "--lang", "--from", "--to", "--limit")


def query_words(argv: list[str]) -> list[str]:
    """Let a `search` query start with "-": `ictviewer search -terrorism cooperation`.

    argparse takes any "-word" for an option it does not know. Single-dash
    words after `search` (other than -h) are query text, so they are passed on
    with a leading space, which argparse reads as a positional; `run_search`
    strips it. Options ("--json", "--org CICA") and anything after "--" are
    left alone.
    """
    command = next((i for i, arg in enumerate(argv) if not arg.startswith("-")), None)
    if command is None or argv[command] != "search":
        return argv
    out = argv[: command + 1]
    value_next = positional = False
    for arg in argv[command + 1 :]:
        if positional or value_next:
            value_next = False
        elif arg == "--":
            positional = True
        elif arg.startswith("--"):
            value_next = "=" not in arg and any(
                option.startswith(arg) for option in _SEARCH_VALUE_OPTIONS
            )
        elif arg.startswith("-") and len(arg) > 1 and arg != "-h":
            arg = " " + arg
        out.append(arg)
    return out


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ictviewer",
        description="Offline reference viewer for documents on security of and in the use "
        "of ICTs. Without a sub-command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"ictviewer {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--open", metavar="DOC", help="open this document")
    gui.add_argument(
        "--compare", nargs=2, metavar=("LEFT", "RIGHT"), help="open two documents side by side"
    )
    gui.add_argument("--timeline", action="store_true", help="show the timeline")
    gui.add_argument(
        "--smoke",
        action="store_true",
        help="quit once the window has painted and the index is ready, printing one JSON "
        "line with the times (for the bundle's smoke test)",
    )
    gui.set_defaults(handler=run_gui)

    documents = commands.add_parser("documents", help="list the documents of the corpus")
    documents.add_argument("--json", action="store_true", help="print JSON")
    documents.set_defaults(handler=run_documents)

    show = commands.add_parser("show", help="print a document with its provisions")
    show.add_argument("doc", metavar="DOC", help="document id (see `ictviewer documents`)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=run_show)

    search = commands.add_parser(
        "search",
        help="search the corpus",
        description='Words must all match; use "exact phrases", AND, OR, NOT, prefix*, '
        "and org:, doc:, lang:, year: filters inside the query.",
        epilog='A query may start with "-": `ictviewer search -terrorism ICTs`. '
        'For one starting with "--", put `--` before it: `ictviewer search -- --word`.',
    )
    search.add_argument("query", metavar="QUERY", nargs="+")
    search.add_argument("--org", help="only this organisation (e.g. CICA)")
    search.add_argument("--doc", help="only this document id")
    search.add_argument("--lang", help="only this language version (en, ru, kk)")
    search.add_argument("--from", dest="date_from", metavar="DATE", help="dated on or after")
    search.add_argument("--to", dest="date_to", metavar="DATE", help="dated on or before")
    search.add_argument("--limit", type=_positive_int, default=20, help="at most N hits")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument(
        "--no-concepts",
        action="store_true",
        help="search only the words typed: no concept expansion across languages and synonyms",
    )
    search.set_defaults(handler=run_search)

    compare = commands.add_parser(
        "compare", help="shared and one-sided concepts, shared wording, aligned provisions"
    )
    compare.add_argument("left", metavar="LEFT", help="document id")
    compare.add_argument("right", metavar="RIGHT", help="document id")
    compare.add_argument("--json", action="store_true", help="print JSON")
    compare.set_defaults(handler=run_compare)

    timeline = commands.add_parser(
        "timeline", help="documents and the dated events they mention, in date order"
    )
    timeline.add_argument("--org", help="only this organisation's lane (e.g. CICA, UN)")
    timeline.add_argument("--kind", action="append", help="only events of this kind (repeatable)")
    timeline.add_argument("--json", action="store_true", help="print JSON")
    timeline.set_defaults(handler=run_timeline)

    export = commands.add_parser(
        "export",
        help="save provisions as a PDF with citations",
        description="Each REF is DOC:PROVISION (e.g. cica-statement-2022:p5), "
        "DOC:P1,P2, or DOC alone for the whole document; they print in the order given.",
    )
    export.add_argument("refs", metavar="REF", nargs="+")
    export.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    export.add_argument("--title", help="title printed at the top")
    export.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    export.add_argument(
        "--lang", action="append", help="language version(s) to print (en, ru, kk; repeatable)"
    )
    export.add_argument("--json", action="store_true", help="print JSON")
    export.set_defaults(handler=run_export)

    check = commands.add_parser("check", help="validate the corpus files")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(handler=run_check)

    index = commands.add_parser("index", help="build or refresh the search index")
    index.add_argument("--rebuild", action="store_true", help="rebuild even if up to date")
    index.add_argument("--json", action="store_true", help="print JSON")
    index.set_defaults(handler=run_index)
    _add_import_commands(commands)
    _add_precedents_command(commands)
    return parser


def _add_precedents_command(commands) -> None:
    """`precedents`: agreed language for a draft (implemented in ictviewer.precedents)."""
    precedents = commands.add_parser(
        "precedents",
        help="find the provisions that share a draft paragraph's wording",
        description="For a pasted paragraph (or each paragraph of a draft file, or of text "
        "piped in), the provisions of the library sharing its wording, ranked by how much "
        "of the draft they cover, and where that wording was agreed, oldest first.",
    )
    precedents.add_argument("text", metavar="TEXT", nargs="*", help="the draft text")
    precedents.add_argument("--file", metavar="FILE", help="a draft (.txt .md .docx .odt .pdf)")
    precedents.add_argument(
        "--limit", type=_positive_int, default=10, help="at most N precedents per paragraph"
    )
    precedents.add_argument("--json", action="store_true", help="print JSON")
    precedents.set_defaults(handler=run_precedents)


def _add_import_commands(commands) -> None:
    """`import` and `remove`: the user's own documents (implemented in ictviewer.importing)."""
    imp = commands.add_parser(
        "import",
        help="add a document of yours (.txt .md .html .docx .odt .pdf) to your library",
        description="Splits the file into provisions, guesses what the options leave out "
        "(listed as warnings) and keeps it in your corpus folder, searchable like the rest.",
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--id", help="document id (lowercase, digits, hyphens)")
    imp.add_argument("--title")
    imp.add_argument("--organisation", metavar="ORG")
    imp.add_argument("--date", metavar="YYYY[-MM[-DD]]")
    imp.add_argument("--place", metavar="P")
    imp.add_argument("--lang", metavar="LANG", help="en, ru or kk")
    imp.add_argument("--kind", metavar="KIND", help="statement, declaration, concept-paper …")
    imp.add_argument("--replace", action="store_true", help="replace an earlier import of it")
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(handler=run_import)
    remove = commands.add_parser("remove", help="remove a document you imported")
    remove.add_argument("doc", metavar="ID")
    remove.add_argument("--json", action="store_true", help="print JSON")
    remove.set_defaults(handler=run_remove)


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number
