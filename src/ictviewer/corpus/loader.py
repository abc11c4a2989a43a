"""Reads a corpus folder: every valid document loads, every other file is reported.

Each file is parsed once (`yamldata.read_yaml`: libyaml's event parser, no
object ever constructed from a tag) and validated (`validate.check_document`),
so a problem can say `file:line: field: what is wrong`. Only regular files of
at most `fileio.MAX_READ_BYTES` are read: a FIFO named `.yaml` would hang the
program and a symlink to /dev/zero would fill memory. A file whose name is not
UTF-8 is reported rather than loaded, since its name could not be printed in a
citation or a problem. A bad file never stops the rest of the corpus loading.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from ictviewer import fileio, paths
from ictviewer.corpus.cache import ParsedCache, file_identity
from ictviewer.corpus.model import (
    Corpus,
    CorpusProblem,
    Correction,
    Document,
    EventOverride,
    FuzzyDate,
    Provision,
    Relation,
    Source,
)
from ictviewer.corpus.validate import Problems, check_document, parse_date
from ictviewer.corpus.yamldata import field_name, read_yaml


def load_corpus(path: str | Path | None = None, *, cache: bool = True) -> Corpus:
    """Load every `*.yaml` document in `path` (None: `ICTVIEWER_CORPUS` or the bundled corpus).

    With `cache` (the default) each file that loaded cleanly is remembered in
    the parsed-corpus cache (`corpus/cache.py`) and read from it next time it
    is unchanged; the result is the same either way, only faster.
    """
    folder = Path(path) if path is not None else paths.corpus_dir()
    if not folder.is_dir():
        problem = CorpusProblem(
            str(folder), 0, "(corpus)", "folder not found; check ICTVIEWER_CORPUS or reinstall"
        )
        return Corpus((), (problem,), str(folder), "")
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    store = ParsedCache(folder, limit=_cache_limit(files)) if cache else None
    documents: list[Document] = []
    problems: list[CorpusProblem] = []
    digest = hashlib.sha256()
    for file in files:
        name = printable_path(file)
        if name != str(file):
            problems.append(
                CorpusProblem(name, 0, "(file)", "the file name is not UTF-8 text; rename it")
            )
            continue
        try:
            raw = fileio.read_limited(file)
        except OSError as error:  # UnreadableFile says why (not a regular file, too large)
            problems.append(CorpusProblem(name, 0, "(file)", f"cannot be read: {error}"))
            continue
        digest.update(file.name.encode() + b"\0" + raw + b"\0")
        document, file_problems = _load_with(store, file, raw)
        problems.extend(file_problems)
        if document is not None:
            documents.append(document)
    if store is not None:
        store.save()
    documents, cross_problems = _check_across(documents)
    problems.extend(cross_problems)
    documents.sort(key=lambda d: (d.date.start, d.id))
    return Corpus(tuple(documents), tuple(problems), str(folder), digest.hexdigest()[:16])


def _load_with(
    store: ParsedCache | None, file: Path, raw: bytes
) -> tuple[Document | None, list[CorpusProblem]]:
    """One file's document: from the cache when it holds this very file, else parsed."""
    identity = file_identity(file, raw) if store is not None else None
    if store is not None and identity is not None:
        cached = store.get(file.name, identity)
        if cached is not None:
            checked = Problems(str(file))
            check_document(cached, checked)  # the cache is never trusted
            if not checked.items:
                return _build(cached, str(file)), []
            store.forget(file.name)
    data, problems = parse_document(file, raw)
    if problems:
        return None, problems
    if store is not None and identity is not None:
        store.put(file.name, identity, data)  # type: ignore[arg-type]
    return _build(data, str(file)), []


def _cache_limit(files: list[Path]) -> int:
    """The largest cache file worth reading: its JSON is about as large as the YAML."""
    total = 0
    for file in files:
        with contextlib.suppress(OSError):
            total += os.stat(file).st_size
    return 2 * min(total, len(files) * fileio.MAX_READ_BYTES) + 1024 * 1024


