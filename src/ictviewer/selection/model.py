"""The delegate's selection: an ordered list of provisions to quote, print or send.

Plain Python (no Qt): the Selection panel wraps it in a model and listens to it,
the exporter reads it, and `file.py` carries it between sessions and between
colleagues. A reference is a plain ``(doc_id, provision_id)`` tuple, so a
selection survives corpus updates: `resolve` flags references whose document or
provision has gone instead of dropping them.

Membership is a set beside the ordered list and the corpus ranks are computed
once per corpus: with list scans, reading 100,000 items took 150 s.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ictviewer.corpus.model import Corpus, Document, Provision
from ictviewer.selection import file as selection_file
from ictviewer.selection.order import Ref, SortKey, place_in_custom_order, sort_key


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


def _lookup(corpus: Corpus) -> tuple[dict[str, Document], dict[Ref, Provision]]:
    """Documents by id and provisions by reference, built once for a pass over many items
    (`Corpus.get` and `Document.provision` scan)."""
    documents = {d.id: d for d in corpus.documents}
    provisions = {(d.id, p.id): p for d in corpus.documents for p in d.provisions}
    return documents, provisions


class Selection:
    """An ordered, duplicate-free list of ``(doc_id, provision_id)`` references.

    With a `corpus`, new items go to their sensible place (document date, then
    document order) until the user reorders by hand (`move`, `reorder`); from
    then on the user's order is kept: a new item joins the other items of its
    document (in document order if those still are, else after them), a new
    document goes before the first document that sorts after it, and `sort()`
    restores the sensible order. Without a corpus new items are appended.
    Listeners registered with `subscribe` are called after every change.

    `synced` is the set of items last read from or written to the shared file
    (see `sharing.save_merged`): what this window changed since is the
    difference, so two windows' changes can be merged instead of overwritten.
    """

    def __init__(self, refs: Iterable[Ref] = (), corpus: Corpus | None = None) -> None:
        self._items: list[Ref] = []
        self._members: set[Ref] = set()
        self._corpus: Corpus | None = None
        self._key: SortKey | None = None
        self.custom_order = False
        self.synced: frozenset[Ref] = frozenset()
        self._listeners: list[Callable[[], None]] = []
        for ref in refs:
            ref = _ref(ref)
            if ref not in self._members:
                self._members.add(ref)
                self._items.append(ref)
        if corpus is not None:
            self._use_corpus(corpus)
            self._items.sort(key=self._key)

    def _use_corpus(self, corpus: Corpus) -> None:
        if corpus is not self._corpus:
            self._corpus = corpus
            self._key = sort_key(corpus)

    # -- reading ---------------------------------------------------------------------------
    @property
    def items(self) -> list[Ref]:
        return list(self._items)

    @property
    def corpus(self) -> Corpus | None:
        return self._corpus

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Ref]:
        return iter(list(self._items))

    def __contains__(self, ref: object) -> bool:
        return ref in self._members

    def __bool__(self) -> bool:
        return bool(self._items)

    def contains(self, doc_id: str, provision_id: str) -> bool:
        return (doc_id, provision_id) in self._members

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
        added = self._add_quietly(refs)
        if added:
            self._changed()
        return added

    def _add_quietly(self, refs: Iterable[Ref]) -> int:
        """Insert the new ones of `refs` in one pass, without notifying listeners."""
        new: dict[Ref, None] = {}
        for ref in refs:
            ref = _ref(ref)
            if ref not in self._members:
                new[ref] = None
        if not new:
            return 0
        self._members.update(new)
        if self._key is None:
            self._items.extend(new)
        elif self.custom_order:
            self._items = place_in_custom_order(self._items, new, self._key)
        else:
            self._items.extend(new)
            self._items.sort(key=self._key)  # Timsort: two sorted runs merge in linear time
        return len(new)

    def remove(self, doc_id: str, provision_id: str) -> bool:
        """Deselect a provision; False if it was not selected."""
        return self.remove_many([(doc_id, provision_id)]) == 1

    def remove_many(self, refs: Iterable[Ref]) -> int:
        removed = self._remove_quietly(refs)
        if removed:
            self._changed()
        return removed

    def _remove_quietly(self, refs: Iterable[Ref]) -> int:
        gone = {_ref(ref) for ref in refs} & self._members
        if gone:
            self._members -= gone
            self._items = [ref for ref in self._items if ref not in gone]
        return len(gone)

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
            self._members.clear()
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
        if len(new) != len(self._items) or set(new) != self._members:
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
        self._use_corpus(corpus)
        ordered = sorted(self._items, key=self._key)
        self.custom_order = False
        if ordered != self._items:
            self._items = ordered
            self._changed()

    def set_corpus(self, corpus: Corpus) -> None:
        """Use `corpus` to place new items (and to sort, unless the user ordered by hand)."""
        self._use_corpus(corpus)
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
        documents, provisions = _lookup(corpus)
        return [
            ResolvedRef(ref[0], ref[1], documents.get(ref[0]), provisions.get(ref))
            for ref in self._items
        ]

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
        cites: dict[Ref, str] = {}
        if corpus is not None:
            from ictviewer.export.citation import short_cite

            for item in self.resolve(corpus):
                if not item.missing:
                    cites[item.ref] = short_cite(item.document, item.provision)
        return selection_file.to_json(self._items, self.custom_order, cites)

    @classmethod
    def from_data(cls, data: selection_file.SelectionData, corpus: Corpus | None = None):
        """A selection holding a validated file's content (see `file.read`)."""
        selection = cls(data.refs)
        selection.custom_order = data.custom_order
        if corpus is not None:
            selection._use_corpus(corpus)
            if not data.custom_order:
                selection._items.sort(key=selection._key)
        selection.synced = frozenset(selection._members)
        return selection

    @classmethod
    def from_json(
        cls, data: object, corpus: Corpus | None = None, source: str = "<selection>"
    ) -> Selection:
        return cls.from_data(selection_file.parse(data, source), corpus)

    def save(self, path: str | os.PathLike[str], corpus: Corpus | None = None) -> None:
        """Write the selection atomically: a temporary file, then `os.replace`.

        This overwrites the file (a copy for a colleague); the window's own file,
        which other windows may share, is written with `sharing.save_merged`.
        """
        selection_file.write(path, self.to_json(corpus))
        self.synced = frozenset(self._members)

    @classmethod
    def load(cls, path: str | os.PathLike[str], corpus: Corpus | None = None) -> Selection:
        """Read a selection file; a bad one raises `SelectionFileError` and changes nothing.

        A missing file raises `FileNotFoundError` (an empty selection is the
        caller's choice, not a corrupt file).
        """
        return cls.from_data(selection_file.read(path), corpus)


def _ref(ref: object) -> Ref:
    if (
        isinstance(ref, tuple | list)
        and len(ref) == 2
        and all(isinstance(part, str) and part for part in ref)
    ):
        return (ref[0], ref[1])
    raise TypeError(f"a selection item is a (doc_id, provision_id) pair of strings, not {ref!r}")
