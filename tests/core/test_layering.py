"""The core never imports Qt: it must stay scriptable and testable without a display.

The layering itself is held by import-linter's contracts (`pyproject.toml`,
run by `make test`), which see every import, lazy ones included, and by the
run of the core tests with Qt blocked (`ICTVIEWER_WITHOUT_QT=1`). What stays
here is what a contract cannot say: the CLI may reach the window only lazily.
"""

import ast
import importlib
import os
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "ictviewer"


def test_cli_imports_the_window_only_lazily():
    """Every module of the CLI package: `ictviewer search` must not pay for Qt."""
    files = sorted((PACKAGE / "cli").glob("*.py"))
    assert len(files) > 1
    for file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"))
        top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
        modules = {getattr(n, "module", None) or n.names[0].name for n in top_level}
        assert not any(m.startswith(("ictviewer.ui", "PySide6")) for m in modules), file


@pytest.mark.skipif(
    os.environ.get("ICTVIEWER_WITHOUT_QT") != "1", reason="only in the run without Qt"
)
def test_the_run_without_qt_really_has_no_qt():
    """The core tests of `make test`'s Qt-less step passed with Qt truly unavailable."""
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("PySide6.QtCore")
    assert not any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in sys.modules)


def test_only_the_app_module_imports_the_main_window():
    """The composition root is one: the contract's list covers every UI module there is.

    import-linter's "only the app module imports the main window" contract
    names the UI packages and modules; a module added later and missing from
    that list would escape it, so the import graph itself is asked here.
    """
    grimp = pytest.importorskip("grimp")
    graph = grimp.build_graph("ictviewer", cache_dir=None)
    importers = graph.find_modules_that_directly_import("ictviewer.ui.main_window")
    assert importers == {"ictviewer.ui.app"}
