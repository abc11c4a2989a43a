"""Preferences and the User Guide in the main window: opening them, applying the choices.

A mixin of `MainWindow`, like `WindowFocus`: Edit ▸ Preferences… opens the dialog
(handed the settings and a sample provision, never the window), its `applied`
signal ends here, and `apply_preferences` hands every feature what the stored
preferences mean (`ui/preferences.py`); Help ▸ User Guide shows the offline guide.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from ictviewer.ui import i18n, preferences
from ictviewer.ui.dialogs.guide import UserGuide
from ictviewer.ui.dialogs.preferences import PreferencesDialog


class WindowPreferences:
    """The window's side of the Preferences dialog and the User Guide."""

    def apply_preferences(self) -> None:
        """Hand every feature what the user's preferences mean (see `ui/preferences.py`)."""
        export = preferences.export_defaults(self.settings)
        self.tabs.set_preferences(
            preferences.page_font(self.settings),
            preferences.settings_citation_style(self.settings),
            export,
        )
        self.selection.set_export_defaults(export.paper_size, export.folders)
        self.timeline.set_dialog_folders(export.folders)
        self.import_flow.folders = export.folders

    def show_user_guide(self) -> None:
        """Help ▸ User Guide (F1): the offline guide in the interface language, one window."""
        if self.guide is None:
            self.guide = UserGuide(i18n.interface_language(), self)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_preferences(self) -> None:
        """Edit ▸ Preferences…: applied through `apply_chosen_preferences` on OK or Apply."""
        if self.preferences_dialog is not None:
            self.preferences_dialog.raise_()
            return
        dialog = PreferencesDialog(self.settings, self._citation_sample(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self.apply_chosen_preferences)
        dialog.finished.connect(lambda _result: setattr(self, "preferences_dialog", None))
        self.preferences_dialog = dialog
        dialog.open()

    def apply_chosen_preferences(self, language: str, theme_mode: str) -> None:
        """The dialog kept its choices: theme and features now, the language last (it
        rebuilds the window, which reads the rest from the settings anew)."""
        self.set_theme_mode(theme_mode)
        self.apply_preferences()
        if language != self.settings.get("preferences/language"):
            if self.preferences_dialog is not None:
                self.preferences_dialog.close()  # it belongs to the window being replaced
            self.set_language(language)

    def _citation_sample(self):
        """The provision the dialog cites as its example: the one being read, else the
        first numbered paragraph of the first document."""
        reader = self.tabs.reader()
        provision = reader.current_provision() if reader is not None else None
        if reader is not None and provision is not None and provision.label:
            return reader.document, provision
        for document in self.corpus:
            for provision in document.provisions:
                if provision.label.startswith("para."):
                    return document, provision
        return None
