"""The main window's appearance: theme, zoom and interface language.

A mixin of `MainWindow`, like `WindowPreferences`, kept apart so the composition
root stays about composing (#11). View ▸ Theme, the system's colour scheme
changing, View ▸ Zoom and a tab's Ctrl+wheel end here, and every feature is
handed the scheme and the zoom; View ▸ Language only keeps the choice and asks
the app (`language_changed`) for a new window in that language. Its one string
keeps the translation context "MainWindow".
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ictviewer.ui import theme
from ictviewer.ui.i18n import translate
from ictviewer.ui.settings import ZOOM_STEP, clamp_zoom


class WindowAppearance:
    """Theme, zoom and language: the settings kept, every feature told."""

    def zoom(self, step: int) -> None:
        value = 100 if step == 0 else clamp_zoom(self.settings.zoom + step * ZOOM_STEP)
        self.settings.set("preferences/zoom", value)
        self.tabs.set_appearance(theme.current_scheme(), value)
        self.search.set_zoom(value)
        self.statusBar().showMessage(translate("MainWindow", "Zoom {0}%").format(value), 3000)

    def set_language(self, choice: str) -> None:
        """Keep the choice and ask for the window in that language (no restart)."""
        if choice != self.settings.get("preferences/language"):
            self.settings.set("preferences/language", choice)
            self.language_changed.emit(choice)

    def set_theme_mode(self, mode: str) -> None:
        self.settings.set("preferences/theme", mode)
        self.commands.themes.get(mode, self.commands.themes["system"]).setChecked(True)
        self.apply_theme()

    def apply_theme(self) -> None:
        app = QApplication.instance()
        scheme = theme.resolve(self.settings.theme)
        if app is not None:
            theme.apply(app, scheme)
        self.tabs.set_appearance(scheme, self.settings.zoom)
        self.search.set_zoom(self.settings.zoom)
        self.welcome.refresh(scheme)
        self.search.list.viewport().update()

    def _system_scheme_changed(self, *_args) -> None:
        if self.settings.theme == "system":
            self.apply_theme()
