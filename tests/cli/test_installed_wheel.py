"""An installed wheel is complete: it finds every resource and runs without the source tree.

The checkout's tests import the code from `src/` and read `corpus/` and
`resources/` from the repository, so they cannot notice a wheel that forgot
its data or code that finds a file relative to the source tree. Here the wheel
is built from this checkout into a temporary folder and installed (just it,
`pip install --target`) into another; a fresh interpreter then runs with only
that folder on `PYTHONPATH`, from a working directory outside the repository,
the dependencies coming from the test's own environment (which `make test`
has just created). An audit hook records every file the program opens, so the
test proves that `ictviewer check` and `ictviewer compare` read the packaged
copies and nothing from the repository's `src/`, `corpus/` or `resources/`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SOURCE_FOLDERS = [REPO / "src", REPO / "corpus", REPO / "resources"]
LEFT, RIGHT = "cica-concept-2022", "cica-concept-2024-draft"

# Runs in the installed copy: records what is opened while the program works.
PROBE = """
import json, os, sys
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes)):
        opened.append(os.path.realpath(os.fsdecode(args[0])))
sys.addaudithook(hook)
from ictviewer import cli, paths
import ictviewer
codes = [cli.main(["check"]), cli.main(["compare", sys.argv[1], sys.argv[2], "--json"])]
extra = {}
if sys.argv[3] == "qt":
    from ictviewer.ui import app, theme
    icon = app.create_application().windowIcon()
    sizes = sorted({s.width() for s in icon.availableSizes()})
    extra = {"icon_sizes": sizes, "stylesheet": len(theme.stylesheet("dark")),
             "icon_drawn": [not icon.pixmap(n, n).isNull() for n in sizes]}
print("\\n@@PROBE@@" + json.dumps({
    "codes": codes, "package": ictviewer.__file__, "opened": opened,
    "resources": str(paths.bundled_resources_dir()),
    "corpus": str(paths.bundled_corpus_dir()), **extra}))
"""


def _relative_files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The folder the wheel built from this checkout is installed into."""
    work = tmp_path_factory.mktemp("wheel")
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist")]
    if importlib.util.find_spec("hatchling") is not None:
        build.append("--no-build-isolation")  # the dev extras carry hatchling: no download
    subprocess.run([*build, str(REPO)], check=True, capture_output=True, timeout=300)
    (wheel,) = (work / "dist").glob("ictviewer-*.whl")
    site = work / "site"
    install = [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site)]
    subprocess.run([*install, str(wheel)], check=True, capture_output=True, timeout=300)
    return site


def _environment(site: Path, tmp_path: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "ICTVIEWER_"))
    }
    env.update(
        PYTHONPATH=str(site),
        ICTVIEWER_CACHE=str(tmp_path / "cache"),
        ICTVIEWER_DATA=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def _probe(site: Path, tmp_path: Path, qt: bool) -> dict:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", PROBE, LEFT, RIGHT, "qt" if qt else "core"],
        cwd=outside,
        env=_environment(site, tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.rpartition("@@PROBE@@")[2])


def _inside(path: str | Path, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(folder.resolve())


def test_the_wheel_carries_every_file_of_corpus_and_resources(installed):
    for top, packaged in (("corpus", "corpus_data"), ("resources", "resources_data")):
        expected = _relative_files(REPO / top)
        shipped = _relative_files(installed / "ictviewer" / packaged)
        assert sorted(shipped) == sorted(expected), f"{top}/ and the wheel's {packaged} differ"
        assert shipped == expected, f"a file of {top}/ was changed on its way into the wheel"


def test_check_and_compare_run_from_the_installed_copy_alone(installed, tmp_path):
    result = _probe(installed, tmp_path, qt=False)
    assert result["codes"] == [0, 0]
    assert _inside(result["package"], installed)
    assert _inside(result["resources"], installed / "ictviewer" / "resources_data")
    assert _inside(result["corpus"], installed / "ictviewer" / "corpus_data")
    opened = result["opened"]
    leaked = [path for path in opened if any(_inside(path, f) for f in SOURCE_FOLDERS)]
    assert leaked == [], "the installed program read files from the source tree"
    lexicon = installed / "ictviewer" / "resources_data" / "concepts.yaml"
    assert str(lexicon.resolve()) in opened  # compare used the packaged lexicon
    corpus = installed / "ictviewer" / "corpus_data"
    assert str((corpus / f"{LEFT}.yaml").resolve()) in opened


def test_the_console_script_starts_check_and_compare_outside_the_checkout(installed, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    script = installed / "bin" / "ictviewer"
    env = _environment(installed, tmp_path)
    check = subprocess.run(
        [sys.executable, str(script), "check"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stderr
    compare = subprocess.run(
        [sys.executable, str(script), "compare", LEFT, RIGHT, "--json"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert compare.returncode == 0, compare.stderr
    result = json.loads(compare.stdout)
    assert (result["left"], result["right"]) == (LEFT, RIGHT)
    assert result["shared_concepts"], "the packaged lexicon found no shared concept"


@pytest.mark.needs_qt
def test_the_installed_window_finds_its_icon_and_style_sheet(installed, tmp_path):
    result = _probe(installed, tmp_path, qt=True)
    assert result["icon_sizes"] == [16, 24, 32, 48, 64, 128, 256, 512]
    assert all(result["icon_drawn"])  # Qt read the PNGs (its own reads escape the audit hook)
    assert result["stylesheet"] > 0
    style = installed / "ictviewer" / "resources_data" / "style.qss"
    assert str(style.resolve()) in result["opened"]
    leaked = [p for p in result["opened"] if any(_inside(p, f) for f in SOURCE_FOLDERS)]
    assert leaked == []
