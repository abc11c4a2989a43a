"""The date parser: every form printed in the corpus, the tricky ones, and what is not a date."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ictviewer.timeline.dates import DateMention, find_dates, iso_date, month_number, parse_date

# (as printed, date, end, precision, unit, language of the form)
CORPUS_FORMS = [
    # English, as in the CICA, CSTO and ASEAN-Russia texts
    ("12-13 October 2022", "2022-10-12", "2022-10-13", "range", "day", "en"),
    ("11-12 October, 2021", "2021-10-11", "2021-10-12", "range", "day", "en"),
    ("11-12 October 2021", "2021-10-11", "2021-10-12", "range", "day", "en"),
    ("8 December 2021", "2021-12-08", None, "day", "day", "en"),
    ("22 August 2023", "2023-08-22", None, "day", "day", "en"),
    ("13 October 2022", "2022-10-13", None, "day", "day", "en"),
    ("24 August 2022", "2022-08-24", None, "day", "day", "en"),
    ("2-3 October 2023", "2023-10-02", "2023-10-03", "range", "day", "en"),
    ("4 March 2024", "2024-03-04", None, "day", "day", "en"),
    ("7 June 2024", "2024-06-07", None, "day", "day", "en"),
    ("20 May 2024", "2024-05-20", None, "day", "day", "en"),
    ("November 23, 2022", "2022-11-23", None, "day", "day", "en"),
    ("2021-2025", "2021", "2025", "range", "year", ""),
    ("2022-2023", "2022", "2023", "range", "year", ""),
    ("2016–2020", "2016", "2020", "range", "year", ""),
    ("2023", "2023", None, "year", "year", ""),
    # Russian (genitive month names, "года")
    ("4 марта 2024", "2024-03-04", None, "day", "day", "ru"),
    ("7 июня 2024 года", "2024-06-07", None, "day", "day", "ru"),
    ("20 мая 2024 года", "2024-05-20", None, "day", "day", "ru"),
    ("2024-2025 годов", "2024", "2025", "range", "year", "ru"),
    # Kazakh (year first, suffixed month names)
    ("2024 жылғы 4 наурыздағы", "2024-03-04", None, "day", "day", "kk"),
    ("2024 жылғы 7 маусымға", "2024-06-07", None, "day", "day", "kk"),
    ("2024 жылғы 20 мамыр", "2024-05-20", None, "day", "day", "kk"),
    ("2024-2025 жылдарға", "2024", "2025", "range", "year", "kk"),
]

TRICKY_FORMS = [
    ("30 September - 2 October 2023", "2023-09-30", "2023-10-02", "range", "day", "en"),
    ("30 September – 2 October 2023", "2023-09-30", "2023-10-02", "range", "day", "en"),
    ("30 December 2023 – 2 January 2024", "2023-12-30", "2024-01-02", "range", "day", "en"),
    ("30 December – 2 January 2024", "2023-12-30", "2024-01-02", "range", "day", "en"),
    ("October 12-13, 2022", "2022-10-12", "2022-10-13", "range", "day", "en"),
    ("September 30 – October 2, 2023", "2023-09-30", "2023-10-02", "range", "day", "en"),
    ("Sept. 30, 2023", "2023-09-30", None, "day", "day", "en"),
    ("4th March 2024", "2024-03-04", None, "day", "day", "en"),
    ("2021–2025", "2021", "2025", "range", "year", ""),
    ("2021 — 2025", "2021", "2025", "range", "year", ""),
    ("October 2022", "2022-10", None, "month", "month", "en"),
    ("Oct. 2022", "2022-10", None, "month", "month", "en"),
    ("September–October 2023", "2023-09", "2023-10", "range", "month", "en"),
    ("2-3 октября 2023 года", "2023-10-02", "2023-10-03", "range", "day", "ru"),
    ("30 сентября – 2 октября 2023 г.", "2023-09-30", "2023-10-02", "range", "day", "ru"),
    ("22 августа 2023 г.", "2023-08-22", None, "day", "day", "ru"),
    ("8 декабря 2021 года", "2021-12-08", None, "day", "day", "ru"),
    ("октябре 2022 года", "2022-10", None, "month", "month", "ru"),
    ("2023 году", "2023", None, "year", "year", "ru"),
    ("2024 жылғы 2-3 қазанда", "2024-10-02", "2024-10-03", "range", "day", "kk"),
    ("2022 жылғы қазан", "2022-10", None, "month", "month", "kk"),
    ("2023 жылы", "2023", None, "year", "year", "kk"),
    ("20.05.2024", "2024-05-20", None, "day", "day", ""),
    ("2024-05-20", "2024-05-20", None, "day", "day", ""),
]


def _check(mention: DateMention | None, date, end, precision, unit, lang):
    assert mention is not None
    assert (mention.iso, mention.iso_end, mention.precision, mention.unit, mention.lang) == (
        date,
        end,
        precision,
        unit,
        lang,
    )


@pytest.mark.parametrize(("text", "date", "end", "precision", "unit", "lang"), CORPUS_FORMS)
def test_every_form_in_the_corpus(text, date, end, precision, unit, lang):
    _check(parse_date(text), date, end, precision, unit, lang)


@pytest.mark.parametrize(("text", "date", "end", "precision", "unit", "lang"), TRICKY_FORMS)
def test_tricky_forms(text, date, end, precision, unit, lang):
    _check(parse_date(text), date, end, precision, unit, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("until the end of 2025", "the end of 2025"),
        ("до конца 2025 года", "конца 2025 года"),
        ("2025 жылдың соңына дейін", "2025 жылдың соңына"),
    ],
)
def test_end_of_a_year_is_its_last_day(text, expected):
    (mention,) = find_dates(text)
    assert mention.text == expected
    assert (mention.iso, mention.precision, mention.qualifier) == ("2025-12-31", "day", "end")


def test_a_year_alone_is_the_whole_year_not_the_first_of_january():
    (mention,) = find_dates("Holding the online-workshop in 2023.")
    assert (mention.first, mention.last) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert mention.iso == "2023" and mention.approximate
    (span,) = find_dates("the OEWG on Security of and in the Use of ICTs 2021-2025.")
    assert (span.iso, span.iso_end, span.unit) == ("2021", "2025", "year")
    assert span.last == dt.date(2025, 12, 31)


@pytest.mark.parametrize(
    "text",
    [
        "No. NCT/ICT/623",
        "№ NCT/ICT/623",
        "Enclosure: as stated, on 2 p.",
        "Приложение: упомянутое, на 2 л.",
        "Қосымша: аталған, 2 п.",
        "to Mark the 20th Anniversary of ASEAN",
        "2428-25-11-2022",
        "13:58",
        "the COVID-19 pandemic",
        "with 2000 participants",
        "para. 12 and 1. We decide",
        "31 February 2024",
        "States may 2020 reconsider",
        "No. 2024",
        "Article 5, paragraphs 3-4",
        "1.5 million",
        "ICTs 3.0",
    ],
)
def test_numbers_that_are_not_dates(text):
    assert find_dates(text) == []


def test_a_comma_after_the_range_of_days():
    (mention,) = find_dates(
        "adopted at the CICA Ministerial meeting (Nur-Sultan, 11-12 October, 2021)."
    )
    assert mention.text == "11-12 October, 2021"


def test_dates_in_a_sentence_are_found_in_order_without_overlap():
    text = (
        "Recalling the Sochi Declaration ... in 2016, the Comprehensive Plan of Action "
        "(2016–2020), East Asia Leaders’ Statement ... in 2015, ASEAN Regional Forum "
        "Statement ... in 2012, and the Experts’ Working Group on Cyber Security in 2016;"
    )
    assert [m.text for m in find_dates(text)] == ["2016", "2016–2020", "2015", "2012", "2016"]
    text = "the decisions of the Tunis Agenda of the 2005 World Summit on the Information Society."
    assert [m.text for m in find_dates(text)] == ["2005"]
    text = (
        'Russia held online workshops "Sustainable and Secure Development of the Internet" '
        '(24 August 2022) and "Digital Forensics" (2-3 October 2023).'
    )
    assert [(m.iso, m.iso_end) for m in find_dates(text)] == [
        ("2022-08-24", None),
        ("2023-10-02", "2023-10-03"),
    ]


def test_the_kazakh_year_first_form_is_one_date_not_a_year_and_a_day():
    text = "және 2024 жылғы 4 наурыздағы № NCT/ICT/267 вербалды нотасына"
    (mention,) = find_dates(text)
    assert (mention.text, mention.iso) == ("2024 жылғы 4 наурыздағы", "2024-03-04")


def test_mention_offsets_point_into_the_text():
    text = "Should there be no further comments before 7 June 2024, the document"
    (mention,) = find_dates(text)
    assert text[mention.start : mention.stop] == "7 June 2024"


def test_parse_date_wants_exactly_one_date():
    assert parse_date("  2023. ").iso == "2023"
    assert parse_date("4 March 2024 and 5 March 2024") is None
    assert parse_date("foo 2023") is None
    assert parse_date("") is None


def test_month_names():
    assert month_number("Sept.") == (9, "en")
    assert month_number("июня") == (6, "ru")
    assert month_number("маусымға") == (6, "kk")
    assert month_number("Monday") is None


def test_iso_date_truncates_to_the_unit():
    day = dt.date(2023, 10, 2)
    assert [iso_date(day, u) for u in ("day", "month", "year")] == ["2023-10-02", "2023-10", "2023"]


_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
       "September", "October", "November", "December"]  # fmt: skip
_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
       "сентября", "октября", "ноября", "декабря"]  # fmt: skip
_KK = ["қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы",
       "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы",
       "желтоқсандағы"]  # fmt: skip


@given(st.dates(min_value=dt.date(1945, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_any_day_reads_back_in_each_language(day):
    forms = [
        f"{day.day} {_EN[day.month - 1]} {day.year}",
        f"{_EN[day.month - 1]} {day.day}, {day.year}",
        f"{day.day} {_RU[day.month - 1]} {day.year} года",
        f"{day.year} жылғы {day.day} {_KK[day.month - 1]}",
    ]
    for form in forms:
        mention = parse_date(form)
        assert mention is not None, form
        assert (mention.first, mention.precision) == (day, "day"), form
