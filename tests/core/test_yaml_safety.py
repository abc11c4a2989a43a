"""YAML is only ever read with a safe loader (a corpus or lexicon file cannot run code)."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "ictviewer"
UNSAFE_CALLS = {"unsafe_load", "full_load", "load_all", "unsafe_load_all", "full_load_all"}


def _is_yaml(node: ast.AST, names: set[str]) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "yaml"
        and node.attr in names
    )


def _loader_is_safe(loader: ast.expr, source: str) -> bool:
    if isinstance(loader, ast.Attribute):
        return "Safe" in loader.attr
    if isinstance(loader, ast.Name):  # a subclass or alias defined in the same module
        definition = rf"(class {loader.id}\(yaml\.SafeLoader\)|{loader.id} = .*SafeLoader)"
        return re.search(definition, source) is not None
    return False


def test_every_yaml_load_uses_a_safe_loader():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call):
                continue
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            if _is_yaml(node.func, UNSAFE_CALLS):
                offenders.append(where)
            elif _is_yaml(node.func, {"load"}):
                loader = next((k.value for k in node.keywords if k.arg == "Loader"), None)
                if loader is None or not _loader_is_safe(loader, source):
                    offenders.append(where)
    assert not offenders, f"YAML loaded without a safe loader at {offenders}"


def test_the_check_catches_an_unsafe_call(tmp_path):
    bad = ast.parse("yaml.load(text, Loader=yaml.Loader)").body[0].value
    assert not _loader_is_safe(bad.keywords[0].value, "")
