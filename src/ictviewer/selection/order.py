"""Where provisions go in a selection: the sensible order and placing new items in it.

Kept apart from the `Selection` class because both the class and the merge of
two windows' changes (`sharing.py`) place items, and because placing must
stay linear: the first version looked the corpus up and scanned the list once
per new item, so adding 10,000 provisions took 17 s. Here the corpus ranks
are computed once per corpus and a batch of new items is placed in one pass.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence

from ictviewer.corpus.model import Corpus

Ref = tuple[str, str]
SortKey = Callable[[Ref], tuple]


def sort_key(corpus: Corpus) -> SortKey:
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


def place_in_custom_order(items: Sequence[Ref], new: Iterable[Ref], key: SortKey) -> list[Ref]:
    """`items` (a hand-made order) with the `new` refs (none already in it) placed.

    The rules are those of adding the new items one by one: an item joins the
    other items of its document (in document order if those still are, else
    after them, in the order given); an item of a new document goes before the
    first item whose document sorts after its own. Computed in one pass over
    `items`: the "first item that sorts after" is found by bisecting the
    running maximum of the document keys, which only grows.
    """
    runs: dict[str, list[int]] = {}
    for index, ref in enumerate(items):
        runs.setdefault(ref[0], []).append(index)
    before: dict[int, list[Ref]] = {}  # insert these before items[index] (len(items): at the end)
    # New documents go before items[index] and before its document's new items: that
    # document sorts after theirs.
    documents_before: dict[int, list[Ref]] = {}
    after: dict[int, list[Ref]] = {}  # insert these after items[index]
    new_documents: dict[str, list[Ref]] = {}
    by_document: dict[str, list[Ref]] = {}
    for ref in new:
        by_document.setdefault(ref[0], []).append(ref)
    for doc_id, refs in by_document.items():
        run = runs.get(doc_id)
        if run is None:
            new_documents[doc_id] = refs
            continue
        existing = [items[i] for i in run]
        if existing != sorted(existing, key=key):
            after.setdefault(run[-1], []).extend(refs)
            continue
        # A sorted run stays sorted: merge, each new item before the first one after it.
        keys = [key(ref) for ref in existing]
        for ref in sorted(refs, key=key):
            slot = bisect.bisect_right(keys, key(ref))
            if slot < len(run):
                before.setdefault(run[slot], []).append(ref)
            else:
                after.setdefault(run[-1], []).append(ref)
    if new_documents:
        running: list[tuple] = []
        for ref in items:
            document = key(ref)[:2]
            running.append(document if not running or document > running[-1] else running[-1])
        ordered = sorted(new_documents.values(), key=lambda refs: key(refs[0])[:2])
        for refs in ordered:
            slot = bisect.bisect_right(running, key(refs[0])[:2])
            documents_before.setdefault(slot, []).extend(sorted(refs, key=key))
    result: list[Ref] = []
    for index, ref in enumerate(items):
        result.extend(documents_before.get(index, ()))
        result.extend(before.get(index, ()))
        result.append(ref)
        result.extend(after.get(index, ()))
    result.extend(documents_before.get(len(items), ()))
    return result
