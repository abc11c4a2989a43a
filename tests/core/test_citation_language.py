"""Citations in a chosen language: Russian form words, the title as the corpus has it."""

import datetime as dt

import pytest

from ictviewer.corpus import load_corpus
from ictviewer.corpus.model import Document, FuzzyDate, Provision, Source
from ictviewer.export.citation import (
    CitationStyle,
    brief_cite,
    cite,
    quote_with_citation,
    short_cite,
)
from ictviewer.export.citation_words import citation_words


def test_by_default_an_english_document_is_cited_in_english(corpus):
    document = corpus.get("cica-statement-2022")
    assert brief_cite(document, "p5") == brief_cite(document, "p5", language="")
    assert brief_cite(document, "p5", language="en") == (
        "CICA Leaders' Statement, Astana, 13 October 2022, para. 5"
    )


def test_a_russian_citation_has_russian_form_words_and_the_corpus_title(corpus):
    document = corpus.get("cica-statement-2022")
    assert brief_cite(document, "p5", language="ru") == (
        "CICA Leaders' Statement, Астана, 13 октября 2022 г., п. 5"
    )
    assert cite(document, "p5", "ru") == f"{document.title}, Астана, 13 октября 2022 г., п. 5"


@pytest.mark.parametrize(
    ("date", "printed"),
    [
        (FuzzyDate(dt.date(2022, 10, 13), "day"), "13 октября 2022 г."),
        (FuzzyDate(dt.date(2024, 5, 20), "day"), "20 мая 2024 г."),
        (FuzzyDate(dt.date(2022, 10, 1), "month"), "октябрь 2022 г."),
        (FuzzyDate(dt.date(2022, 1, 1), "year"), "2022 г."),
        (
            FuzzyDate(dt.date(2022, 10, 13), "range", dt.date(2022, 11, 2)),
            "13 октября 2022 – 2 ноября 2022 г.",
        ),
    ],
)
def test_russian_dates_put_the_month_in_the_genitive_after_a_day(date, printed):
    assert citation_words("ru").date(date) == printed


def test_a_month_only_document_is_cited_with_the_nominative_month(corpus):
    document = corpus.get("cica-concept-2022")
    assert brief_cite(document, "s1-p2", language="ru") == (
        "CICA Concept Paper 2022-2023, Астана, октябрь 2022 г., раздел 1, п. 2"
    )


@pytest.mark.parametrize(
    ("label", "russian"),
    [
        ("para. 5", "п. 5"),
        ("Preamble, para. 3", "преамбула, п. 3"),
        ("section 2, objective (a)", "раздел 2, цель (a)"),
        ("section 4, initiative 3", "раздел 4, инициатива 3"),
        ("Article 12", "статья 12"),
        ("section 2, chapeau", "раздел 2, вводная часть"),
        # a part not known exactly keeps the whole label as it is
        ("Paragraph of the Leaders", "Paragraph of the Leaders"),
        ("section 2, Footnote 3", "section 2, Footnote 3"),
        ("para.5", "para.5"),
    ],
)
def test_only_known_label_words_are_translated(label, russian):
    assert citation_words("ru").label(label) == russian
    assert citation_words("en").label(label) == label


def test_a_draft_is_marked_in_russian(corpus):
    document = corpus.get("cica-concept-2024-draft")
    full = cite(document, "s2-a", "ru")
    assert full.startswith(document.title)
    assert "(проект)" in full and "(draft)" not in full
    assert full.endswith("Астана, 20 мая 2024 г., раздел 2, цель (a)")
    # its short title says "(draft)" already: no second mark in either language
    assert "проект" not in brief_cite(document, "s2-a", language="ru")


def test_another_language_version_is_named_in_russian(corpus):
    document = corpus.get("cica-note-2024")
    for lang, note in (("kk", "казахская версия"), ("ru", "русская версия")):
        text = quote_with_citation(document, "p2", lang, style=CitationStyle("ru"))
        assert text.startswith(
            f"CICA Note Verbale NCT/ICT/623, Астана, 20 мая 2024 г., п. 2 ({note}):\n“"
        )
    english = quote_with_citation(document, "p2", "en", style=CitationStyle("ru"))
    assert "(английская версия)" not in english  # the provision's own language: no note
    assert citation_words("ru").version("en") == "английская версия"


def test_the_full_form_quotes_with_the_full_citation(corpus):
    document = corpus.get("cica-note-2024")
    text = quote_with_citation(document, "p2", "kk", style=CitationStyle(form="full"))
    assert text.startswith(f"{cite(document, 'p2')} (Kazakh version):\n“")
    assert document.provision("p2").parallel["kk"] in text
    russian = quote_with_citation(document, "p2", "ru", style=CitationStyle("ru", "full"))
    assert russian.startswith(f"{document.title}, Астана, 20 мая 2024 г., п. 2 (русская версия):")


def test_the_default_style_is_todays_brief_citation(corpus):
    document = corpus.get("cica-statement-2022")
    assert quote_with_citation(document, "p5", style=CitationStyle()) == quote_with_citation(
        document, "p5"
    )
    assert quote_with_citation(document, "p5").startswith(brief_cite(document, "p5") + ":\n“")


def test_short_citations_follow_the_language_too(corpus):
    document = corpus.get("cica-statement-2022")
    assert short_cite(document, "p5", "ru") == "CICA Leaders' Statement 2022, п. 5"
    assert short_cite(document, "p5") == "CICA Leaders' Statement 2022, para. 5"


def test_a_language_without_citation_words_is_cited_in_english(corpus):
    document = corpus.get("cica-statement-2022")
    assert brief_cite(document, "p5", language="kk") == brief_cite(document, "p5")


def test_every_provision_has_a_russian_citation(corpus):
    for document in corpus:
        for provision in document.provisions:
            text = brief_cite(document, provision, language="ru")
            assert " г." in text and "Astana" not in text, text


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def russian_document() -> Document:
    """A document of the user's own, in Russian only (as `ictviewer import` makes one)."""
    return Document(
        id="csto-ru-2024",
        title="Заявление министров иностранных дел",
        short_title="Заявление министров 2024",
        organisation="CSTO",
        kind="statement",
        date=FuzzyDate(dt.date(2024, 5, 20), "day"),
        place="Minsk",
        languages=("ru",),
        status="draft",
        source=Source(publisher="CSTO"),
        provisions=(Provision(id="p1", label="para. 1", text="Мы подтверждаем ...", lang="ru"),),
    )


def test_a_russian_document_is_cited_in_russian_by_default_and_in_english_on_request():
    document = russian_document()
    assert brief_cite(document, "p1") == "Заявление министров, Минск, 20 мая 2024 г., п. 1 (проект)"
    assert cite(document, "p1") == (
        "Заявление министров иностранных дел (проект), Минск, 20 мая 2024 г., п. 1"
    )
    # "interface" citations under an English interface: English form words, same title
    assert brief_cite(document, "p1", language="en") == (
        "Заявление министров, Minsk, 20 May 2024, para. 1 (draft)"
    )
