"""The delegate's selection: an ordered list of provisions to quote, print or send.

Plain Python (no Qt): the Selection panel wraps it in a model and listens to it,
the exporter reads it, and a small JSON file carries it between sessions and
between colleagues::

    {"format": "ictviewer-selection", "version": 1, "order": "document",
     "items": [{"doc": "cica-statement-2022", "provision": "p5"}, ...]}

A reference is a plain ``(doc_id, provision_id)`` tuple, so a selection
survives corpus updates: `resolve` flags references whose document or
provision has gone instead of dropping them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ictviewer.corpus.model import Corpus, Document, Provision
from ictviewer.fileio import write_atomically

Ref = tuple[str, str]

FORMAT = "ictviewer-selection"
VERSION = 1
FILE_NAME = "selection.json"


class SelectionFileError(ValueError):
    """A selection file that cannot be read: not JSON, not ours, or malformed."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: not a valid selection file: {reason}")


@dataclass(frozen=True)
class ResolvedRef:
    """A reference checked against a corpus; `problem` says why it cannot be shown."""

    doc_id: str
    provision_id: str
    document: Document | None
    provision: Provision | None

    @property
    def ref(self) -> Ref:
        return (self.doc_id, self.provision_id)

    @property
    def missing(self) -> bool:
        return self.provision is None

    @property
    def problem(self) -> str:
        if self.document is None:
            return f"document {self.doc_id!r} is no longer in the corpus"
        if self.provision is None:
            return f"{self.document.short_title} no longer has provision {self.provision_id!r}"
        return ""


def default_path() -> Path:
    """Where the window keeps the selection between sessions (the user data dir)."""
    from ictviewer.paths import data_dir

    return data_dir() / FILE_NAME


def sort_key(corpus: Corpus) -> Callable[[Ref], tuple]:
    """The "sensible" order: document date, then corpus order, then document order.

    References the corpus no longer knows sort after the known provisions of
    their document (or after every document when the document itself is gone),
    so flagged items stay visible next to their neighbours.
    """
    doc_rank: dict[str, tuple] = {}
    prov_rank: dict[Ref, int] = {}
    for index, document in enumerate(corpus.documents):
        doc_rank[document.id] = (0, document.date.start, document.date.last, index)
        for position, provision in enumerate(document.provisions):
            prov_rank[(document.id, provision.id)] = position
    unknown_doc = (1,)

    def key(ref: Ref) -> tuple:
        return (doc_rank.get(ref[0], unknown_doc), ref[0], prov_rank.get(ref, 1 << 30))

    return key


def sort_refs(corpus: Corpus, refs: Iterable[Ref]) -> list[Ref]:
    """`refs` in the sensible order (see `sort_key`)."""
    return sorted(refs, key=sort_key(corpus))


