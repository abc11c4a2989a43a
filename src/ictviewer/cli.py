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
import contextlib
import html
import json
import os
import re
import sys
from collections.abc import Callable, Sequence

from ictviewer import __version__
from ictviewer.corpus import Corpus, Document, load_library

EXIT_USAGE = 2
EXIT_PROBLEM = 1


class CliError(Exception):
    """A problem the user can fix; printed without a traceback."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_query_words(list(sys.argv[1:] if argv is None else argv)))
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", run_gui)
    _tolerant_streams()
    try:
        return _run(handler, args)
    finally:
        if isinstance(sys.stdout, _GuardedOutput):  # a caller's stdout is given back as it was
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
        _detach_stdout()
        if isinstance(failure.error, BrokenPipeError):  # the reader stopped (`| head`): fine
            return 0
        error = failure.error
        print(f"ictviewer: cannot write the output: {error.strerror or error}", file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:
        _detach_stdout()
        return 0


class OutputFailed(Exception):
    """Writing to stdout failed (a full disk, a closed pipe): `error` is the OSError."""

    def __init__(self, error: OSError):
        super().__init__(str(error))
        self.error = error


class _GuardedOutput:
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


def _tolerant_streams() -> None:
    """Replace what the terminal's encoding cannot show instead of raising; guard stdout."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and not _is_utf(stream):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="replace" if stream is sys.stdout else "backslashreplace")
    if sys.stdout is not None and not isinstance(sys.stdout, _GuardedOutput):
        sys.stdout = _GuardedOutput(sys.stdout)


def _is_utf(stream) -> bool:
    return (getattr(stream, "encoding", None) or "").lower().replace("-", "") in ("utf8", "utf8sig")


