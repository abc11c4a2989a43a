"""The sub-commands that read the library: the window, documents, show, search, compare,
timeline, check and index."""

from __future__ import annotations

import argparse
import html
import re
import sys

from ictviewer.cli.output import (
    EXIT_PROBLEM,
    CliError,
    print_json,
    visible,
)
from ictviewer.corpus import Corpus, Document, load_library


def open_library() -> Corpus:
    corpus = load_library()
    for problem in corpus.problems:
        print(f"ictviewer: skipped: {problem}", file=sys.stderr)
    if not corpus.documents:
        raise CliError(f"no valid documents in {corpus.path}; run `ictviewer check`")
    return corpus


def find_document(corpus: Corpus, doc_id: str) -> Document:
    document = corpus.get(doc_id)
    if document is None:
        known = ", ".join(d.id for d in corpus)
        raise CliError(f"no document {doc_id!r}; known documents: {known}")
    return document


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
    corpus = open_library()
    if args.json:
        return print_json([d.summary() for d in corpus])
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
    document = find_document(open_library(), args.doc)
    if args.json:
        return print_json(document_json(document))
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


def open_index(corpus: Corpus, rebuild: bool = False):
    from ictviewer.search import SearchIndex

    index = SearchIndex.open_or_build(corpus, rebuild=rebuild)
    if index.notice:
        print(f"ictviewer: {index.notice}", file=sys.stderr)
    return index


def run_search(args: argparse.Namespace) -> int:
    corpus = open_library()
    index = open_index(corpus)
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
        return print_json(results.to_json())
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

    corpus = open_library()
    comparison = compare_documents(
        find_document(corpus, args.left), find_document(corpus, args.right), bundled_lexicon()
    )
    if args.json:
        return print_json(comparison.to_json())
    print(format_comparison(comparison))
    return 0


def run_timeline(args: argparse.Namespace) -> int:
    from ictviewer.timeline import build_timeline, filter_events, format_timeline

    events = filter_events(build_timeline(open_library()), organisation=args.org, kinds=args.kind)
    if args.json:
        return print_json([event.to_json() for event in events])
    print(format_timeline(events))
    return 0


def run_check(args: argparse.Namespace) -> int:
    corpus = load_library()
    problems = [str(p) for p in corpus.problems]
    if args.json:
        print_json(
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
    corpus = open_library()
    index = open_index(corpus, rebuild=args.rebuild)
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
        return print_json(record)
    state = "built" if record["built"] else "up to date"
    where = record["location"] or "memory (the cache folder is not writable)"
    print(f"Index {state}: {record['provisions']} provisions of {record['documents']} documents")
    print(f"Location: {where}")
    return 0
