"""The bar above a comparison: its page, its commands and a one-line summary.

It is a `QToolBar`, like the reader's commands, so on a narrow window (half a
1366 px laptop screen beside a draft) what does not fit goes to the » menu
instead of being cut off. The summary elides and carries its full text as a
tooltip for the same reason. The bar owns no comparison: the view sets its
state and listens to its signals.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QToolBar,
    QToolButton,
    QWidget,
)

from ictviewer.compare import Comparison
from ictviewer.ui.elided import ElidedLabel
from ictviewer.ui.i18n import translate

SIDE_BY_SIDE, MATRIX = 0, 1


class CompareToolbar(QFrame):
    """Page (side by side | matrix), swap, scroll in step, changes, legend, focus, summary."""

    page_chosen = Signal(int)  # SIDE_BY_SIDE or MATRIX
    swap_requested = Signal()
    legend_toggled = Signal(bool)
    focus_requested = Signal(bool)  # the user asks the window for (or out of) focus mode

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        row.setSpacing(6)
        self.commands = bar = QToolBar(self.tr("Comparison commands"), self)
        bar.setObjectName("readerCommands")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        self.modes = QButtonGroup(self)
        for mode, text, tip in (
            (SIDE_BY_SIDE, self.tr("Side by side"), self.tr("The two texts, marked up")),
            (MATRIX, self.tr("Concept matrix"), self.tr("Which document mentions which concept")),
        ):
            button = self._button(text, tip, checkable=True)
            button.setChecked(mode == SIDE_BY_SIDE)
            self.modes.addButton(button, mode)
            bar.addWidget(button)
        self.modes.idClicked.connect(self.page_chosen)
        bar.addSeparator()
        swap = self._button(
            self.tr("⇄ Swap"),
            self.tr("Put the left document on the right and the right on the left"),
        )
        swap.clicked.connect(self.swap_requested)
        bar.addWidget(swap)
        self.sync_box = QCheckBox(self.tr("Scroll in &step"), bar)
        self.sync_box.setToolTip(
            self.tr("When one side scrolls, show the aligned provision on the other")
        )
        self.sync_box.setChecked(True)
        bar.addWidget(self.sync_box)
        self.changes_box = QCheckBox(self.tr("Show &changes"), bar)
        self.changes_box.setEnabled(False)
        bar.addWidget(self.changes_box)
        bar.addSeparator()
        self.legend_button = self._button(
            self.tr("Concepts"),
            self.tr("Show or hide the list of concepts beside the texts"),
            checkable=True,
        )
        self.legend_button.setChecked(True)
        self.legend_button.toggled.connect(self.legend_toggled)
        bar.addWidget(self.legend_button)
        self.focus_button = self._button(
            self.tr("Focus"),
            self.tr("Hide the search, the library and the docks: all the width for the texts "
                    "(Ctrl+Shift+M; F11: full screen)"),
            checkable=True,
        )  # fmt: skip
        self.focus_button.setObjectName("focusButton")
        self.focus_button.clicked.connect(self.focus_requested)
        bar.addWidget(self.focus_button)
        self.summary = ElidedLabel(self)
        self.summary.setObjectName("hitCount")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(bar)
        row.addWidget(self.summary, 1)

    def _button(self, text: str, tip: str, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(checkable)
        return button

    def set_page(self, page: int) -> None:
        self.modes.button(page).setChecked(True)

    def set_changes_allowed(self, allowed: bool, reason: str) -> None:
        """Enable "Show changes" for two versions of one text; otherwise say why not."""
        if not allowed and self.changes_box.isChecked():
            self.changes_box.setChecked(False)
        self.changes_box.setEnabled(allowed)
        self.changes_box.setToolTip(reason)

    def set_legend_checked(self, shown: bool) -> None:
        """The legend was shown or hidden (by the width, too): the button says so."""
        with QSignalBlocker(self.legend_button):
            self.legend_button.setChecked(shown)

    def set_focus_checked(self, on: bool) -> None:
        """Mirror the window's focus mode (the window, not this bar, owns it)."""
        self.focus_button.setChecked(on)


def changes_reason(c: Comparison) -> str:
    """Why "Show changes" is offered for this pair, or why not (its tooltip)."""

    if c.versions:
        return translate(
            "CompareToolbar",
            "Word by word: what the right text deleted (struck through) and inserted "
            "(underlined); the two are versions of one text",
        )
    if c.near_identical:
        return translate(
            "CompareToolbar",
            "Word by word: what the right text deleted and inserted; {0} of {1} provisions "
            "are near-identical, so these look like versions of one text",
        ).format(c.close_pairs, c.shorter_length)
    return translate(
        "CompareToolbar",
        "Not available: changes are shown for two versions of one text. No relation says "
        "these are versions, and only {0} of {1} provisions are near-identical.",
    ).format(c.close_pairs, c.shorter_length)
