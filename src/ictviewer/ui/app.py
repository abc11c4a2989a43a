"""Starting the window: `main(open_doc)` is what `ictviewer` and `ictviewer gui` call.

`WindowHost` keeps the window and rebuilds it when the user's library changes.
"""

from __future__ import annotations

import gc
import json
import logging
import signal
import sys
import time
from logging.handlers import RotatingFileHandler

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer, Signal
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
    """The interface language the user chose (`preferences/language`), else the system's."""
    from ictviewer.ui import i18n
    from ictviewer.ui.settings import Settings

    i18n.install(app, i18n.resolve(Settings().get("preferences/language")))


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


def _quit_on_signals(app: QApplication, host: WindowHost) -> None:
    """Ctrl+C in the terminal (or a polite kill) closes the window properly, saving the session.

    Python handles signals only when it runs, so a timer wakes it now and then.
    """

    def close(*_args) -> None:
        if host.window is not None:
            host.window.close()
        app.quit()

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)


class _SmokeProbe(QObject):
    """`ictviewer gui --smoke`: once the window has painted and the index is ready, quit.

    Prints one JSON line to stdout, `{"title", "menus", "painted_at", "ready_at"}` (the
    menu bar's titles say which language the window speaks), the two times
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
                "menus": [action.text() for action in self.window.menuBar().actions()],
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

    from ictviewer.ui import theme
    from ictviewer.ui.dialogs.messages import ErrorReporter, install_excepthook
    from ictviewer.ui.settings import Settings

    reporter = ErrorReporter(app)
    install_excepthook(reporter)

    settings = Settings()
    # One window per settings file: a second launch hands its arguments over and leaves.
    instance = single_instance()
    name = instance.instance_name(settings.location) if instance else ""
    if instance and send_to_running(name, instance.launch_message(open_doc, compare, timeline)):
        log.info("handed the launch to the running window")
        return 0
    theme.apply(app, theme.resolve(settings.theme))
    host = WindowHost(settings, parent=app)
    server = instance.InstanceServer(name, app) if instance else None
    if server is not None:
        server.launched.connect(host.present)
        server.listen()
    host.build(open_doc, compare, timeline)
    if smoke:
        _SmokeProbe(host.window)  # before the first paint: the event loop has not run
    _quit_on_signals(app, host)
    code = app.exec()
    if server is not None:
        server.close()
    host.shutdown()
    return code


def single_instance():
    """`ui.instance`, or None where Qt's network module is left out (a trimmed bundle):
    then each launch opens its own window, as before, rather than not starting at all."""
    try:
        from ictviewer.ui import instance
    except ImportError as error:
        log.warning("no single-instance hand-over: %s", error)
        return None
    return instance


def send_to_running(name: str, message: dict) -> bool:
    """A running window listening on `name` took `message` (a seam for tests)."""
    from ictviewer.ui.instance import send_to_running as send

    return send(name, message)


class WindowHost(QObject):
    """Holds the one main window, and builds it anew when the user's library changes.

    Every feature of the window holds the corpus it was built on, and the
    corpus is immutable (a frozen tuple of documents shared by the search
    index, the comparisons and the timeline). After the user adds, edits or
    removes a document, the honest way to show it everywhere is therefore to
    save the session, load the library again and build a new window that
    restores the session and opens the document. It costs a second, not an
    index build: `SearchIndex.open_or_build` reuses every unchanged record.
    """

    window_replaced = Signal(object)  # the new MainWindow

    def __init__(self, settings, load=None, parent: QObject | None = None, **window_args) -> None:
        super().__init__(parent)
        from ictviewer.corpus import load_library

        self.settings = settings
        self._load = load or load_library
        self._window_args = window_args  # index_dir, selection_path, lexicon for MainWindow
        self.window = None

    def build(
        self,
        open_doc: str | None = None,
        compare: tuple[str, str] | None = None,
        timeline: bool = False,
    ):
        """Load the library and show a window on it, restoring the last session."""
        from ictviewer.ui.main_window import MainWindow

        corpus = self._load()
        for problem in corpus.problems:
            log.warning("corpus file skipped: %s", problem)
        window = MainWindow(corpus, self.settings, **self._window_args)
        window.library_changed.connect(self.rebuild)
        window.language_changed.connect(self.set_language)
        window.restore_state(open_doc, compare, timeline)
        window.apply_theme()
        window.show()
        # Once the corpus and the index are in memory, move them out of the garbage
        # collector's sight: a full collection scanning them took 143 ms at 50,000
        # provisions, which is a keystroke lost. They live as long as the window.
        window.index_ready.connect(gc.freeze)
        window.start_index()
        window.show_corpus_problems()
        if window.tabs.count() == 0 or window.search.box.text():
            window.focus_search()
        self.window = window
        return window

    def set_language(self, choice: str) -> None:
        """Speak `choice` ("system", "en", "ru") from now on: install its catalogues, then
        build the window anew (every label is made in the language current at its
        construction), with the session and the open documents kept."""
        from ictviewer.ui import i18n

        app = QApplication.instance()
        if app is not None:
            i18n.install(app, i18n.resolve(choice))
        self.rebuild()

    def rebuild(self, doc_id: str = "") -> None:
        """Replace the window by one on the reloaded library, opening `doc_id` when given."""
        old = self.window
        if old is not None:
            carried = old.navigation_state()  # in memory only, like a browser's history
            old.shutdown()  # saves the session the new window restores; stops its jobs
        gc.unfreeze()  # the old corpus and index may now be collected
        window = self.build(doc_id or None)
        if old is not None:
            window.adopt_navigation(*carried)
            old.hide()
            old.deleteLater()
        self.window_replaced.emit(window)

    def present(self, launch: dict) -> None:
        """A second launch's arguments (`instance.launch_message`): open what it asks for
        in this window and bring the window to the front."""
        window = self.window
        if window is None:
            return
        doc_id, compare = launch.get("open", ""), tuple(launch.get("compare") or ())
        for unknown in (d for d in (doc_id, *compare) if d and window.corpus.get(d) is None):
            window.unknown_document(unknown)
            return
        if doc_id:
            window.tabs.open_document(doc_id)
        if len(compare) == 2:
            window.tabs.open_comparison(*compare)
        if launch.get("timeline"):
            window.timeline.present()
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.shutdown()
            self.window.deleteLater()
