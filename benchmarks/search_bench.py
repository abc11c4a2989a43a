"""Search benchmark: index build speed and query latency on synthetic corpora.

Provisions of 25-70 words are stitched from runs of 2-6 consecutive words of
the real corpus (corpus/*.yaml), so word frequencies and common phrases
("international security") occur about as often as in real texts; one
provision in ten also gets a Russian version. Without a corpus a built-in text
is used. Everything is seeded: two runs index the same data.

    .venv/bin/python benchmarks/search_bench.py            # 1k and 10k provisions
    .venv/bin/python benchmarks/search_bench.py --large    # and 50k
    .venv/bin/python benchmarks/search_bench.py --json     # machine-readable
    .venv/bin/python benchmarks/search_bench.py --sizes 2000 --no-fts5
    .venv/bin/python benchmarks/search_bench.py --markdown # the README table

Latency is measured "cold": every cache (results, decoded postings) is emptied
before each query, so each figure includes reading the postings, matching,
BM25 scoring, the total count, 20 snippets, expanded terms and the
did-you-mean check. "Warm" keeps decoded postings (as while typing) but not
results; "repeated" is a query answered from the results cache.

Besides queries, each size reports the full build (provisions/s), reopening
the built index, and the *update* when one document (50 provisions) changes:
only that document's records are rewritten. The first build of the bundled
corpus is measured in a fresh process (imports done, nothing cached), as a
delegate's first start. The FTS5 baseline runs the same query mix translated
to FTS5 syntax (no acronym expansion, Russian stemming or "did you mean"),
with SQLite's page cache warm: compare it with the warm figures.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
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

from ictviewer.corpus.model import Corpus, Document, FuzzyDate, Provision, Source
from ictviewer.search import SearchIndex

ROOT = Path(__file__).resolve().parents[1]
BUILTIN_EN = """The States reaffirm the importance of international cooperation in the field of
security of and in the use of information and communication technologies and of confidence
building measures to reduce the risk of conflict. They express concern about the use of ICTs
for terrorist and criminal purposes and call for capacity building, the exchange of best
practices, digital forensics, the protection of personal data and critical information
infrastructure, and dialogue under the auspices of the United Nations Open-ended Working Group
on security of and in the use of ICTs. Member States shall promote an open, secure, stable,
accessible and peaceful ICT environment and strengthen international information security."""
BUILTIN_RU = """Государства подтверждают важность международного сотрудничества в области
обеспечения безопасности в сфере использования информационно-коммуникационных технологий и мер
доверия для снижения риска конфликтов и выражают обеспокоенность использованием ИКТ в
преступных и террористических целях."""
ORGS = ("CICA", "CSTO", "ASEAN-Russia", "SCO", "OSCE")
QUERIES = [  # (kind, query, API filters, the FTS5 translation: MATCH text, SQL filter)
    ("word", "cooperation", {}, ("cooperation", "")),
    ("word", "security", {}, ("security", "")),
    ("words", "confidence building", {}, ("confidence building", "")),
    ("words", "information security cooperation", {}, ("information security cooperation", "")),
    ("phrase", '"international security"', {}, ('"international security"', "")),
    ("phrase", '"security of and in the use of ICTs"', {},
     ('"security of and in the use of ICTs"', "")),
    ("boolean", "terrorism OR criminal", {}, ("terrorism OR criminal", "")),
    ("boolean", "(ICT OR information) AND security -terrorism", {},
     ("(ICT OR information) AND security NOT terrorism", "")),
    ("prefix", "secur*", {}, ("secur*", "")),
    ("stemmed", "terrorists", {}, ("terrorists", "")),
    ("filter", "cooperation org:CICA", {}, ("cooperation", "org = 'CICA'")),
    ("filter", "security year:2022", {}, ("security", "date LIKE '2022%'")),
    ("api-filter", "capacity building", {"organisation": "CSTO"},
     ("capacity building", "org = 'CSTO'")),
    ("api-filter", "security", {"date_from": "2020", "date_to": "2022-06", "lang": "en"},
     ("security", "date >= '2020' AND date <= '2022-06-30' AND lang = 'en'")),
    ("russian", "безопасность", {}, ("безопасность", "")),
    ("russian", "меры доверия", {}, ("меры доверия", "")),
    ("typo", "confidance", {}, ("confidance", "")),
    ("rare", "digital forensics", {}, ("digital forensics", "")),
]  # fmt: skip


def source_texts() -> tuple[list[str], list[str], str]:
    """English and Russian texts to sample from, and where they came from."""
    english, russian = [], []
    try:
        from ictviewer.corpus import load_corpus

        corpus = load_corpus(ROOT / "corpus")
        for document in corpus:
            for provision in document.provisions:
                for lang, text in provision.versions().items():
                    (russian if lang == "ru" else english if lang == "en" else []).append(text)
    except Exception as error:  # a corpus mid-edit must not stop the benchmark
        print(f"(corpus not usable: {error})", file=sys.stderr)
    source = "corpus/*.yaml" if english else "built-in text"
    return english or [BUILTIN_EN], russian or [BUILTIN_RU], source


def word_stream(texts: list[str]) -> list[str]:
    return [w for text in texts for w in re.findall(r"\S+", text)]


def synthetic_corpus(size: int, seed: int = 20240520) -> tuple[Corpus, str]:
    english, russian, source = source_texts()
    en_words, ru_words = word_stream(english), word_stream(russian)
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
        count = min(per_doc, size - d * per_doc)
        provisions = []
        for p in range(count):
            parallel = {"ru": stitched(ru_words)} if rng.random() < 0.1 else {}
            provisions.append(Provision(f"p{p + 1}", f"para. {p + 1}", stitched(en_words), "en",
                                        parallel=parallel))  # fmt: skip
        year = 2015 + d % 10
        documents.append(
            Document(
                id=f"synthetic-{d:04d}",
                title=f"Synthetic document {d}",
                short_title=f"Synthetic {d}",
                organisation=ORGS[d % len(ORGS)],
                kind="statement",
                date=FuzzyDate(dt.date(year, 1 + d % 12, 1), "month"),
                place="Nowhere",
                languages=("en", "ru"),
                status="adopted",
                source=Source("benchmark"),
                provisions=tuple(provisions),
            )
        )
    return Corpus(tuple(documents), path="synthetic"), source


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(index: SearchIndex, repeats: int) -> dict:
    latencies, per_kind = [], {}
    for _ in range(repeats):
        for kind, text, filters, _ in QUERIES:
            index.clear_caches()
            started = time.perf_counter()
            results = index.search(text, limit=20, **filters)
            elapsed = (time.perf_counter() - started) * 1000
            latencies.append(elapsed)
            per_kind.setdefault(f"{kind}: {text}", []).append((elapsed, results.total))
    warm = []
    for _ in range(repeats):  # postings decoded already, results not cached: typing
        for _kind, text, filters, _ in QUERIES:
            index._cache.clear()
            started = time.perf_counter()
            index.search(text, limit=20, **filters)
            warm.append((time.perf_counter() - started) * 1000)
    cached = []
    for _kind, text, filters, _ in QUERIES:
        index.search(text, limit=20, **filters)
        started = time.perf_counter()
        index.search(text, limit=20, **filters)
        cached.append((time.perf_counter() - started) * 1000)
    return {
        "queries": len(latencies),
        "p50_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(percentile(latencies, 0.95), 2),
        "max_ms": round(max(latencies), 2),
        "warm_p50_ms": round(statistics.median(warm), 2),
        "warm_p95_ms": round(percentile(warm, 0.95), 2),
        "cached_p50_ms": round(statistics.median(cached), 3),
        "per_query": {
            name: {
                "median_ms": round(statistics.median(t for t, _ in runs), 2),
                "total": runs[0][1],
            }
            for name, runs in per_kind.items()
        },
    }


def fts5_baseline(corpus: Corpus, folder: Path, repeats: int) -> dict | None:
    """The same records and query mix in SQLite FTS5 (porter stemmer), with snippets."""
    try:
        db = sqlite3.connect(folder / "fts.db")
        db.execute(
            "CREATE VIRTUAL TABLE t USING fts5(doc UNINDEXED, prov UNINDEXED, lang UNINDEXED, "
            "org UNINDEXED, date UNINDEXED, text, tokenize='porter unicode61')"
        )
    except sqlite3.OperationalError:
        return None
    started = time.perf_counter()
    rows = [(d.id, p.id, lang, d.organisation, d.date.iso(), text) for d in corpus
            for p in d.provisions for lang, text in p.versions().items()]  # fmt: skip
    db.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", rows)
    db.commit()
    build = time.perf_counter() - started
    latencies = []
    for _ in range(repeats):
        for _kind, _text, _filters, (match, where) in QUERIES:
            condition = "t MATCH ?1" + (f" AND {where}" if where else "")
            started = time.perf_counter()
            db.execute(f"SELECT count(*) FROM t WHERE {condition}", (match,)).fetchone()
            db.execute(
                "SELECT doc, prov, snippet(t, 5, '<b>', '</b>', ' … ', 30) FROM t "
                f"WHERE {condition} ORDER BY bm25(t) LIMIT 20",
                (match,),
            ).fetchall()
            latencies.append((time.perf_counter() - started) * 1000)
    db.close()
    return {
        "build_s": round(build, 2),
        "provisions_per_s": round(len({(r[0], r[1]) for r in rows}) / build),
        "p50_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(percentile(latencies, 0.95), 2),
        "max_ms": round(max(latencies), 2),
    }


def changed_one_document(corpus: Corpus) -> tuple[Corpus, int]:
    """The corpus with one provision of its middle document reworded, and that document's size."""
    documents = list(corpus.documents)
    middle = len(documents) // 2
    target = documents[middle]
    first = target.provisions[0]
    edited = dataclasses.replace(first, text=first.text + " Reworded in a later version.")
    documents[middle] = dataclasses.replace(target, provisions=(edited, *target.provisions[1:]))
    return Corpus(tuple(documents), path=corpus.path), len(target.provisions)


