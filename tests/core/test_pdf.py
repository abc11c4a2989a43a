"""The PDF read back with pypdf: the text, citations, pages, fonts and sizes are right.

The one core test module that needs Qt (a QApplication from pytest-qt's `qapp`:
the same kind the UI tests use, so the session's application stays usable).
"""

import pytest
from pypdf import PdfReader

from ictviewer.corpus import load_corpus
from ictviewer.corpus.model import Corpus, Document, FuzzyDate, Provision, Source
from ictviewer.export import ExportCancelled, build_pack, write_pdf
from ictviewer.selection import sort_refs

pytestmark = [pytest.mark.needs_qt, pytest.mark.usefixtures("qapp")]
KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"


def norm(text: str) -> str:
    """Whitespace collapsed; a line may break after a hyphen ("ICT-" / "related")."""
    return " ".join(text.split()).replace("- ", "-")


def read(path) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(path)
    return reader, [page.extract_text() for page in reader.pages]


def bodies(texts: list[str]) -> str:
    """The pages' text without their footers (the last two lines: citation, page
    number), joined, so a paragraph running over a page break reads whole."""
    kept = []
    for number, text in enumerate(texts, start=1):
        lines = text.rstrip().split("\n")
        assert lines[-1].strip() == f"Page {number} of {len(texts)}"
        kept.append("\n".join(lines[:-2]))
    return norm(" ".join(kept))


@pytest.fixture(scope="module")
def corpus():
    corpus = load_corpus()
    assert corpus.get("cica-statement-2022") and corpus.get("cica-note-2024")
    return corpus


def all_texts(corpus):
    return {
        (d.id, p.id): [norm(t) for t in p.versions().values()] for d in corpus for p in d.provisions
    }


def test_two_short_provisions_on_one_page(corpus, tmp_path):
    refs = [("cica-statement-2022", "pre4"), ("cica-statement-2022", "p5")]
    pack = build_pack(corpus, refs, title="Two provisions")
    path = tmp_path / "two.pdf"
    assert write_pdf(pack, path) == 1
    reader, pages = read(path)
    assert len(reader.pages) == 1
    text = norm(pages[0])
    for item in pack.provisions:
        assert norm(item.texts[0].text) in text
        assert item.label in text
        assert norm(item.citation) in text
    assert "Page 1 of 1" in text
    assert "CICA Leaders' Statement 2022" in text
    assert reader.metadata.title == "Two provisions"
    selected = " ".join(norm(t.text) for item in pack.provisions for t in item.texts)
    for ref, versions in all_texts(corpus).items():
        if ref in refs:
            continue
        for version in versions:
            if version not in selected:
                assert version not in text, f"{ref} was not selected"


def test_a_whole_long_selection(corpus, tmp_path):
    refs = sort_refs(corpus, [(d.id, p.id) for d in corpus for p in d.provisions])
    pack = build_pack(corpus, refs, languages=["en", "ru", "kk"])
    path = tmp_path / "all.pdf"
    progress = []
    pages = write_pdf(pack, path, progress=lambda done, total: progress.append((done, total)))
    reader, texts = read(path)
    assert len(reader.pages) == pages
    assert 6 <= pages <= 60
    assert progress == [(n, pages) for n in range(1, pages + 1)]
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text, f"page {number} has its number"
    everything = bodies(texts)
    for item in pack.provisions:
        assert norm(item.citation) in everything
        for version in item.texts:
            assert norm(version.text) in everything, f"{item.doc_id}:{item.provision_id}"
    assert "\t" not in "".join(texts), "spaces read back as spaces"
    assert not any("\ufb00" <= c <= "\ufb06" for c in everything), "no ligature characters"


