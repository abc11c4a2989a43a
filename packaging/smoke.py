"""Smoke test of the one-folder bundle: `python packaging/smoke.py [dist/ictviewer] [--starts N]`.

Runs the frozen program the way a delegate's laptop would: with an emptied environment,
as `env -i` gives (no PYTHONPATH, no virtualenv, no PATH to this checkout), with HOME,
the cache and the data folder in a fresh temporary directory, and from that directory,
so nothing of the checkout can be found. Checks the command line (`--version`, `check`, `documents`,
`search`, `import` of a .docx, `index`) and the window (`gui --smoke` on the offscreen
platform: it quits after its first paint and prints when that was). Prints the bundle's
size and the median time from launch to a painted window, and exits non-zero on the
first failure.

Any Python 3.11+ runs it; `make bundle` uses the bundle's build venv, whose python-docx
writes the .docx to import (without python-docx a plain-text file is imported instead).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 120  # seconds for one command; a cold first start on a loaded CI machine is slow


class SmokeFailure(Exception):
    pass


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """What `env -i` leaves, plus a home: the bundle must not need anything else.

    Every variable of this process is dropped (PYTHONPATH, VIRTUAL_ENV, PATH to this
    checkout); HOME, and on Windows the profile folders, point into `home`.
    """
    if os.name == "nt":
        env = {name: os.environ[name] for name in ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR")}
        for name in ("USERPROFILE", "APPDATA", "LOCALAPPDATA", "TEMP", "TMP"):
            env[name] = str(home)
    else:
        env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    env.update(extra)
    return env


def run(exe: Path, args: list[str], home: Path, **extra: str) -> subprocess.CompletedProcess:
    """Run the bundle with exactly `bare_env` (as `env -i` would), from `home`."""
    done = subprocess.run(
        [str(exe), *args],
        env=bare_env(home, **extra),
        cwd=home,
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        raise SmokeFailure(
            f"`ictviewer {' '.join(args)}` exited {done.returncode}\n"
            f"stdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-2000:]}"
        )
    return done


def check_cli(exe: Path, home: Path, version: str) -> None:
    out = run(exe, ["--version"], home).stdout.strip()
    if out != f"ictviewer {version}":
        raise SmokeFailure(f"--version printed {out!r}, expected 'ictviewer {version}'")

    out = run(exe, ["check"], home).stdout
    # The bundled corpus is the one inside the bundle, found through importlib.resources.
    if "corpus_data" not in out or "valid" not in out:
        raise SmokeFailure(f"check did not validate the bundled corpus: {out!r}")

    documents = json.loads(run(exe, ["documents", "--json"], home).stdout)
    if len(documents) < 6 or {d["origin"] for d in documents} != {"bundled"}:
        raise SmokeFailure(f"documents --json: {len(documents)} documents, expected the bundled 6")

    found = json.loads(run(exe, ["search", "security", "--json"], home).stdout)
    if found["total"] < 1 or not found["hits"] or "<b>" not in found["hits"][0]["snippet"]:
        raise SmokeFailure(f"search security found nothing: {found!r}"[:500])
    cyrillic = json.loads(run(exe, ["search", "безопасность", "--json"], home).stdout)
    if cyrillic["total"] < 1:
        raise SmokeFailure("search безопасность found nothing (Russian stemming, UTF-8 I/O)")

    source = write_document(home)
    imported = json.loads(
        run(
            exe,
            ["import", str(source), "--id", "smoke-doc", "--date", "2026-01-02", "--json"],
            home,
        ).stdout
    )
    if imported["id"] != "smoke-doc" or imported["provisions"] < 1:
        raise SmokeFailure(f"import of {source.name} gave {imported!r}")
    found = json.loads(run(exe, ["search", "zebrafish", "--json"], home).stdout)
    if [hit["doc_id"] for hit in found["hits"]] != ["smoke-doc"]:
        raise SmokeFailure(f"the imported document is not searchable: {found!r}"[:500])
    run(exe, ["remove", "smoke-doc"], home)

    out = run(exe, ["index"], home).stdout
    if str(home) not in out:
        raise SmokeFailure(f"the index is not in the user's cache under HOME: {out!r}")


def check_desktop_entry(bundle: Path, home: Path) -> None:
    """Linux: the bundle's install-desktop-entry.sh puts the entry and the icons in place."""
    script = bundle / "install-desktop-entry.sh"
    if not sys.platform.startswith("linux"):
        return
    if not script.is_file():
        raise SmokeFailure(f"{script.name} is missing from the bundle")
    data = home / "xdg-data"
    env = {**bare_env(home), "XDG_DATA_HOME": str(data)}
    subprocess.run([str(script)], env=env, check=True, capture_output=True, timeout=TIMEOUT)
    entry = (data / "applications" / "ictviewer.desktop").read_text(encoding="utf-8")
    if f'Exec="{bundle / "ictviewer"}"' not in entry.splitlines():
        raise SmokeFailure(f"the desktop entry does not start the bundle:\n{entry}")
    for size in ("16x16", "48x48", "256x256", "scalable"):
        if not list((data / "icons" / "hicolor" / size / "apps").glob("ictviewer.*")):
            raise SmokeFailure(f"the {size} icon was not installed")
    subprocess.run([str(script), "--remove"], env=env, check=True, capture_output=True)
    if (data / "applications" / "ictviewer.desktop").exists():
        raise SmokeFailure("--remove left the desktop entry")


