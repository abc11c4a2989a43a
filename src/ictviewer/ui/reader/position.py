"""The reader's reading position: the provision at the top, kept where the page changes.

A mixin of `ReaderView`. The position is a provision, not a scroll offset: a zoom
changes the page's height, a pane shown or hidden reflows every line, and a
restored session's page has not been laid out yet, so any offset would land
elsewhere. `ReaderView` calls `scroll_to_provision` after a re-render; its page
(`ReaderBrowser`) says `resizing`/`resized` around each resize, and the held
provision is put back at the top once the reflow is done.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer


class KeepsReadingPosition:
    """For a reader with `browser`, `_position_of`, `_scroll_to` and `provision_at_top`."""

    _held = ""  # the provision at the top while the page is resized
    _pending_top = ""  # a restored reading position, for when the page is first shown

    def scroll_to_provision(self, provision_id: str) -> None:
        """Put `provision_id` at the top without moving the cursor (now and once laid out)."""
        position = self._position_of(provision_id)
        if position is not None:
            self._scroll_to(position)
            QTimer.singleShot(0, self.browser, lambda: self._scroll_to(position))

    def restore_top(self, provision_id: str) -> None:
        """The reading position saved by the last session: applied once the page is shown
        (a hidden tab has no layout of its size to scroll in yet)."""
        if self.isVisible():
            self.scroll_to_provision(provision_id)
        else:
            self._pending_top = provision_id

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending_top:
            held, self._pending_top = self._pending_top, ""
            QTimer.singleShot(0, self.browser, lambda: self.scroll_to_provision(held))

    def _hold_top(self) -> None:
        if self.browser.verticalScrollBar().value() > 0:
            self._held = self._held or self.provision_at_top()

    def _restore_top(self) -> None:
        """After a resize, the held provision at the top again, once the page has reflowed."""
        if self._held:
            held = self._held
            self.scroll_to_provision(held)
            QTimer.singleShot(0, self.browser, lambda: self._release(held))

    def _release(self, held: str) -> None:
        if self._held == held:
            self._held = ""
