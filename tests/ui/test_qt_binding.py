"""Guards against a Qt binding that corrupts the interpreter.

PySide6 6.12.0 drops a reference to None on every call of a void method; on
Python 3.11 the program then aborts after a few thousand calls. pyproject.toml
excludes it; this test fails loudly if such a binding is ever installed again.
"""

import sys

from PySide6.QtGui import QTextDocument


def test_void_methods_keep_none_alive(qapp):
    document = QTextDocument()
    before = sys.getrefcount(None)
    for _ in range(500):
        document.setPlainText("ICTs")
    assert sys.getrefcount(None) >= before - 50
