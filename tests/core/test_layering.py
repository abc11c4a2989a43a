"""The core never imports Qt: it must stay scriptable and testable without a display."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "ictviewer"
CORE = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]
# The one allowed exception (DESIGN.md): PDF rendering imports QtGui lazily.
ALLOWED = {PACKAGE / "export" / "pdf.py"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_module_does_not_import_qt(path):
    if path in ALLOWED or path.name == "cli.py":
        pytest.skip("allowed to reach Qt lazily")
    qt = {name for name in _imports(path) if name.split(".")[0] in {"PySide6", "shiboken6"}}
    assert not qt, f"{path.name} imports {qt}; keep Qt in ictviewer.ui"


def test_cli_imports_the_window_only_lazily():
    tree = ast.parse((PACKAGE / "cli.py").read_text(encoding="utf-8"))
    top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    modules = {getattr(n, "module", None) or n.names[0].name for n in top_level}
    assert not any(m.startswith(("ictviewer.ui", "PySide6")) for m in modules)
