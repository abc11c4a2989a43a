"""Opening the index: reuse, update or build it, checked, on disk or else in memory.

`SearchIndex.open_or_build` lands here. In order: the index of this corpus's
fingerprint is opened if its folder is private and every file matches its
seal (`storage.check_files`); otherwise the most recent index of another
fingerprint is updated (only changed documents rewritten), else a full build
is published. If the cache cannot hold it, the index is built in memory and
`notice` says why, in the user's terms (`storage.describe_problem`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from whoosh.filedb.filestore import FileStorage, RamStorage

from ictviewer import paths
from ictviewer.corpus.model import Corpus
from ictviewer.fileio import read_limited
from ictviewer.search import sealing, sessions
from ictviewer.search.notices import Notice, updated
from ictviewer.search.phrases import PhraseCatalogue
from ictviewer.search.schema import INDEX_NAME, SCHEMA_VERSION, document_digest, fingerprint
from ictviewer.search.storage import (
    MANIFEST,
    Progress,
    Unusable,
    build,
    build_on_disk,
    check_files,
    describe_problem,
    latest_other,
    read_manifest,
    tidy,
    update_on_disk,
)

# The class whose `open_or_build` calls this module (search.index.SearchIndex): passed
# in as `cls` rather than imported, so index.py -> opening.py is the only direction.
Index = TypeVar("Index")

DAMAGED = str(Notice("damaged"))  # the English, as `SearchIndex.notice` says it


class IndexCorrupt(Exception):
    """An index folder that cannot be trusted."""


def open_or_build(
    cls: type[Index],
    corpus: Corpus,
    phrases: PhraseCatalogue,
    index_dir: str | Path | None = None,
    progress: Progress | None = None,
    rebuild: bool = False,
) -> Index:
    """Reuse the cached index of this corpus and phrase catalogue, update an older one,
    or build it.

    The index is on disk, else in memory. `progress(done, total)` is called
    during a build or update; `rebuild=True` forces a full build.
    """
    corpus = _without_duplicates(corpus)
    digests = {d.id: document_digest(d) for d in corpus}
    key = fingerprint(corpus, phrases.digest, digests.values())
    root = Path(index_dir) if index_dir is not None else paths.cache_dir() / "index"
    target = root / key
    unclean = sessions.unclean(root)  # markers of crashed processes, cleared once checked
    notice: Notice | None = None
    if target.is_dir() and not rebuild:
        try:
            sealing.private_folder(root)
            index = _open(cls, corpus, target, key, digests, phrases)
            sessions.forget(unclean)
            tidy(root, keep=target)
            index._root = root
            return index
        except IndexCorrupt:
            notice = Notice("damaged")
        except OSError:
            pass  # not private or not a folder: reported by the build below
    try:
        location = None
        base = latest_other(root, key) if not (rebuild or notice) else None
        if base is not None:
            location = _update(corpus, root, key, base, digests, phrases, progress)
            if location is not None:
                notice = updated(len(read_manifest(location).get("rewritten") or []))
            else:
                notice = _why_rebuilt(base, phrases)
        if location is None:
            location = build_on_disk(corpus, root, key, phrases, progress, target.is_dir())
        index = _open(cls, corpus, location, key, digests, phrases)
        sessions.forget(unclean)
        tidy(root, keep=target)
    except (OSError, IndexCorrupt, Unusable) as error:
        storage = RamStorage()
        layout = build(storage, corpus, phrases, progress)
        ix = storage.open_index(INDEX_NAME)
        index = cls(corpus, ix, None, key, layout, digests, phrases)
        notice = (
            Notice("in-memory", (describe_problem(error, root),))
            if isinstance(error, OSError)
            else Notice("unreadable", (root,))
        )
    index.why_notice = notice
    index.built = True
    index._root = root
    return index


def _open(
    cls: type[Index],
    corpus: Corpus,
    location: Path,
    key: str,
    digests: dict[str, str],
    phrases: PhraseCatalogue,
) -> Index:
    """Open and check an index folder; IndexCorrupt if anything is wrong."""
    try:
        manifest = read_manifest(location)
        if manifest.get("fingerprint") != key:
            raise IndexCorrupt("manifest does not match")
        check_files(location, manifest)
        ix = FileStorage(str(location), readonly=True).open_index(INDEX_NAME)
    except IndexCorrupt:
        raise
    except Exception as error:  # any damage: bad JSON, bad pickle, missing segment …
        raise IndexCorrupt(str(error)) from error
    index = None
    try:
        index = cls(corpus, ix, location, key, manifest["segments"], digests, phrases)
        if index._searcher.reader().doc_count_all() != manifest.get("documents"):
            raise IndexCorrupt("document count differs")
    except Exception as error:
        if index is not None:
            index.close()
        else:
            ix.close()
        raise error if isinstance(error, IndexCorrupt) else IndexCorrupt(str(error)) from error
    index._session = location.parent
    sessions.begin(index._session)
    return index


def _update(corpus, root, key, base, digests, phrases, progress) -> Path | None:
    """Update the index in `base` for this corpus; None if a full build is better or needed."""
    try:
        check_files(base, read_manifest(base))
        return update_on_disk(corpus, root, key, base, digests, phrases, progress)
    except Exception:  # an unreadable base (or cache) is for a full build to deal with
        return None


def _why_rebuilt(base: Path, phrases: PhraseCatalogue) -> Notice:
    """The notice of a full build that replaced the index in `base`: what changed.

    Read from its manifest's plain keys, sealed or not: only for the words of the
    notice, never to trust the index (an unreadable manifest means the corpus).
    """
    try:
        manifest = json.loads(read_limited(base / MANIFEST).decode("utf-8"))
    except (OSError, ValueError):
        manifest = None
    if not isinstance(manifest, dict):
        manifest = {}
    if manifest.get("schema") not in (None, SCHEMA_VERSION):
        return Notice("rebuilt-version")
    if manifest.get("phrases") not in (None, phrases.digest):
        return Notice("rebuilt-lexicon")
    return Notice("rebuilt-corpus")


def _without_duplicates(corpus: Corpus) -> Corpus:
    """The corpus with each document id once (the loader already refuses duplicates)."""
    seen: set[str] = set()
    if len({d.id for d in corpus}) == len(corpus):
        return corpus
    kept = tuple(d for d in corpus if not (d.id in seen or seen.add(d.id)))
    return Corpus(kept, corpus.problems, corpus.path, corpus.fingerprint)
