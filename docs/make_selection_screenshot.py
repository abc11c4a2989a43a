"""Make docs/screenshots/selection.png: the Selection panel with six provisions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_selection_screenshot.py

Six provisions from three documents of the bundled corpus, one of them a
provision the corpus no longer has (it is flagged). The selection file goes to
a temporary folder: the user's own selection is never touched.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from ictviewer.corpus import load_corpus
from ictviewer.ui import theme
from ictviewer.ui.app import create_application
from ictviewer.ui.selection import SelectionController, SelectionPanel

OUT = Path(__file__).resolve().parent / "screenshots" / "selection.png"
SIZE = (420, 600)
REFS = [
    ("cica-statement-2022", "pre4"),
    ("cica-statement-2022", "p5"),
    ("cica-statement-2022", "p9-gone"),  # not in the corpus: shown flagged
    ("cica-concept-2022", "s2-a"),
    ("cica-note-2024", "p1"),
    ("cica-note-2024", "p2"),
]


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    app = create_application()
    theme.apply(app, "light")
    corpus = load_corpus()
    scratch = Path(tempfile.mkdtemp(prefix="ictviewer-shot-"))
    path = scratch / "selection.json"
    items = [{"doc": doc_id, "provision": provision_id} for doc_id, provision_id in REFS]
    data = {"format": "ictviewer-selection", "version": 1, "order": "document", "items": items}
    path.write_text(json.dumps(data), encoding="utf-8")

    controller = SelectionController(corpus, path)
    panel = SelectionPanel(controller)
    panel.set_highlight_terms(["confidence"])
    panel.resize(*SIZE)
    panel.show()
    settle()
    index = panel.model.index_of(("cica-statement-2022", "p5"))
    panel.tree.setCurrentIndex(index)
    panel.tree.setFocus()
    settle()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if not panel.grab().save(str(OUT)):
        print(f"could not write {OUT}", file=sys.stderr)
        return 1
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
