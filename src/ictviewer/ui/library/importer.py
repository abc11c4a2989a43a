"""Adding, editing and removing the user's own documents from the window.

The flow of File ▸ Add Document… (or a file dropped on the window): the file
is read and split on a `JobQueue` with a progress dialog, because a long PDF
takes seconds and the window must not freeze; the draft then opens in the
review dialog, and only Save writes (`importing.save_import`). A refusal at
any step is shown in a message box with the core's message, and nothing is
written. Edit Details… and Remove… act on the user's documents only; the core
refuses bundled ones as well, so the rule holds even if a menu were wrong.

Each change ends in `library_changed(doc_id)`: the corpus every feature holds
is immutable, so the composition root rebuilds the window from the reloaded
library and opens `doc_id` (empty after a removal).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ictviewer.corpus.library import is_user_document
from ictviewer.corpus.model import Corpus, Document
from ictviewer.importing import (
    FORMATS,
    Draft,
    ImportRefused,
    prepare_import,
    remove_document,
    save_import,
    update_details,
)
from ictviewer.ui.folders import DialogFolders
from ictviewer.ui.jobs import JobQueue, Ticket, describe
from ictviewer.ui.library.import_dialog import ImportReview
from ictviewer.ui.plain import message_box


def importable(path: str | Path) -> bool:
    """Whether a file's name says it is one of the formats the importer reads."""
    return Path(path).suffix.lower() in FORMATS


def dropped_file(mime: QMimeData) -> str | None:
    """The first local file of an importable format among dropped URLs, else None.

    A URL that is not a local file (a link dragged from a browser) is refused:
    the program is offline and never fetches anything.
    """
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and importable(url.toLocalFile()):
            return url.toLocalFile()
    return None


