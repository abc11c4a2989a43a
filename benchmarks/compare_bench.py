"""Time `compare_documents` on each of the 15 pairs of bundled documents.

Run on demand: `.venv/bin/python benchmarks/compare_bench.py [--repeat N]`.
Three figures per pair, in milliseconds:

- cold: every cache cleared (stems, concept spans, tokens, wording ratios) as in
  a fresh process, the lexicon already compiled (it is, after its first use);
- new: a pair not compared before in a session that has stemmed the corpus's
  words already (stems cached, everything else cleared);
- warm: the median of N repeats with all caches filled.

The target is <= 50 ms per pair; on a busy machine run it twice.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time

from ictviewer import text
from ictviewer.compare import alignment, compare_documents, load_lexicon, normal_form, normalise
from ictviewer.corpus import load_corpus

TARGET_MS = 50.0


def _clear(lexicon, stems: bool = True) -> None:
    lexicon._cache.clear()
    if stems:
        normalise.cache_clear()
        normal_form.cache_clear()
    alignment._forms.cache_clear()
    alignment._bag.cache_clear()
    alignment._wording.cache_clear()
    text.diff_tokens.cache_clear()
    text.passage_words.cache_clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    corpus = load_corpus()
    started = time.perf_counter()
    lexicon = load_lexicon()
    print(f"lexicon: {len(lexicon)} concepts, loaded and compiled in "
          f"{(time.perf_counter() - started) * 1000:.1f} ms")  # fmt: skip
    print(f"{'left':24} {'right':24} {'cold':>6} {'new':>6} {'warm':>6}  shared/only-L/only-R "
          "passages aligned")  # fmt: skip
    worst = worst_new = 0.0
    for left, right in itertools.combinations(corpus.documents, 2):
        _clear(lexicon)
        t0 = time.perf_counter()
        result = compare_documents(left, right, lexicon)
        cold = (time.perf_counter() - t0) * 1000
        _clear(lexicon, stems=False)
        t0 = time.perf_counter()
        compare_documents(left, right, lexicon)
        new = (time.perf_counter() - t0) * 1000
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            compare_documents(left, right, lexicon)
            times.append((time.perf_counter() - t0) * 1000)
        warm = statistics.median(times)
        worst, worst_new = max(worst, cold), max(worst_new, new)
        counts = f"{len(result.shared_concepts)}/{len(result.only_left)}/{len(result.only_right)}"
        print(f"{left.id:24} {right.id:24} {cold:6.1f} {new:6.1f} {warm:6.1f}  {counts:>20} "
              f"{len(result.shared_passages):8} {len(result.alignment):7}")  # fmt: skip
    verdict = "within" if worst <= TARGET_MS else "OVER"
    print(f"slowest: cold {worst:.1f} ms, new pair {worst_new:.1f} ms "
          f"(cold {verdict} the {TARGET_MS:.0f} ms target)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
