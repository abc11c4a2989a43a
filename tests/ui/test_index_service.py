"""The index service alone: it opens the index with what the composition root hands it."""

from __future__ import annotations

from ictviewer.compare import lexicon_from_data
from ictviewer.ui.search.service import IndexService, SearchRequest


def _lexicon():
    return lexicon_from_data(
        {
            "palette": {"colours": {"blue": {"light": "#77AADD", "dark": "#77AADD"}}},
            "concepts": [
                {
                    "id": "kaleido",
                    "code": 1,
                    "label": "Kaleido",
                    "colour": "blue",
                    "pattern": "single",
                    "terms": {"en": ["kaleidoscope", "confidence building"], "ru": ["калейдоскоп"]},
                    "examples": [{"text": "kaleidoscope"}],
                }
            ],
        }
    )


def test_search_expands_the_concepts_of_the_lexicon_handed_in(qtbot, tmp_path, corpus):
    lexicon = _lexicon()
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
