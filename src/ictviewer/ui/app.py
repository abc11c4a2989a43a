"""Starting the window: `main(open_doc)` is what `ictviewer` and `ictviewer gui` call."""

from __future__ import annotations

import gc
import json
import logging
import signal
import sys
import time
from logging.handlers import RotatingFileHandler

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSize, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ictviewer import __version__, paths

log = logging.getLogger("ictviewer")


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings needs, the Fusion style and the UI font."""
    QCoreApplication.setOrganizationName("ictviewer")
    QCoreApplication.setOrganizationDomain("ictviewer.invalid")
    QCoreApplication.setApplicationName("ictviewer")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("ictviewer")
    app.setWindowIcon(application_icon())
    # Wayland docks match the window to resources/ictviewer.desktop by this name.
    app.setDesktopFileName("ictviewer")
    _install_translations(app)
    from ictviewer.ui import theme

    app.setFont(theme.ui_font())
    return app


def application_icon() -> QIcon:
    """The icon of every window, from the bundled `icons/hicolor` set.

    Each PNG is added at its own size so panels and title bars pick a bitmap
    made for their size, and the nearest larger one is scaled for the sizes in
    between. Only the PNGs: an icon built on the SVG would go to Qt's SVG icon
    engine, which reports no sizes and renders the 16-pixel icon from vectors.
    """
    folder = paths.resource_path("icons") / "hicolor"
    icon = QIcon()
    for png in sorted(folder.glob("*x*/apps/ictviewer.png")):
        side = int(png.parent.parent.name.partition("x")[0])
        icon.addFile(str(png), QSize(side, side))
    return icon


def _install_translations(app: QApplication) -> None:
    """Load a translation for the system locale when one is shipped (none yet)."""
    translator = QTranslator(app)
    folder = str(paths.resource_path("translations"))
    if translator.load(QLocale(), "ictviewer", "_", folder):
        app.installTranslator(translator)


def _setup_logging() -> logging.Handler:
    try:
        folder = paths.cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            folder / "ictviewer.log", maxBytes=1_000_000, backupCount=2, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return handler


def _quit_on_signals(app: QApplication, window) -> None:
    """Ctrl+C in the terminal (or a polite kill) closes the window properly, saving the session.

    Python handles signals only when it runs, so a timer wakes it now and then.
    """

    def close(*_args) -> None:
        window.close()
        app.quit()

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)


class _SmokeProbe(QObject):
    """`ictviewer gui --smoke`: once the window has painted and the index is ready, quit.

    Prints one JSON line to stdout, `{"title", "painted_at", "ready_at"}`, the two times
    as wall-clock seconds (`time.time()`), so a caller that noted when it launched the
    program gets the time to a painted window, bootloader and imports included. Used by
    the bundle's smoke test (packaging/smoke.py) to prove the frozen window opens.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.painted_at: float | None = None
        self.ready_at: float | None = None
        self.reported = False
        window.installEventFilter(self)
        window.index_ready.connect(self._ready)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.time()
            QTimer.singleShot(0, self._maybe_quit)
        return False

    def _ready(self) -> None:
        self.ready_at = time.time()
        self._maybe_quit()

    def _maybe_quit(self) -> None:
        if self.painted_at is not None and self.ready_at is not None and not self.reported:
            self.reported = True
            report = {
                "title": self.window.windowTitle(),
                "painted_at": self.painted_at,
                "ready_at": self.ready_at,
            }
            print(json.dumps(report), flush=True)
            self.window.close()  # the last window: the application quits, as on a user's close


def main(
    open_doc: str | None = None,
    compare: tuple[str, str] | None = None,
    timeline: bool = False,
    smoke: bool = False,
) -> int:
    """Open the window on the bundled corpus, restoring the last session; returns the exit code.

    `compare` opens two documents side by side; `timeline` shows the timeline; `smoke`
    quits once the window has painted and the index is ready (see `_SmokeProbe`).
    """
    handler = _setup_logging()
    try:
        return _run(open_doc, compare, timeline, smoke)
    finally:
        log.removeHandler(handler)
        handler.close()


def _run(
    open_doc: str | None, compare: tuple[str, str] | None, timeline: bool, smoke: bool = False
) -> int:
    app = create_application()

    from ictviewer.corpus import load_library
    from ictviewer.ui import theme
    from ictviewer.ui.dialogs.messages import ErrorReporter, install_excepthook
    from ictviewer.ui.main_window import MainWindow
    from ictviewer.ui.settings import Settings

    reporter = ErrorReporter(app)
    install_excepthook(reporter)

    settings = Settings()
    theme.apply(app, theme.resolve(settings.theme))
    corpus = load_library()
    for problem in corpus.problems:
        log.warning("corpus file skipped: %s", problem)

    window = MainWindow(corpus, settings)
    window.restore_state(open_doc, compare, timeline)
    window.apply_theme()
    if smoke:
        _SmokeProbe(window)
    window.show()
    # Once the corpus and the index are in memory, move them out of the garbage
    # collector's sight: a full collection scanning them took 143 ms at 50,000
    # provisions, which is a keystroke lost. They live as long as the window.
    window.index_ready.connect(gc.freeze)
    window.start_index()
    window.show_corpus_problems()
    if window.tabs.count() == 0 or window.search.box.text():
        window.focus_search()
    _quit_on_signals(app, window)
    code = app.exec()
    window.shutdown()
    window.deleteLater()
    return code
