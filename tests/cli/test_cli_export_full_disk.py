"""`ictviewer export` on a full disk: non-zero exit, a reason, and the old file intact."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from pypdf import PdfReader

LIMITED = textwrap.dedent(
    """
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))
    from ictviewer import cli
    sys.exit(cli.main(["export", "cica-statement-2022", "cica-note-2024", "-o", sys.argv[2]]))
    """
)


def _export(tmp_path, limit: int, target) -> subprocess.CompletedProcess:
    env = dict(os.environ, ICTVIEWER_CACHE=str(tmp_path / "cache"), QT_QPA_PLATFORM="offscreen")
    env.pop("ICTVIEWER_CORPUS", None)
    return subprocess.run(
        [sys.executable, "-c", LIMITED, str(limit), str(target)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE and SIGXFSZ")
def test_a_file_size_limit_keeps_the_old_file_and_fails_loudly(tmp_path):
    target = tmp_path / "pack.pdf"
    old = b"%PDF-1.4 the user's previous export\n" * 10
    target.write_bytes(old)
    done = _export(tmp_path, 40_000, target)  # the pack is ~100 KB
    assert done.returncode != 0, done.stdout
    assert "Wrote" not in done.stdout
    assert "cannot write" in done.stderr and "left as it was" in done.stderr, done.stderr
    assert target.read_bytes() == old, "the old file is intact"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["pack.pdf"]

    done = _export(tmp_path, 50_000_000, target)  # room enough: the same command succeeds
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(target).pages) == int(done.stdout.split(" on ")[1].split()[0])
