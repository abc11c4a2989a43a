"""One reading of an ISO date at its precision, for the corpus, imports and search filters."""

from __future__ import annotations

import datetime as dt

import pytest

from ictviewer.corpus.model import FuzzyDate
from ictviewer.corpus.validate import parse_date
from ictviewer.search.filters import date_interval


@pytest.mark.parametrize(
    ("text", "start", "last", "precision"),
    [
        ("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year"),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month"),
        ("2022-10-13", dt.date(2022, 10, 13), dt.date(2022, 10, 13), "day"),
        (2018, dt.date(2018, 1, 1), dt.date(2018, 12, 31), "year"),
    ],
)
def test_the_corpus_and_the_search_read_a_date_alike(text, start, last, precision):
    date = FuzzyDate.parse(text)
    assert (date.start, date.last, date.precision) == (start, last, precision)
    assert date_interval(text) == (start, last)
    assert parse_date(text) == (start, precision)


@pytest.mark.parametrize("text", ["2022-02-30", "2022-13", "abcd", "22-10-13", "2022-10-13x", ""])
def test_what_is_not_a_date_is_refused_everywhere(text):
    with pytest.raises(ValueError):
        FuzzyDate.parse(text)
    with pytest.raises(ValueError):
        date_interval(text)
    with pytest.raises(ValueError):
        parse_date(text)
