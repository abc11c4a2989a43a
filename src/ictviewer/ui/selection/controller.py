"""The window's one selection: the core `Selection`, kept on disk after every change.

`SelectionController` is what the reader, the search panel and the Selection
panel call (`toggle`, `add_many`, `remove`, ...); they never touch the file.
Every change is written atomically to `selection.default_path()` (the user
data dir, or `ICTVIEWER_DATA`), so a crash loses nothing, and merged with what
another window saved there meanwhile (`selection.save_merged`), so two windows
never drop each other's picks. A file that cannot be read (corrupt, nested too
deeply, a device) is moved aside to ``<name>.corrupt-<timestamp>.json`` and the
reason is kept in `notice` and sent with `notice_posted`; the program never
fails because of it. Provisions the corpus no longer has stay selected and flagged.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ictviewer import selection as core
from ictviewer.corpus.model import Corpus
from ictviewer.selection import Ref, ResolvedRef, Selection, SelectionFileError

log = logging.getLogger(__name__)


class SelectionController(QObject):
    """Owns the selection for the window; emits `changed` after every change."""

    changed = Signal()
    # The documents whose selected provisions changed (not mere reordering): a reader
    # re-renders its checkboxes only when its own document is in the list.
    documents_changed = Signal(list)
    # A message for the user (a file moved aside, a save that failed); also kept in `notice`.
    notice_posted = Signal(str)

    def __init__(
        self, corpus: Corpus, path: str | os.PathLike[str] | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.path = Path(path) if path is not None else core.default_path()
        self.notice = ""
        self._persist = True
        self._save_failed = False
        self._saving = False  # a merge brought in another window's picks: do not save again
        self._selection = self._load_saved()
        self._unsubscribe = self._selection.subscribe(self._on_change)
        self._members = self._membership()

    # -- reading ---------------------------------------------------------------------------

    @property
    def selection(self) -> Selection:
        """The core object (read it; change it through the controller's methods)."""
        return self._selection

    def __len__(self) -> int:
        return len(self._selection)

    def __bool__(self) -> bool:
        return True  # a controller is always there, even with nothing selected

    def refs(self) -> list[Ref]:
        """The selected ``(doc_id, provision_id)`` pairs, in the panel's order."""
        return self._selection.items

    def contains(self, doc_id: str, provision_id: str) -> bool:
        return self._selection.contains(doc_id, provision_id)

    def selected_in(self, doc_id: str) -> set[str]:
        """The ids of the selected provisions of one document (for a reader's checkboxes)."""
        return {pid for d, pid in self._selection if d == doc_id}

    def document_ids(self) -> list[str]:
        return self._selection.document_ids()

    def resolved(self) -> list[ResolvedRef]:
        return self._selection.resolve(self.corpus)

    def missing(self) -> list[ResolvedRef]:
        """Selected provisions (or documents) that the corpus no longer has."""
        return self._selection.missing(self.corpus)

    def groups(self) -> list[tuple[str, list[ResolvedRef]]]:
        return self._selection.groups(self.corpus)

    @property
    def custom_order(self) -> bool:
        return self._selection.custom_order

    # -- changing --------------------------------------------------------------------------

    def toggle(self, doc_id: str, provision_id: str) -> bool:
        """Select or deselect one provision; returns whether it is now selected."""
        return self._selection.toggle(doc_id, provision_id)

    def add(self, doc_id: str, provision_id: str) -> bool:
        return self._selection.add(doc_id, provision_id)

    def add_many(self, refs: Iterable[Ref]) -> int:
        """Select several provisions at once (one change, one save); returns how many were new."""
        return self._selection.add_many(refs)

    def remove(self, refs: Iterable[Ref]) -> int:
        """Deselect several provisions at once; returns how many were selected."""
        return self._selection.remove_many(refs)

    def toggle_all(self, refs: Iterable[Ref]) -> bool:
        """ "Select all in section": select every one of `refs`, or, when all of them are
        selected already, deselect them all. Returns whether they are now selected."""
        refs = list(refs)
        if refs and all(self._selection.contains(*ref) for ref in refs):
            self._selection.remove_many(refs)
            return False
        self._selection.add_many(refs)
        return True

    def clear(self) -> None:
        self._selection.clear()

    def reorder(self, refs: Iterable[Ref]) -> None:
        """Adopt a new order (a permutation of the selected items)."""
        self._selection.reorder(refs)

    def sort(self) -> None:
        """Back to the sensible order: document date, then document order."""
        self._selection.sort(self.corpus)

    def shift(self, refs: Iterable[Ref], step: int) -> bool:
        """Move `refs` one place up (step < 0) or down within their document's group.

        Items never leave their group; an item already at the edge stays. Returns
        whether anything moved.
        """
        items = self._selection.items
        chosen = set(refs)
        order = range(1, len(items)) if step < 0 else range(len(items) - 2, -1, -1)
        other = -1 if step < 0 else 1
        for i in order:
            j = i + other
            if items[i] in chosen and items[j] not in chosen and items[j][0] == items[i][0]:
                items[i], items[j] = items[j], items[i]
        if items == self._selection.items:
            return False
        self._selection.reorder(items)
        return True

    def shift_document(self, doc_id: str, step: int) -> bool:
        """Move a document's whole group above (step < 0) or below its neighbour group."""
        runs: list[list[Ref]] = []
        for ref in self._selection:
            if runs and runs[-1][0][0] == ref[0]:
                runs[-1].append(ref)
            else:
                runs.append([ref])
        index = next((i for i, run in enumerate(runs) if run[0][0] == doc_id), None)
        if index is None:
            return False
        other = index + (-1 if step < 0 else 1)
        if not 0 <= other < len(runs):
            return False
        runs[index], runs[other] = runs[other], runs[index]
        self._selection.reorder([ref for run in runs for ref in run])
        return True

    # -- sharing ---------------------------------------------------------------------------

    def save_as(self, path: str | os.PathLike[str]) -> None:
        """Write the selection to a file a colleague can load (atomically). Raises OSError."""
        self._selection.save(path, self.corpus)

    def load_from(self, path: str | os.PathLike[str], replace: bool = True) -> int:
        """Load a shared selection file, replacing the selection or adding to it.

        Returns how many provisions it added. A file that is not a selection raises
        `SelectionFileError` (and nothing changes); an unreadable one raises OSError.
        """
        loaded = Selection.load(path, self.corpus)
        if not replace:
            return self._selection.add_many(loaded.items)
        before = set(self._selection.items)
        # The window's own file is still the one saved to: keep its merge base, so the
        # replaced items count as removed here rather than as removed by another window.
        loaded.synced = self._selection.synced
        self._unsubscribe()
        self._selection = loaded
        self._unsubscribe = loaded.subscribe(self._on_change)
        self._on_change()
        return len(set(loaded.items) - before)

    # -- persistence -----------------------------------------------------------------------

    def _load_saved(self) -> Selection:
        path = self.path
        try:
            return Selection.load(path, self.corpus)
        except FileNotFoundError:
            return Selection(corpus=self.corpus)
        except (SelectionFileError, RecursionError, ValueError) as error:
            # SelectionFileError covers every known bad file; the others are a safety net,
            # since a saved selection that raises here would stop the window on every start.
            reason = getattr(error, "reason", None) or str(error)[:200] or type(error).__name__
            backup = self._move_aside(path)
            if backup is None:
                self._persist = False  # do not overwrite what could not be kept
                text = self.tr(
                    "The saved selection in {0} could not be read ({1}) nor moved aside; "
                    "changes to the selection will not be saved in this session."
                ).format(path, reason)
            else:
                text = self.tr(
                    "The saved selection could not be read ({0}). It was kept as {1}; "
                    "a new, empty selection was started."
                ).format(reason, backup)
            self._post(text)
        except OSError as error:
            if not path.exists():  # e.g. a file where a folder should be: saving will say so
                return Selection(corpus=self.corpus)
            self._persist = False  # do not overwrite a file that could not be read
            text = self.tr(
                "The saved selection in {0} could not be read ({1}); changes to the "
                "selection will not be saved in this session."
            ).format(path, error.strerror or error)
            self._post(text)
        return Selection(corpus=self.corpus)

    @staticmethod
    def _move_aside(path: Path) -> Path | None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        suffix = path.suffix or ".json"
        for number in range(1, 100):
            extra = "" if number == 1 else f"-{number}"
            backup = path.with_name(f"{path.stem}.corrupt-{stamp}{extra}{suffix}")
            if backup.exists():
                continue
            try:
                os.replace(path, backup)
            except OSError:
                log.warning("cannot move %s aside", path, exc_info=True)
                return None
            return backup
        return None

    def _membership(self) -> dict[str, frozenset[str]]:
        members: dict[str, set[str]] = {}
        for doc_id, provision_id in self._selection:
            members.setdefault(doc_id, set()).add(provision_id)
        return {doc_id: frozenset(ids) for doc_id, ids in members.items()}

    def _on_change(self) -> None:
        self._save()
        members = self._membership()
        touched = [
            doc_id
            for doc_id in dict.fromkeys([*self._members, *members])
            if self._members.get(doc_id) != members.get(doc_id)
        ]
        self._members = members
        self.changed.emit()
        if touched:
            self.documents_changed.emit(touched)

    def _save(self) -> None:
        if not self._persist or self._saving:
            return
        self._saving = True
        try:
            core.save_merged(self._selection, self.path, self.corpus)
        except (OSError, ValueError) as error:  # ValueError: text no file can hold
            log.warning("cannot save the selection to %s", self.path, exc_info=True)
            if not self._save_failed:  # say it once, not on every click
                self._save_failed = True
                self._post(
                    self.tr("The selection could not be saved to {0}: {1}").format(
                        self.path, getattr(error, "strerror", None) or error
                    )
                )
            return
        finally:
            self._saving = False
        self._save_failed = False

    def _post(self, text: str) -> None:
        log.warning("%s", text)
        self.notice = text
        self.notice_posted.emit(text)
