"""Search benchmark: what a delegate typing into the search box waits for, measured honestly.

    .venv/bin/python benchmarks/search_bench.py                 # bundled corpus, 10k, 50k
    .venv/bin/python benchmarks/search_bench.py --sizes 2000    # a quick run
    .venv/bin/python benchmarks/search_bench.py --json          # machine-readable

Rules, so that no figure flatters the program:

- every measured query is a distinct string within a pass: all typing prefixes ("c", "co",
  "con", …) of a list of real queries, duplicates removed, so a result can
  never come from the results cache; the run *checks* that every search ran
  (`SearchIndex._search` is counted) instead of trusting it;
- every pass starts with every cache emptied (results, postings, word
  look-ups, snippet plans, shown records' tokens); "typing" then keeps decoded postings between
  keystrokes (as the window does), "cold" empties every cache before each
  query; the first pass of the process is reported apart (its fold and stem
  caches are cold, so it would flatter whatever pass comes second);
- SQLite FTS5 (porter unicode61) runs on the same records with the same
  strings in the same run, each string's words as an AND query, with the
  count and 20 snippets, as the program does;
- each corpus size runs in its own process, so the peak memory is that
  size's (ictviewer's, taken before the FTS5 baseline is built);
- `gc.freeze()` after opening is tried on the same strings (caches emptied),
  against a pass without it, with every gen-2 collection's pause recorded;
- the process figure is the wall time of `ictviewer search WORD --json`
  with the index already built (the target is 0.4 s).

Synthetic provisions (25-70 words) are stitched from runs of 2-6 consecutive
words of the bundled corpus, one in ten with a Russian version; seeded.

Measured 2026-12-05 on 2 cores, nothing else running (p50 / p95 / max in ms,
516 prefixes, ~70% without a hit; ranges over three runs of
`--sizes 10000 50000`):

   p95        typing      gc.freeze()  cold       FTS5
   bundled    0.73-0.80   0.72-0.74    1.0        0.19-0.20
   10k        2.22-2.44   2.26-2.44    3.0-3.4    2.65-2.95
   50k        7.45-7.99   6.72-7.42    9.5-9.8    8.96-10.74

   p50 / max  typing            gc.freeze()       cold              FTS5
   bundled    0.21-0.23 / 10-11 0.20-0.22 / 2     0.27-0.29 / 2     0.02 / 0.6-0.7
   10k        0.24-0.26 / 23-24 0.23-0.26 / 6     0.47-0.52 / 15-16 0.03-0.04 / 9-10
   50k        0.28-0.29 / 43-45 0.26-0.30 / 20-21 1.04-1.13 / 40-41 0.05-0.06 / 37-40

Targets (#11): 10k typing p95 <= 8 ms, and <= FTS5's p95 in the same run: both
met in every run (0.4-0.5 ms under FTS5; two more `--sizes 10000` runs the
same morning: 2.28 / 2.25 against 2.68 / 2.75); 50k <= 20 ms, met, and under
FTS5's p95 in every run. Before #11's changes the same benchmark gave 10k p95
9-21 ms and 50k 18-26 ms (machine shared), two thirds of it "did you mean"
(Whoosh building a Levenshtein DFA per unknown word). On 2026-12-04, with
prefixes and "did you mean" over in-memory word lists, 10k was level with
FTS5 (2.76-2.88 against 2.74-2.80): the tail was matching a concept's
multi-word terms word by word (1-9 ms for a phrase of common words, a scan of
the candidates' terms). Those phrases are now counted per record when it is
indexed (`search/phrases.py`) and looked up as one term. What remains at the
tail is one- and two-letter prefixes whose expansions cover much of the
vocabulary, and 20 snippets (~1 ms). Each typing pass still has one full
collection without gc.freeze() (its maximum); with it, none.

Peak RSS 38 / 77 / 194 MB (the in-memory word lists and the tokens of the
last 1,024 shown records included); build 0.08 / 0.72-0.79 / 3.4-3.6 s;
reopen with every seal checked 7-8 ms / 33-37 ms / 0.19-0.20 s (index 0.3 /
5.9 / 28.6 MB). `ictviewer search security --json`: median 0.21-0.23 s (min
0.21-0.22 s); most of it is imports (YAML loader, Whoosh, whose compat module
imports urllib.request/ssl).

whoosh-reloaded 2.7.5 (tried in a throwaway venv): all core, CLI and PDF
tests pass unchanged; the same runs interleaved with Whoosh 2.7.4 show no
difference beyond the noise (typing p95 12-27 vs 11-21 ms, CLI min 0.32 vs
0.30 s), +2 MB RSS. It reads the same pickled formats (so the seals stay
needed) and still imports urllib.request. Not switched: no measured gain;
worth doing for maintenance (Python 3.12+) on a quiet machine, in its own change.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ictviewer.corpus import load_corpus
from ictviewer.corpus.model import Corpus, Document, FuzzyDate, Provision, Source
from ictviewer.search import SearchIndex

ROOT = Path(__file__).resolve().parents[1]
ORGS = ("CICA", "CSTO", "ASEAN-Russia", "SCO", "OSCE")
REAL_QUERIES = [
    "confidence building measures", "international information security", "digital forensics",
    "critical information infrastructure", "terrorism", "capacity building", "cooperation",
    "responsible state behaviour", "open-ended working group", "ICTs", "personal data",
    "criminal purposes", "united nations", "sovereignty", "peaceful ICT environment",
    "information and communication technologies", "exchange of best practices",
    "меры доверия", "информационная безопасность", "международное сотрудничество",
    "norms rules and principles", "incident response", "CICA", "cybersecurity",
    "human rights", "regional organisations", "dialogue", "\"international security\"",
    "security of and in the use of ICTs", "capacity-building programmes",
]  # fmt: skip


def typing_prefixes(queries: list[str]) -> list[str]:
    """Every prefix a user types on the way to each query, once each, in typing order."""
    seen: dict[str, None] = {}
    for query in queries:
        for end in range(1, len(query) + 1):
            prefix = query[:end].strip()
            if prefix and prefix.count('"') % 2 == 0:
                seen.setdefault(prefix)
    return list(seen)


def synthetic_corpus(size: int, seed: int = 20240520) -> Corpus:
    english, russian = [], []
    for document in load_corpus(ROOT / "corpus"):
        for provision in document.provisions:
            for lang, text in provision.versions().items():
                (russian if lang == "ru" else english).append(text)
    en_words = [w for t in english for w in t.split()]
    ru_words = [w for t in russian for w in t.split()]
    rng = random.Random(seed)

    def stitched(words: list[str]) -> str:
        target, out = rng.randint(25, 70), []
        while len(out) < target:
            run = rng.randint(2, 6)
            start = rng.randrange(max(1, len(words) - run))
            out.extend(words[start : start + run])
        return " ".join(out[:target])

    documents, per_doc = [], 50
    for d in range((size + per_doc - 1) // per_doc):
        provisions = tuple(
            Provision(f"p{p + 1}", f"para. {p + 1}", stitched(en_words), "en",
                      parallel={"ru": stitched(ru_words)} if rng.random() < 0.1 else {})
            for p in range(min(per_doc, size - d * per_doc))
        )  # fmt: skip
        documents.append(
            Document(
                id=f"synthetic-{d:04d}",
                title=f"Synthetic document {d}",
                short_title=f"Synthetic {d}",
                organisation=ORGS[d % len(ORGS)],
                kind="statement",
                date=FuzzyDate(dt.date(2015 + d % 10, 1 + d % 12, 1), "month"),
                place="Nowhere",
                languages=("en", "ru"),
                status="adopted",
                source=Source("benchmark"),
                provisions=provisions,
            )
        )
    return Corpus(tuple(documents), path="synthetic")


def summary(latencies: list[float]) -> dict:
    ordered = sorted(latencies)
    return {
        "queries": len(ordered),
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 2),
        "max_ms": round(ordered[-1], 2),
    }


class GcPauses:
    """Every garbage collection's pause during a pass, by generation (gc.callbacks)."""

    def __init__(self):
        self.pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
        self._started = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses[info["generation"]].append((time.perf_counter() - self._started) * 1000)

    def __enter__(self) -> GcPauses:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc) -> None:
        gc.callbacks.remove(self)

    def report(self) -> dict:
        full = self.pauses[2]
        return {"gen2_collections": len(full), "gen2_max_ms": round(max(full, default=0.0), 2)}


