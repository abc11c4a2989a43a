"""Print preview, printing and "Export PDF…" from the Selection panel, read back with pypdf."""

from __future__ import annotations

import time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QToolBar

from ictviewer.export.pdf import page_layout
from ictviewer.ui.selection import SelectionController, SelectionPanel, query_terms
from ictviewer.ui.selection import print as printing

STATEMENT, CONCEPT, NOTE = "cica-statement-2022", "cica-concept-2022", "cica-note-2024"
SELECTED = [(STATEMENT, "pre4"), (STATEMENT, "p5"), (NOTE, "p2")]


def norm(text: str) -> str:
    """Whitespace collapsed; a line may break after a hyphen ("ICT-" / "related")."""
    return " ".join(text.split()).replace("- ", "-")


def pdf_text(path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), norm(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def panel(qtbot, corpus, tmp_path):
    controller = SelectionController(corpus, tmp_path / "data" / "selection.json")
    controller.add_many(SELECTED)
    panel = SelectionPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    panel.shutdown()  # never leave a print thread running


def provision(corpus, ref):
    return corpus.get(ref[0]).provision(ref[1])


def assert_pack_printed(corpus, text, refs=SELECTED):
    for ref in refs:
        item = provision(corpus, ref)
        assert norm(item.text) in text, ref
        assert item.label in text
    assert "CICA Leaders' Statement" in text and "Page 1 of" in text
    for other in ("p1", "p7"):  # selected nowhere
        assert norm(provision(corpus, (STATEMENT, other)).text) not in text


def test_export_pdf_writes_the_selected_provisions(qtbot, panel, corpus, tmp_path, monkeypatch):
    target = tmp_path / "out" / "pack"  # no ".pdf": the panel adds it
    target.parent.mkdir()
    asked = []

    def save_name(parent, caption, start, filters):
        asked.append((caption, start, filters))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    panel.title.setText("Quotes for the SOM")
    with (
        qtbot.waitSignal(panel.printing.job_finished, timeout=30000),
        qtbot.waitSignal(panel.printing.exported, timeout=30000) as exported,
    ):
        qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0][1].endswith(".pdf") and "quotes-for-the-som" in asked[0][1]
    path, pages = exported.args
    assert path == str(target) + ".pdf" and pages >= 1
    count, text = pdf_text(path)
    assert count == pages
    assert text.startswith("Quotes for the SOM")
    assert_pack_printed(corpus, text)
    assert PdfReader(path).pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4
    assert not panel.printing.busy and panel.printing.progress_dialog is None


def test_an_export_can_be_cancelled_and_leaves_no_file(qtbot, panel, corpus, tmp_path, monkeypatch):
    real = printing.write_pdf

    def slow_write_pdf(pack, path, page_size, progress, cancelled):
        def progress_then_wait(done, total):  # hold after the first page until cancelled
            progress(done, total)
            deadline = time.monotonic() + 20
            while not cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)

        return real(pack, path, page_size, progress_then_wait, cancelled)

    monkeypatch.setattr(printing, "write_pdf", slow_write_pdf)
    everything = [(d.id, p.id) for d in corpus for p in d.provisions]
    target = tmp_path / "all.pdf"
    panel.printing.export_pdf(everything, path=str(target))
    with qtbot.waitSignal(panel.printing.jobs.progress, timeout=30000):
        pass
    dialog = panel.printing.progress_dialog
    qtbot.waitUntil(lambda: dialog.maximum() > 1)
    assert dialog.value() == 1 and "Page 1 of" in dialog.labelText()
    with (
        qtbot.waitSignal(panel.printing.job_finished, timeout=30000),
        qtbot.waitSignal(panel.status_message) as message,
    ):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert "cancelled" in message.args[0]
    assert not target.exists() and list(tmp_path.glob("*.part")) == []


def test_an_export_can_be_cancelled_while_it_is_laid_out(
    qtbot, panel, corpus, tmp_path, monkeypatch
):
    """Before any page is painted (a large pack spends seconds laying out its chunks),
    the busy dialog's Cancel is heard between chunks and the old file stays."""
    real = printing.write_pdf
    asked = []

    def chunked_write_pdf(pack, path, page_size, progress, cancelled):
        def cancelled_after_one_chunk():  # hold before the second chunk until cancelled
            asked.append(True)
            deadline = time.monotonic() + 20
            while len(asked) == 2 and not cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)
            return cancelled()

        return real(pack, path, page_size, progress, cancelled_after_one_chunk, chunk_size=7)

    monkeypatch.setattr(printing, "write_pdf", chunked_write_pdf)
    everything = [(d.id, p.id) for d in corpus for p in d.provisions]
    target = tmp_path / "all.pdf"
    target.write_bytes(b"an older export")
    panel.printing.export_pdf(everything, path=str(target))
    dialog = panel.printing.progress_dialog
    qtbot.waitUntil(lambda: len(asked) == 2 and dialog.isVisible(), timeout=20000)
    assert dialog.maximum() == 0, "no page yet: the dialog shows it is busy"
    with (
        qtbot.waitSignal(panel.printing.job_finished, timeout=30000),
        qtbot.waitSignal(panel.status_message) as message,
    ):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert "cancelled" in message.args[0]
    assert target.read_bytes() == b"an older export"
    assert list(tmp_path.glob("*.part")) == []


