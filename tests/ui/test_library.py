"""The library: a sortable, filterable table of the corpus."""

from PySide6.QtCore import Qt

from ictviewer.ui.library.model import DOC_ID_ROLE, LibraryModel


def _column(panel, column):
    return [panel.proxy.index(row, column).data() for row in range(panel.proxy.rowCount())]


def test_every_document_with_its_date_at_its_precision(window, corpus):
    panel = window.library
    assert panel.proxy.rowCount() == len(corpus) == 6
    row = panel.model.row_of("cica-concept-2022")
    assert panel.model.index(row, LibraryModel.DATE).data() == "Oct 2022"
    row = panel.model.row_of("cica-statement-2022")
    assert panel.model.index(row, LibraryModel.DATE).data() == "13 Oct 2022"
    assert panel.model.index(row, LibraryModel.KIND).data() == "Statement"
    assert panel.model.index(row, LibraryModel.TITLE).data() == "CICA Leaders' Statement 2022"


def test_drafts_are_marked(window):
    model = window.library.model
    draft = model.index(model.row_of("cica-concept-2024-draft"), LibraryModel.STATUS)
    adopted = model.index(model.row_of("cica-statement-2022"), LibraryModel.STATUS)
    assert draft.data() == "● Draft"
    assert draft.data(Qt.ItemDataRole.FontRole).italic()
    assert adopted.data() == "Adopted"
    assert adopted.data(Qt.ItemDataRole.FontRole) is None


def test_filter_by_organisation_kind_year_and_title(qtbot, window):
    panel = window.library
    panel.organisation.setCurrentIndex(panel.organisation.findData("CSTO"))
    assert panel.visible_ids() == ["csto-statement-2022"]
    assert panel.count.text() == "1 of 6 documents"

    panel.organisation.setCurrentIndex(panel.organisation.findData("CICA"))
    panel.kind.setCurrentIndex(panel.kind.findData("concept-paper"))
    assert sorted(panel.visible_ids()) == ["cica-concept-2022", "cica-concept-2024-draft"]

    panel.year.setCurrentIndex(panel.year.findData(2024))
    assert panel.visible_ids() == ["cica-concept-2024-draft"]

    panel.kind.setCurrentIndex(0)
    panel.year.setCurrentIndex(0)
    qtbot.keyClicks(panel.filter_text, "verbale")
    assert panel.visible_ids() == ["cica-note-2024"]
    panel.filter_text.clear()
    panel.organisation.setCurrentIndex(0)
    assert len(panel.visible_ids()) == 6
    assert panel.count.text() == "6 documents"


def test_sort_by_date_and_by_title(window):
    panel = window.library
    panel.table.sortByColumn(LibraryModel.DATE, Qt.SortOrder.AscendingOrder)
    assert panel.visible_ids()[0] == "asean-russia-2018"
    panel.table.sortByColumn(LibraryModel.DATE, Qt.SortOrder.DescendingOrder)
    assert panel.visible_ids()[-1] == "asean-russia-2018"
    panel.table.sortByColumn(LibraryModel.TITLE, Qt.SortOrder.AscendingOrder)
    titles = _column(panel, LibraryModel.TITLE)
    assert titles == sorted(titles, key=str.lower)


def test_enter_opens_the_selected_document(qtbot, window):
    panel = window.library
    panel.organisation.setCurrentIndex(panel.organisation.findData("CSTO"))
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    with qtbot.waitSignal(panel.open_document_requested) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == ["csto-statement-2022"]
    assert window.reader().document.id == "csto-statement-2022"
    assert panel.proxy.index(0, 0).data(DOC_ID_ROLE) == "csto-statement-2022"
