"""Edit ▸ Preferences…: the choices users asked for, on one page, with live examples.

Interface (language, theme), Reader (font and size, with a sample line in the
three scripts of the corpus), Export (paper, the folder save dialogs start in)
and Citations (language and form, with an example cited from a corpus document
exactly as Copy with citation will write it).

The dialog is handed the settings and a sample provision, never the window.
Nothing changes until OK or Apply: then it writes the preferences it owns and
emits `applied(language, theme)`; the window applies those two through its own
paths (`set_language` rebuilds the window in the new language, `set_theme_mode`
repaints) and hands every feature the rest (`MainWindow.apply_preferences`).
Cancel leaves the settings as they were; Restore Defaults resets the fields,
to be applied like any other change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ictviewer.corpus.model import Document, Provision
from ictviewer.export.citation import quote_with_citation
from ictviewer.export.pdf import default_page_size
from ictviewer.ui import i18n, theme
from ictviewer.ui.browser import BASE_POINT_SIZE
from ictviewer.ui.folders import documents_folder
from ictviewer.ui.plain import plain_label
from ictviewer.ui.preferences import citation_style
from ictviewer.ui.settings import FONT_SIZE_MAX, FONT_SIZE_MIN, OPTIONS, Settings

SAMPLE_TEXT = "Agreed language — согласованные формулировки — келісілген тұжырымдар"
EXAMPLE_WORDS = 12  # the example quotes the sample provision's first words only
# The preferences the dialog writes itself; language and theme go through the window.
OWN_KEYS = (
    "preferences/reader_font",
    "preferences/reader_font_size",
    "preferences/paper_size",
    "preferences/export_folder",
    "preferences/citation_language",
    "preferences/citation_form",
)
_DEFAULT_SIZE = FONT_SIZE_MIN - 1  # the size box's lowest value stands for "default"


class PreferencesDialog(QDialog):
    applied = Signal(str, str)  # the interface language and the theme chosen

    def __init__(
        self,
        settings: Settings,
        sample: tuple[Document, Provision] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.sample = sample
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")
        layout = QVBoxLayout(self)
        layout.addWidget(self._interface_group())
        layout.addWidget(self._reader_group())
        layout.addWidget(self._export_group())
        layout.addWidget(self._citation_group())
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(
            buttons.Ok | buttons.Cancel | buttons.Apply | buttons.RestoreDefaults, self
        )
        self.apply_button = self.buttons.button(buttons.Apply)
        self.defaults_button = self.buttons.button(buttons.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.defaults_button.clicked.connect(self.restore_defaults)
        layout.addWidget(self.buttons)
        self.show_values(self._stored())
        # What the fields showed at first (or at the last Apply): what "changed" means. A
        # value this version does not know shows as the default and is not a change.
        self._kept = self.values()
        for box in (self.language_box, self.theme_box, self.paper_box):
            box.currentIndexChanged.connect(self._changed)
        for box in (self.citation_language_box, self.citation_form_box):
            box.currentIndexChanged.connect(self._changed)
        self.font_box.currentFontChanged.connect(self._changed)
        self.default_font.toggled.connect(self._changed)
        self.size_box.valueChanged.connect(self._changed)
        self.folder_edit.textChanged.connect(self._changed)
        self._changed()
        self.setMinimumWidth(600)

    # -- the groups --------------------------------------------------------------------------

    def _interface_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Interface"), self)
        form = QFormLayout(group)
        self.language_box = QComboBox(group)
        self.language_box.addItem(self.tr("As the system"), "system")
        self.language_box.addItem("English", "en")  # each language in its own words
        self.language_box.addItem("Русский", "ru")
        form.addRow(self.tr("&Language:"), self.language_box)
        self.language_note = plain_label(
            self.tr("The window is rebuilt in the new language; open documents stay open."),
            group,
        )
        self.language_note.setWordWrap(True)
        self.language_note.setEnabled(False)  # a hint, in the muted colour
        form.addRow("", self.language_note)
        self.theme_box = QComboBox(group)
        self.theme_box.addItem(self.tr("Follow the system"), "system")
        self.theme_box.addItem(self.tr("Light"), "light")
        self.theme_box.addItem(self.tr("Dark"), "dark")
        form.addRow(self.tr("&Theme:"), self.theme_box)
        return group

    def _reader_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Reader"), self)
        form = QFormLayout(group)
        self.font_box = QFontComboBox(group)
        self.font_box.setObjectName("readerFont")
        self.default_font = QCheckBox(self.tr("&Default font"), group)
        self.default_font.setToolTip(self.tr("The bundled reading face (a serif with Cyrillic)"))
        self.default_font.toggled.connect(lambda on: self.font_box.setEnabled(not on))
        row = QHBoxLayout()
        row.addWidget(self.font_box, 1)
        row.addWidget(self.default_font)
        form.addRow(_buddy(self.tr("&Font:"), self.font_box, group), row)
        self.size_box = QSpinBox(group)
        self.size_box.setRange(_DEFAULT_SIZE, FONT_SIZE_MAX)
        self.size_box.setSpecialValueText(
            self.tr("Default ({0} pt)").format(f"{BASE_POINT_SIZE:g}")
        )
        self.size_box.setSuffix(self.tr(" pt"))
        self.size_box.setToolTip(self.tr("The text size at 100% zoom (Ctrl++ and Ctrl+- zoom)"))
        form.addRow(self.tr("&Size:"), self.size_box)
        self.font_sample = plain_label(SAMPLE_TEXT, group)
        self.font_sample.setObjectName("fontSample")
        self.font_sample.setWordWrap(True)
        self.font_sample.setAccessibleName(self.tr("Sample of the reading font"))
        form.addRow(self.tr("Sample:"), self.font_sample)
        return group

    def _export_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Printing and export"), self)
        form = QFormLayout(group)
        self.paper_box = QComboBox(group)
        self.paper_box.addItem(self.tr("As the region uses ({0})").format(default_page_size()), "")
        self.paper_box.addItem("A4", "A4")
        self.paper_box.addItem("Letter", "Letter")
        form.addRow(self.tr("&Paper size:"), self.paper_box)
        self.folder_edit = QLineEdit(group)
        self.folder_edit.setObjectName("exportFolder")
        self.folder_edit.setPlaceholderText(documents_folder())  # where "" saves: Documents
        self.folder_edit.setToolTip(
            self.tr("Empty: the Documents folder ({0})").format(documents_folder())
        )
        self.folder_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("&Browse…"), group)
        self.browse_button.clicked.connect(self.browse)
        self.reset_folder_button = QPushButton(self.tr("R&eset"), group)
        self.reset_folder_button.setToolTip(self.tr("Save to the Documents folder"))
        self.reset_folder_button.clicked.connect(self.folder_edit.clear)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.reset_folder_button)
        form.addRow(_buddy(self.tr("E&xport folder:"), self.folder_edit, group), row)
        self.folder_note = plain_label("", group)
        self.folder_note.setWordWrap(True)
        form.addRow("", self.folder_note)
        return group

    def _citation_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Citations"), self)
        form = QFormLayout(group)
        self.citation_language_box = QComboBox(group)
        self.citation_language_box.addItem(self.tr("The document's own language"), "document")
        self.citation_language_box.addItem(self.tr("The interface language"), "interface")
        form.addRow(self.tr("Cite &in:"), self.citation_language_box)
        self.citation_form_box = QComboBox(group)
        self.citation_form_box.addItem(self.tr("Brief: short title, place, date"), "brief")
        self.citation_form_box.addItem(self.tr("Full: full title, place, date"), "full")
        form.addRow(self.tr("F&orm:"), self.citation_form_box)
        self.example = plain_label("", group)
        self.example.setObjectName("citationExample")
        self.example.setWordWrap(True)
        self.example.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.example.setAccessibleName(self.tr("Example of Copy with citation"))
        # Room for a full citation and its first words, so the dialog does not jump.
        self.example.setMinimumHeight(self.example.fontMetrics().lineSpacing() * 4 + 6)
        form.addRow(self.tr("Example:"), self.example)
        return group

    # -- values ------------------------------------------------------------------------------

    def _stored(self) -> dict[str, object]:
        keys = ("preferences/language", "preferences/theme", *OWN_KEYS)
        return {key: self.settings.get(key) for key in keys}

    def values(self) -> dict[str, object]:
        """What the fields say now, as the settings keep it."""
        folder = self.folder_edit.text().strip()
        size = self.size_box.value()
        return {
            "preferences/language": self.language_box.currentData(),
            "preferences/theme": self.theme_box.currentData(),
            "preferences/reader_font": (
                "" if self.default_font.isChecked() else self.font_box.currentFont().family()
            ),
            "preferences/reader_font_size": 0 if size == _DEFAULT_SIZE else size,
            "preferences/paper_size": self.paper_box.currentData(),
            "preferences/export_folder": folder,
            "preferences/citation_language": self.citation_language_box.currentData(),
            "preferences/citation_form": self.citation_form_box.currentData(),
        }

    def show_values(self, values: dict[str, object]) -> None:
        """Fill the fields with `values` (unknown choices show the default)."""
        for box, key in (
            (self.language_box, "preferences/language"),
            (self.theme_box, "preferences/theme"),
            (self.paper_box, "preferences/paper_size"),
            (self.citation_language_box, "preferences/citation_language"),
            (self.citation_form_box, "preferences/citation_form"),
        ):
            box.setCurrentIndex(max(0, box.findData(values[key])))
        family = str(values["preferences/reader_font"])
        self.default_font.setChecked(not family)
        self.font_box.setEnabled(bool(family))
        self.font_box.setCurrentFont(QFont(family or theme.available(theme.READER_FAMILIES)[0]))
        size = int(values["preferences/reader_font_size"])
        self.size_box.setValue(size if FONT_SIZE_MIN <= size <= FONT_SIZE_MAX else _DEFAULT_SIZE)
        self.folder_edit.setText(str(values["preferences/export_folder"]))

    def restore_defaults(self) -> None:
        """Restore Defaults: every field at its default, applied with OK or Apply."""
        self.show_values({key: OPTIONS[key].default for key in self._stored()})

    def apply(self) -> None:
        """Keep the choices; the window applies them (`applied`). Nothing if none changed."""
        values = self.values()
        if values == self._kept:
            return
        self._kept = values
        for key in OWN_KEYS:
            self.settings.set(key, values[key])
        self.settings.sync()
        self.apply_button.setEnabled(False)
        self.applied.emit(values["preferences/language"], values["preferences/theme"])

    def accept(self) -> None:
        self.apply()
        super().accept()

    def browse(self) -> None:
        start = self.folder_edit.text().strip() or documents_folder()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export Folder"), start)
        if folder:
            self.folder_edit.setText(folder)

    # -- live examples -----------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        values = self.values()
        self.apply_button.setEnabled(values != self._kept)
        self._show_font(values)
        self._show_folder(str(values["preferences/export_folder"]))
        self.example.setText(self.example_citation(values))

    def _show_font(self, values: dict[str, object]) -> None:
        family = str(values["preferences/reader_font"])
        font = QFont()
        font.setFamilies(
            theme.available([family, *theme.READER_FAMILIES] if family else theme.READER_FAMILIES)
        )
        font.setPointSizeF(float(values["preferences/reader_font_size"] or BASE_POINT_SIZE))
        self.font_sample.setFont(font)
        # Two lines at the chosen size, always: a wrapped label in a form is otherwise
        # given the height of its old font and cuts the descenders of the new one.
        self.font_sample.setMinimumHeight(QFontMetrics(font).lineSpacing() * 2 + 6)

    def _show_folder(self, folder: str) -> None:
        if folder and not Path(folder).is_dir():
            self.folder_note.setText(
                self.tr("No such folder: save dialogs will start in Documents.")
            )
            self.folder_note.show()
        else:
            self.folder_note.clear()
            self.folder_note.hide()

    def example_citation(self, values: dict[str, object] | None = None) -> str:
        """The sample provision as Copy with citation would write it with `values`."""
        if self.sample is None:
            return self.tr("(No document to cite.)")
        values = values or self.values()
        document, provision = self.sample
        style = citation_style(
            str(values["preferences/citation_language"]),
            str(values["preferences/citation_form"]),
            self._language(str(values["preferences/language"])),
        )
        words = provision.text.split()
        excerpt = " ".join(words[:EXAMPLE_WORDS]) + ("…" if len(words) > EXAMPLE_WORDS else "")
        return quote_with_citation(document, provision, provision.lang, excerpt, style)

    def _language(self, choice: str) -> str:
        """The interface language `choice` will mean: the one shown now while unchanged."""
        if choice == self.settings.get("preferences/language"):
            return i18n.interface_language()
        return i18n.resolve(choice)


def _buddy(text: str, widget: QWidget, parent: QWidget) -> QLabel:
    """A form label whose mnemonic (&F) moves to `widget` (a row holding more than it)."""
    label = QLabel(text, parent)
    label.setBuddy(widget)
    return label