def test_the_preview_paints_the_pack(qtbot, panel, corpus, tmp_path):
    dialog = panel.printing.preview_dialog(panel.controller.refs(), parent=panel)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPrintPreviewWidget) is not None
    assert dialog.findChild(QToolBar, "packOptions") is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    printer.setPageLayout(page_layout("Letter"))
    dialog.paintRequested.emit(printer)  # what the preview and its Print button do
    assert dialog.pages >= 1
    count, text = pdf_text(tmp_path / "preview.pdf")
    assert count == dialog.pages
    assert_pack_printed(corpus, text)
    assert PdfReader(tmp_path / "preview.pdf").pages[0].mediabox.width == pytest.approx(612, abs=1)
    # The dialog's own page setup chose Letter: the paper menus follow.
    qtbot.waitUntil(lambda: panel.options.paper.currentText() == "Letter")


def test_preview_options_change_the_pages(qtbot, panel, corpus, tmp_path):
    panel.set_highlight_terms(query_terms('"Member States" NOT org:CICA confiden*'))
    assert panel.options.highlight.isEnabled() and not panel.options.highlight.isChecked()
    dialog = panel.print_preview()
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    bar = dialog.options_bar
    bar.languages.setCurrentIndex(bar.languages.findData("all"))
    bar.highlight.setChecked(True)
    bar.paper.setCurrentIndex(bar.paper.findData("Letter"))
    # The panel's own option widgets follow the dialog's.
    assert panel.options.languages.currentData() == "all" and panel.options.highlight.isChecked()
    assert dialog.printer.pageLayout().pageSize().id() == page_layout("Letter").pageSize().id()
    assert dialog.pack.languages == ("en", "ru", "kk")
    assert dialog.pack.highlight_terms == ("Member States", "confiden")

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "all.pdf"))
    printer.setPageLayout(page_layout("Letter"))
    dialog.paint(printer)
    _, text = pdf_text(tmp_path / "all.pdf")
    note = provision(corpus, (NOTE, "p2"))
    for version in note.versions().values():  # English, Russian and Kazakh
        assert norm(version) in text


def test_print_goes_through_the_print_dialog(qtbot, panel, corpus, tmp_path, monkeypatch):
    shown = []

    def accept(dialog):
        shown.append(dialog.windowTitle())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with (
        qtbot.waitSignal(panel.printing.job_finished, timeout=30000),
        qtbot.waitSignal(panel.printing.printed, timeout=30000) as printed,
    ):
        panel.printing.print_(panel.controller.refs(), printer=printer, parent=panel)
    assert shown == ["Print Selected provisions"]
    count, text = pdf_text(tmp_path / "printed.pdf")
    assert count == printed.args[0]
    assert_pack_printed(corpus, text)


def test_a_cancelled_print_dialog_prints_nothing(qtbot, panel, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    with qtbot.assertNotEmitted(panel.printing.job_finished):
        assert panel.print_selection() is None
    assert not panel.printing.busy


def test_nothing_to_print(qtbot, panel):
    with qtbot.waitSignal(panel.status_message) as message:
        assert panel.print_preview([]) is None
    assert "Nothing to print" in message.args[0]
    with qtbot.waitSignal(panel.status_message) as message:
        assert panel.export_pdf([(STATEMENT, "gone")]) is None
    assert "no selected provision is in the corpus" in message.args[0]


def test_a_document_when_nothing_is_selected(qtbot, panel, corpus, tmp_path):
    """What Ctrl+P does with an empty selection: the lead passes the current document."""
    document = corpus.get(CONCEPT)
    refs = [(document.id, p.id) for p in document.provisions]
    dialog = panel.printing.preview_dialog(refs, title=document.short_title)
    qtbot.addWidget(dialog)
    assert dialog.pack.title == document.short_title
    assert len(dialog.pack.provisions) == len(document.provisions)


def test_query_terms():
    assert query_terms('"confidence  building" AND measures OR org:CICA -"x"') == [
        "confidence building",
        "x",
        "measures",
    ]
    assert query_terms("secur* (trust)") == ["secur", "trust"]
    assert query_terms("") == []
