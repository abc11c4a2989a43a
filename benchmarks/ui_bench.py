"""Window benchmark: time to a usable window and from a keystroke to the hits shown.

Run on demand (offscreen): .venv/bin/python benchmarks/ui_bench.py [--runs N] [--json]
Figures are printed, never asserted. The index is built once beforehand, so the
window figures are a warm start, as a delegate sees every day after the first.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ictviewer.corpus import load_corpus
from ictviewer.search import SearchIndex
from ictviewer.ui.app import create_application
from ictviewer.ui.main_window import MainWindow
from ictviewer.ui.settings import Settings

QUERIES = ["digital forensics", "confidence building", "безопасность", "capacity", "OEWG"]


def wait(signal, timeout_ms: int = 20000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def first_window(scratch: Path, index_dir: Path, run: int) -> tuple[float, MainWindow]:
    """Corpus load + window built, shown and painted + index opened and ready."""
    started = time.perf_counter()
    corpus = load_corpus()
    settings = Settings(scratch / f"settings-{run}.ini")
    window = MainWindow(
        corpus, settings, index_dir=index_dir, selection_path=scratch / f"sel-{run}.json"
    )
    window.restore_state()
    window.apply_theme()
    window.show()
    window.repaint()
    window.start_index()
    if window.index_service.index is None:
        wait(window.index_ready)
    return (time.perf_counter() - started) * 1000, window


def keystroke_to_hits(window: MainWindow, query: str) -> float:
    """From the last key of a query to its hits in the list (debounce included)."""
    box = window.search.box
    box.setFocus()
    box.setText(query[:-1])
    last = query[-1]
    started = time.perf_counter()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            box, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, last)
        )
    wait(window.index_service.results)
    window.search.list.viewport().repaint()
    return (time.perf_counter() - started) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="windows opened")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    args = parser.parse_args(argv)
    app = create_application()
    scratch = Path(tempfile.mkdtemp(prefix="ictviewer-ui-bench-"))
    index_dir = scratch / "index"
    SearchIndex.open_or_build(load_corpus(), index_dir=index_dir).close()
    starts, typing = [], []
    for run in range(args.runs):
        elapsed, window = first_window(scratch, index_dir, run)
        starts.append(elapsed)
        for query in QUERIES:
            typing.append(keystroke_to_hits(window, query))
        window.shutdown()
        window.deleteLater()
        app.processEvents()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {
        "warm_start_ms": {"median": statistics.median(starts), "max": max(starts)},
        "keystroke_to_hits_ms": {
            "median": statistics.median(typing),
            "p95": sorted(typing)[int(0.95 * (len(typing) - 1))],
            "max": max(typing),
            "debounce_ms": 150,
        },
        "peak_rss_mb": round(rss_mb, 1),
    }
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    s, k = report["warm_start_ms"], report["keystroke_to_hits_ms"]
    print(f"warm start to a usable window: median {s['median']:.0f} ms, max {s['max']:.0f} ms")
    print(
        f"keystroke to hits shown ({k['debounce_ms']} ms debounce included): "
        f"median {k['median']:.0f} ms, p95 {k['p95']:.0f} ms, max {k['max']:.0f} ms"
    )
    print(f"peak RSS: {report['peak_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