def test_the_note_verbale_in_russian_and_kazakh(corpus, tmp_path):
    note = corpus.get("cica-note-2024")
    pack = build_pack(corpus, parse_all(note), languages=["en", "ru", "kk"])
    path = tmp_path / "note.pdf"
    write_pdf(pack, path)
    _, texts = read(path)
    everything = bodies(texts)
    source_kazakh = ""
    for provision in note.provisions:
        for lang in ("ru", "kk"):
            version = provision.text_in(lang)
            if version:
                assert norm(version) in everything, f"{provision.id} ({lang})"
        source_kazakh += provision.text_in("kk") or ""
    letters = set(KAZAKH) & set(source_kazakh)
    assert len(letters) >= 6
    assert letters <= set(everything)


def parse_all(document):
    return [(document.id, p.id) for p in document.provisions]


def test_every_kazakh_letter_has_a_real_glyph(tmp_path):
    text = f"Қазақ әліпбиі: {KAZAKH}. Русский: съешь же ещё этих мягких булок."
    doc = Document(
        id="letters",
        title="Алфавит — Әліпби",
        short_title="Әліпби",
        organisation="CICA",
        kind="note-verbale",
        date=FuzzyDate(__import__("datetime").date(2024, 5, 20)),
        place="Астана",
        languages=("kk",),
        status="circulated",
        source=Source(publisher="test"),
        provisions=(Provision(id="p1", label="1-тармақ", text=text, lang="kk"),),
    )
    pack = build_pack(Corpus(documents=(doc,)), [("letters", "p1")])
    path = tmp_path / "letters.pdf"
    write_pdf(pack, path)
    reader, texts = read(path)
    assert norm(text) in norm(texts[0]), "no tofu: every letter maps back to itself"
    assert "Әліпби, 1-тармақ" in norm(texts[0]), "the footer too"
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), "font embedded"


@pytest.mark.parametrize(
    ("size", "width", "height"), [("A4", 595.3, 841.9), ("Letter", 612, 792), ("letter", 612, 792)]
)
def test_page_sizes(corpus, tmp_path, size, width, height):
    pack = build_pack(corpus, [("cica-statement-2022", "p1")])
    path = tmp_path / f"{size}.pdf"
    write_pdf(pack, path, page_size=size)
    box = PdfReader(path).pages[0].mediabox
    assert float(box.width) == pytest.approx(width, abs=1)
    assert float(box.height) == pytest.approx(height, abs=1)


def test_unknown_page_size_and_missing_folder(corpus, tmp_path):
    pack = build_pack(corpus, [("cica-statement-2022", "p1")])
    with pytest.raises(ValueError, match="A4, Letter"):
        write_pdf(pack, tmp_path / "x.pdf", page_size="A5")
    with pytest.raises(FileNotFoundError):
        write_pdf(pack, tmp_path / "no" / "such" / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cancelling_leaves_no_partial_file(corpus, tmp_path):
    refs = [(d.id, p.id) for d in corpus for p in d.provisions]
    pack = build_pack(corpus, refs)
    path = tmp_path / "pack.pdf"
    path.write_bytes(b"an older export")
    done = []
    with pytest.raises(ExportCancelled):
        write_pdf(
            pack, path, progress=lambda n, total: done.append(n), cancelled=lambda: bool(done)
        )
    assert done == [1]
    assert path.read_bytes() == b"an older export", "the previous file is untouched"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"], "partial file deleted"


def test_footer_names_the_documents_on_each_page(corpus, tmp_path):
    refs = sort_refs(corpus, parse_all(corpus.get("csto-statement-2022")))
    refs += parse_all(corpus.get("asean-russia-2018"))
    pack = build_pack(corpus, refs)
    path = tmp_path / "two-docs.pdf"
    pages = write_pdf(pack, path)
    _, texts = read(path)
    assert pages >= 3
    csto = corpus.get("csto-statement-2022").short_title
    asean = corpus.get("asean-russia-2018").short_title
    footers = [norm(text).rsplit(" Page ", 1)[0][-120:] for text in texts]
    assert csto in footers[0] and asean not in footers[0]
    assert asean in footers[-1] and csto not in footers[-1]