def printable_path(file: Path) -> str:
    """`file` as text that prints anywhere: undecodable bytes and controls escaped.

    Equal to `str(file)` exactly when the name is ordinary text, which is how
    the loader tells a name it can use from one it must report.
    """
    text = os.fsencode(file).decode("utf-8", "backslashreplace")
    return text if text.isprintable() else repr(text)[1:-1]


def load_document(file: Path, raw: bytes) -> tuple[Document | None, list[CorpusProblem]]:
    """Parse and validate one file; a document is returned only when it has no problem."""
    data, problems = parse_document(file, raw)
    return (_build(data, str(file)) if not problems else None), problems


def parse_document(file: Path, raw: bytes) -> tuple[object, list[CorpusProblem]]:
    """The file's data and its problems (YAML, schema, characters, dates); one parse."""
    name = str(file)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [CorpusProblem(name, 0, "(file)", f"is not UTF-8 text ({error.reason})")]
    reading = read_yaml(text)
    problems = [
        CorpusProblem(name, line, "(yaml)" if path is None else field_name(path), message)
        for path, line, message in reading.problems
    ]
    if not reading.complete:
        return None, problems
    checked = Problems(name, reading.lines, quiet=reading.refused)
    check_document(reading.data, checked)
    problems.extend(CorpusProblem(name, *item) for item in checked.items)
    return reading.data, problems


def _build(data: dict, file: str) -> Document:
    start, _ = parse_date(data["date"])
    end = parse_date(data["date_end"])[0] if data.get("date_end") is not None else None
    languages = tuple(data["languages"])
    provisions = tuple(
        Provision(
            id=p["id"],
            label=p["label"],
            text=p["text"].strip(),
            lang=p.get("lang") or languages[0],
            section=p.get("section") or "",
            parallel={k: v.strip() for k, v in (p.get("parallel") or {}).items()},
        )
        for p in data["provisions"]
    )
    return Document(
        id=data["id"],
        title=data["title"].strip(),
        short_title=data["short_title"].strip(),
        organisation=data["organisation"],
        kind=data["kind"],
        date=FuzzyDate(start, data["date_precision"], end),
        place=data["place"],
        languages=languages,
        status=data["status"],
        source=Source(**data["source"]),
        provisions=provisions,
        date_note=data.get("date_note") or "",
        organisation_note=data.get("organisation_note") or "",
        corrections=tuple(Correction(**c) for c in data.get("corrections") or ()),
        removed=tuple(data.get("removed") or ()),
        relations=tuple(Relation(**r) for r in data.get("relations") or ()),
        signatories=tuple(data.get("signatories") or ()),
        events=tuple(_event(e) for e in data.get("events") or ()),
        notes=data.get("notes") or "",
        path=file,
    )


def _event(data: dict) -> EventOverride:
    start, implied = parse_date(data["date"])
    end = parse_date(data["end"])[0] if data.get("end") is not None else None
    precision = data.get("precision") or implied
    return EventOverride(
        FuzzyDate(start, precision, end), data["label"], data["kind"], data.get("provision", "")
    )


def _check_across(documents: list[Document]) -> tuple[list[Document], list[CorpusProblem]]:
    """Rules that need every file: unique document ids and existing relation targets."""
    problems: list[CorpusProblem] = []
    seen: dict[str, Document] = {}
    kept: list[Document] = []
    for document in documents:
        if document.id in seen:
            problems.append(
                CorpusProblem(
                    document.path,
                    0,
                    "id",
                    f"duplicate document id {document.id!r} (also in {seen[document.id].path})",
                )
            )
            continue
        seen[document.id] = document
        kept.append(document)
    for document in kept:
        for i, relation in enumerate(document.relations):
            if relation.target not in seen:
                problems.append(
                    CorpusProblem(
                        document.path,
                        _line_of(document.path, f"target: {relation.target}"),
                        f"relations[{i}].target",
                        f"no document with id {relation.target!r} in the corpus",
                    )
                )
    return kept, problems


def _line_of(file: str, needle: str) -> int:
    """The first line of `file` containing `needle`, for problems found after parsing."""
    try:
        text = fileio.read_limited(file).decode("utf-8", "replace")
    except OSError:
        return 0
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    return 0
