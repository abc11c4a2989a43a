"""The search's filter row: organisation, document, language and a date range.

Its own widget so the search panel is about the query and its answers; it
says `changed` when a filter that can be searched with changes (a half-typed
date is not searched), and gives the chosen values as plain strings.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, QSignalBlocker, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from ictviewer.corpus.model import Corpus
from ictviewer.ui.elided import ElidingComboBox
from ictviewer.ui.labels import language_name

DATE_PATTERN = QRegularExpression(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
KEYS = ("organisation", "document", "language", "date_from", "date_to")


class SearchFilters(QWidget):
    """Two rows of filters under the search box; `values()` for a request."""

    changed = Signal()

    def __init__(self, corpus: Corpus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = self._combo(
            self.tr("Organisation"), self.tr("Any organisation"),
            [(name, name) for name in corpus.organisations()],
        )  # fmt: skip
        self.document = self._combo(
            self.tr("Document"), self.tr("Any document"), [(d.short_title, d.id) for d in corpus]
        )
        self.language = self._combo(
            self.tr("Language"), self.tr("Any language"),
            [(language_name(code), code) for code in corpus.languages()],
        )  # fmt: skip
        self.date_from = self._date(self.tr("Dated from"), self.tr("from date"))
        self.date_to = self._date(self.tr("Dated up to"), self.tr("to date"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.organisation, 0, 0)
        grid.addWidget(self.document, 0, 1)
        grid.addWidget(self.language, 1, 0)
        dates = QHBoxLayout()
        dates.setSpacing(4)
        dates.addWidget(self.date_from, 1)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.date_to, 1)
        grid.addLayout(dates, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def widgets(self) -> list[QWidget]:
        """In tab order."""
        return [self.organisation, self.document, self.language, self.date_from, self.date_to]

    def values(self) -> dict[str, str | None]:
        """The chosen filters (None for "any", and for a date not yet valid)."""
        return {
            "organisation": self.organisation.currentData() or None,
            "doc_id": self.document.currentData() or None,
            "lang": self.language.currentData() or None,
            "date_from": _iso(self.date_from),
            "date_to": _iso(self.date_to),
        }

    def describe(self) -> list[str]:
        """The filters in force, as the user sees them ("CSTO", "Russian", "from 2020"), so
        an empty result can say what narrowed it."""
        named = [
            combo.currentText()
            for combo in (self.organisation, self.document, self.language)
            if combo.currentData()
        ]
        if (start := _iso(self.date_from)) is not None:
            named.append(self.tr("from {0}").format(start))
        if (end := _iso(self.date_to)) is not None:
            named.append(self.tr("up to {0}").format(end))
        return named

    def state(self) -> dict[str, str]:
        """As the settings keep it (`search/organisation`, ...)."""
        values = self.values()
        return {
            "search/organisation": values["organisation"] or "",
            "search/document": values["doc_id"] or "",
            "search/language": values["lang"] or "",
            "search/date_from": values["date_from"] or "",
            "search/date_to": values["date_to"] or "",
        }

    def restore(self, state: dict[str, str]) -> None:
        """Bring back `state()` without announcing each change (the panel searches once)."""
        blockers = [QSignalBlocker(widget) for widget in self.widgets()]
        for combo, key in (
            (self.organisation, "search/organisation"),
            (self.document, "search/document"),
            (self.language, "search/language"),
        ):
            combo.setCurrentIndex(max(combo.findData(state.get(key, "")), 0))
        for edit, key in ((self.date_from, "search/date_from"), (self.date_to, "search/date_to")):
            edit.setText(state.get(key, ""))
        del blockers

    # -- building ----------------------------------------------------------------------------

    def _combo(self, name: str, any_text: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = ElidingComboBox(self, name)
        combo.setAccessibleName(name)
        combo.addItem(any_text, "")
        for text, data in items:
            combo.addItem(text, data)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _date(self, name: str, placeholder: str) -> QLineEdit:
        """A date bound as precise as the user knows it: 2022, 2022-10 or 2022-10-13."""
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setToolTip(
            self.tr("{0}: a year (2022), a month (2022-10) or a day (2022-10-13)").format(name)
        )
        edit.setPlaceholderText(placeholder)
        edit.setValidator(QRegularExpressionValidator(DATE_PATTERN, edit))
        edit.setClearButtonEnabled(True)
        edit.setMaxLength(10)
        edit.setMinimumWidth(60)
        edit.textEdited.connect(self._date_edited)
        return edit

    def _date_edited(self, _text: str) -> None:
        if all(e.hasAcceptableInput() or not e.text() for e in (self.date_from, self.date_to)):
            self.changed.emit()


def _iso(edit: QLineEdit) -> str | None:
    return edit.text() if edit.text() and edit.hasAcceptableInput() else None
