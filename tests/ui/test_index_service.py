"""The index service alone: it opens the index with what the composition root hands it."""

from __future__ import annotations

from ictviewer.ui.search.service import IndexService, SearchRequest


def test_search_expands_the_concepts_of_the_lexicon_handed_in(qtbot, tmp_path, corpus, one_concept):
    lexicon = one_concept("confidence building")
    service = IndexService(corpus, lexicon, tmp_path)
    try:
        with qtbot.waitSignal(service.ready, timeout=20000) as opened:
            service.start()
        assert opened.args[0].lexicon is lexicon
        with qtbot.waitSignal(service.results, timeout=10000) as answer:
            service.submit(SearchRequest(1, "kaleidoscope"))
        generation, results = answer.args
        assert generation == 1
        assert '[concept kaleido: "confidence building"' in results.parsed
        assert results.total > 0  # the concept's English term, not the word typed
    finally:
        service.shutdown()
