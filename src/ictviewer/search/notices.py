"""What the index tells its user about itself (rebuilt, updated, in memory), by code.

A notice is shown by the command line in English and by the window in the
interface's language. So the core does not hand out a sentence but a `Notice`:
a code of `TEXTS` and the words it names (a count, a folder, a nested notice
for the cause). `str(notice)` is the English of `SearchIndex.notice`; the
window words the same code through its catalogue (`ui/search/notices.py`),
and falls back to this English for a code it does not know.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The English of every notice; "{0}", "{1}": its `args` in order.
TEXTS = {
    "updated": "Index updated: the corpus changed ({0} documents re-indexed).",
    "updated-one": "Index updated: the corpus changed (1 document re-indexed).",
    "rebuilt-corpus": "Index rebuilt: the corpus changed.",
    "rebuilt-lexicon": "Index rebuilt: the concept lexicon changed.",
    "rebuilt-version": "Index rebuilt for this version of ictviewer (its search changed).",
    "damaged": "The search index was damaged and has been rebuilt.",
    "in-memory": (
        "Cannot keep the index on disk: {0}; using an in-memory index "
        "(search works, but the index is rebuilt at every start)."
    ),
    "unreadable": "The index in {0} could not be read back; using an in-memory index.",
    # why the index cannot be kept on disk: the {0} of "in-memory"
    "disk-full": "the disk holding {0} is full (free some space)",
    "file-size": "a file-size limit stopped the index being written in {0} (see `ulimit -f`)",
    "is-a-file": "{0} is a file, not a folder (remove or rename it)",
    "read-only": "{0} is on a read-only file system",
    "not-writable": "cache folder {0} is not writable ({1})",
    "not-ours": "{0} belongs to another user; set ICTVIEWER_CACHE to a folder of your own",
}


@dataclass(frozen=True)
class Notice:
    """One notice: `code` of `TEXTS`, `args` what it names (text, numbers, a Notice)."""

    code: str
    args: tuple[object, ...] = ()

    def __str__(self) -> str:
        return TEXTS[self.code].format(*(str(arg) for arg in self.args))


def updated(documents: int) -> Notice:
    """An index updated in place: `documents` documents were indexed again."""
    return Notice("updated-one") if documents == 1 else Notice("updated", (documents,))
