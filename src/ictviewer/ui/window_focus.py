"""Focus mode in the main window: when it is entered, and what it remembers.

A mixin of `MainWindow`: the command, a tab's Focus button and a comparison
opening in a narrow window all end here; `room.PaneHider` does the hiding.
"""

from __future__ import annotations

from ictviewer.ui.room import ROOMY_WIDTH


class WindowFocus:
    """Focus mode and full screen for the window's reading area."""

    @property
    def focus_mode(self) -> bool:
        return self.commands.focus_mode.isChecked()

    def request_focus_mode(self, on: bool) -> None:
        """A tab's Focus button: the same as the command."""
        self.commands.focus_mode.setChecked(on)
        self.remember_focus_choice(on)

    def remember_focus_choice(self, on: bool) -> None:
        """The user entered or left focus mode. In front of a comparison, that also
        decides whether the next comparison opens in focus mode."""
        if self.tabs.current_comparison() is not None:
            self.settings.set("preferences/focus_for_comparisons", on)

    def set_focus_mode(self, on: bool) -> None:
        """Hide the search pane, the library and the docks (and bring them back after).

        Only what focus mode hid comes back; a pane the user opened meanwhile stays.
        """
        if on:
            self.focus_panes.hide()
        else:
            self.focus_panes.restore()
        self.tabs.set_focus_mode(on)
        self.settings.set("window/focus_mode", on)

    def _comparison_opened(self, _left: str, _right: str) -> None:
        if (
            not self.focus_mode
            and self.width() < ROOMY_WIDTH
            and self.settings.get("preferences/focus_for_comparisons")
        ):
            self.commands.focus_mode.setChecked(True)
            keys = self.commands.focus_mode.shortcut().toString()
            self.statusBar().showMessage(
                self.tr("Focus mode: side panes hidden for the texts ({0}: back)").format(keys),
                10000,
            )  # fmt: skip

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
