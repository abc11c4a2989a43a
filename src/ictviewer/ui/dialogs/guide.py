"""Help ▸ User Guide (F1): the offline guide, shipped as Markdown in the resources.

One guide per interface language (`resources/guide/guide_<lang>.md`, English
when there is none for the language), read through the bundled resources like
the style sheet and the lexicon, so an installed copy or the bundle shows it
without the repository. It is shown in a `QTextBrowser` that opens no link
and loads no resource by itself: the text is ours, but a guide that can never
fetch anything keeps the program's promise of no network and no surprise.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ictviewer import paths

GUIDE_LANGUAGES = ("en", "ru")


def guide_text(language: str) -> str:
    """The guide's Markdown in `language`, English for a language it is not written in."""
    folder = paths.resource_path("guide")
    code = language if language in GUIDE_LANGUAGES else "en"
    return (folder / f"guide_{code}.md").read_text("utf-8")


class GuideBrowser(QTextBrowser):
    """A browser that never loads a resource: no images, no style sheets, no files."""

    def loadResource(self, kind: int, name: QUrl):
        return None


class UserGuide(QDialog):
    """The guide in a window of its own, beside the main window (not modal)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("ictviewer User Guide"))
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("User Guide"))
        self.browser.document().setMarkdown(
            guide_text(language), QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        )
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)  # the guide from its top
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
