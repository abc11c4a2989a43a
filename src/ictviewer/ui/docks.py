"""What the window's feature docks share: a first size, a status line, showing on request.

A dock is a feature component: it is handed what it needs (the corpus, the
settings) and talks to the rest of the window only through its signals, which
`MainWindow` connects in one place. This base class holds the two habits every
dock has, so the selection and the timeline docks do not each repeat them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from ictviewer.ui.settings import Settings


class FeatureDock(QDockWidget):
    """A dock that opens at a sensible size the first time and reports to the status bar."""

    status_message = Signal(str, int)  # text, milliseconds to show it

    def __init__(
        self,
        title: str,
        object_name: str,
        settings: Settings,
        first_size: tuple[Qt.Orientation, float, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(object_name)  # so QMainWindow.saveState keeps it
        self.settings = settings
        self._first_size = first_size  # orientation, fraction of the window, minimum pixels
        self._sized = False
        self.visibilityChanged.connect(self._size_once)

    def present(self) -> None:
        """Show the dock and bring it to the front of its tab group."""
        self.show()
        self.raise_()

    def _size_once(self, visible: bool) -> None:
        """The first time in a new window, a share of it rather than Qt's sliver or half."""
        if not visible or self._sized:
            return
        self._sized = True
        window = self.parentWidget()
        if self.settings.get("window/state") or not isinstance(window, QMainWindow):
            return  # the user's own layout is restored instead
        orientation, fraction, minimum = self._first_size
        extent = window.width() if orientation == Qt.Orientation.Horizontal else window.height()
        window.resizeDocks([self], [max(minimum, int(extent * fraction))], orientation)
