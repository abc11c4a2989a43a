"""The user's corpus folder: adding, replacing and removing imported documents.

One file per document (`<id>.yaml`), as in the bundled corpus. A second import
of the same bytes is recognised by the SHA-256 kept in `source.sha256` and
refused unless `replace` is given, so the library never holds a duplicate.

Nothing is written until the new document has been read back and validated by
the ordinary loader from a scratch folder; the file then lands with one atomic
rename (`fileio.write_atomically`). A refused import therefore leaves the
folder exactly as it was. The bundled corpus is only ever read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import takewhile
from pathlib import Path

from ictviewer import fileio, paths
from ictviewer.corpus.library import is_user_document, load_library
from ictviewer.corpus.loader import load_corpus, parse_document
from ictviewer.corpus.model import Corpus
from ictviewer.importing.document import Options, build_document
from ictviewer.importing.draft import Draft, apply_details, relabel
from ictviewer.importing.formats import ImportRefused
from ictviewer.importing.yaml_out import dump_document

__all__ = [
    "ImportResult",
    "Options",
    "import_file",
    "prepare_import",
    "remove_document",
    "save_import",
    "update_details",
]


@dataclass(frozen=True)
class ImportResult:
    id: str
    path: str
    title: str
    organisation: str
    kind: str
    date: str
    date_precision: str
    place: str
    languages: tuple[str, ...]
    provisions: int
    warnings: tuple[str, ...]
    replaced: str = ""  # the id of the document this import replaced

    def to_json(self) -> dict:
        """The `import --json` record (contract in DESIGN.md)."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "organisation": self.organisation,
            "kind": self.kind,
            "date": self.date,
            "date_precision": self.date_precision,
            "place": self.place,
            "languages": list(self.languages),
            "provisions": self.provisions,
            "warnings": list(self.warnings),
        }


