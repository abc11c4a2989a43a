"""One imported file as a corpus document: provisions, guessed metadata, provenance.

The result is the plain dict the corpus YAML holds (the schema of
`corpus/validate.py`), so it can be dumped with the safe dumper and read back
by the ordinary loader; what was guessed is returned as warnings and written
into `source.note`, where a reader of the document sees it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ictviewer.corpus.validate import ID_PATTERN, KINDS, parse_date
from ictviewer.importing import metadata as meta
from ictviewer.importing.formats import ImportRefused, extract
from ictviewer.importing.split import label, paragraphs


@dataclass(frozen=True)
class Options:
    """What the user states on the command line; each one wins over a guess."""

    id: str | None = None
    title: str | None = None
    organisation: str | None = None
    date: str | None = None
    place: str | None = None
    lang: str | None = None
    kind: str | None = None


def build_document(
    name: str, data: bytes, sha256: str, options: Options, taken: set[str], today: dt.date
) -> tuple[dict, list[str]]:
    """The corpus record for file `name` with bytes `data`, and the list of guesses made.

    `taken` holds the document ids already in use (the guessed id avoids them).
    """
    _check_options(options)
    extracted = extract(Path(name), data)
    removed = list(extracted.removed)
    units = paragraphs(extracted.blocks, removed)
    front, drafts = label(units)
    if not drafts:  # a text of headings only: keep every line as a provision
        _, drafts = label([type(u)(u.text, "text") for u in units])
        front = []
    if not drafts:
        raise ImportRefused(f"{name}: no paragraphs of text were found to import")
    warnings: list[str] = []
    texts = [u.text for u in units]

    title = options.title
    if not title:
        title = " ".join(u.text for u in front) or extracted.title_hint
        if title:
            warnings.append("title guessed from the opening lines")
        else:
            title = Path(name).stem.replace("_", " ")
            warnings.append("title taken from the file name (no title line found)")
    if front:
        removed.append(
            f"title lines, kept as the document's title: “{' / '.join(texts[: len(front)])}”"
        )

    place, date, how = meta.guess_date_place(texts)
    if options.date:
        day, precision = parse_date(options.date)
    elif date:
        day, precision = date
        warnings.append(f"date guessed from {how}")
    else:
        years = re.findall(r"\b(?:19|20)\d\d\b", title)
        if not years:
            raise ImportRefused(
                f"{name}: no date is printed in the text; give it with --date YYYY[-MM[-DD]]"
            )
        day, precision = dt.date(int(years[0]), 1, 1), "year"
        warnings.append(f"date guessed from the year in the title ({years[0]})")
    if options.place:
        place = options.place
    elif place:
        warnings.append(f"place guessed from {how}")
    else:
        place = meta.NOT_STATED
        warnings.append("place not found in the text; give it with --place")

    organisation = options.organisation
    if not organisation:
        organisation = meta.guess_organisation(title, "\n".join(texts))
        if organisation:
            warnings.append(f"organisation guessed from the names in the text: {organisation}")
        else:
            organisation = meta.NOT_STATED
            warnings.append("organisation not found in the text; give it with --organisation")

    kind = options.kind or meta.guess_kind(title)
    if not options.kind:
        warnings.append(f"kind guessed from the title: {kind}")
    status = "draft" if re.search(r"\bdraft\b|\bпроект\b|\bжоба\b", title, re.I) else "adopted"
    warnings.append(f"status assumed: {status}")

    if options.lang:
        languages = [options.lang]
        provision_langs = [options.lang] * len(drafts)
    else:
        provision_langs = [meta.detect_language(d.text) for d in drafts]
        languages = [lang for lang, _ in Counter(provision_langs).most_common()]
        warnings.append(f"language guessed from the script and words: {', '.join(languages)}")

    doc_id = options.id or _free_id(organisation, kind, day.year, taken)
    provisions = []
    for draft, lang in zip(drafts, provision_langs, strict=True):
        record = {"id": draft.id, "label": draft.label, "section": draft.section}
        if lang != languages[0]:
            record["lang"] = lang
        record["text"] = draft.text
        provisions.append(record)
    note = f"Imported by the user from {name} on {today.isoformat()}."
    if warnings:
        note += " Guessed, not printed as such: " + "; ".join(warnings) + "."
    record = {
        "id": doc_id,
        "title": title,
        "short_title": meta.short_title(title, organisation, kind, day.year),
        "organisation": organisation,
        "kind": kind,
        "date": {"day": day.isoformat(), "month": day.strftime("%Y-%m")}.get(
            precision, str(day.year)
        ),
        "date_precision": precision,
        "place": place,
        "languages": languages,
        "status": status,
        "source": {
            "publisher": organisation,
            "file": Path(name).name,
            "sha256": sha256,
            "imported": today.isoformat(),
            "note": note,
        },
        "removed": removed,
        "provisions": provisions,
    }
    if not removed:
        del record["removed"]
    return record, warnings


def _check_options(options: Options) -> None:
    if options.id is not None and not ID_PATTERN.match(options.id):
        raise ImportRefused(
            f"--id {options.id!r}: use lowercase letters, digits and hyphens "
            "(e.g. sco-statement-2006)"
        )
    if options.kind is not None and options.kind not in KINDS:
        raise ImportRefused(f"--kind {options.kind!r} is not one of: {', '.join(KINDS)}")
    if options.lang is not None and options.lang not in ("en", "ru", "kk"):
        raise ImportRefused(f"--lang {options.lang!r} is not one of: en, ru, kk")
    if options.date is not None:
        try:
            parse_date(options.date)
        except ValueError as error:
            raise ImportRefused(f"--date: {error}") from None
    for name in ("title", "organisation", "place"):
        value = getattr(options, name)
        if value is not None and not value.strip():
            raise ImportRefused(f"--{name} must not be empty")


def _free_id(organisation: str, kind: str, year: int, taken: set[str]) -> str:
    """ "sco-statement-2006", or "-2", "-3" … when that id is already used."""
    org = "" if organisation == meta.NOT_STATED else organisation
    base = meta.slug(org, kind if kind != "other" else "document", str(year))
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
