"""The sub-commands that write: export a pack, import or remove a document of your own, and
find the precedents of a draft (which may read a draft file)."""

from __future__ import annotations

import argparse
import os
import sys

from ictviewer.cli.output import (
    CliError,
    print_json,
    visible,
)
from ictviewer.cli.reading import open_index, open_library


def run_export(args: argparse.Namespace) -> int:

    from ictviewer.export import build_pack, parse_refs
    from ictviewer.export.pdf import write_pdf

    corpus = open_library()
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
        return print_json(record)
    print(f"Wrote {args.output}: {len(refs)} provisions on {pages} page(s)")
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
    open_index(open_library()).close()  # an incremental update: only the new document is indexed
    if args.json:
        return print_json(result.to_json())
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
    open_index(open_library()).close()
    if args.json:
        return print_json({"id": args.doc, "removed": path})
    print(f"Removed {args.doc} ({path})")
    return 0


def run_precedents(args: argparse.Namespace) -> int:
    from ictviewer.compare import LexiconError, bundled_lexicon
    from ictviewer.precedents import DraftError, PrecedentIndex, read_draft, split_paragraphs
    from ictviewer.precedents.drafts import MAX_CHARS

    try:
        if args.file and args.text:
            raise CliError("give the draft as TEXT or as --file FILE, not both")
        if args.file:
            paragraphs = read_draft(args.file)
        elif args.text:
            paragraphs = split_paragraphs(" ".join(args.text))
        elif sys.stdin is not None and not sys.stdin.isatty():
            # one character past the limit is enough to refuse: `cat /dev/zero |` ends
            paragraphs = split_paragraphs(sys.stdin.read(MAX_CHARS + 1))
        else:
            raise CliError("give the draft text: TEXT, --file FILE, or pipe it in")
        if not paragraphs:
            raise CliError("the draft is empty: there is no text to look up")
        index = PrecedentIndex.build(open_library(), bundled_lexicon())
        found = index.find_all(paragraphs, limit=args.limit)
    except (DraftError, LexiconError, UnicodeDecodeError) as error:
        raise CliError(str(error)) from None
    if args.json:
        if len(found) == 1:
            only = found[0].to_json()
            return print_json({"draft": only.pop("text"), **only})
        return print_json({"paragraphs": [p.to_json() for p in found]})
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
