"""Window benchmark: time to a usable window and from a keystroke to the hits shown.

Run on demand (offscreen): .venv/bin/python benchmarks/ui_bench.py [--runs N] [--json]
Figures are printed, never asserted. The index is built once beforehand, so the
window figures are a warm start, as a delegate sees every day after the first.

- *start, fresh process*: from launching Python to the window painted and to
  the index ready, in a new process each time (imports, QApplication, corpus
  load, MainWindow, first paint, index opened on its thread);
- *start, in process*: the same without the interpreter and imports;
- *keystroke to hits*: the last key of a query typed with QTest into the real
  search box, until the search panel's model holds the new hits and the list
  has painted them; the panel's debounce (150 ms) is part of it and is also
  reported apart;
- peak RSS (resource.getrusage) of the process that opened the windows.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

LAUNCHED = time.time()  # before the heavy imports: the fresh-process figure starts here
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ictviewer.corpus import load_corpus  # noqa: E402
from ictviewer.ui.app import create_application  # noqa: E402
from ictviewer.ui.main_window import MainWindow  # noqa: E402
from ictviewer.ui.search.panel import DEBOUNCE_MS  # noqa: E402
from ictviewer.ui.settings import Settings  # noqa: E402

QUERIES = ["digital forensics", "confidence building", "безопасность", "capacity", "OEWG"]


def wait(signal, timeout_ms: int = 20000) -> bool:
    """Run the event loop until `signal` fires (True) or the timeout passes (False)."""
    loop = QEventLoop()
    fired = []
    signal.connect(lambda *args: (fired.append(True), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return bool(fired)


def first_window(scratch: Path, index_dir: Path, run: int) -> tuple[dict, MainWindow]:
    """Corpus load + window built, shown and painted + index opened and ready (ms each)."""
    started = time.perf_counter()
    corpus = load_corpus()
    loaded = time.perf_counter()
    settings = Settings(scratch / f"settings-{run}.ini")
    window = MainWindow(
        corpus, settings, index_dir=index_dir, selection_path=scratch / f"sel-{run}.json"
    )
    window.restore_state()
    window.apply_theme()
    window.show()
    window.repaint()  # the first paint, synchronously
    painted = time.perf_counter()
    window.start_index()
    if window.index_service.index is None:
        wait(window.index_ready)
    ready = time.perf_counter()
    return {
        "load_ms": (loaded - started) * 1000,
        "painted_ms": (painted - started) * 1000,
        "ready_ms": (ready - started) * 1000,
    }, window


def type_text(widget, text: str) -> None:
    """Type into a widget: QTest for ASCII; key events carrying the text for other scripts."""
    if text.isascii():
        QTest.keyClicks(widget, text)
        return
    for char in text:  # QTest maps only ASCII to keys
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def keystroke_to_hits(
    window: MainWindow, query: str, requested: list[float]
) -> tuple[float, float]:
    """(last key → hits painted, last key → search requested) in ms.

    `requested` receives the time of every search request the panel makes.
    """
    panel = window.search
    panel.box.setFocus()
    panel.box.clear()
    type_text(panel.box, query[:-1])
    wait(panel.model.modelReset, 2000)  # let the search for the prefix finish first
    requested.clear()
    started = time.perf_counter()
    type_text(panel.box, query[-1])
    shown = wait(panel.model.modelReset)
    panel.list.viewport().repaint()
    finished = time.perf_counter()
    if not shown or panel.model.rowCount() == 0:
        print(f"warning: no hits shown for {query!r}", file=sys.stderr)
    debounce = (requested[0] - started) * 1000 if requested else float("nan")
    return (finished - started) * 1000, debounce


def child(index_dir: str) -> int:
    """Open one window in this fresh process and report when it was painted and ready."""
    app = create_application()
    scratch = Path(tempfile.mkdtemp(prefix="ictviewer-ui-child-"))
    imported = time.time()
    figures, window = first_window(scratch, Path(index_dir), 0)
    report = {
        "imports_ms": (imported - LAUNCHED) * 1000,
        "painted_ms": (imported - LAUNCHED) * 1000 + figures["painted_ms"],
        "ready_ms": (imported - LAUNCHED) * 1000 + figures["ready_ms"],
        "launched": LAUNCHED,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    window.shutdown()
    app.processEvents()
    print(json.dumps(report))
    return 0


def fresh_process(index_dir: Path) -> dict:
    """The start figures of a new process, from the moment it was launched."""
    launched = time.time()
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(index_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    interpreter = (report["launched"] - launched) * 1000  # python itself starting up
    return {
        "painted_ms": interpreter + report["painted_ms"],
        "ready_ms": interpreter + report["ready_ms"],
        "rss_mb": report["rss_mb"],
    }


def _stamp(times: list[float], _request) -> None:
    times.append(time.perf_counter())


def summary(values: list[float]) -> dict:
    ordered = sorted(values)
    return {
        "median": round(statistics.median(ordered), 1),
        "p95": round(ordered[round(0.95 * (len(ordered) - 1))], 1),
        "max": round(max(ordered), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="windows opened")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--child", metavar="INDEX_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child)
    from ictviewer.search import SearchIndex  # (not at the top: a child must not load Whoosh)

    scratch = Path(tempfile.mkdtemp(prefix="ictviewer-ui-bench-"))
    index_dir = scratch / "index"
    SearchIndex.open_or_build(load_corpus(), index_dir=index_dir).close()
    fresh = [fresh_process(index_dir) for _ in range(args.runs)]
    app = create_application()
    starts, typing, debounce = [], [], []
    for run in range(args.runs):
        figures, window = first_window(scratch, index_dir, run)
        starts.append(figures)
        times: list[float] = []
        window.search.search_requested.connect(partial(_stamp, times))
        for query in QUERIES:
            shown, requested = keystroke_to_hits(window, query, times)
            typing.append(shown)
            debounce.append(requested)
        window.shutdown()
        window.deleteLater()
        app.processEvents()
    report = {
        "start_fresh_process_ms": {
            "window_painted": summary([f["painted_ms"] for f in fresh]),
            "index_ready": summary([f["ready_ms"] for f in fresh]),
        },
        "start_in_process_ms": {
            "corpus_loaded": summary([f["load_ms"] for f in starts]),
            "window_painted": summary([f["painted_ms"] for f in starts]),
            "index_ready": summary([f["ready_ms"] for f in starts]),
        },
        "keystroke_to_hits_ms": {
            **summary(typing),
            "of_which_debounce_median": round(statistics.median(debounce), 1),
            "debounce_setting_ms": DEBOUNCE_MS,
        },
        "peak_rss_mb": {
            "fresh_process_window": round(max(f["rss_mb"] for f in fresh), 1),
            "after_all_runs": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        },
    }
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    fp, ip, k = (
        report["start_fresh_process_ms"],
        report["start_in_process_ms"],
        report["keystroke_to_hits_ms"],
    )
    print(
        "start, fresh process (python launched → window painted / index ready): "
        f"median {fp['window_painted']['median']:.0f} / {fp['index_ready']['median']:.0f} ms, "
        f"max {fp['window_painted']['max']:.0f} / {fp['index_ready']['max']:.0f} ms"
    )
    print(
        "start, in process (corpus load → window painted → index ready): median "
        f"{ip['corpus_loaded']['median']:.0f} → {ip['window_painted']['median']:.0f} → "
        f"{ip['index_ready']['median']:.0f} ms"
    )
    print(
        f"keystroke to hits painted ({k['debounce_setting_ms']} ms debounce included, "
        f"measured {k['of_which_debounce_median']:.0f} ms): median {k['median']:.0f} ms, "
        f"p95 {k['p95']:.0f} ms, max {k['max']:.0f} ms"
    )
    rss = report["peak_rss_mb"]
    print(
        f"peak RSS: {rss['fresh_process_window']} MB (one fresh window), "
        f"{rss['after_all_runs']} MB (after {args.runs} windows and {len(typing)} searches)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