def typing_pass(index: SearchIndex, strings: list[str], cold: bool) -> tuple[list[float], int]:
    """Search each string once; returns the latencies and how many found nothing.

    Raises if any search was answered without running (a results-cache hit).
    """
    index.clear_caches()
    ran = 0
    real = index._search

    def counted(*args, **kwargs):
        nonlocal ran
        ran += 1
        return real(*args, **kwargs)

    index._search = counted
    latencies, empty = [], 0
    try:
        for text in strings:
            if cold:
                index.clear_caches()
            started = time.perf_counter()
            results = index.search(text, limit=20)
            latencies.append((time.perf_counter() - started) * 1000)
            empty += results.total == 0
    finally:
        del index._search
    if ran != len(strings):
        raise AssertionError(f"{len(strings) - ran} searches came from the results cache")
    return latencies, empty


def fts5(corpus: Corpus, strings: list[str], folder: Path) -> dict:
    db = sqlite3.connect(folder / "fts.db")
    db.execute(
        "CREATE VIRTUAL TABLE t USING fts5(doc UNINDEXED, prov UNINDEXED, lang UNINDEXED, "
        "text, tokenize='porter unicode61')"
    )
    started = time.perf_counter()
    db.executemany(
        "INSERT INTO t VALUES (?, ?, ?, ?)",
        [(d.id, p.id, lang, text) for d in corpus for p in d.provisions
         for lang, text in p.versions().items()],
    )  # fmt: skip
    db.commit()
    build = time.perf_counter() - started
    latencies = []
    for text in strings:
        match = " ".join(f'"{w}"' for w in re.findall(r"\w+", text))
        started = time.perf_counter()
        if match:
            db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (match,)).fetchone()
            db.execute(
                "SELECT doc, prov, snippet(t, 3, '<b>', '</b>', ' … ', 30) FROM t "
                "WHERE t MATCH ? ORDER BY bm25(t) LIMIT 20",
                (match,),
            ).fetchall()
        latencies.append((time.perf_counter() - started) * 1000)
    db.close()
    return {"build_s": round(build, 2), **summary(latencies)}


def peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def one_size(size: int) -> dict:
    """All figures for one corpus (0 = the bundled one), in this process."""
    strings = typing_prefixes(REAL_QUERIES)
    assert len(set(strings)) == len(strings)
    corpus = load_corpus() if size == 0 else synthetic_corpus(size)
    folder = Path(tempfile.mkdtemp(prefix="ictviewer-bench-"))
    try:
        started = time.perf_counter()
        SearchIndex.open_or_build(corpus, index_dir=folder / "index").close()
        build = time.perf_counter() - started
        started = time.perf_counter()
        index = SearchIndex.open_or_build(corpus, index_dir=folder / "index")
        reopen = time.perf_counter() - started
        index_mb = sum(f.stat().st_size for f in index.location.iterdir()) / 1e6
        figures = {
            "corpus": "bundled" if size == 0 else f"{size:,} synthetic provisions",
            "records": index.record_count,
            "build_s": round(build, 2),
            "reopen_s": round(reopen, 3),
            "index_mb": round(index_mb, 1),
        }
        with GcPauses() as first:  # the process's own caches (folds, stems) still cold
            latencies, empty = typing_pass(index, strings, cold=False)
        figures["typing_first_pass"] = {**summary(latencies), **first.report()}
        with GcPauses() as plain:
            latencies, empty = typing_pass(index, strings, cold=False)
        figures["typing"] = {**summary(latencies), "no_hit": empty, **plain.report()}
        figures["cold"] = summary(typing_pass(index, strings, cold=True)[0])
        gc.collect()
        gc.freeze()
        with GcPauses() as frozen:
            latencies, _ = typing_pass(index, strings, cold=False)
        gc.unfreeze()
        figures["typing_gc_frozen"] = {**summary(latencies), **frozen.report()}
        index.close()
        figures["peak_rss_mb"] = peak_rss_mb()
        figures["fts5"] = fts5(corpus, strings, folder)
        return figures
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def cli_process(runs: int = 7) -> dict:
    """Wall time of `ictviewer search security --json`, the index already built."""
    entry = Path(sys.executable).with_name("ictviewer")
    cache = tempfile.mkdtemp(prefix="ictviewer-bench-cli-")
    env = {**os.environ, "ICTVIEWER_CACHE": cache}
    env.pop("ICTVIEWER_CORPUS", None)
    try:
        subprocess.run([str(entry), "index"], env=env, capture_output=True, check=True)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            command = [str(entry), "search", "security", "--json"]
            subprocess.run(command, env=env, capture_output=True, check=True)
            times.append(time.perf_counter() - started)
        return {"runs": runs, "median_s": round(statistics.median(times), 3),
                "min_s": round(min(times), 3), "max_s": round(max(times), 3)}  # fmt: skip
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def describe(f: dict) -> str:
    t, c, z, s = f["typing"], f["cold"], f["typing_gc_frozen"], f["fts5"]
    a = f["typing_first_pass"]
    return (
        f"\n{f['corpus']} ({f['records']:,} records): build {f['build_s']} s, "
        f"reopen (seals checked) {f['reopen_s']} s, index {f['index_mb']} MB, "
        f"peak RSS {f['peak_rss_mb']} MB\n"
        f"  typing, {t['queries']} distinct prefixes ({t['no_hit']} without a hit): "
        f"p50 {t['p50_ms']} / p95 {t['p95_ms']} / max {t['max_ms']} ms; "
        f"{t['gen2_collections']} full GCs, longest {t['gen2_max_ms']} ms\n"
        f"  (first pass of the process: p50 {a['p50_ms']} / p95 {a['p95_ms']} / "
        f"max {a['max_ms']} ms; {a['gen2_collections']} full GCs, longest {a['gen2_max_ms']} ms)\n"
        f"  same with gc.freeze(): p50 {z['p50_ms']} / p95 {z['p95_ms']} / max {z['max_ms']} ms; "
        f"{z['gen2_collections']} full GCs, longest {z['gen2_max_ms']} ms\n"
        f"  cold (every cache emptied): "
        f"p50 {c['p50_ms']} / p95 {c['p95_ms']} / max {c['max_ms']} ms\n"
        f"  SQLite FTS5, same records and strings: build {s['build_s']} s, "
        f"p50 {s['p50_ms']} / p95 {s['p95_ms']} / max {s['max_ms']} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", help="synthetic sizes (default 10k 50k)")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a size, in this process
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(one_size(args.one)))
        return 0
    report = []
    for size in [0, *(args.sizes if args.sizes is not None else [10_000, 50_000])]:
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(size)], capture_output=True, text=True
        )
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
        report.append(json.loads(done.stdout))
        if not args.json:
            print(describe(report[-1]), flush=True)
    process = cli_process()
    if args.json:
        print(json.dumps({"sizes": report, "cli_search_process": process}, indent=1))
    else:
        print(
            f"\n`ictviewer search security --json` (bundled corpus, index built): median "
            f"{process['median_s']} s, min {process['min_s']} s, max {process['max_s']} s "
            "(target 0.4 s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