def _detach_stdout() -> None:
    """Point stdout at the null device, so the interpreter's exit flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    if isinstance(sys.stdout, _GuardedOutput):
        sys.stdout = sys.stdout._stream


#: Options of `search` that take a value (the word after them is not query text).
_SEARCH_VALUE_OPTIONS = ("--org", "--doc", "--lang", "--from", "--to", "--limit")


def _query_words(argv: list[str]) -> list[str]:
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


_ESCAPED = {
    **{c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if c not in (9, 10)},
    **{c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)},
}
_JSON_ESCAPED = {c: f"\\u{c:04x}" for c in _ESCAPED if c >= 0x7F}


def visible(text: str) -> str:
    """Corpus text safe for a terminal: control and bidi characters as visible escapes."""
    return text.translate(_ESCAPED)


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


def _corpus() -> Corpus:
    corpus = load_library()
    for problem in corpus.problems:
        print(f"ictviewer: skipped: {problem}", file=sys.stderr)
    if not corpus.documents:
        raise CliError(f"no valid documents in {corpus.path}; run `ictviewer check`")
    return corpus


def _document(corpus: Corpus, doc_id: str) -> Document:
    document = corpus.get(doc_id)
    if document is None:
        known = ", ".join(d.id for d in corpus)
        raise CliError(f"no document {doc_id!r}; known documents: {known}")
    return document


def _print_json(value: object) -> int:
    """One JSON document; C1 controls and bidi overrides escaped (the same data, never raw).

    On a stdout that is not UTF-8 every non-ASCII character is escaped, so
    the document stays exact whatever the terminal can show.
    """
    text = json.dumps(value, ensure_ascii=not _is_utf(sys.stdout), indent=2)
    sys.stdout.write(text.translate(_JSON_ESCAPED) + "\n")
    return 0


def run_gui(args: argparse.Namespace) -> int:
    from ictviewer.ui.app import main as gui_main

    compare = getattr(args, "compare", None)
    return gui_main(
        open_doc=getattr(args, "open", None),
        compare=tuple(compare) if compare else None,
        timeline=getattr(args, "timeline", False),
        **({"smoke": True} if getattr(args, "smoke", False) else {}),
    )


def run_documents(args: argparse.Namespace) -> int:
    corpus = _corpus()
    if args.json:
        return _print_json([d.summary() for d in corpus])
    for d in corpus:
        draft = " [draft]" if d.is_draft else ""
        draft += " [yours]" if d.origin == "user" else ""
        line = f"{d.id:26} {d.organisation:13} {d.date.iso():10}  {d.short_title}{draft}"
        print(visible(line))
    return 0


def document_json(document: Document) -> dict:
    """The `show --json` document: the summary plus provenance and provisions."""
    record = document.summary()
    record.update(
        place=document.place,
        date_end=document.date.end.isoformat() if document.date.end else None,
        date_note=document.date_note,
        organisation_note=document.organisation_note,
        source=vars(document.source),
        signatories=list(document.signatories),
        corrections=[vars(c) for c in document.corrections],
        removed=list(document.removed),
        relations=[vars(r) for r in document.relations],
        notes=document.notes,
        provisions=[
            {
                "id": p.id,
                "label": p.label,
                "section": p.section,
                "text": p.text,
                "lang": p.lang,
                "parallel": dict(p.parallel),
            }
            for p in document.provisions
        ],
    )
    return record


def run_show(args: argparse.Namespace) -> int:
    document = _document(_corpus(), args.doc)
    if args.json:
        return _print_json(document_json(document))
    print(visible(document.title))
    where = f"{document.organisation}, {document.place}, {document.date.human()}"
    print(visible(f"{where} ({document.status})"))
    section = None
    for provision in document.provisions:
        if provision.section != section:
            section = provision.section
            if section:
                print(visible(f"\n== {section} =="))
        print(visible(f"\n[{provision.label}]"))
        for lang, text in provision.versions().items():
            prefix = f"({lang}) " if len(provision.versions()) > 1 else ""
            print(visible(prefix + text))
    return 0


def _open_index(corpus: Corpus, rebuild: bool = False):
    from ictviewer.search import SearchIndex

    index = SearchIndex.open_or_build(corpus, rebuild=rebuild)
    if index.notice:
        print(f"ictviewer: {index.notice}", file=sys.stderr)
    return index


def run_search(args: argparse.Namespace) -> int:
    corpus = _corpus()
    index = _open_index(corpus)
    try:
        results = index.search(
            " ".join(word.strip() for word in args.query),
            organisation=args.org,
            doc_id=args.doc,
            lang=args.lang,
            date_from=args.date_from,
            date_to=args.date_to,
            limit=args.limit,
            expand_concepts=not args.no_concepts,
        )
    except ValueError as error:
        raise CliError(str(error)) from None
    finally:
        index.close()
    if args.json:
        return _print_json(results.to_json())
    shown = len(results.hits)
    summary = f"{results.total} hits for {results.parsed}"
    print(visible(summary) + (f" (showing {shown})" if shown else ""))
    for problem in results.not_understood:
        print(visible(f"Not understood: {problem}"), file=sys.stderr)
    if results.suggestion:
        print(visible(f"Did you mean: {results.suggestion}"))
    bold = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("*", "*")
    for hit in results.hits:
        print(visible(f"\n{hit.doc_id} {hit.label} ({hit.organisation}, {hit.date}, {hit.lang})"))
        print("  " + _terminal_snippet(hit.snippet, bold))
    return 0


def _terminal_snippet(snippet: str, bold: tuple[str, str]) -> str:
    """The snippet's marks as `bold`, its text unescaped and made visible (never raw controls)."""
    parts = re.split(r"(<b>|</b>)", snippet)
    marks = {"<b>": bold[0], "</b>": bold[1]}
    return "".join(marks.get(part) or visible(html.unescape(part)) for part in parts)


def run_compare(args: argparse.Namespace) -> int:
    from ictviewer.compare import bundled_lexicon, compare_documents, format_comparison

    corpus = _corpus()
    comparison = compare_documents(
        _document(corpus, args.left), _document(corpus, args.right), bundled_lexicon()
    )
    if args.json:
        return _print_json(comparison.to_json())
    print(format_comparison(comparison))
    return 0


def run_timeline(args: argparse.Namespace) -> int:
    from ictviewer.timeline import build_timeline, filter_events, format_timeline

    events = filter_events(build_timeline(_corpus()), organisation=args.org, kinds=args.kind)
    if args.json:
        return _print_json([event.to_json() for event in events])
    print(format_timeline(events))
    return 0


def run_export(args: argparse.Namespace) -> int:
    import os

    from ictviewer.export import build_pack, parse_refs
    from ictviewer.export.pdf import write_pdf

    corpus = _corpus()
    try:
        refs = parse_refs(corpus, args.refs)
    except ValueError as error:
        raise CliError(str(error)) from None
    pack = build_pack(corpus, refs, title=args.title, languages=args.lang)
    try:
        pages = write_pdf(pack, args.output, page_size=args.page_size)
    except OSError as error:  # the PDF is written beside and checked before it replaces
        kept = f"; {args.output} was left as it was" if os.path.exists(args.output) else ""
        raise CliError(f"cannot write {args.output}: {error.strerror or error}{kept}") from None
    record = {"output": str(args.output), "pages": pages, "provisions": len(refs)}
    if args.json:
        return _print_json(record)
    print(f"Wrote {args.output}: {len(refs)} provisions on {pages} page(s)")
    return 0


