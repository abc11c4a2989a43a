"""Search as you type: debounced requests, hit count, highlighted snippets, suggestions."""

from PySide6.QtCore import Qt

from ictviewer.ui.search.model import HEADING_ROLE, SNIPPET_ROLE, safe_snippet


def test_typing_finds_digital_forensics_with_highlighted_snippets(window, type_query):
    results = type_query(window, "digital forensics")

    assert results.total == 2
    assert window.search.count.text() == "2 hits"
    model = window.search.model
    assert model.rowCount() == 2
    first = model.index(0)
    assert first.data(HEADING_ROLE).startswith("CICA Concept Paper 2022-2023 — section 4")
    assert "<b>digital forensics</b>" in first.data(SNIPPET_ROLE)
    snippets = " ".join(model.index(row).data(SNIPPET_ROLE) for row in range(2))
    assert "<b>Digital Forensics</b>" in snippets


def test_typing_sends_one_request_after_a_pause(qtbot, window):
    requests = []
    window.search.search_requested.connect(requests.append)
    window.search.box.setFocus()
    with qtbot.waitSignal(window.index_service.results, timeout=10000):
        qtbot.keyClicks(window.search.box, "confidence building")
        assert requests == []  # nothing while the user is still typing
    assert [r.query for r in requests] == ["confidence building"]


def test_stale_results_never_replace_newer_ones(window, type_query):
    results = type_query(window, "forensics")
    window.search.show_results(window.search.generation - 1, results)
    assert window.search.count.text() == "2 hits"
    stale = type_query(window, "cooperation")
    window.search.show_results(window.search.generation - 1, results)
    assert window.search.model.results is stale


def test_did_you_mean_is_clickable(qtbot, window, type_query):
    typed = type_query(window, "digitl forensic")
    assert typed.total == 0 and typed.suggestion is None  # not computed while typing
    with qtbot.waitSignal(window.index_service.results, timeout=10000) as paused:
        pass  # typing has paused on a query with no hits: now a correction is asked for
    results = paused.args[1]
    assert results.suggestion == "digital forensic"
    assert window.search.suggestion.isVisible()
    assert "Did you mean" in window.search.suggestion.text()
    with qtbot.waitSignal(window.index_service.results, timeout=10000) as blocker:
        window.search.suggestion.linkActivated.emit(results.suggestion)
    assert window.search.box.text() == "digital forensic"
    assert blocker.args[1].total >= 2


def test_no_correction_is_asked_for_a_query_with_hits(qtbot, window, type_query):
    """A query that finds something gets no edit-distance walk and no second search."""
    requests = []
    window.index_service.jobs.finished.connect(lambda kind, *_: requests.append(kind))
    typed = type_query(window, "cooperation")
    assert typed.total > 0 and typed.suggestion is None
    count = len(requests)
    qtbot.wait(900)  # longer than the pause that asks for a correction
    assert len(requests) == count


def test_query_details_show_parsed_query_and_expanded_terms(qtbot, window, type_query):
    type_query(window, "international security")
    assert not window.search.details.isVisible()
    qtbot.mouseClick(window.search.details_button, Qt.MouseButton.LeftButton)
    text = window.search.details.text()
    assert window.search.details.isVisible()
    assert "international AND security" in text
    assert "internationally" in text


def test_filters_restrict_the_hits(qtbot, window, type_query):
    everything = type_query(window, "cooperation")
    panel = window.search
    with qtbot.waitSignal(window.index_service.results, timeout=10000) as blocker:
        panel.organisation.setCurrentIndex(panel.organisation.findData("CSTO"))
    only_csto = blocker.args[1]
    assert 0 < only_csto.total < everything.total
    assert {hit.organisation for hit in only_csto.hits} == {"CSTO"}


def test_language_filter_finds_kazakh_text(qtbot, window, type_query):
    panel = window.search
    panel.language.setCurrentIndex(panel.language.findData("kk"))
    results = type_query(window, "Хатшылық*")
    assert results.total > 0
    assert {hit.lang for hit in results.hits} == {"kk"}


def test_empty_query_clears_the_results(qtbot, window, type_query):
    type_query(window, "forensics")
    window.search.box.clear()
    window.search.search_now()
    assert window.search.model.rowCount() == 0
    assert "Type to search" in window.search.count.text()


