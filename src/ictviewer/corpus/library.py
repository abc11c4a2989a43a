"""The library a user sees: the bundled corpus and the user's own corpus folder together.

Every front end (the command line, the window) loads documents through
`load_library`, so an imported document is listed, searched, compared, put on
the timeline and printed exactly like a bundled one. Each folder is read by
the ordinary `load_corpus` (the one place that parses and validates YAML);
this module only composes the two results:

* user documents are marked `origin="user"` (the list shows them as "yours",
  and only they may be removed);
* a user document whose id is already bundled is reported and left out, so a
  citation such as `cica-statement-2022:p5` always means the bundled text;
* the fingerprint covers both folders, so any change in either is seen by the
  caches keyed on it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from pathlib import Path

from ictviewer import paths
from ictviewer.corpus.loader import load_corpus
from ictviewer.corpus.model import Corpus, CorpusProblem, Document

USER = "user"
BUNDLED = "bundled"


def load_library(bundled: str | Path | None = None, user: str | Path | None = None) -> Corpus:
    """The bundled corpus (None: `ICTVIEWER_CORPUS` or the shipped one) plus the user folder.

    `user` None means `paths.user_corpus_dir()`; a user folder that does not
    exist yet (nothing imported) is simply empty, not a problem.
    """
    base = load_corpus(bundled)
    folder = Path(user) if user is not None else paths.user_corpus_dir()
    if not folder.is_dir():
        return base
    own = load_corpus(folder)
    if not own.documents and not own.problems:
        return base
    known = {d.id: d for d in base.documents}
    documents: list[Document] = list(base.documents)
    problems: list[CorpusProblem] = list(base.problems)
    problems.extend(_outside_targets_dropped(own, known))
    for document in own.documents:
        if document.id in known:
            problems.append(
                CorpusProblem(
                    document.path,
                    0,
                    "id",
                    f"{document.id!r} is the id of a bundled document ({known[document.id].path});"
                    " give the imported document another id",
                )
            )
            continue
        documents.append(dataclasses.replace(document, origin=USER))
    documents.sort(key=lambda d: (d.date.start, d.id))
    digest = hashlib.sha256(f"{base.fingerprint}\0{own.fingerprint}".encode()).hexdigest()[:16]
    return Corpus(tuple(documents), tuple(problems), f"{base.path}{os.pathsep}{own.path}", digest)


def _outside_targets_dropped(own: Corpus, known: dict[str, Document]) -> list[CorpusProblem]:
    """The user folder's problems, less "no such relation target" for bundled targets.

    The loader checks relation targets within one folder; a user document may
    rightly refer to a bundled one (`refers-to: cica-statement-2022`).
    """
    kept = []
    for problem in own.problems:
        if problem.field.startswith("relations[") and problem.field.endswith(".target"):
            target = problem.message.split("'")[1] if "'" in problem.message else ""
            if target in known:
                continue
        kept.append(problem)
    return kept


def is_user_document(document: Document) -> bool:
    """True for a document the user imported (it may be replaced or removed)."""
    return document.origin == USER
