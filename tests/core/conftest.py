"""Shared core fixtures: a small synthetic corpus built from the dataclasses (no YAML, no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from ictviewer.corpus.model import Corpus, Document, FuzzyDate, Provision, Source

LONG_TEXT = (
    "The participants note that regional arrangements differ widely. " * 6
    + "They agree that digital forensics training must be shared among experts. "
    + "Further discussion of budgets and calendars will follow in due course. " * 4
)


def make_document(
    doc_id: str,
    organisation: str,
    date: str,
    provisions: list[Provision],
    precision: str = "day",
    short_title: str = "",
) -> Document:
    start = dt.date.fromisoformat(date if precision == "day" else f"{date}-01"[:10])
    if precision == "year":
        start = dt.date(int(date[:4]), 1, 1)
    return Document(
        id=doc_id,
        title=f"Title of {doc_id}",
        short_title=short_title or doc_id.upper(),
        organisation=organisation,
        kind="statement",
        date=FuzzyDate(start, precision),
        place="Astana",
        languages=tuple(
            sorted({p.lang for p in provisions} | {k for p in provisions for k in p.parallel})
        ),
        status="adopted",
        source=Source("test"),
        provisions=tuple(provisions),
    )


def make_corpus(extra: str = "") -> Corpus:
    """Four documents covering the analysis, filter and snippet cases of the search tests.

    `extra` is appended to one provision, to make a corpus that differs from the default.
    """
    cica = make_document(
        "cica-2022",
        "CICA",
        "2022-10-13",
        [
            Provision(
                "p1",
                "para. 1",
                "We will cooperate against terrorists and <script>alert(1)</script> "
                "in the use of “ICTs”." + extra,
                "en",
            ),
            Provision(
                "p2",
                "para. 2",
                "Confidence building measures in the use of ICTs promote international "
                "cooperation on security.",
                "en",
            ),
            Provision("p3", "para. 3", "Building confidence takes time and patience.", "en"),
            Provision("p4", "para. 4", "The OEWG on security of and in the use of ICT met.", "en"),
        ],
    )
    csto = make_document(
        "csto-2022",
        "CSTO",
        "2022-11-23",
        [
            Provision(
                "p1",
                "para. 1",
                "Terrorism and terrorist use of information and communication technologies.",
                "en",
                parallel={
                    "ru": "Обеспечение безопасности в сфере использования ИКТ и меры доверия.",
                    "kk": "АҚПАРАТТЫҚ ҚАУІПСІЗДІК және АКТ саласындағы сенім шаралары.",
                },
            ),
            Provision(
                "p2",
                "para. 2",
                "The Open-ended Working Group on security is welcome. Organization matters.",
                "en",
            ),
        ],
    )
    concept = make_document(
        "cica-concept-2022",
        "CICA",
        "2022-10",
        [
            Provision(
                "s1-p1", "section 1", "Digital forensics workshop on critical infrastructure.", "en"
            ),
            Provision("s1-p2", "section 1", LONG_TEXT, "en"),
        ],
        precision="month",
    )
    asean = make_document(
        "asean-2018",
        "ASEAN-Russia",
        "2018-11-14",
        [
            Provision(
                "p1", "para. 1", "Protection of personal data is recognised as important.", "en"
            ),
            Provision(
                "p2", "para. 2", "Capacity building and cooperation among organisations.", "en"
            ),
        ],
    )
    return Corpus((asean, cica, concept, csto), path="synthetic")


@pytest.fixture
def corpus() -> Corpus:
    return make_corpus()


@pytest.fixture
def corpus_factory():
    """`make_corpus` itself, for tests that need a changed corpus."""
    return make_corpus


@pytest.fixture
def many_documents():
    """`make(documents, provisions)`: a corpus of that many CICA documents, one a year
    and month apart, each of `provisions` one-word English provisions "p0", "p1", ..."""

    def make(documents: int = 50, provisions: int = 400) -> Corpus:
        return Corpus(
            tuple(
                make_document(
                    f"doc-{d}",
                    "CICA",
                    f"{2000 + d % 25}-{1 + d % 12:02d}-01",
                    [Provision(f"p{i}", f"para. {i}", "Text.", "en") for i in range(provisions)],
                )
                for d in range(documents)
            )
        )

    return make


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """One index of the synthetic corpus, shared by a module's read-only tests."""
    from ictviewer.search import SearchIndex

    built = SearchIndex.open_or_build(make_corpus(), tmp_path_factory.mktemp("index"))
    yield built
    built.close()
