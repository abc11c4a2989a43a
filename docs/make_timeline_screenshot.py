"""Make the README screenshots of the timeline view, from the real corpus.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/make_timeline_screenshot.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_timeline_screenshot.py

The view is shown alone at 1400x700 with every event fitted, in the light and the
dark theme, and grabbed from the widget itself (QWidget.grab), so the result is
the same under Xvfb and offscreen. `--hits QUERY` marks the hits of a query
first (it builds or opens the search index in a temporary folder).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from ictviewer.corpus import load_corpus
from ictviewer.timeline import build_timeline
from ictviewer.ui import theme
from ictviewer.ui.app import create_application
from ictviewer.ui.timeline import TimelineView

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1400, 700)


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def search_hits(corpus, query: str) -> list[tuple[str, str]]:
    from ictviewer.search import SearchIndex

    folder = Path(tempfile.mkdtemp(prefix="ictviewer-shots-"))
    index = SearchIndex.open_or_build(corpus, index_dir=folder / "index")
    try:
        results = index.search(query, limit=200)
        return [(hit.doc_id, hit.provision_id) for hit in results.hits]
    finally:
        index.close()


def shoot(app, events, scheme: str, name: str, hits, select: str | None) -> Path:
    theme.apply(app, scheme)
    view = TimelineView(events)
    view.resize(*SIZE)
    view.show()
    settle()
    view.fit_all()
    if hits:
        view.set_search_hits(hits)
    if select:
        item = view.item_for(select)
        if item is not None:
            view.canvas.set_current(item.index, ensure_visible=False)
    settle()
    path = OUT / f"{name}.png"
    view.grab().save(str(path))
    print(path)
    view.close()
    view.deleteLater()
    settle(50)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hits", default="digital forensics", help="mark this query's hits")
    parser.add_argument("--no-hits", action="store_true", help="mark no search hits")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application()
    corpus = load_corpus()
    events = build_timeline(corpus)
    hits = [] if args.no_hits else search_hits(corpus, args.hits)
    shoot(app, events, "light", "timeline", hits, None)
    shoot(app, events, "dark", "timeline-dark", hits, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
