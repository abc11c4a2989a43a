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
from dataclasses import dataclass
from pathlib import Path

from ictviewer import fileio, paths
from ictviewer.corpus.library import is_user_document, load_library
from ictviewer.corpus.loader import load_corpus
from ictviewer.corpus.model import Corpus
from ictviewer.importing.document import Options, build_document
from ictviewer.importing.formats import ImportRefused
from ictviewer.importing.yaml_out import dump_document

__all__ = ["ImportResult", "Options", "import_file", "remove_document"]


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
    """Import `file` into the user corpus folder (`user`, default `paths.user_corpus_dir()`)."""
    options = options or Options()
    file = Path(file)
    folder = Path(user) if user is not None else paths.user_corpus_dir()
    try:
        data = fileio.read_limited(file)
    except FileNotFoundError:
        raise ImportRefused(f"{file}: no such file") from None
    except OSError as error:
        raise ImportRefused(f"{file}: cannot be read: {error.strerror or error}") from None
    sha256 = hashlib.sha256(data).hexdigest()
    library = load_library(bundled, folder)
    bundled_ids = {d.id for d in library if not is_user_document(d)}
    mine = {d.id: d for d in library if is_user_document(d)}
    duplicate = next((d for d in mine.values() if d.source.sha256 == sha256), None)
    if duplicate is not None and not replace:
        raise ImportRefused(
            f"{file.name} is already in your library as {duplicate.id!r} ({duplicate.path}); "
            "add --replace to import it again in its place"
        )
    if options.id in bundled_ids:
        raise ImportRefused(
            f"--id {options.id!r} is a bundled document; choose another id for yours"
        )
    if options.id in mine and not replace and mine[options.id] is not duplicate:
        raise ImportRefused(
            f"--id {options.id!r} is already one of your documents; add --replace to replace "
            "it, or choose another id"
        )
    if options.id in _file_ids(folder) - set(mine) and not replace:
        raise ImportRefused(
            f"{folder / (str(options.id) + '.yaml')} exists but is not a valid document "
            "(see `ictviewer check`); add --replace to overwrite it, or choose another id"
        )
    if duplicate is not None and options.id is None:
        options = _with_id(options, duplicate.id)
    taken = bundled_ids | set(mine) | _file_ids(folder)
    record, warnings = build_document(
        file.name, data, sha256, options, taken, today or dt.date.today()
    )
    header = (
        f"Imported by ictviewer from {file.name} (sha256 {sha256[:16]}…).\n"
        "Provision texts are as extracted; what was guessed is listed in source.note."
    )
    text = dump_document(record, header)
    _validate(text, record["id"], len(record["provisions"]))
    target = folder / f"{record['id']}.yaml"
    fileio.write_atomically(target, text)
    replaced = ""
    if duplicate is not None:
        replaced = duplicate.id
        if Path(duplicate.path) != target:
            Path(duplicate.path).unlink(missing_ok=True)
    elif options.id in mine:
        replaced = options.id
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
        warnings=tuple(warnings),
        replaced=replaced,
    )


def remove_document(
    doc_id: str, *, bundled: str | Path | None = None, user: str | Path | None = None
) -> str:
    """Delete the user's document `doc_id`; returns the path removed. Bundled ones are refused."""
    folder = Path(user) if user is not None else paths.user_corpus_dir()
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
