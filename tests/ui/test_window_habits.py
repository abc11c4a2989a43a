"""Small habits: file choosers start in Documents or the folder last used; an empty result
names the filters in force; the status bar speaks to readers (the index's place in About)."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog


def test_add_document_starts_in_documents_then_in_the_folder_last_used(
    window, monkeypatch, tmp_path
):
    starts = []
    chosen = tmp_path / "drafts" / "paper.txt"
    chosen.parent.mkdir()  # a chooser returns a file that is there

    def choose(_parent, _title, start, _filter):
        starts.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    monkeypatch.setattr(window.import_flow, "import_file", lambda path: None)
    window.commands.add_document.trigger()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert starts == [documents or str(Path.home())]
    assert starts[0] != ""  # not the folder the program happened to be started in
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(chosen), "")))
    window.commands.add_document.trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    window.commands.add_document.trigger()
    assert starts[-1] == str(chosen.parent)


def test_an_empty_result_names_the_filters_that_narrowed_it(qtbot, window, type_query):
    panel = window.search
    panel.organisation.setCurrentIndex(panel.organisation.findData("CSTO"))
    panel.language.setCurrentIndex(panel.language.findText("Russian"))
    results = type_query(window, "kazakhstan")
    if results.total:  # make sure the filters leave nothing
        results = type_query(window, "zzzzqqq")
    assert results.total == 0
    assert panel.count.text().startswith("No hits within CSTO · Russian")
    assert "CSTO · Russian" in panel.list.placeholder
    panel.organisation.setCurrentIndex(0)
    panel.language.setCurrentIndex(0)
    type_query(window, "zzzzqqq")
    assert panel.count.text() == "No hits"


def test_the_status_bar_names_no_folder_and_about_does(window):
    label = window.index_status.label
    assert label.text() == f"Search ready: {window.corpus.provision_count()} provisions"
    assert "/" not in label.text() and "/" not in label.toolTip()
    assert "/" in window.index_status.state or "~" in window.index_status.state