def peak_rss_mb() -> float | None:
    """The process's peak resident memory so far (building, opening and searching)."""
    try:
        import resource
    except ImportError:  # not on Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def run(size: int, repeats: int, fts5: bool) -> dict:
    corpus, source = synthetic_corpus(size)
    folder = Path(tempfile.mkdtemp(prefix="ictviewer-bench-"))
    try:
        started = time.perf_counter()
        index = SearchIndex.open_or_build(corpus, index_dir=folder)
        build = time.perf_counter() - started
        records = index.record_count
        size_mb = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6
        started = time.perf_counter()
        reopened = SearchIndex.open_or_build(corpus, index_dir=folder)
        reopen = time.perf_counter() - started
        reopened.close()
        changed, changed_provisions = changed_one_document(corpus)
        shutil.copytree(index.location, folder / "update" / index.location.name)  # a copy
        started = time.perf_counter()
        updated = SearchIndex.open_or_build(changed, index_dir=folder / "update")
        update = time.perf_counter() - started
        update_notice = updated.notice
        updated.close()
        figures = {
            "provisions": size,
            "records": records,
            "vocabulary_source": source,
            "build_s": round(build, 2),
            "provisions_per_s": round(size / build),
            "records_per_s": round(records / build),
            "index_mb": round(size_mb, 1),
            "reopen_s": round(reopen, 3),
            "update_one_document_s": round(update, 3),
            "update_provisions": changed_provisions,
            "update_notice": update_notice,
            **measure(index, repeats),
        }
        index.close()
        figures["peak_rss_mb"] = peak_rss_mb()
        if fts5:
            figures["fts5"] = fts5_baseline(corpus, folder, repeats)
        return figures
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def bundled_first_build() -> dict:
    """Load and index the bundled corpus in a fresh process (nothing cached, imports done)."""
    script = (
        "import json, sys, tempfile, time\n"
        "from ictviewer.corpus import load_corpus\n"
        "from ictviewer.search import SearchIndex\n"
        "started = time.perf_counter(); corpus = load_corpus()\n"
        "loaded = time.perf_counter()\n"
        "index = SearchIndex.open_or_build(corpus, index_dir=tempfile.mkdtemp())\n"
        "built = time.perf_counter(); index.search('digital forensics')\n"
        "searched = time.perf_counter()\n"
        "print(json.dumps({'documents': len(corpus), 'provisions': corpus.provision_count(),"
        " 'records': index.record_count, 'load_s': round(loaded - started, 3),"
        " 'build_s': round(built - loaded, 3), 'first_search_s': round(searched - built, 4)}))\n"
    )
    runs = []
    for _ in range(3):
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
        )
        if done.returncode != 0:
            return {"error": done.stderr.strip().splitlines()[-1:]}
        runs.append(json.loads(done.stdout))
    best = min(runs, key=lambda r: r["build_s"])
    return {**best, "build_s_runs": [r["build_s"] for r in runs]}


