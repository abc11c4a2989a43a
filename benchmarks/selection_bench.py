"""How long a large selection takes to add to, save and load (target: 10,000 in 1 s).

Run on demand, never as a timed test:

    .venv/bin/python benchmarks/selection_bench.py [--sizes 10000 100000]

A synthetic corpus of 50 documents with 400 provisions each. "add" ticks the
first 2,000 items one at a time (as a user or a script does) and the rest in
one `add_many`; "load" reads the saved file back against the corpus. Before
the selection became linear, 10,000 items took 17 s to add and 100,000 took
150 s to read at start.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from ictviewer.corpus.model import Corpus, Document, FuzzyDate, Provision, Source
from ictviewer.selection import Selection


def corpus(documents: int, provisions: int) -> Corpus:
    return Corpus(
        documents=tuple(
            Document(
                id=f"doc-{d}",
                title=f"Title {d}",
                short_title=f"Short {d}",
                organisation="CICA",
                kind="statement",
                date=FuzzyDate(dt.date(2000 + d % 25, 1 + d % 12, 1), "day"),
                place="Astana",
                languages=("en",),
                status="adopted",
                source=Source(publisher="bench"),
                provisions=tuple(
                    Provision(id=f"p{i}", label=f"para. {i}", text="Text.", lang="en")
                    for i in range(provisions)
                ),
            )
            for d in range(documents)
        )
    )


def measure(size: int) -> tuple[float, float, float]:
    documents = max(1, size // 400 + (size % 400 > 0))
    library = corpus(documents, 400)
    refs = [(d.id, p.id) for d in library.documents for p in d.provisions][:size]
    random.Random(4).shuffle(refs)
    selection = Selection(corpus=library)
    started = time.perf_counter()
    for ref in refs[:2_000]:
        selection.add(*ref)
    selection.add_many(refs[2_000:])
    added = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "selection.json"
        started = time.perf_counter()
        selection.save(path, library)
        saved = time.perf_counter() - started
        started = time.perf_counter()
        loaded = Selection.load(path, library)
        read = time.perf_counter() - started
    assert len(loaded) == size
    return added, saved, read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    print(f"{'items':>8} {'add':>9} {'save':>9} {'load':>9}")
    for size in args.sizes:
        added, saved, read = measure(size)
        print(f"{size:>8,} {added:>8.2f}s {saved:>8.2f}s {read:>8.2f}s")


if __name__ == "__main__":
    main()
