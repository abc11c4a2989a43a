"""What the reader area shows when no document is open: the documents, and how to search."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from ictviewer.corpus.model import Corpus
from ictviewer.ui import theme
from ictviewer.ui.labels import interface_short_date, kind_name
from ictviewer.ui.plain import escape


class WelcomePage(QTextBrowser):
    open_document_requested = Signal(str)

    def __init__(self, corpus: Corpus, parent=None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.setObjectName("readerText")
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Start page"))
        self.anchorClicked.connect(self._clicked)
        self.refresh("light")

    def refresh(self, scheme: str) -> None:
        c = theme.reader_colours(scheme)
        ui = theme.css_families(theme.UI_FAMILIES)
        rows = "".join(
            f'<tr><td style="padding:4px 14px 4px 0;">'
            f'<a href="doc:{escape(d.id)}" style="color:{c.accent};">'
            f"{escape(d.short_title)}</a></td>"
            f'<td style="color:{c.muted}; padding:4px 14px 4px 0;">{escape(d.organisation)}'
            f"</td>"
            f'<td style="color:{c.muted}; padding:4px 14px 4px 0;">'
            f"{escape(interface_short_date(d.date))}</td>"
            f'<td style="color:{c.muted}; padding:4px 0;">{escape(kind_name(d.kind))}</td>'
            "</tr>"
            for d in self.corpus
        )
        tips = [
            self.tr("Press Ctrl+K and type: hits appear as you type."),
            self.tr("Enter or F3 opens the next hit at its provision; Shift+F3 goes back."),
            self.tr('Use "exact phrases", OR, NOT and prefix* in a query.'),
            self.tr("Ctrl+Shift+C copies the current provision with its citation."),
        ]
        tip_items = "".join(f"<li>{escape(t)}</li>" for t in tips)
        # Outside the f-string: lupdate does not read inside one, and left these English.
        documents, finding = self.tr("Documents"), self.tr("Finding agreed language")
        self.setHtml(
            f'<div style="font-family:{ui}; color:{c.text};">'
            f'<h2 style="color:{c.accent};">{escape(documents)}</h2>'
            f"<table>{rows}</table>"
            f'<h3 style="margin-top:18px;">{escape(finding)}</h3>'
            f'<ul style="color:{c.muted};">{tip_items}</ul></div>'
        )

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "doc":
            self.open_document_requested.emit(url.path())
