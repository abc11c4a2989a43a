"""Corpus loading benchmark: cold, cached, and the old double parse as a baseline.

A synthetic corpus (documents of 50 provisions of 25-70 words drawn from the
bundled corpus's vocabulary, one provision in ten with a Russian version) is
written as YAML into a temporary folder, then loaded:

- old: the loader before the single pass (each file parsed twice with the
  pure-Python SafeLoader: once for the data, once for the line numbers), same
  validation and building;
- pure: today's single pass with the pure-Python parser (PyYAML without libyaml);
- cold: `load_corpus` with an empty cache folder (parse, validate, build, and
  write the cache);
- cached: `load_corpus` again, every file answered from the cache.

Each figure is the best of `--repeat` runs, then peak memory of one run under
tracemalloc (Python allocations only). The bundled corpus is measured too.
Targets (issue #11): 10k cold <= 1 s, cached <= 0.2 s; bundled <= 20 ms.

    .venv/bin/python benchmarks/corpus_bench.py              # 10k, with the old baseline
    .venv/bin/python benchmarks/corpus_bench.py --large      # and 50k (old baseline 10k only)
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import yaml

from ictviewer.corpus import load_corpus, loader, yamldata
from ictviewer.corpus.validate import Problems, check_document

ROOT = Path(__file__).resolve().parents[1]
PER_DOCUMENT = 50


def vocabulary() -> tuple[list[str], list[str]]:
    corpus = load_corpus(ROOT / "corpus", cache=False)
    english, russian = [], []
    for document in corpus:
        for provision in document.provisions:
            for lang, text in provision.versions().items():
                (russian if lang == "ru" else english).extend(re.findall(r"\S+", text))
    return english, russian


def write_corpus(folder: Path, size: int, seed: int = 20240520) -> int:
    """Write `size` provisions as YAML files into `folder`; returns the bytes written."""
    english, russian = vocabulary()
    rng = random.Random(seed)

    def stitched(words: list[str]) -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(25, 70)))

    written = 0
    for d in range((size + PER_DOCUMENT - 1) // PER_DOCUMENT):
        provisions = []
        for p in range(min(PER_DOCUMENT, size - d * PER_DOCUMENT)):
            provision = {"id": f"p{p + 1}", "label": f"para. {p + 1}", "section": "Operative"}
            provision["text"] = stitched(english)
            if rng.random() < 0.1:
                provision["parallel"] = {"ru": stitched(russian)}
            provisions.append(provision)
        document = {
            "id": f"synthetic-{d:04d}",
            "title": f"Synthetic document {d}",
            "short_title": f"Synthetic {d}",
            "organisation": ("CICA", "CSTO", "ASEAN-Russia")[d % 3],
            "kind": "statement",
            "date": f"{2015 + d % 10}-{1 + d % 12:02d}",
            "date_precision": "month",
            "place": "Nowhere",
            "languages": ["en", "ru"],
            "status": "adopted",
            "source": {"publisher": "benchmark"},
            "provisions": provisions,
        }
        text = yaml.dump(
            document,
            Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
            allow_unicode=True,
            sort_keys=False,
            width=100,
        )
        (folder / f"synthetic-{d:04d}.yaml").write_text(text, encoding="utf-8")
        written += len(text.encode())
    return written


class _OldLoader(yaml.SafeLoader):
    """The loader before issue #11: pure-Python, dates kept as text."""


_OldLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def _old_line_map(node: yaml.Node | None) -> dict[tuple, int]:
    lines: dict[tuple, int] = {}

    def walk(current: yaml.Node, path: tuple) -> None:
        lines[path] = current.start_mark.line + 1
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                child = (*path, key.value)
                walk(value, child)
                lines[child] = key.start_mark.line + 1
        elif isinstance(current, yaml.SequenceNode):
            for i, item in enumerate(current.value):
                walk(item, (*path, i))

    if node is not None:
        walk(node, ())
    return lines


def old_load(folder: Path) -> int:
    """The former per-file work: two pure-Python parses, the line map, validation, building."""
    count = 0
    for file in sorted(folder.glob("*.yaml")):
        text = file.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=_OldLoader)
        data = yaml.load(text, Loader=_OldLoader)  # the benchmark's baseline, a SafeLoader
        problems = Problems(str(file), _old_line_map(node))
        check_document(data, problems)
        if not problems.items:
            count += len(loader._build(data, str(file)).provisions)
    return count


def pure_python_load(folder: Path) -> int:
    """Today's single pass, but with PyYAML's pure-Python parser instead of libyaml."""
    saved = yamldata.SafeLoader
    yamldata.SafeLoader = yaml.SafeLoader
    try:
        return load_corpus(folder, cache=False).provision_count()
    finally:
        yamldata.SafeLoader = saved


def timed(work: Callable[[], object], repeat: int, before: Callable[[], None] = lambda: None):
    best = float("inf")
    for _ in range(repeat):
        before()
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    before()
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return best, peak / 1e6


def report(label: str, seconds: float, peak_mb: float) -> None:
    print(f"  {label:34} {seconds * 1000:9.1f} ms   peak {peak_mb:7.1f} MB")


def run(size: int, repeat: int, baseline: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="corpus-bench-") as scratch:
        folder, cache = Path(scratch) / "corpus", Path(scratch) / "cache"
        folder.mkdir()
        written = write_corpus(folder, size)
        os.environ["ICTVIEWER_CACHE"] = str(cache)
        files = len(list(folder.glob("*.yaml")))
        print(f"{size:,} provisions in {files} files, {written / 1e6:.1f} MB of YAML "
              f"(libyaml: {yamldata.SafeLoader is not yaml.SafeLoader})")  # fmt: skip
        loaded = load_corpus(folder)
        assert loaded.provision_count() == size and not loaded.problems, loaded.problems[:3]

        def empty_cache() -> None:
            shutil.rmtree(cache, ignore_errors=True)

        if baseline:
            report("old (2x pure-Python parse)", *timed(lambda: old_load(folder), 1))
            report("single pass, pure-Python parser", *timed(lambda: pure_python_load(folder), 1))
        report("cold (libyaml, writes the cache)", *timed(lambda: load_corpus(folder), repeat,
                                                          empty_cache))  # fmt: skip
        report("no cache (cache=False)", *timed(lambda: load_corpus(folder, cache=False), repeat))
        load_corpus(folder)
        report("cached", *timed(lambda: load_corpus(folder), repeat))
        cache_bytes = sum(f.stat().st_size for f in cache.rglob("*.json"))
        print(f"  cache file: {cache_bytes / 1e6:.1f} MB")


def bundled(repeat: int) -> None:
    with tempfile.TemporaryDirectory(prefix="corpus-bench-") as scratch:
        os.environ["ICTVIEWER_CACHE"] = scratch
        corpus = load_corpus(ROOT / "corpus")
        print(f"bundled corpus: {len(corpus)} documents, {corpus.provision_count()} provisions")

        def empty_cache() -> None:
            shutil.rmtree(Path(scratch) / "corpus", ignore_errors=True)

        report("cold", *timed(lambda: load_corpus(ROOT / "corpus"), repeat, empty_cache))
        load_corpus(ROOT / "corpus")
        report("cached", *timed(lambda: load_corpus(ROOT / "corpus"), repeat))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", action="store_true", help="also 50,000 provisions")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best is shown)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the slow old loader")
    args = parser.parse_args(argv)
    bundled(max(args.repeat, 10))
    run(10_000, args.repeat, baseline=not args.no_baseline)
    if args.large:
        run(50_000, args.repeat, baseline=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