def write_document(folder: Path) -> Path:
    """A small .docx (python-docx and lxml inside the bundle are exercised), else a .txt."""
    text = [
        "Smoke test document",
        "1. The delegates discussed the security of zebrafish in the use of ICTs.",
        "2. They agreed to meet again.",
    ]
    try:
        import docx
    except ImportError:
        path = folder / "smoke.txt"
        path.write_text("\n\n".join(text) + "\n", encoding="utf-8")
        return path
    document = docx.Document()
    document.add_heading(text[0], level=1)
    for paragraph in text[1:]:
        document.add_paragraph(paragraph)
    path = folder / "smoke.docx"
    document.save(str(path))
    return path


def time_to_paint(exe: Path, home: Path, version: str) -> float:
    """Seconds from launching the bundle to its window's first paint (offscreen)."""
    launched = time.time()
    done = run(exe, ["gui", "--smoke"], home, QT_QPA_PLATFORM="offscreen")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SmokeFailure(f"gui --smoke printed no report: {done.stdout!r} {done.stderr!r}")
    report = json.loads(lines[-1])
    if report["title"] != f"ictviewer {version}":
        raise SmokeFailure(f"window title {report['title']!r}, expected 'ictviewer {version}'")
    return report["painted_at"] - launched


def check_russian_start(exe: Path, home: Path) -> None:
    """A Russian system starts the window in Russian (the language follows the locale),
    and the Russian user guide is inside the bundle."""
    done = run(exe, ["gui", "--smoke"], home, QT_QPA_PLATFORM="offscreen", LANG="ru_RU.UTF-8")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SmokeFailure(f"gui --smoke printed no report: {done.stdout!r} {done.stderr!r}")
    menus = json.loads(lines[-1]).get("menus", [])
    if menus[:2] != ["&Файл", "&Правка"]:
        raise SmokeFailure(f"with LANG=ru_RU.UTF-8 the menus are {menus!r}, not Russian")
    if not any(exe.parent.rglob("guide_ru.md")):
        raise SmokeFailure("the Russian user guide (guide_ru.md) is missing from the bundle")


def check_translations(bundle: Path) -> None:
    """The Russian interface ships compiled: ours and Qt's own catalogue (a frozen program
    has no lrelease to compile the .ts on first use)."""
    for name in ("ictviewer_ru.qm", "qtbase_ru.qm"):
        if not any(bundle.rglob(name)):
            raise SmokeFailure(f"{name} is missing from the bundle: the interface would be English")


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "ictviewer"))
    parser.add_argument("--starts", type=int, default=5, help="window starts to time")
    args = parser.parse_args(argv)
    bundle = Path(args.bundle).resolve()
    exe = bundle / ("ictviewer.exe" if os.name == "nt" else "ictviewer")
    if not exe.is_file():
        print(f"smoke: no bundle at {exe} (run `make bundle`)", file=sys.stderr)
        return 1
    namespace: dict = {}
    exec((ROOT / "src" / "ictviewer" / "__init__.py").read_text(encoding="utf-8"), namespace)
    version = namespace["__version__"]
    try:
        with tempfile.TemporaryDirectory(prefix="ictviewer-smoke-") as home:
            check_cli(exe, Path(home), version)
            print("smoke: command line ok (--version, check, documents, search, import, index)")
            check_desktop_entry(bundle, Path(home))
            check_translations(bundle)
            print("smoke: Russian catalogues shipped (ictviewer_ru.qm, qtbase_ru.qm)")
            check_russian_start(exe, Path(home))
            print("smoke: the window starts in Russian on a Russian system, guide included")
            starts = [time_to_paint(exe, Path(home), version) for _ in range(max(1, args.starts))]
    except (SmokeFailure, subprocess.SubprocessError, OSError) as failure:
        print(f"smoke: FAILED: {failure}", file=sys.stderr)
        return 1
    print(
        f"smoke: window painted (offscreen) in median {statistics.median(starts):.2f} s "
        f"over {len(starts)} starts ({', '.join(f'{s:.2f}' for s in starts)}; the first one "
        "also builds the index)"
    )
    print(f"smoke: bundle size {folder_size(bundle) / 2**20:.0f} MiB ({bundle})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
