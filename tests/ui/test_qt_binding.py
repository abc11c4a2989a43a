"""Guards against a Qt binding that corrupts the interpreter.

PySide6 6.12.0 drops a reference to None on every call of a void method; on
Python 3.11 the program then aborts after a few thousand calls (from 3.12 None
is immortal and the drop is harmless). pyproject.toml excludes that binding on
3.11; these tests fail loudly if such a binding is ever installed again.
"""

import sys
from importlib.metadata import requires, version

import pytest
from packaging.requirements import Requirement
from PySide6.QtGui import QTextDocument


def test_the_installed_binding_is_one_the_project_allows():
    """What pip installed satisfies the project's own PySide6 requirement for this Python."""
    wanted = [
        Requirement(line)
        for line in requires("ictviewer") or []
        if line.lower().startswith("pyside6")
    ]
    applicable = [r for r in wanted if r.marker is None or r.marker.evaluate()]
    assert applicable, "the project declares no PySide6 requirement for this Python"
    installed = version(applicable[0].name)
    assert all(r.specifier.contains(installed, prereleases=True) for r in applicable), installed


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: nothing to lose"
)
def test_void_methods_keep_none_alive(qapp):
    document = QTextDocument()
    before = sys.getrefcount(None)
    for _ in range(500):
        document.setPlainText("ICTs")
    assert sys.getrefcount(None) >= before - 50
