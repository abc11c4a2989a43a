"""The Russian interface: the catalogue is complete, compiles, and the window speaks it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ictviewer.corpus.model import FuzzyDate
from ictviewer.ui import i18n
from ictviewer.ui.labels import documents_count, interface_date, interface_short_date
from ictviewer.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_counts_take_the_three_russian_plural_forms(russian):
    assert [documents_count(n) for n in (1, 2, 5, 21)] == [
        "1 документ",
        "2 документа",
        "5 документов",
        "21 документ",
    ]


def test_counts_stay_english_without_a_catalogue(qapp):
    assert [documents_count(n) for n in (1, 2)] == ["1 document", "2 documents"]


def test_dates_in_the_interface_language(russian):
    assert interface_date(FuzzyDate.parse("2024-05-20")) == "20 мая 2024\u00a0г."
    assert interface_date(FuzzyDate.parse("2022-10")) == "октябрь 2022\u00a0г."
    assert interface_short_date(FuzzyDate.parse("2018-11-14")) == "14 нояб. 2018\u00a0г."
    assert interface_short_date(FuzzyDate.parse("2022-10")) == "окт. 2022\u00a0г."
    assert interface_short_date(FuzzyDate.parse("2022")) == "2022\u00a0г."


def test_lists_and_tooltips_give_dates_in_russian(russian, corpus):
    """The library's Date column said "14 Nov 2018" in the Russian window."""
    from PySide6.QtCore import Qt

    from ictviewer.ui.library.model import LibraryModel

    model = LibraryModel(corpus)
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    asean = rows["ASEAN-Russia Leaders' Statement 2018"]
    concept = rows["CICA Concept Paper 2022-2023"]
    assert model.index(asean, LibraryModel.DATE).data() == "14 нояб. 2018\u00a0г."
    tip = model.index(concept, LibraryModel.DATE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("октябрь 2022\u00a0г. (с точностью до месяца)")


def test_the_window_menus_are_russian_and_english_again(russian, make_window, qapp):
    window = make_window(wait_index=False)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["&Файл", "&Правка", "&Вид"]
    window.close()
    i18n.install(qapp, "en")
    english = make_window(wait_index=False)
    assert english.menuBar().actions()[0].text() == "&File"


def test_lupdate_finds_no_untranslated_string(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(Path(shutil.which("python") or "").parent)
    tool = Path(__file__).resolve()
    exe = Path(__import__("sys").executable).parent / "pyside6-lupdate"
    if not exe.exists():
        pytest.skip(f"pyside6-lupdate not found ({lupdate}, {tool.name})")
    ts = tmp_path / "ictviewer_ru.ts"
    shutil.copy(ROOT / "resources" / "translations" / "ictviewer_ru.ts", ts)
    sources = sorted(str(p) for p in (ROOT / "src" / "ictviewer" / "ui").rglob("*.py"))
    subprocess.run([str(exe), *sources, "-no-obsolete", "-ts", str(ts)], check=True,
                   capture_output=True)  # fmt: skip
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert text.count("<message") >= 500


def test_view_language_switches_the_window_without_a_restart(qtbot, english_host):
    """View ▸ Language ▸ Русский: a new window in Russian with the same documents open;
    and back to English the same way."""
    host = english_host
    first = host.build()
    first.open_document("cica-note-2024")
    assert first.commands.file_menu.title() == "&File"
    with qtbot.waitSignal(host.window_replaced, timeout=20000) as replaced:
        first.commands.languages["ru"].trigger()
    russian = replaced.args[0]
    assert russian.commands.file_menu.title() == "&Файл"
    assert russian.commands.languages["ru"].isChecked()
    assert [r.document.id for r in russian.readers()] == ["cica-note-2024"]
    assert Settings(host.settings.location).get("preferences/language") == "ru"  # on disk
    with qtbot.waitSignal(host.window_replaced, timeout=20000) as replaced:
        russian.commands.languages["en"].trigger()
    assert replaced.args[0].commands.file_menu.title() == "&File"


def test_the_paper_follows_the_region_not_the_interface_language(qapp):
    """Installing English made QLocale() en_US, and the printed pack came out on Letter
    paper for everyone: the paper size asks the system's region."""
    from PySide6.QtCore import QLocale

    from ictviewer.export.pdf import default_page_size

    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    expected = "Letter" if imperial else "A4"
    for language in ("en", "ru", "en"):
        i18n.install(qapp, language)
        assert default_page_size() == expected


def test_no_string_to_translate_is_hidden_inside_an_f_string():
    """pyside6-lupdate does not read inside f-strings: `f"<p>{self.tr('…')}</p>"` left the
    About box and the welcome page in English under the Russian interface."""
    import io
    import tokenize
    from pathlib import Path

    import ictviewer.ui

    hidden = []
    for path in sorted(Path(ictviewer.ui.__file__).parent.rglob("*.py")):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text("utf-8")).readline)
        for token in tokens:
            prefix = token.string[: token.string.find(token.string.lstrip("rRbBuUfF")[:1])]
            f_string = token.type == tokenize.STRING and "f" in prefix.lower()
            if (f_string or token.type == getattr(tokenize, "FSTRING_START", -1)) and (
                "tr(" in token.string or "translate(" in token.string
            ):
                hidden.append(f"{path.name}:{token.start[0]}")
    assert not hidden, hidden


def test_the_comparison_names_concepts_in_russian(russian, qtbot, corpus):
    """The Russian window's legend and matrix listed the lexicon's English labels."""
    from PySide6.QtCore import Qt

    from ictviewer.compare import bundled_lexicon
    from ictviewer.ui.compare.view import CompareView

    view = CompareView(corpus, bundled_lexicon())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.comparison_ready, timeout=10000):
        view.set_documents("cica-statement-2022", "asean-russia-2018")
    model = view.legend.model
    row = model.index(model.row_of("digital-divide"))
    assert row.data() == "12\u2002Цифровой разрыв"
    tip = row.data(Qt.ItemDataRole.ToolTipRole)
    assert "Digital divide and developing States" in tip  # the other language's label
    assert "Подчёркивание: " in tip
