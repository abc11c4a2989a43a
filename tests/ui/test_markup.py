"""Corpus and file text is shown as written, never read as Qt rich text (issues #12, #18).

A corpus whose titles, labels, organisation, place, section, texts, events and
a problem message carry `<img src="file:///…/probe.png">` and `<b>bold</b>`
is opened in a window; every widget is then walked generically (tooltips,
labels, tab tooltips, combo-box items, every model row's ToolTipRole, graphics
items, HTML views). Each string is rendered the way Qt would render it, in a
QTextDocument that records the resources it loads: no string may load the
probe image, and the `<b>bold</b>` characters must be visible literally in
each part of the window.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import yaml
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ictviewer.corpus import load_corpus

BOLD = "<b>bold</b>"
TIP = Qt.ItemDataRole.ToolTipRole


class SpyDocument(QTextDocument):
    """A QTextDocument that notes every resource (image) its layout asks for."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[str] = []

    def loadResource(self, kind, url):
        self.loaded.append(url.toString())
        return super().loadResource(kind, url)


def render(text: str, text_format=Qt.TextFormat.AutoText) -> SimpleNamespace:
    """What Qt shows for `text` in a surface of `text_format`, and what it loads to show it."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return SimpleNamespace(shown=text, loaded=[], images=0, rich=False)
    doc = SpyDocument()
    doc.setHtml(text)
    doc.size()  # lay it out: images are fetched here
    return SimpleNamespace(
        shown=doc.toPlainText(), loaded=doc.loaded, images=_images(doc), rich=True
    )


def _images(doc: QTextDocument) -> int:
    count = 0
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                count += 1
            it += 1
        block = block.next()
    return count


def _fragment_tooltips(doc: QTextDocument) -> list[str]:
    tips = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            tip = it.fragment().charFormat().toolTip()
            if tip:
                tips.append(tip)
            it += 1
        block = block.next()
    return tips


def _model_tooltips(model, parent=QModelIndex()) -> list[str]:  # noqa: B008
    flat = isinstance(model, QAbstractListModel)  # which hides columnCount and hasChildren
    columns = 1 if flat else max(1, model.columnCount(parent))
    tips = []
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            tips.append(index.data(TIP))
            if column == 0 and not flat and model.hasChildren(index):
                tips.extend(_model_tooltips(model, index))
    if not parent.isValid():
        for orientation, count in (
            (Qt.Orientation.Horizontal, columns),
            (Qt.Orientation.Vertical, model.rowCount()),
        ):
            tips.extend(model.headerData(s, orientation, TIP) for s in range(count))
    return [tip for tip in tips if isinstance(tip, str) and tip]


def surfaces(root: QWidget) -> list[tuple[str, str, Qt.TextFormat]]:
    """Every (where, string, format) under `root` that Qt may show as rich text."""
    found: list[tuple[str, str, Qt.TextFormat]] = []
    auto = Qt.TextFormat.AutoText
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}({widget.objectName()})"
        if widget.toolTip():
            found.append((f"{name} tooltip", widget.toolTip(), auto))
        if isinstance(widget, QLabel) and widget.text():
            found.append((f"{name} text", widget.text(), widget.textFormat()))
        if isinstance(widget, QTabBar):
            found += [
                (f"{name} tab tooltip", widget.tabToolTip(i), auto)
                for i in range(widget.count())
                if widget.tabToolTip(i)
            ]
        if isinstance(widget, QComboBox):
            found += [
                (f"{name} item tooltip", widget.itemData(i, TIP), auto)
                for i in range(widget.count())
                if widget.itemData(i, TIP)
            ]
        view_with_model = isinstance(widget, QAbstractItemView) and widget.model() is not None
        if view_with_model and not isinstance(widget, QHeaderView):
            found += [(f"{name} row tooltip", t, auto) for t in _model_tooltips(widget.model())]
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            found += [
                (f"{name} item tooltip", item.toolTip(), auto)
                for item in widget.scene().items()
                if item.toolTip()
            ]
        if isinstance(widget, QTextEdit):
            doc = widget.document()
            found.append((f"{name} page", doc.toHtml(), Qt.TextFormat.RichText))
            found += [(f"{name} link tooltip", t, auto) for t in _fragment_tooltips(doc)]
    return found


def assert_literal(root: QWidget, probe_url: str) -> list[str]:
    """No string under `root` loads or embeds an image; returns what Qt shows of each."""
    shown, wrong = [], []
    for where, text, text_format in surfaces(root):
        result = render(text, text_format)
        if probe_url in result.loaded or result.images:
            wrong.append(f"{where} loads an image: {text!r}")
        elif result.rich and text_format != Qt.TextFormat.PlainText and "<img" in text:
            wrong.append(f"{where} is rich text with a tag from the corpus: {text!r}")
        shown.append(result.shown)
    assert not wrong, "\n".join(wrong)
    return shown


def assert_bold_literal(root: QWidget, probe_url: str, what: str) -> None:
    shown = assert_literal(root, probe_url)
    assert any(BOLD in text for text in shown), f"{what}: no literal {BOLD} in {shown!r}"


@pytest.fixture
def hostile(tmp_path):
    """A corpus folder whose every shown string carries an image tag and bold markup."""
    probe = tmp_path / "probe.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(probe), "PNG")
    url = probe.as_uri()
    mark = f'<img src="{url}">{BOLD}'
    folder = tmp_path / "corpus"
    folder.mkdir()

    def document(doc_id, date, year_text):
        return {
            "id": doc_id,
            "title": f"{mark} Statement {year_text}",
            "short_title": f"{mark} {year_text}",
            "organisation": f"{mark} Org",
            "kind": "statement",
            "date": date,
            "date_precision": "day",
            "place": f"{mark} Town",
            "languages": ["en"],
            "status": "adopted",
            "source": {"publisher": f"{mark} Publisher", "note": f"{mark} note"},
            "notes": f"{mark} notes",
            "events": [
                {
                    "date": "2023-05-04",
                    "label": f"{mark} meeting",
                    "kind": "meeting",
                    "provision": "p1",
                }
            ],
            "provisions": [
                {
                    "id": "p1",
                    "label": f"{mark} para. 1",
                    "section": f"{mark} Section",
                    "text": f"{mark} The participants will promote confidence building measures "
                    "and cooperation in the use of information and communication technologies.",
                },
                {
                    "id": "p2",
                    "label": f"{mark} para. 2",
                    "section": f"{mark} Section",
                    "text": f"{mark} They support capacity building and cooperation on "
                    "security of and in the use of ICTs.",
                },
            ],
        }

    for doc_id, date, year in (("evil-a", "2022-10-13", "A"), ("evil-b", "2023-10-13", "B")):
        data = document(doc_id, date, year)
        (folder / f"{doc_id}.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    broken = document("evil-c", "2024-01-10", "C")
    broken[mark] = 1  # issue #18: the unknown key reaches the problems box
    (folder / "evil-c.yaml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    corpus = load_corpus(folder)
    assert [d.id for d in corpus] == ["evil-a", "evil-b"]
    assert any(mark in str(problem) for problem in corpus.problems)
    return SimpleNamespace(corpus=corpus, url=url, mark=mark)


@pytest.fixture
def hostile_window(qtbot, hostile, tmp_path):
    from ictviewer.ui.main_window import MainWindow
    from ictviewer.ui.settings import Settings

    window = MainWindow(
        hostile.corpus,
        Settings(tmp_path / "settings.ini"),
        index_dir=tmp_path / "index",
        selection_path=tmp_path / "selection.json",
    )
    qtbot.addWidget(window)
    window.restore_state(None)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.index_ready, timeout=20000):
        window.start_index()
    return window


def test_the_helper_makes_any_text_literal():
    from ictviewer.ui.plain import literal

    for text in (BOLD, '<img src="file:///dev/zero">', f"x {BOLD}\nsecond  line", "a < b", ""):
        result = render(literal(text))
        assert result.shown == text
        assert not result.images
    assert literal("plain title") == "plain title"  # Qt shows it literally already


def test_every_widget_shows_corpus_markup_literally(hostile, hostile_window, qtbot, type_query):
    window, url = hostile_window, hostile.url

    assert_bold_literal(window.library, url, "library")

    window.open_document("evil-a")
    reader = window.reader()
    assert_bold_literal(reader.contents, url, "contents tree")
    assert_bold_literal(reader.browser, url, "reader page")
    assert_bold_literal(reader.bar, url, "reader bar")
    assert_bold_literal(window.tabs.tabBar(), url, "document tab")

    results = type_query(window, "cooperation")
    assert results.total
    assert_bold_literal(window.search.list, url, "hit list")
    assert_literal(window.search, url)

    window.selection.show()
    window.selection.add([("evil-a", "p1"), ("evil-b", "p2")])
    assert_bold_literal(window.selection, url, "selection panel")

    compare = window.tabs.open_comparison("evil-a", "evil-b")
    assert_bold_literal(compare.left, url, "compare pane and chooser")
    assert_literal(compare.legend, url)
    qtbot.waitUntil(lambda: compare.matrix.model.columnCount() > 0, timeout=20000)
    assert_bold_literal(compare.matrix, url, "concept matrix")
    compare.matrix.pick(0, "")  # the hint now names the first document picked
    assert BOLD in compare.matrix.hint.text()
    assert_bold_literal(compare.matrix, url, "concept matrix after a pick")

    window.timeline.show()
    window.timeline.show_document("evil-a")
    assert_bold_literal(window.timeline, url, "timeline")

    assert_literal(window, url)


def test_the_corpus_problems_box_shows_the_bad_key_literally(hostile, hostile_window):
    """Issue #18: the unknown key `<img src=…>` was rich text in the start-up box."""
    hostile_window.show_corpus_problems()
    box = hostile_window.findChild(QMessageBox, "corpusProblems")
    assert box is not None
    assert_bold_literal(box, hostile.url, "corpus problems box")
    shown = [label.text() for label in box.findChildren(QLabel)]
    assert any(hostile.mark in text for text in shown)
    box.close()


