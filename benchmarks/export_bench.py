"""How long a PDF of 50 provisions takes to write (target: at most 1 s).

Run on demand, never as a timed test:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/export_bench.py [--count 50] [--runs 5]

The provisions are the bundled corpus's, in the sensible order, repeated when
the corpus has fewer than `--count`. Reports building the pack, laying it out
and painting it separately from the whole export.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from ictviewer.corpus import load_corpus
from ictviewer.export import build_pack, write_pdf
from ictviewer.export.pdf import ensure_gui_application
from ictviewer.selection import sort_refs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50, help="provisions in the pack")
    parser.add_argument("--runs", type=int, default=5, help="timed runs after one warm-up")
    parser.add_argument("--languages", default="", help="e.g. en,ru,kk (default: own language)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    corpus = load_corpus()
    every = sort_refs(corpus, [(d.id, p.id) for d in corpus for p in d.provisions])
    refs = every[: args.count]
    languages = [lang for lang in args.languages.split(",") if lang] or None
    ensure_gui_application()

    builds, writes = [], []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "bench.pdf"
        for run in range(args.runs + 1):
            start = time.perf_counter()
            pack = build_pack(corpus, refs, languages=languages)
            built = time.perf_counter()
            pages = write_pdf(pack, target)
            done = time.perf_counter()
            if run:  # the first run warms fonts and caches
                builds.append(built - start)
                writes.append(done - built)
        size = target.stat().st_size

    totals = [b + w for b, w in zip(builds, writes, strict=True)]
    print(f"{len(refs)} provisions, {pages} pages, {size / 1024:.0f} KiB PDF, {args.runs} runs")
    print(f"  build_pack: median {statistics.median(builds) * 1000:7.1f} ms")
    print(f"  write_pdf:  median {statistics.median(writes) * 1000:7.1f} ms")
    print(
        f"  total:      median {statistics.median(totals) * 1000:7.1f} ms,"
        f" max {max(totals) * 1000:.1f} ms (target <= 1000 ms)"
    )
    return 0 if statistics.median(totals) <= 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