def run_check(args: argparse.Namespace) -> int:
    corpus = load_library()
    problems = [str(p) for p in corpus.problems]
    if args.json:
        _print_json(
            {
                "path": corpus.path,
                "valid": not problems,
                "documents": len(corpus),
                "provisions": corpus.provision_count(),
                "problems": problems,
            }
        )
    else:
        for problem in problems:
            print(problem, file=sys.stderr)
        verdict = "valid" if not problems else f"{len(problems)} problem(s)"
        print(
            f"{corpus.path}: {len(corpus)} documents, {corpus.provision_count()} provisions: "
            f"{verdict}"
        )
    return EXIT_PROBLEM if problems else 0


def run_index(args: argparse.Namespace) -> int:
    corpus = _corpus()
    index = _open_index(corpus, rebuild=args.rebuild)
    record = {
        "location": str(index.location) if index.location else None,
        "in_memory": index.in_memory,
        "built": index.built,
        "fingerprint": corpus.fingerprint,
        "documents": len(corpus),
        "provisions": corpus.provision_count(),
    }
    index.close()
    if args.json:
        return _print_json(record)
    state = "built" if record["built"] else "up to date"
    where = record["location"] or "memory (the cache folder is not writable)"
    print(f"Index {state}: {record['provisions']} provisions of {record['documents']} documents")
    print(f"Location: {where}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from ictviewer.importing import ImportRefused, Options, import_file

    options = Options(
        id=args.id,
        title=args.title,
        organisation=args.organisation,
        date=args.date,
        place=args.place,
        lang=args.lang,
        kind=args.kind,
    )
    try:
        result = import_file(args.file, options, replace=args.replace)
    except ImportRefused as error:
        raise CliError(f"{error}; nothing was imported") from None
    _open_index(_corpus()).close()  # an incremental update: only the new document is indexed
    if args.json:
        return _print_json(result.to_json())
    verb = f"Replaced {result.replaced} with" if result.replaced else "Imported"
    print(f"{verb} {result.id}: {result.provisions} provisions ({result.path})")
    for warning in result.warnings:
        print(f"  guessed: {warning}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from ictviewer.importing import ImportRefused, remove_document

    try:
        path = remove_document(args.doc)
    except ImportRefused as error:
        raise CliError(str(error)) from None
    _open_index(_corpus()).close()
    if args.json:
        return _print_json({"id": args.doc, "removed": path})
    print(f"Removed {args.doc} ({path})")
    return 0


def run_precedents(args: argparse.Namespace) -> int:
    from ictviewer.compare import LexiconError, bundled_lexicon
    from ictviewer.precedents import DraftError, PrecedentIndex, read_draft, split_paragraphs

    try:
        if args.file and args.text:
            raise CliError("give the draft as TEXT or as --file FILE, not both")
        if args.file:
            paragraphs = read_draft(args.file)
        elif args.text:
            paragraphs = split_paragraphs(" ".join(args.text))
        elif sys.stdin is not None and not sys.stdin.isatty():
            paragraphs = split_paragraphs(sys.stdin.read())
        else:
            raise CliError("give the draft text: TEXT, --file FILE, or pipe it in")
        if not paragraphs:
            raise CliError("the draft is empty: there is no text to look up")
        index = PrecedentIndex.build(_corpus(), bundled_lexicon())
        found = index.find_all(paragraphs, limit=args.limit)
    except (DraftError, LexiconError, UnicodeDecodeError) as error:
        raise CliError(str(error)) from None
    if args.json:
        if len(found) == 1:
            only = found[0].to_json()
            return _print_json({"draft": only.pop("text"), **only})
        return _print_json({"paragraphs": [p.to_json() for p in found]})
    for number, paragraph in enumerate(found, 1):
        heading = f"Paragraph {number}: " if len(found) > 1 else ""
        print(("\n" if number > 1 else "") + visible(heading + paragraph.summary))
        for precedent in paragraph.precedents:
            print(visible(f"  {precedent.strength:8} {precedent.citation}"))
            where = f"{precedent.doc_id}:{precedent.provision_id}, {precedent.lang}"
            print(visible(f"           [{where}] {precedent.reason}"))
            for run in precedent.runs:
                if run.words >= 3:
                    print(visible(f"           “{run.text}”"))
    return 0