def table(report: list[dict], bundled: dict | None) -> str:
    """The figures as a Markdown table (the README's)."""
    lines = [
        "| provisions | build | provisions/s | reopen | update 1 doc | cold p50 / p95 / max |"
        " warm p50 / p95 | FTS5 build | FTS5 p50 / p95 / max |",
        "|---:|---:|---:|---:|---:|---|---|---:|---|",
    ]
    for f in report:
        fts = f.get("fts5") or {}
        lines.append(
            f"| {f['provisions']:,} | {f['build_s']} s | {f['provisions_per_s']:,} "
            f"| {f['reopen_s'] * 1000:.0f} ms | {f['update_one_document_s'] * 1000:.0f} ms "
            f"| {f['p50_ms']} / {f['p95_ms']} / {f['max_ms']} ms "
            f"| {f['warm_p50_ms']} / {f['warm_p95_ms']} ms "
            + (
                f"| {fts['build_s']} s | {fts['p50_ms']} / {fts['p95_ms']} / {fts['max_ms']} ms |"
                if fts
                else "| — | — |"
            )
        )
    if bundled and "build_s" in bundled:
        lines.append(
            f"\nBundled corpus ({bundled['documents']} documents, {bundled['records']} records), "
            f"first build in a fresh process: {bundled['build_s'] * 1000:.0f} ms "
            f"(load {bundled['load_s'] * 1000:.0f} ms, first search "
            f"{bundled['first_search_s'] * 1000:.1f} ms)."
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", action="store_true", help="also 50k provisions")
    parser.add_argument("--sizes", type=int, nargs="*", help="provision counts (default 1k 10k)")
    parser.add_argument("--repeats", type=int, default=10, help="runs of the query set")
    parser.add_argument(
        "--no-fts5",
        dest="fts5",
        action="store_false",
        help="skip the SQLite FTS5 baseline (run by default, on the same data and queries)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--markdown", action="store_true", help="print the table only")
    args = parser.parse_args(argv)
    sizes = args.sizes or [1_000, 10_000] + ([50_000] if args.large else [])
    bundled = bundled_first_build()
    report = [run(size, args.repeats, args.fts5) for size in sizes]
    if args.json:
        document = {"bundled_first_build": bundled, "sizes": report}
        print(json.dumps(document, indent=1, ensure_ascii=False))
        return 0
    if args.markdown:
        print(table(report, bundled))
        return 0
    for figures in report:
        print(
            f"\n{figures['provisions']:,} provisions ({figures['records']:,} records, "
            f"words from {figures['vocabulary_source']})\n"
            f"  build {figures['build_s']} s = {figures['provisions_per_s']:,} provisions/s, "
            f"index {figures['index_mb']} MB, reopen {figures['reopen_s']} s, "
            f"peak RSS so far {figures['peak_rss_mb']} MB\n"
            f"  one document of {figures['update_provisions']} provisions changed: "
            f"{figures['update_one_document_s']} s ({figures['update_notice']})\n"
            f"  {figures['queries']} cold queries: p50 {figures['p50_ms']} ms, "
            f"p95 {figures['p95_ms']} ms, max {figures['max_ms']} ms\n"
            f"  warm (postings decoded, results not cached): p50 {figures['warm_p50_ms']} ms, "
            f"p95 {figures['warm_p95_ms']} ms; repeated query: {figures['cached_p50_ms']} ms"
        )
        for name, row in figures["per_query"].items():
            print(f"    {row['median_ms']:7.2f} ms  {row['total']:6}  {name}")
        if figures.get("fts5"):
            f = figures["fts5"]
            print(
                f"  FTS5 (same records and queries): build {f['build_s']} s, "
                f"p50 {f['p50_ms']} ms, p95 {f['p95_ms']} ms, max {f['max_ms']} ms"
            )
    print("\n" + table(report, bundled))
    return 0


if __name__ == "__main__":
    sys.exit(main())
