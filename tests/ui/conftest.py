"""Fixtures for the window tests: the real corpus, one index per session, temporary settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from ictviewer.corpus import load_corpus
from ictviewer.search import SearchIndex

# The offscreen platform cannot resize windows to their size hints and says so;
# that message is about the test platform, not about the program.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
            item.add_marker(pytest.mark.needs_qt)  # `make test` runs these in its Qt step


@pytest.fixture(scope="session")
def corpus():
    loaded = load_corpus()
    assert not loaded.problems, loaded.problems
    return loaded


@pytest.fixture(scope="session")
def index_dir(corpus, tmp_path_factory):
    """Build the index once; every window of the session opens it from here."""
    folder = tmp_path_factory.mktemp("index")
    SearchIndex.open_or_build(corpus, index_dir=folder).close()
    return folder


@pytest.fixture(autouse=True)
def light_theme(qapp):
    """Every test starts in the light theme, whatever the previous one left."""
    from ictviewer.ui import theme

    qapp.setFont(theme.ui_font())
    theme.apply(qapp, "light")
    yield
    theme.apply(qapp, "light")


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(qtbot, corpus, index_dir, settings_path):
    """Build a MainWindow on temporary settings, shown, with its index ready."""
    from ictviewer.ui.main_window import MainWindow
    from ictviewer.ui.settings import Settings

    def make(open_doc=None, wait_index=True, corpus_=None, path=None):
        settings = Settings(path or settings_path)
        selection = (path or settings_path).parent / "selection.json"
        window = MainWindow(
            corpus_ or corpus, settings, index_dir=index_dir, selection_path=selection
        )
        qtbot.addWidget(window)
        window.restore_state(open_doc)
        window.apply_theme()
        window.show()
        qtbot.waitExposed(window)
        if wait_index:
            with qtbot.waitSignal(window.index_ready, timeout=20000):
                window.start_index()
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def russian(qapp, tmp_path, monkeypatch):
    """Russian installed (compiled from the .ts into a temporary cache), English again after."""
    from ictviewer.ui import i18n

    monkeypatch.setenv("ICTVIEWER_CACHE", str(tmp_path / "cache"))
    assert i18n.install(qapp, "ru") == "ru"
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def english_host(qapp, index_dir, tmp_path, monkeypatch, request):
    """A `WindowHost` (which rebuilds the window on a language switch or an import) on
    temporary settings in English, shut down and English again after the test."""
    from ictviewer.ui import i18n
    from ictviewer.ui.app import WindowHost
    from ictviewer.ui.settings import Settings

    monkeypatch.setenv("ICTVIEWER_CACHE", str(tmp_path / "cache"))
    request.addfinalizer(lambda: i18n.install(qapp, "en"))
    settings = Settings(tmp_path / "settings.ini")
    settings.set("preferences/language", "en")
    host = WindowHost(settings, index_dir=index_dir, selection_path=tmp_path / "selection.json")
    request.addfinalizer(host.shutdown)
    return host


def type_keys(widget, text):
    """Key presses carrying each character (QTest.keyClicks knows only ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


@pytest.fixture
def type_query(qtbot):
    """Type a query into a window's search box like a user and wait for its results."""

    def type_(window, text):
        box = window.search.box
        box.setFocus()
        box.clear()
        answers = []
        service = window.index_service
        service.results.connect(lambda _generation, results: answers.append(results))
        service.search_failed.connect(lambda _generation, message: answers.append(message))
        type_keys(box, text)
        qtbot.waitUntil(lambda: bool(answers), timeout=10000)
        assert not isinstance(answers[0], str), f"the search failed: {answers[0]}"
        return answers[0]

    return type_


@pytest.fixture
def activate(qtbot):
    """Make a window the active one: shortcuts reach only the active window."""
    from PySide6.QtWidgets import QApplication

    def activate_(window):
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return activate_


@pytest.fixture
def type_text():
    """`type_keys` for a test module: characters typed into any widget, non-ASCII too."""
    return type_keys
