"""The window as a whole: shortcuts, zoom, themes, restoring the session, dialogs."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from ictviewer import __version__
from ictviewer.corpus.model import Corpus, CorpusProblem
from ictviewer.ui import theme
from ictviewer.ui.dialogs.about import AboutDialog
from ictviewer.ui.settings import Settings

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, window, sequence):
    """Press a standard key sequence where the user would: on the focused widget."""
    combination = QKeySequence(sequence)[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())


def test_ctrl_k_focuses_the_search_box(qtbot, window):
    # Ctrl+F now finds in the open document (test_find_bar.py); all documents have Ctrl+K.
    window.open_document("cica-statement-2022")
    window.library.table.setFocus()
    qtbot.waitUntil(lambda: window.library.table.hasFocus())
    press(qtbot, window, "Ctrl+K")
    qtbot.waitUntil(lambda: window.search.box.hasFocus())


def test_ctrl_f_with_no_document_open_focuses_the_search_box(qtbot, window):
    window.library.table.setFocus()
    qtbot.waitUntil(lambda: window.library.table.hasFocus())
    press(qtbot, window, QKeySequence.StandardKey.Find)
    qtbot.waitUntil(lambda: window.search.box.hasFocus())


def test_f3_and_shift_f3_move_through_the_hits(qtbot, window, type_query):
    results = type_query(window, "cooperation")
    assert results.total > 3
    hits = results.hits
    window.search.list.setFocus()
    window.search.list.setCurrentIndex(window.search.model.index(0))
    with qtbot.waitSignal(window.provision_shown) as shown:
        press(qtbot, window, QKeySequence.StandardKey.FindNext)
    assert shown.args == [hits[1].doc_id, hits[1].provision_id]
    assert window.search.list.currentIndex().row() == 1
    assert window.reader().options.current == hits[1].provision_id

    press(qtbot, window, QKeySequence.StandardKey.FindNext)
    assert window.search.list.currentIndex().row() == 2
    with qtbot.waitSignal(window.provision_shown) as shown:
        press(qtbot, window, QKeySequence.StandardKey.FindPrevious)
    assert shown.args == [hits[1].doc_id, hits[1].provision_id]


def test_f3_works_while_typing_in_the_search_box(qtbot, window, type_query):
    results = type_query(window, "forensics")
    assert window.search.box.hasFocus()
    with qtbot.waitSignal(window.provision_shown) as shown:
        qtbot.keyClick(window.search.box, Qt.Key.Key_F3)
    assert shown.args[0] == results.hits[1].doc_id


def test_zoom_keys_and_ctrl_wheel(qtbot, window):
    reader = window.open_document("cica-statement-2022")
    assert window.settings.zoom == 100
    reader.browser.setFocus()
    press(qtbot, window, QKeySequence.StandardKey.ZoomIn)
    assert window.settings.zoom == 110
    assert (
        "font-size:12.1pt" in reader.browser.toHtml().replace(" ", "") or reader.options.zoom == 110
    )
    press(qtbot, window, QKeySequence.StandardKey.ZoomOut)
    press(qtbot, window, QKeySequence.StandardKey.ZoomOut)
    assert window.settings.zoom == 90
    wheel = QWheelEvent(
        QPointF(50, 50), QPointF(reader.browser.mapToGlobal(QPoint(50, 50))), QPoint(0, 0),
        QPoint(0, 120), Qt.MouseButton.NoButton, CTRL, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(reader.browser.viewport(), wheel)
    assert window.settings.zoom == 100
    press(qtbot, window, QKeySequence.StandardKey.ZoomIn)
    qtbot.keyClick(reader.browser, Qt.Key.Key_0, CTRL)
    assert window.settings.zoom == 100
    assert reader.options.zoom == 100


def test_theme_switch_repaints_everything(qtbot, window):
    reader = window.open_document("cica-statement-2022")
    window.commands.themes["dark"].trigger()
    app = QApplication.instance()
    assert window.settings.theme == "dark"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert app.palette().color(QPalette.ColorRole.Text).lightness() > 180
    assert reader.options.scheme == "dark"
    assert theme.DARK.text in reader.browser.toHtml()
    window.commands.themes["light"].trigger()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert reader.options.scheme == "light"


def test_follow_the_system_scheme(qtbot, window, monkeypatch):
    monkeypatch.setattr(theme, "system_scheme", lambda: "dark")
    window.set_theme_mode("system")
    assert window.commands.themes["system"].isChecked()
    assert theme.current_scheme() == "dark"
    monkeypatch.setattr(theme, "system_scheme", lambda: "light")
    window._system_scheme_changed()
    assert theme.current_scheme() == "light"


def test_restart_restores_the_session(qtbot, make_window, settings_path, type_query):
    first = make_window()
    first.open_document("cica-note-2024")
    first.open_document("csto-statement-2022")
    first.reader(0).set_layout("ru")
    first.tabs.setCurrentIndex(0)
    first.set_theme_mode("dark")
    first.zoom(1)
    first.resize(777, 555)  # within the offscreen screen (800 × 800)
    first.splitter.setSizes([250, 522])
    sizes = first.splitter.sizes()
    type_query(first, "confidence")
    first.commands.show_library.setChecked(False)
    first.close()

    stored = Settings(settings_path)
    assert stored.get("session/open_tabs") == ["cica-note-2024", "csto-statement-2022"]
    assert stored.get("search/query") == "confidence"

    second = make_window(wait_index=False)
    assert [r.document.id for r in second.readers()] == ["cica-note-2024", "csto-statement-2022"]
    assert second.tabs.currentIndex() == 0
    assert second.reader(0).layout_mode == "ru"
    assert second.size().width() == 777 and second.size().height() == 555
    assert second.splitter.sizes() == sizes
    assert second.settings.theme == "dark" and theme.current_scheme() == "dark"
    assert second.settings.zoom == 110 and second.reader(0).options.zoom == 110
    assert not second.library.isVisible()
    assert second.search.box.text() == "confidence"
    with qtbot.waitSignal(second.index_service.results, timeout=20000) as blocker:
        second.start_index()  # the restored query runs as soon as the index is ready
    assert blocker.args[1].query == "confidence"
    assert second.search.model.rowCount() > 0


def test_open_doc_argument_opens_that_document(qtbot, make_window):
    window = make_window(open_doc="asean-russia-2018", wait_index=False)
    assert window.reader().document.id == "asean-russia-2018"
    assert window.windowTitle().startswith("ASEAN-Russia Leaders' Statement 2018")


def test_unknown_open_doc_is_reported_not_raised(qtbot, make_window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args))
    window = make_window(open_doc="no-such-document", wait_index=False)
    qtbot.waitUntil(lambda: bool(shown))
    assert "no-such-document" in shown[0][2]
    assert window.tabs.count() == 0
    assert window.reader_area.currentWidget() is window.welcome


def test_closing_tabs_returns_to_the_start_page(qtbot, window):
    window.open_document("cica-statement-2022")
    window.open_document("cica-concept-2022")
    assert window.reader_area.currentWidget() is window.tabs
    window.commands.close_tab.trigger()
    window.commands.close_tab.trigger()
    assert window.tabs.count() == 0
    assert window.reader_area.currentWidget() is window.welcome
    assert not window.commands.copy_citation.isEnabled()


def test_start_page_links_open_documents(qtbot, window):
    from PySide6.QtCore import QUrl

    window.welcome.anchorClicked.emit(QUrl("doc:cica-concept-2022"))
    assert window.reader().document.id == "cica-concept-2022"


def test_status_bar_says_the_index_is_ready(window, corpus):
    text = window.index_status.label.text()
    assert text.startswith(f"Search ready: {corpus.provision_count()} provisions")
    assert not window.index_status.progress.isVisible()


def test_first_index_build_shows_progress(qtbot, corpus, tmp_path):
    from ictviewer.ui.main_window import MainWindow

    window = MainWindow(corpus, Settings(tmp_path / "s.ini"), index_dir=tmp_path / "fresh")
    qtbot.addWidget(window)
    window.show()
    progress = []
    window.index_service.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(window.index_ready, timeout=20000):
        window.start_index()
        assert window.index_status.progress.isVisible()
        assert "preparing" in window.index_status.label.text()
    assert progress and progress[-1][0] == progress[-1][1]
    assert not window.index_status.progress.isVisible()


def test_about_box_has_version_and_corpus_summary(qtbot, window, corpus):
    dialog = AboutDialog(corpus, window.index_status.state, window)
    qtbot.addWidget(dialog)
    text = dialog.label.text()
    assert f"ictviewer {__version__}" in text
    assert f"<td>{corpus.provision_count()}</td>" in text
    assert "ASEAN-Russia, CICA, CSTO" in text
    assert "English, Kazakh, Russian" in text


def test_corpus_problems_are_listed_without_stopping(qtbot, make_window, corpus):
    problem = CorpusProblem("corpus/broken.yaml", 3, "date", "not a date: '2022-13-45'")
    damaged = Corpus(corpus.documents, (problem,), corpus.path, corpus.fingerprint)
    window = make_window(corpus_=damaged, wait_index=False)
    window.show_corpus_problems()
    box = window.findChild(QMessageBox, "corpusProblems")
    assert box is not None and box.isVisible()
    assert "broken.yaml:3: date: not a date" in box.informativeText()
    assert window.library.proxy.rowCount() == len(corpus)
    box.close()


def test_unexpected_errors_become_a_dialog(qtbot, caplog):
    from ictviewer.ui.dialogs.messages import ErrorReporter

    reporter = ErrorReporter()
    try:
        raise ValueError("something odd")
    except ValueError as error:
        reporter.excepthook(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    assert reporter.box.informativeText() == "ValueError: something odd"
    assert "Traceback" in reporter.box.detailedText()
    assert "something odd" in caplog.text
    reporter.box.close()


def test_widgets_have_accessible_names(window):
    window.open_document("cica-note-2024")
    for widget in (
        window.search.box, window.search.list, window.search.organisation,
        window.search.document, window.search.language, window.search.date_from,
        window.search.date_to, window.library.table, window.library.organisation,
        window.reader().browser, window.reader().contents, window.reader().layout_box,
    ):  # fmt: skip
        assert widget.accessibleName(), widget


def test_tab_order_goes_from_the_search_box_through_its_filters_to_the_results(qtbot, window):
    window.search.box.setFocus()
    qtbot.waitUntil(window.search.box.hasFocus)
    order = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        while focused is not None and focused.parent() in (
            window.search.date_from,
            window.search.date_to,
        ):
            focused = focused.parent()
        order.append(focused)
    panel = window.search
    assert order[:4] == [panel.organisation, panel.document, panel.language, panel.date_from]
    assert order[4] is panel.date_to
    assert panel.list in order


def test_closing_before_the_index_is_ready_leaves_no_file_open(qtbot, corpus, index_dir, tmp_path):
    import gc

    from ictviewer.ui.main_window import MainWindow

    window = MainWindow(
        corpus, Settings(tmp_path / "s.ini"), index_dir=index_dir,
        selection_path=tmp_path / "selection.json",
    )  # fmt: skip
    qtbot.addWidget(window)
    window.start_index()  # opened off the GUI thread; the window closes before it hears back
    window.close()
    service = window.index_service
    assert service.opened is not None and service.index is None
    qtbot.wait(50)  # the late "ready" arrives at a closed window
    service.index = service.opened = None
    gc.collect()  # an index left open warns of unclosed files here (warnings are errors)


def test_no_two_commands_share_a_shortcut(window):
    """Two actions on one key make Qt fire neither ("ambiguous shortcut"): each key once."""
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            key = shortcut.toString()
            assert key not in seen or seen[key] == action.text(), (
                key,
                seen.get(key),
                action.text(),
            )
            seen[key] = action.text()
    assert "Ctrl+Shift+F" in seen and "Ctrl+Shift+M" in seen
