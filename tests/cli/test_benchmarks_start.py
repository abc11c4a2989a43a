"""Every benchmark still starts: its imports resolve against today's packages.

Benchmarks are run by hand, so nothing noticed when the house moved
`ictviewer.alignment` into `ictviewer.compare` and compare_bench.py stopped at
its first import. `--help` imports the whole script and parses its arguments,
and measures nothing.
"""

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = sorted((Path(__file__).resolve().parents[2] / "benchmarks").glob("*_bench.py"))

pytestmark = pytest.mark.needs_qt  # ui_bench and export_bench import Qt


def test_there_are_benchmarks():
    assert len(BENCHMARKS) >= 7


@pytest.mark.parametrize("script", BENCHMARKS, ids=lambda path: path.stem)
def test_the_benchmark_starts(script):
    done = subprocess.run(
        [sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage:" in done.stdout
