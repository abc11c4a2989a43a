"""The finished PDF is read back before it replaces anything (no Qt in the check)."""

import pytest

from ictviewer.export import build_pack, pdf, write_pdf
from ictviewer.export.pdffile import IncompletePdf, check_pdf

pytestmark = [pytest.mark.needs_qt, pytest.mark.usefixtures("qapp")]


def test_the_check_refuses_a_truncated_or_short_pdf(tmp_path, corpus):
    path = tmp_path / "whole.pdf"
    pages = write_pdf(
        build_pack(corpus, [(d.id, p.id) for d in corpus for p in d.provisions]), path
    )
    check_pdf(path, pages)
    data = path.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(IncompletePdf, match="without the PDF trailer"):
        check_pdf(cut, pages)
    with pytest.raises(IncompletePdf, match=f"holds {pages} of the {pages + 1} pages"):
        check_pdf(path, pages + 1)


def test_a_failed_write_in_write_pdf_replaces_nothing(tmp_path, corpus, monkeypatch):
    """The same promise for the window's Export PDF, which calls write_pdf off the GUI thread."""
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")

    def full_disk(path):
        with open(path, "r+b") as stream:
            stream.truncate(1000)  # what a full disk leaves: Qt says nothing

    monkeypatch.setattr(pdf, "map_spaces_to_space", full_disk)
    with pytest.raises(OSError, match="incomplete"):
        write_pdf(
            build_pack(corpus, [(d.id, p.id) for d in corpus for p in d.provisions][:1]), target
        )
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]