class Selection:
    """An ordered, duplicate-free list of ``(doc_id, provision_id)`` references.

    With a `corpus`, new items go to their sensible place (document date, then
    document order) until the user reorders by hand (`move`, `reorder`); from
    then on the user's order is kept: a new item joins the other items of its
    document (in document order if those still are, else after them), a new
    document goes before the first document that sorts after it, and `sort()`
    restores the sensible order. Without a corpus new items are appended.
    Listeners registered with `subscribe` are called after every change.
    """

    def __init__(self, refs: Iterable[Ref] = (), corpus: Corpus | None = None) -> None:
        self._items: list[Ref] = []
        self._corpus = corpus
        self.custom_order = False
        self._listeners: list[Callable[[], None]] = []
        for ref in refs:
            ref = _ref(ref)
            if ref not in self._items:
                self._items.append(ref)
        if corpus is not None:
            self._items.sort(key=sort_key(corpus))

    # -- reading ---------------------------------------------------------------------------
    @property
    def items(self) -> list[Ref]:
        return list(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Ref]:
        return iter(list(self._items))

    def __contains__(self, ref: object) -> bool:
        return ref in self._items

    def __bool__(self) -> bool:
        return bool(self._items)

    def contains(self, doc_id: str, provision_id: str) -> bool:
        return (doc_id, provision_id) in self._items

    def index(self, doc_id: str, provision_id: str) -> int:
        return self._items.index((doc_id, provision_id))

    def document_ids(self) -> list[str]:
        """The selected documents, in selection order, each once."""
        return list(dict.fromkeys(doc_id for doc_id, _ in self._items))

    # -- changing --------------------------------------------------------------------------
    def add(self, doc_id: str, provision_id: str) -> bool:
        """Select a provision; False if it was already selected."""
        return self.add_many([(doc_id, provision_id)]) == 1

    def add_many(self, refs: Iterable[Ref]) -> int:
        """Select several provisions at once (one notification); returns how many were new."""
        added = 0
        for ref in refs:
            ref = _ref(ref)
            if ref in self._items:
                continue
            self._insert(ref)
            added += 1
        if added:
            self._changed()
        return added

    def _insert(self, ref: Ref) -> None:
        if self._corpus is None:
            self._items.append(ref)
            return
        key = sort_key(self._corpus)
        if self.custom_order:
            position = self._custom_position(ref, key)
        else:
            new = key(ref)
            position = next(
                (i for i, existing in enumerate(self._items) if key(existing) > new),
                len(self._items),
            )
        self._items.insert(position, ref)

    def _custom_position(self, ref: Ref, key: Callable[[Ref], tuple]) -> int:
        """Where a new item goes in a hand-made order: with its document's items (the
        Selection panel groups them), or before the first document that sorts after it."""
        same = [i for i, (doc_id, _) in enumerate(self._items) if doc_id == ref[0]]
        if same:
            run = [self._items[i] for i in same]
            if run == sorted(run, key=key):
                new = key(ref)
                return next((i for i in same if key(self._items[i]) > new), same[-1] + 1)
            return same[-1] + 1
        document = key(ref)[:2]
        return next(
            (i for i, existing in enumerate(self._items) if key(existing)[:2] > document),
            len(self._items),
        )

    def remove(self, doc_id: str, provision_id: str) -> bool:
        """Deselect a provision; False if it was not selected."""
        ref = (doc_id, provision_id)
        if ref not in self._items:
            return False
        self._items.remove(ref)
        self._changed()
        return True

    def remove_many(self, refs: Iterable[Ref]) -> int:
        gone = {_ref(ref) for ref in refs}
        before = len(self._items)
        self._items = [ref for ref in self._items if ref not in gone]
        removed = before - len(self._items)
        if removed:
            self._changed()
        return removed

    def toggle(self, doc_id: str, provision_id: str) -> bool:
        """Select or deselect; returns whether the provision is now selected."""
        if self.contains(doc_id, provision_id):
            self.remove(doc_id, provision_id)
            return False
        self.add(doc_id, provision_id)
        return True

    def clear(self) -> None:
        if self._items:
            self._items.clear()
            self._changed()
        self.custom_order = False

    def move(self, source: int, destination: int) -> None:
        """Move the item at `source` so that it ends up at index `destination` (drag and drop)."""
        if not 0 <= source < len(self._items):
            raise IndexError(f"no item {source} in a selection of {len(self._items)}")
        destination = max(0, min(destination, len(self._items) - 1))
        if source == destination:
            return
        self._items.insert(destination, self._items.pop(source))
        self.custom_order = True
        self._changed()

    def reorder(self, refs: Iterable[Ref]) -> None:
        """Adopt a new order given as a permutation of the current items."""
        new = [_ref(ref) for ref in refs]
        if sorted(new) != sorted(self._items) or len(set(new)) != len(new):
            raise ValueError("reorder() needs exactly the selected items, each once")
        if new != self._items:
            self._items = new
            self.custom_order = True
            self._changed()

    def sort(self, corpus: Corpus | None = None) -> None:
        """Back to the sensible order (document date, then document order)."""
        corpus = corpus or self._corpus
        if corpus is None:
            raise ValueError("sorting needs a corpus")
        self._corpus = corpus
        ordered = sorted(self._items, key=sort_key(corpus))
        self.custom_order = False
        if ordered != self._items:
            self._items = ordered
            self._changed()

    def set_corpus(self, corpus: Corpus) -> None:
        """Use `corpus` to place new items (and to sort, unless the user ordered by hand)."""
        self._corpus = corpus
        if not self.custom_order:
            self.sort(corpus)

    # -- listeners -------------------------------------------------------------------------
    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback()` after every change; returns a function that unsubscribes."""
        self._listeners.append(callback)

        def unsubscribe() -> None:
            if callback in self._listeners:
                self._listeners.remove(callback)

        return unsubscribe

    def _changed(self) -> None:
        for callback in list(self._listeners):
            callback()

    # -- corpus ----------------------------------------------------------------------------
    def resolve(self, corpus: Corpus) -> list[ResolvedRef]:
        """Every item with its document and provision; vanished ones have `missing` set."""
        resolved = []
        for doc_id, provision_id in self._items:
            document = corpus.get(doc_id)
            provision = document.provision(provision_id) if document is not None else None
            resolved.append(ResolvedRef(doc_id, provision_id, document, provision))
        return resolved

    def missing(self, corpus: Corpus) -> list[ResolvedRef]:
        """The items whose provision (or whole document) the corpus no longer has."""
        return [item for item in self.resolve(corpus) if item.missing]

    def groups(self, corpus: Corpus) -> list[tuple[str, list[ResolvedRef]]]:
        """Consecutive items of the same document, as the Selection panel groups them."""
        groups: list[tuple[str, list[ResolvedRef]]] = []
        for item in self.resolve(corpus):
            if not groups or groups[-1][0] != item.doc_id:
                groups.append((item.doc_id, []))
            groups[-1][1].append(item)
        return groups

    # -- files -----------------------------------------------------------------------------
    def to_json(self, corpus: Corpus | None = None) -> dict:
        """The file's content; with a corpus each item also carries its short citation
        (informative only, for a colleague reading the file)."""
        items = []
        for doc_id, provision_id in self._items:
            item = {"doc": doc_id, "provision": provision_id}
            document = corpus.get(doc_id) if corpus is not None else None
            provision = document.provision(provision_id) if document is not None else None
            if document is not None and provision is not None:
                from ictviewer.export.citation import short_cite

                item["cite"] = short_cite(document, provision)
            items.append(item)
        return {
            "format": FORMAT,
            "version": VERSION,
            "order": "custom" if self.custom_order else "document",
            "items": items,
        }

    @classmethod
    def from_json(
        cls, data: object, corpus: Corpus | None = None, source: str = "<selection>"
    ) -> Selection:
        refs, custom = _parse(data, source)
        selection = cls(refs)
        selection._corpus = corpus
        selection.custom_order = custom
        if corpus is not None and not custom:
            selection._items.sort(key=sort_key(corpus))
        return selection

    def save(self, path: str | os.PathLike[str], corpus: Corpus | None = None) -> None:
        """Write the selection atomically: a temporary file, then `os.replace`."""
        text = json.dumps(self.to_json(corpus), ensure_ascii=False, indent=2) + "\n"
        write_atomically(Path(path), text)

    @classmethod
    def load(cls, path: str | os.PathLike[str], corpus: Corpus | None = None) -> Selection:
        """Read a selection file; a corrupt one raises `SelectionFileError`.

        A missing file raises `FileNotFoundError` (an empty selection is the
        caller's choice, not a corrupt file).
        """
        path = Path(path)
        try:
            raw = path.read_bytes()
        except IsADirectoryError as error:
            raise SelectionFileError(path, "it is a folder") from error
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as error:
            raise SelectionFileError(path, f"not UTF-8 text ({error.reason})") from error
        except json.JSONDecodeError as error:
            raise SelectionFileError(
                path, f"not JSON (line {error.lineno}, column {error.colno}: {error.msg})"
            ) from error
        return cls.from_json(data, corpus, source=str(path))


def _ref(ref: object) -> Ref:
    if (
        isinstance(ref, tuple | list)
        and len(ref) == 2
        and all(isinstance(part, str) and part for part in ref)
    ):
        return (ref[0], ref[1])
    raise TypeError(f"a selection item is a (doc_id, provision_id) pair of strings, not {ref!r}")


def _parse(data: object, source: str) -> tuple[list[Ref], bool]:
    if not isinstance(data, dict):
        raise SelectionFileError(source, "expected a JSON object at the top")
    if data.get("format") != FORMAT:
        raise SelectionFileError(source, f'"format" must be "{FORMAT}"')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SelectionFileError(source, '"version" must be an integer')
    if version > VERSION:
        raise SelectionFileError(
            source, f"version {version} was written by a newer ictviewer (this one reads {VERSION})"
        )
    if version < 1:
        raise SelectionFileError(source, f"unknown version {version}")
    order = data.get("order", "document")
    if order not in ("document", "custom"):
        raise SelectionFileError(source, '"order" must be "document" or "custom"')
    items = data.get("items")
    if not isinstance(items, list):
        raise SelectionFileError(source, '"items" must be a list')
    refs: list[Ref] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise SelectionFileError(source, f"item {number} is not an object")
        doc_id, provision_id = item.get("doc"), item.get("provision")
        if not (isinstance(doc_id, str) and doc_id and isinstance(provision_id, str)):
            raise SelectionFileError(
                source, f'item {number} needs "doc" and "provision" as non-empty strings'
            )
        if not provision_id:
            raise SelectionFileError(source, f'item {number} has an empty "provision"')
        refs.append((doc_id, provision_id))
    return refs, order == "custom"