def test_the_about_box_shows_corpus_strings_literally(hostile, qtbot):
    from ictviewer.ui.dialogs.about import AboutDialog

    dialog = AboutDialog(hostile.corpus, "ready")
    qtbot.addWidget(dialog)
    assert_bold_literal(dialog, hostile.url, "about box")


def test_message_boxes_made_by_the_helper_are_plain(hostile, qtbot):
    from ictviewer.ui.plain import message_box

    box = message_box(
        QMessageBox.Icon.Warning, "t", hostile.mark, informative=hostile.mark, detailed="d"
    )
    qtbot.addWidget(box)
    assert_bold_literal(box, hostile.url, "message box")
    texts = [label.text() for label in box.findChildren(QLabel) if label.text()]
    assert texts.count(hostile.mark) == 2


def test_the_unexpected_error_box_quotes_the_exception_literally(hostile, qtbot):
    """An exception message may quote a corpus file; the error box shows it as written."""
    from ictviewer.ui.dialogs.messages import ErrorReporter

    reporter = ErrorReporter()
    reporter.report.emit(f"ValueError: {hostile.mark}", "Traceback …")
    box = reporter.box
    assert box is not None
    qtbot.addWidget(box)
    assert_bold_literal(box, hostile.url, "unexpected error box")
    box.close()