def import_file(
    file: str | Path,
    options: Options | None = None,
    *,
    replace: bool = False,
    bundled: str | Path | None = None,
    user: str | Path | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Import `file` into the user corpus folder (`user`, default `paths.user_corpus_dir()`).

    The command line's one step: `prepare_import` then `save_import`, the two
    steps the window takes with a review by the user in between.
    """
    draft = prepare_import(file, options, replace=replace, bundled=bundled, user=user, today=today)
    return save_import(draft, replace=replace, bundled=bundled, user=user)


def prepare_import(
    file: str | Path,
    options: Options | None = None,
    *,
    replace: bool = False,
    bundled: str | Path | None = None,
    user: str | Path | None = None,
    today: dt.date | None = None,
) -> Draft:
    """Read and split `file` into a `Draft`; nothing is written.

    Every refusal of an import happens here (unreadable file, unknown format,
    no text, no date, an id that is taken), so a review dialog opens only on a
    document that can be saved. A file already imported is refused unless
    `replace`; with it, the draft takes that document's id and says so in
    `Draft.replaces`.
    """
    options = options or Options()
    file = Path(file)
    folder = _folder(user)
    try:
        data = fileio.read_limited(file)
    except FileNotFoundError:
        raise ImportRefused(f"{file}: no such file") from None
    except OSError as error:
        raise ImportRefused(f"{file}: cannot be read: {error.strerror or error}") from None
    sha256 = hashlib.sha256(data).hexdigest()
    library = load_library(bundled, folder)
    mine = {d.id: d for d in library if is_user_document(d)}
    duplicate = next((d for d in mine.values() if d.source.sha256 == sha256), None)
    if duplicate is not None and not replace:
        raise ImportRefused(
            f"{file.name} is already in your library as {duplicate.id!r} ({duplicate.path}); "
            "add --replace to import it again in its place"
        )
    replaces = duplicate.id if duplicate is not None else ""
    if options.id is not None:
        _check_id(options.id, library, folder, replace, replaces)
    if duplicate is not None and options.id is None:
        options = _with_id(options, duplicate.id)
    taken = {d.id for d in library} | _file_ids(folder)
    record, warnings = build_document(
        file.name, data, sha256, options, taken, today or dt.date.today()
    )
    return Draft(record, tuple(warnings), sha256, file.name, replaces)


def save_import(
    draft: Draft,
    *,
    replace: bool = False,
    bundled: str | Path | None = None,
    user: str | Path | None = None,
) -> ImportResult:
    """Keep `draft` in the user corpus folder: validated by the real loader, written atomically.

    The id is checked again against the folder as it is now, since the user
    may have taken a while to review (or imported the same file elsewhere).
    A draft that `replaces` a document is saved in its place.
    """
    folder = _folder(user)
    record = draft.record
    library = load_library(bundled, folder)
    _check_id(record["id"], library, folder, replace or bool(draft.replaces), draft.replaces)
    header = (
        f"Imported by ictviewer from {draft.file_name} (sha256 {draft.sha256[:16]}…).\n"
        "Provision texts are as extracted; what was guessed is listed in source.note."
    )
    text = dump_document(record, header)
    _validate(text, record["id"], len(record["provisions"]))
    target = folder / f"{record['id']}.yaml"
    fileio.write_atomically(target, text)
    replaced = ""
    previous = library.get(draft.replaces) if draft.replaces else None
    if previous is not None and is_user_document(previous):
        replaced = previous.id
        if Path(previous.path) != target:
            Path(previous.path).unlink(missing_ok=True)
    elif library.get(record["id"]) is not None:
        replaced = record["id"]
    return ImportResult(
        id=record["id"],
        path=str(target),
        title=record["title"],
        organisation=record["organisation"],
        kind=record["kind"],
        date=str(record["date"]),
        date_precision=record["date_precision"],
        place=record["place"],
        languages=tuple(record["languages"]),
        provisions=len(record["provisions"]),
        warnings=draft.warnings,
        replaced=replaced,
    )


def update_details(
    doc_id: str,
    changes: Mapping[str, object],
    *,
    bundled: str | Path | None = None,
    user: str | Path | None = None,
) -> str:
    """Change the metadata or provision labels of the user's document `doc_id`; returns its path.

    `changes` holds fields of `draft.DETAILS` as text and, under "labels", a
    mapping of provision id to new label. Provision ids stay as they are (a
    saved selection cites them). The file is read with the loader's own
    parser, rewritten with the same dumper, validated and replaced atomically;
    a bundled document is refused and nothing is written on any refusal.
    """
    folder = _folder(user)
    library = load_library(bundled, folder)
    document = library.get(doc_id)
    if document is None or not is_user_document(document):
        what = "bundled with the program" if document is not None else "not one of your documents"
        raise ImportRefused(f"{doc_id!r} is {what}; only documents you imported can be edited")
    path = Path(document.path)
    if path.resolve().parent != folder.resolve():
        raise ImportRefused(f"{path} is not in your corpus folder {folder}; not changed")
    raw = fileio.read_limited(path)  # a regular file of a sane size, as the loader read it
    data, problems = parse_document(path, raw)
    if problems or not isinstance(data, dict):
        raise ImportRefused(f"{path} does not read back cleanly; run `ictviewer check`")
    details = {k: str(v) for k, v in changes.items() if k != "labels"}
    record = apply_details(data, details)
    labels = changes.get("labels") or {}
    if not isinstance(labels, Mapping):
        raise ImportRefused("labels must map provision ids to labels")
    provisions = record["provisions"]
    index = {p["id"]: i for i, p in enumerate(provisions)}
    for pid, label in labels.items():
        if pid not in index:
            raise ImportRefused(f"{doc_id!r} has no provision {pid!r}")
        if label != provisions[index[pid]]["label"]:
            provisions = relabel(provisions, index[pid], str(label), keep_id=True)
    record["provisions"] = provisions
    lines = raw.decode("utf-8").splitlines()
    header = "\n".join(line[2:] for line in takewhile(lambda x: x.startswith("# "), lines))
    text = dump_document(record, header or "Imported by ictviewer; details edited by the user.")
    _validate(text, doc_id, len(provisions))
    fileio.write_atomically(path, text)
    return str(path)


def _check_id(doc_id: str, library: Corpus, folder: Path, replace: bool, replaces: str) -> None:
    """Refuse an id that is bundled, already one of the user's documents, or a broken file."""
    existing = library.get(doc_id)
    if existing is not None and not is_user_document(existing):
        raise ImportRefused(f"--id {doc_id!r} is a bundled document; choose another id for yours")
    if existing is not None and not replace and doc_id != replaces:
        raise ImportRefused(
            f"--id {doc_id!r} is already one of your documents; add --replace to replace "
            "it, or choose another id"
        )
    if existing is None and doc_id in _file_ids(folder) and not replace:
        raise ImportRefused(
            f"{folder / (doc_id + '.yaml')} exists but is not a valid document "
            "(see `ictviewer check`); add --replace to overwrite it, or choose another id"
        )


def _folder(user: str | Path | None) -> Path:
    return Path(user) if user is not None else paths.user_corpus_dir()


def remove_document(
    doc_id: str, *, bundled: str | Path | None = None, user: str | Path | None = None
) -> str:
    """Delete the user's document `doc_id`; returns the path removed. Bundled ones are refused."""
    folder = _folder(user)
    library = load_library(bundled, folder)
    document = library.get(doc_id)
    if document is not None and not is_user_document(document):
        raise ImportRefused(
            f"{doc_id!r} is bundled with the program and cannot be removed; only documents "
            "you imported can"
        )
    path = folder / f"{doc_id}.yaml"
    if document is not None:
        path = Path(document.path)
    if document is None and not path.is_file():
        yours = ", ".join(d.id for d in library if is_user_document(d)) or "none"
        raise ImportRefused(f"no document {doc_id!r} of yours; your documents: {yours}")
    if path.resolve().parent != folder.resolve():
        raise ImportRefused(f"{path} is not in your corpus folder {folder}; not removed")
    path.unlink()
    return str(path)


def _validate(text: str, doc_id: str, provisions: int) -> None:
    """Read the YAML back with the ordinary loader before keeping it (a safety net)."""
    with tempfile.TemporaryDirectory(prefix="ictviewer-import-") as scratch:
        fileio.write_atomically(Path(scratch) / f"{doc_id}.yaml", text)
        corpus: Corpus = load_corpus(scratch)
    problems = [str(p) for p in corpus.problems if "relations" not in p.field]
    if problems or len(corpus) != 1 or len(corpus.documents[0].provisions) != provisions:
        raise ImportRefused(
            "the imported document did not pass validation, so nothing was written: "
            + "; ".join(problems or ["it did not read back whole"])
            + " (please report this with the file)"
        )


def _file_ids(folder: Path) -> set[str]:
    """Ids of the files in the folder, valid or not, so a new file never overwrites one."""
    if not folder.is_dir():
        return set()
    return {p.stem for p in folder.glob("*.yaml")}


def _with_id(options: Options, doc_id: str) -> Options:
    return Options(**{**vars(options), "id": doc_id})