class ImportFlow(QObject):
    """Runs the import, edit and remove commands; its dialogs are centred on `dialog_parent`."""

    library_changed = Signal(str)  # the doc id to open, "" when none
    review_opened = Signal(object)  # the ImportReview, once it shows (tests drive it)

    def __init__(
        self,
        corpus: Corpus,
        dialog_parent: QWidget,
        *,
        bundled: str | Path | None = None,
        user: str | Path | None = None,
    ) -> None:
        super().__init__(dialog_parent)
        self.corpus = corpus
        self._parent = dialog_parent
        self._bundled, self._user = bundled, user
        self.jobs = JobQueue(self)
        self.jobs.finished.connect(self._prepared)
        self.jobs.failed.connect(self._failed)
        self.jobs.cancelled.connect(lambda *_: self._close_progress())
        self._ticket: Ticket | None = None
        self._generation = 0
        self.progress: QProgressDialog | None = None
        self.review: ImportReview | None = None
        self.box: QMessageBox | None = None
        self._saved = ""  # the id the open review saved, read when it closes
        self.folders = DialogFolders()  # where Add Document starts (the window's: settings)

    # -- add ---------------------------------------------------------------------------------

    def choose_file(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in FORMATS)
        # The folder last used, else Documents: never the directory the program was
        # started from, which is where a file chooser given "" opens.
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Add Document"),
            self.folders.open_start(),
            self.tr("Documents ({0});;All files (*)").format(patterns),
        )
        if path:
            self.folders.opened(path)
            self.import_file(path)

    def import_file(self, path: str | Path) -> None:
        """Read and split `path` off the GUI thread, then open the review (nothing saved yet)."""
        if self._ticket is not None or self.review is not None:
            self._tell(self.tr("One document at a time: finish the import under way first."))
            return
        path = Path(path)
        self._generation += 1
        bundled, user = self._bundled, self._user

        def work(_report, _cancelled) -> Draft | ImportRefused:
            # replace=True: a file imported before is reviewed again, and the review says so.
            # A refusal is an answer, not a failure of the job: it is returned, not raised,
            # so it is shown to the user without a traceback in the log.
            try:
                return prepare_import(path, replace=True, bundled=bundled, user=user)
            except ImportRefused as refusal:
                return refusal

        self._ticket = self.jobs.submit("import", work, self._generation)
        self.progress = QProgressDialog(
            self.tr("Reading {0}…").format(path.name), self.tr("Cancel"), 0, 0, self._parent
        )
        self.progress.setWindowTitle(self.tr("Add Document"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(self._cancel)

    @property
    def busy(self) -> bool:
        return self._ticket is not None

    def _cancel(self) -> None:
        if self._ticket is not None:
            self._ticket.cancel()  # the reading finishes, but its draft is dropped
            self._ticket = None
        self._close_progress()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _prepared(self, kind: str, generation: int, draft: Draft | ImportRefused) -> None:
        if kind != "import" or generation != self._generation or self._ticket is None:
            return
        self._ticket = None
        self._close_progress()
        if isinstance(draft, ImportRefused):
            self._tell(str(draft), QMessageBox.Icon.Warning, self.tr("Cannot add the document"))
            return
        notice = ""
        if draft.replaces:
            notice = self.tr(
                "This file is already in your library as “{0}”: saving replaces that document."
            ).format(draft.replaces)
        review = ImportReview(
            draft.details(),
            draft.provisions(),
            draft.warnings,
            title=self.tr("Add Document: {0}").format(draft.file_name),
            notice=notice,
            check=lambda changed, provisions: self._save(draft, changed, provisions),
            parent=self._parent,
        )
        review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        review.finished.connect(self._review_closed)
        self.review = review
        review.open()
        self.review_opened.emit(review)

    def _save(self, draft: Draft, changed: dict, provisions: list[dict]) -> None:
        """Save from the review; a refusal raises, and the review stays open to say why."""
        reviewed = draft.with_changes(changed, provisions)
        result = save_import(reviewed, bundled=self._bundled, user=self._user)
        self._saved = result.id

    def _review_closed(self, code: int) -> None:
        self.review = None
        saved, self._saved = self._saved, ""
        if code == ImportReview.DialogCode.Accepted and saved:
            self.library_changed.emit(saved)

    def _failed(self, kind: str, generation: int, error: object) -> None:
        if kind != "import" or generation != self._generation or self._ticket is None:
            return
        self._ticket = None
        self._close_progress()
        self._tell(describe(error), QMessageBox.Icon.Warning, self.tr("Cannot add the document"))

    # -- edit, remove ------------------------------------------------------------------------

    def user_document(self, doc_id: str) -> Document | None:
        """The user's document `doc_id`, or None (unknown or bundled)."""
        document = self.corpus.get(doc_id) if doc_id else None
        return document if document is not None and is_user_document(document) else None

    def edit(self, doc_id: str) -> None:
        """Edit Details…: the review dialog on a saved document, labels editable, ids kept."""
        document = self.user_document(doc_id)
        if document is None or self.review is not None:
            return
        provisions = [
            {"id": p.id, "label": p.label, "section": p.section, "text": p.text}
            for p in document.provisions
        ]

        def check(changed: dict, _provisions: list[dict]) -> None:
            labels = {pid: label for pid, label in review.labels().items()
                      if label != original[pid]}  # fmt: skip
            if not changed and not labels:
                return  # nothing to write, and no reason to rebuild the window
            update_details(
                doc_id, {**changed, "labels": labels}, bundled=self._bundled, user=self._user
            )
            self._saved = doc_id

        original = {p["id"]: p["label"] for p in provisions}
        review = ImportReview(
            details_of(document),
            provisions,
            (),
            title=self.tr("Edit Details: {0}").format(document.short_title),
            structure_editable=False,
            check=check,
            parent=self._parent,
        )
        review.warnings_heading.setText(self.tr("How it was imported:"))
        review.warnings_view.setPlainText(document.source.note)
        review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        review.finished.connect(self._review_closed)
        self.review = review
        review.open()
        self.review_opened.emit(review)

    def remove(self, doc_id: str) -> None:
        """Remove…: after a confirmation naming the document, delete the user's file."""
        document = self.user_document(doc_id)
        if document is None:
            return
        box = message_box(
            QMessageBox.Icon.Question,
            self.tr("Remove Document"),
            self.tr("Remove “{0}” from your library?").format(document.short_title),
            self._parent,
            informative=self.tr(
                "Its copy in your library ({0}) is deleted; the file you imported it from is "
                "not touched."
            ).format(document.path),
            buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Remove"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda code: self._confirmed_removal(doc_id, code))
        self.box = box
        box.open()

    def _confirmed_removal(self, doc_id: str, code: int) -> None:
        self.box = None
        if code != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_document(doc_id, bundled=self._bundled, user=self._user)
        except (ImportRefused, OSError) as error:
            self._tell(describe(error), QMessageBox.Icon.Warning, self.tr("Cannot remove"))
            return
        self.library_changed.emit("")

    def _tell(self, text: str, icon=QMessageBox.Icon.Information, title: str = "") -> None:
        box = message_box(icon, title or self.tr("Add Document"), text, self._parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: setattr(self, "box", None))
        self.box = box
        box.open()

    def shutdown(self) -> None:
        self._cancel()
        self.jobs.shutdown()


def details_of(document: Document) -> dict[str, str]:
    """A saved document's metadata as the review form's text (keys of `importing.DETAILS`)."""
    start, precision = document.date.start, document.date.precision
    date = {"day": start.isoformat(), "month": start.strftime("%Y-%m"), "year": str(start.year)}
    return {
        "title": document.title,
        "short_title": document.short_title,
        "organisation": document.organisation,
        "kind": document.kind,
        "date": date.get(precision, start.isoformat()),
        "date_precision": precision,
        "place": document.place,
        "language": document.languages[0],
    }
