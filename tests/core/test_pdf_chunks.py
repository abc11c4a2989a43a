"""A pack laid out in several chunks prints as if it were one document (#18).

`write_pdf` lays the pack out in QTextDocuments of `chunk_size` provisions and
cuts the pages itself; a chunk size of 7 makes the bundled corpus span many
chunks, and 0 lays it out in one. Read back with pypdf, like `test_pdf.py`.
"""

import pytest
from pypdf import PdfReader

from ictviewer.corpus import load_corpus
from ictviewer.export import ExportCancelled, build_pack, write_pdf
from ictviewer.export.pdf import RESOLUTION, page_layout
from ictviewer.export.pdf_layout import lay_out
from ictviewer.export.pdf_pages import cut_pages
from ictviewer.selection import sort_refs

pytestmark = [pytest.mark.needs_qt, pytest.mark.usefixtures("qapp")]
SMALL = 7


def norm(text: str) -> str:
    """Whitespace collapsed; a line may break after a hyphen ("ICT-" / "related")."""
    return " ".join(text.split()).replace("- ", "-")


@pytest.fixture(scope="module")
def pack():
    corpus = load_corpus()
    refs = sort_refs(corpus, [(d.id, p.id) for d in corpus for p in d.provisions])
    pack = build_pack(corpus, refs, languages=["en", "ru", "kk"])
    assert len(pack.provisions) > 4 * SMALL, "enough provisions for several chunks"
    return pack


def export(pack, path, chunk_size):
    progress = []
    pages = write_pdf(pack, path, progress=lambda n, total: progress.append((n, total)),
                      chunk_size=chunk_size)  # fmt: skip
    assert progress == [(n, pages) for n in range(1, pages + 1)]
    texts = [page.extract_text() for page in PdfReader(path).pages]
    assert len(texts) == pages, "the page count reported is the file's"
    return texts


@pytest.fixture(scope="module")
def chunked(pack, tmp_path_factory):
    """The pack's pages' text, exported in chunks of `SMALL` (once for the module)."""
    return export(pack, tmp_path_factory.mktemp("chunked") / "chunked.pdf", SMALL)


def test_chunks_print_every_provision_in_order_on_continuous_pages(pack, chunked):
    texts = chunked
    bodies = []
    for number, text in enumerate(texts, start=1):
        lines = text.rstrip().split("\n")
        assert lines[-1].strip() == f"Page {number} of {len(texts)}"
        bodies.append("\n".join(lines[:-2]))
    everything = norm(" ".join(bodies))
    position = 0
    for item in pack.provisions:
        for version in item.texts:
            found = everything.find(norm(version.text), position)
            assert found >= 0, f"{item.doc_id}:{item.provision_id} in order"
            position = found
    assert everything.count(norm(pack.title)) == 1, "the title once, at the start"
    for document in pack.documents:
        assert everything.count(norm(document.display_title)) >= 1


def test_chunks_give_the_pages_of_one_document(pack, chunked, tmp_path):
    """Chunks are stacked where Qt puts the blocks in one document: same pages."""
    assert chunked == export(pack, tmp_path / "one.pdf", 0)


def test_chunked_lines_sit_where_one_document_puts_them(pack, tmp_path):
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(tmp_path / "unused.pdf"))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout("A4"))
    width = float(writer.pageLayout().paintRectPixels(writer.logicalDpiY()).width())
    _one, whole = lay_out(pack, writer, width, 0)
    _many, chunked = lay_out(pack, writer, width, SMALL)
    assert len(chunked) == len(whole)
    for line, same in zip(chunked, whole, strict=True):
        assert (line.heading, line.first, line.document) == (
            same.heading,
            same.first,
            same.document,
        )
        assert line.top == pytest.approx(same.top, abs=0.5)  # device pixels at 600 dpi


def test_no_heading_is_left_at_the_bottom_of_a_page(pack, tmp_path):
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(tmp_path / "unused.pdf"))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout("A4"))
    area = writer.pageLayout().paintRectPixels(writer.logicalDpiY())
    _documents, lines = lay_out(pack, writer, float(area.width()), SMALL)
    pages = cut_pages(lines, area.height() * 0.6)  # short pages: many breaks to test
    assert len(pages) > 10
    assert [p.start for p in pages[1:]] == [p.end for p in pages[:-1]], "every line, once"
    for page in pages[:-1]:
        assert not lines[page.end - 1].heading, f"a heading ends the page at line {page.end}"
        assert lines[page.end - 1].top + lines[page.end - 1].height - page.top <= area.height()


def test_headings_stay_with_their_text_in_the_pdf(pack, tmp_path):
    """The citation line under each provision's label is on the page where its text starts."""
    texts = [norm(text) for text in export(pack, tmp_path / "chunked.pdf", SMALL)]
    for item in pack.provisions:
        pages = [n for n, text in enumerate(texts) if norm(item.citation) in text]
        opening = " ".join(norm(item.texts[0].text).split()[:4])
        assert any(opening in texts[n] for n in pages), f"{item.doc_id}:{item.provision_id}"


def test_a_cancel_between_chunks_stops_and_leaves_the_old_file(pack, tmp_path):
    path = tmp_path / "pack.pdf"
    path.write_bytes(b"an older export")
    asked, progress = [], []

    def cancelled():  # false before the first chunk, true before the second
        asked.append(True)
        return len(asked) > 1

    with pytest.raises(ExportCancelled):
        write_pdf(pack, path, progress=lambda n, total: progress.append(n), cancelled=cancelled,
                  chunk_size=SMALL)  # fmt: skip
    assert len(asked) == 2 and progress == [], "stopped while laying out, before any page"
    assert path.read_bytes() == b"an older export", "the previous file is untouched"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"], "partial file deleted"
