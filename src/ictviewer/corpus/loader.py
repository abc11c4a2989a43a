"""Reads a corpus folder: every valid document loads, every other file is reported.

YAML is parsed with the safe loader only. Line numbers come from the composed
node tree so a problem can say `file:line: field: what is wrong`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from ictviewer import paths
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


class _SafeTextDatesLoader(yaml.SafeLoader):
    """The safe loader, but dates stay text so `validate.parse_date` can report them by line."""


_SafeTextDatesLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def load_corpus(path: str | Path | None = None) -> Corpus:
    """Load every `*.yaml` document in `path` (None: `ICTVIEWER_CORPUS` or the bundled corpus)."""
    folder = Path(path) if path is not None else paths.corpus_dir()
    if not folder.is_dir():
        problem = CorpusProblem(
            str(folder), 0, "(corpus)", "folder not found; check ICTVIEWER_CORPUS or reinstall"
        )
        return Corpus((), (problem,), str(folder), "")
    documents: list[Document] = []
    problems: list[CorpusProblem] = []
    digest = hashlib.sha256()
    for file in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
        try:
            raw = file.read_bytes()
        except OSError as error:
            problems.append(CorpusProblem(str(file), 0, "(file)", f"cannot be read: {error}"))
            continue
        digest.update(file.name.encode() + b"\0" + raw + b"\0")
        document, file_problems = load_document(file, raw)
        problems.extend(file_problems)
        if document is not None:
            documents.append(document)
    documents, cross_problems = _check_across(documents)
    problems.extend(cross_problems)
    documents.sort(key=lambda d: (d.date.start, d.id))
    return Corpus(tuple(documents), tuple(problems), str(folder), digest.hexdigest()[:16])


def load_document(file: Path, raw: bytes) -> tuple[Document | None, list[CorpusProblem]]:
    """Parse and validate one file; a document is returned only when it has no problem."""
    name = str(file)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [CorpusProblem(name, 0, "(file)", f"is not UTF-8 text ({error.reason})")]
    try:
        node = yaml.compose(text, Loader=_SafeTextDatesLoader)
        data = yaml.load(text, Loader=_SafeTextDatesLoader)  # a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        reason = getattr(error, "problem", None) or str(error)
        return None, [CorpusProblem(name, line, "(yaml)", f"not valid YAML: {reason}")]
    problems = Problems(name, _line_map(node))
    check_document(data, problems)
    if problems.items:
        return None, [CorpusProblem(name, *item) for item in problems.items]
    return _build(data, name), []


def _line_map(node: yaml.Node | None) -> dict[tuple, int]:
    """Map each key path (("provisions", 2, "text")) to its 1-based line."""
    lines: dict[tuple, int] = {}

    def walk(current: yaml.Node, path: tuple) -> None:
        lines[path] = current.start_mark.line + 1
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                child = (*path, key.value)
                walk(value, child)
                lines[child] = key.start_mark.line + 1
        elif isinstance(current, yaml.SequenceNode):
            for i, item in enumerate(current.value):
                walk(item, (*path, i))

    if node is not None:
        walk(node, ())
    return lines


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
        with open(file, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if needle in line:
                    return number
    except OSError:
        pass
    return 0
