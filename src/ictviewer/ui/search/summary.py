"""What the search says about its answer: the count, "did you mean", how the query was read.

Its own widget so the panel is about asking and listing. The count line and its
two toggles (Concepts, Query details) share one row while there is room; in a
narrow pane (a laptop, or the Russian interface's longer words) the toggles move
under the count, because a count squeezed beside them wrapped one word a line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ictviewer.search.results import SearchResults
from ictviewer.ui.plain import escape

# Below this width the count gets a row of its own, the toggles the row under it.
ONE_ROW_WIDTH = 380


class ResultSummary(QWidget):
    """The count, the Concepts and Query details toggles, a suggestion, the details."""

    concepts_toggled = Signal(bool)
    suggestion_chosen = Signal(str)  # the corrected query the user clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = QLabel(self)
        self.count.setObjectName("hitCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)  # may carry an error from a file
        self.count.setWordWrap(True)
        self.count.setAccessibleName(self.tr("Number of hits"))
        self.details_button = self._toggle(
            self.tr("Query details"), self.tr("Show how the query was understood")
        )
        self.details_button.toggled.connect(lambda _on: self.show_details(self._results))
        self.concepts_button = self._toggle(
            self.tr("Concepts"), self.tr("Search concepts across languages")
        )
        self.concepts_button.setChecked(True)
        self.concepts_button.setToolTip(
            self.tr(
                "A query that names a concept also finds the provisions expressing it in "
                "other languages and words (цифровой разрыв → digital divide); the "
                "expansion is listed in the query details"
            )
        )
        self.concepts_button.toggled.connect(self.concepts_toggled)

        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.suggestion.setAccessibleName(self.tr("Did you mean"))
        self.suggestion.linkActivated.connect(self.suggestion_chosen)
        self.suggestion.hide()

        self.details = QLabel(self)
        self.details.setObjectName("queryDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        self._results: SearchResults | None = None

        self.status = QGridLayout()
        self.status.setContentsMargins(0, 0, 0, 0)
        self.status.setHorizontalSpacing(6)
        self.status.setVerticalSpacing(2)
        self._one_row: bool | None = None
        self._place_toggles(one_row=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self.status)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.details)

    def _toggle(self, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("linkButton")
        button.setText(text)
        button.setCheckable(True)
        button.setAccessibleName(name)
        return button

    @property
    def one_row(self) -> bool:
        """Whether the toggles are beside the count (False: under it)."""
        return bool(self._one_row)

    def _place_toggles(self, one_row: bool) -> None:
        if one_row == self._one_row:
            return
        self._one_row = one_row
        for widget in (self.count, self.concepts_button, self.details_button):
            self.status.removeWidget(widget)
        if one_row:
            self.status.addWidget(self.count, 0, 0)
            self.status.addWidget(self.concepts_button, 0, 1)
            self.status.addWidget(self.details_button, 0, 2)
        else:
            self.status.addWidget(self.count, 0, 0, 1, 3)
            self.status.addWidget(self.concepts_button, 1, 1)
            self.status.addWidget(self.details_button, 1, 2)
        self.status.setColumnStretch(0, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_toggles(event.size().width() >= ONE_ROW_WIDTH)

    # -- what is shown -----------------------------------------------------------------------

    def show_suggestion(self, suggestion: str) -> None:
        """ "Did you mean …?" with the correction as a link ("" hides it)."""
        if suggestion:
            link = escape(suggestion)
            self.suggestion.setText(
                self.tr("Did you mean {0}?").format(f'<a href="{link}">{link}</a>')
            )
        self.suggestion.setVisible(bool(suggestion))

    def show_details(self, results: SearchResults | None) -> None:
        """How the query was parsed and expanded, while Query details is on."""
        self._results = results
        if not self.details_button.isChecked() or results is None:
            self.details.hide()
            return
        parsed = self.tr("Parsed as:")  # not inside the f-string: lupdate would not see it
        lines = [f"<b>{escape(parsed)}</b> {escape(results.parsed)}"]
        for term, expansions in results.expanded_terms.items():
            words = ", ".join(escape(word) for word in expansions)
            lines.append(f"<b>{escape(term)}</b> → {words}")
        self.details.setText("<br/>".join(lines))
        self.details.show()