def test_snippet_markup_other_than_bold_is_never_interpreted():
    snippet = "a <b>match</b> then <script>alert(1)</script> &lt;i&gt;"
    safe = safe_snippet(snippet)
    assert "<script>" not in safe
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in safe
    assert "<b>match</b>" in safe
    assert "&lt;i&gt;" in safe


def test_date_range_accepts_a_year_or_a_day(qtbot, window, type_query):
    everything = type_query(window, "cooperation")
    panel = window.search
    with qtbot.waitSignal(window.index_service.results, timeout=10000) as blocker:
        qtbot.keyClicks(panel.date_from, "2024")
    assert {hit.date[:4] for hit in blocker.args[1].hits} == {"2024"}
    assert blocker.args[1].total < everything.total
    with qtbot.waitSignal(window.index_service.results, timeout=10000) as blocker:
        panel.date_from.clear()
        qtbot.keyClicks(panel.date_to, "2018-12-31")
    assert {hit.doc_id for hit in blocker.args[1].hits} == {"asean-russia-2018"}


def test_a_half_typed_date_does_not_search(qtbot, window, type_query):
    type_query(window, "cooperation")
    requests = []
    window.search.search_requested.connect(requests.append)
    qtbot.keyClicks(window.search.date_from, "20")
    qtbot.wait(300)
    assert requests == []


def test_down_arrow_goes_from_the_box_to_the_hits_and_enter_opens(qtbot, window, type_query):
    results = type_query(window, "forensics")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    assert window.search.list.hasFocus()
    qtbot.keyClick(window.search.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.provision_shown) as shown:
        qtbot.keyClick(window.search.list, Qt.Key.Key_Return)
    assert shown.args == [results.hits[1].doc_id, results.hits[1].provision_id]


def test_a_concept_named_in_russian_finds_english_provisions_and_can_be_switched_off(
    qtbot, window, type_query
):
    """Concept-aware search: the toggle is on by default, the expansion is shown, and the
    reader marks the English words the concept was found by."""
    results = type_query(window, "цифровой разрыв")
    english = [h for h in results.hits if h.lang == "en"]
    assert english, "the digital divide provisions in English"
    assert results.concepts and "concept:" in " ".join(results.expanded_terms)
    window.search.go_to_hit(results.hits.index(english[0]))
    reader = window.reader()
    assert any(
        "divide" in word.lower() for word in reader.highlighted_matches(english[0].provision_id)
    )
    with qtbot.waitSignal(window.index_service.results, timeout=10000) as answer:
        qtbot.mouseClick(window.search.concepts_button, Qt.MouseButton.LeftButton)
    assert not window.search.concepts_button.isChecked()
    assert all(h.lang != "en" for h in answer.args[1].hits)


def test_show_more_brings_every_hit_beyond_fifty_and_keeps_the_place(qtbot, window, type_query):
    results = type_query(window, "security OR information OR cooperation OR states")
    panel = window.search
    assert results.total > 50 and len(results.hits) == 50
    assert panel.more_button.isVisible()
    assert panel.more_button.text() == f"Show {results.total - 50} more of {results.total}"
    panel.list.setCurrentIndex(panel.model.index(40))
    with qtbot.waitSignal(window.index_service.results, timeout=10000) as answer:
        qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    more = answer.args[1]
    assert len(more.hits) == more.total == results.total
    assert [h.provision_id for h in more.hits[:50]] == [h.provision_id for h in results.hits]
    assert panel.model.rowCount() == results.total
    assert panel.list.currentIndex().row() == 40  # not back at the top
    assert not panel.more_button.isVisible()
    # A new query starts again from the best fifty.
    again = type_query(window, "information OR security")
    assert len(again.hits) == 50 and panel.more_button.isVisible()


def test_the_count_says_which_hit_is_open(qtbot, window, type_query):
    results = type_query(window, "cooperation")
    panel = window.search
    assert "hit " not in panel.count.text()
    with qtbot.waitSignal(window.provision_shown):
        panel.go_to_hit(1)
    assert panel.count.text().endswith(f" · hit 2 of {results.total}")
    panel.next_hit()
    assert panel.count.text().endswith(f" · hit 3 of {results.total}")
    type_query(window, "security")
    assert "hit " not in panel.count.text()  # a new query: nothing opened yet
