"""The search index's state in the status bar: a progress bar while it builds, then a line.

The index is built or opened off the GUI thread (`IndexService`); this widget
only shows what that service reports, and keeps the one-line state the About
box quotes ("ready, ~/.cache/…", "unavailable (…)").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ictviewer.ui.search.notices import index_notice


class IndexStatus(QWidget):
    """Progress while the index builds; where it lives once ready; why it is unavailable."""

    notice = Signal(str, int)  # a message worth the status line (e.g. a rebuilt index), ms

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = self.tr("not ready")
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Index build progress"))
        self.progress.hide()
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Search index state"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.label)

    def preparing(self) -> None:
        self.state = self.tr("building…")
        self.label.setText(self.tr("Search index: preparing…"))
        self.progress.setRange(0, 0)
        self.progress.show()

    def building(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.label.setText(self.tr("Building the search index… {0} of {1}").format(done, total))

    def ready(self, index, provisions: int) -> None:
        self.progress.hide()
        if getattr(index, "in_memory", False):
            self.state = self.tr("ready, in memory")
        else:
            location = _home_relative(str(index.location))
            self.state = self.tr("ready, {0}").format(location)
        message = index_notice(index)
        # The status bar speaks to readers; where the index lives is for Help ▸ About.
        self.label.setText(self.tr("Search ready: {0} provisions").format(provisions))
        self.label.setToolTip(message or self.tr("Every document can be searched (Ctrl+K)"))
        if message:
            self.notice.emit(message, 15000)

    def failed(self, message: str) -> None:
        self.progress.hide()
        self.state = self.tr("unavailable ({0})").format(message)
        self.label.setText(self.tr("Search unavailable: {0}").format(message))


def _home_relative(path: str) -> str:
    home = str(Path.home())
    return "~" + path[len(home) :] if home != "/" and path.startswith(home + "/") else path
