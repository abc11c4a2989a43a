"""The About box: version, corpus summary and where the index lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ictviewer import __version__
from ictviewer.corpus.model import Corpus
from ictviewer.ui.labels import language_name
from ictviewer.ui.plain import escape


def corpus_summary(corpus: Corpus) -> list[tuple[str, str]]:
    dates = sorted(d.date.start for d in corpus)
    span = f"{dates[0].year}–{dates[-1].year}" if dates else "—"
    return [
        ("Documents", str(len(corpus))),
        ("Provisions", str(corpus.provision_count())),
        ("Organisations", ", ".join(corpus.organisations())),
        ("Languages", ", ".join(language_name(code) for code in corpus.languages())),
        ("Years", span),
        ("Corpus folder", corpus.path),
        ("Corpus fingerprint", corpus.fingerprint or "—"),
    ]


class AboutDialog(QDialog):
    def __init__(self, corpus: Corpus, index_state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ictviewer"))
        self.setObjectName("aboutDialog")
        names = {
            "Documents": self.tr("Documents"),
            "Provisions": self.tr("Provisions"),
            "Organisations": self.tr("Organisations"),
            "Languages": self.tr("Languages"),
            "Years": self.tr("Years"),
            "Corpus folder": self.tr("Corpus folder"),
            "Corpus fingerprint": self.tr("Corpus fingerprint"),
        }
        rows = [(names[key], value) for key, value in corpus_summary(corpus)]
        rows.append((self.tr("Search index"), index_state))
        if corpus.problems:
            rows.append((self.tr("Files not loaded"), str(len(corpus.problems))))
        table = "".join(
            f'<tr><td style="padding-right:12px;"><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>'
            for k, v in rows
        )
        # Outside the f-string: lupdate does not read inside one, and left these English.
        purpose = self.tr(
            "An offline reference viewer for international documents on security of and in "
            "the use of ICTs."
        )
        offline = self.tr("Nothing in this program uses the network.")
        text = (
            f"<h2>ictviewer {escape(__version__)}</h2>"
            f"<p>{escape(purpose)}</p>"
            f"<table>{table}</table>"
            f"<p>{escape(offline)}</p>"
        )
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(self.tr("About ictviewer"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.label = label
        self.setMinimumWidth(520)
