"""Importing a user's document: each format, the splits and labels, the guesses, the library.

Every fixture is made here from the project's own short text: written as
.txt/.md/.html by hand, as .docx by python-docx, as .odt by odfpy, and as .pdf
by a ten-line PDF writer below (one text line per `Tj`, so the test decides
exactly where lines wrap, where pages break and what the running header is).
"""

from __future__ import annotations

import datetime as dt
import io
import zlib

import pytest
import yaml

from ictviewer.corpus import load_library
from ictviewer.importing import ImportRefused, Options, import_file, remove_document
from ictviewer.importing.formats import Block
from ictviewer.importing.metadata import dateline, detect_language, parse_date
from ictviewer.importing.split import label, paragraphs

TITLE = "Joint Statement of the Ministers of the CICA Member States on Information Security"
DATELINE = "Astana, 20 May 2024"
OPENING = "We, the Ministers of Foreign Affairs of the CICA Member States,"
PREAMBLE = [
    "Noting the growing role of information and communication technologies in society,",
    "Expressing concern about the use of ICTs for criminal and terrorist purposes,",
    "Recalling the work of the United Nations Open-ended Working Group 2021-2025,",
]
CLAUSE = "Have agreed as follows:"
OPERATIVE = [
    "To strengthen confidence-building measures between the Member States in the use of ICTs.",
    "To hold regular expert consultations on capacity building and on digital forensics.",
    "To support a comprehensive international convention on countering the criminal use of ICTs.",
]
TODAY = dt.date(2025, 1, 15)


def numbered() -> list[str]:
    return [f"{n}. {text}" for n, text in enumerate(OPERATIVE, 1)]


def sample_text() -> str:
    return "\n\n".join([TITLE, DATELINE, OPENING, *PREAMBLE, CLAUSE, *numbered()]) + "\n"


def wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal text PDF: each line drawn with Helvetica, top to bottom."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b"<< /Type /Font /Subtype /Type1 "
               b"/BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]  # fmt: skip
    kids = []
    for lines in pages:
        ops = ["BT /F1 10 Tf 14 TL 50 800 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        stream = zlib.compress("\n".join(ops).encode("cp1252"))
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream"
        )
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % len(objects)
        )
        kids.append(len(objects))
    refs = " ".join(f"{k} 0 R" for k in kids).encode()
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref))  # fmt: skip
    return out.getvalue()


def wrapped_pdf_pages() -> list[list[str]]:
    """The sample hard-wrapped at 52 characters, 'consul-/tations' hyphenated, on two pages
    with a running header and page numbers; paragraph 2 runs over the page break."""
    lines = [*wrap(TITLE, 60), DATELINE]
    for paragraph in [OPENING, *PREAMBLE, CLAUSE, *numbered()]:
        lines.extend(wrap(paragraph, 52))
    lines = "\n".join(lines).replace("consultations", "consul-\ntations").split("\n")
    cut = next(i for i, line in enumerate(lines) if line.startswith("2.")) + 1
    header = "CICA Ministers' Statement on ICT Security"
    return [[header, *lines[:cut], "- 1 -"], [header, *lines[cut:], "- 2 -"]]


def make_docx(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading(TITLE, 0)
    for text in [DATELINE, OPENING, *PREAMBLE, CLAUSE, *numbered()]:
        document.add_paragraph(text)
    path = tmp_path / "statement.docx"
    document.save(path)
    return path


def make_odt(tmp_path):
    opendocument = pytest.importorskip("odf.opendocument")
    from odf import text as odftext

    document = opendocument.OpenDocumentText()
    document.text.addElement(odftext.H(outlinelevel=1, text=TITLE))
    for paragraph in [DATELINE, OPENING, *PREAMBLE, CLAUSE, *numbered()]:
        document.text.addElement(odftext.P(text=paragraph))
    path = tmp_path / "statement.odt"
    document.save(str(path))
    return path


def make_html(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in [DATELINE, OPENING, *PREAMBLE, CLAUSE])
    items = "".join(f"<p>{p}</p>" for p in numbered())
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Site</title>"
        "<script>var x = 'Noting nothing,';</script></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
        f"<h1>{TITLE}</h1>{body}{items}<footer>© The ministry</footer></body></html>"
    )
    path = tmp_path / "statement.html"
    path.write_text(page, encoding="utf-8")
    return path


def make_pdf_file(tmp_path):
    path = tmp_path / "statement.pdf"
    path.write_bytes(make_pdf(wrapped_pdf_pages()))
    return path


def make_txt(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text(sample_text(), encoding="utf-8")
    return path


def make_md(tmp_path):
    text = sample_text().replace(TITLE, f"# {TITLE}").replace("Have agreed", "**Have agreed")
    text = text.replace("as follows:", "as follows:**")
    path = tmp_path / "statement.md"
    path.write_text(text, encoding="utf-8")
    return path


MAKERS = {
    "txt": make_txt,
    "md": make_md,
    "html": make_html,
    "docx": make_docx,
    "odt": make_odt,
    "pdf": make_pdf_file,
}


@pytest.fixture
def user(tmp_path):
    return tmp_path / "data" / "corpus"


def read_back(result):
    with open(result.path, encoding="utf-8") as stream:
        return yaml.safe_load(stream)


@pytest.mark.parametrize("fmt", list(MAKERS))
def test_each_format_splits_labels_and_guesses_alike(fmt, tmp_path, user):
    result = import_file(MAKERS[fmt](tmp_path), user=user, today=TODAY)
    data = read_back(result)
    labels = [p["label"] for p in data["provisions"]]
    assert labels == [
        "Dateline",
        "Opening",
        "Preamble, para. 1",
        "Preamble, para. 2",
        "Preamble, para. 3",
        "Operative clause",
        "para. 1",
        "para. 2",
        "para. 3",
    ]
    texts = [p["text"] for p in data["provisions"]]
    assert texts[1:] == [OPENING, *PREAMBLE, CLAUSE, *OPERATIVE]  # numbers moved to labels
    assert {p["section"] for p in data["provisions"][2:5]} == {"Preamble"}
    assert data["provisions"][6]["section"] == "Operative part"
    assert data["title"] == TITLE
    assert (data["date"], data["date_precision"], data["place"]) == ("2024-05-20", "day", "Astana")
    assert (data["organisation"], data["kind"], data["languages"]) == (
        "CICA",
        "joint-statement",
        ["en"],
    )
    assert result.id == "cica-joint-statement-2024"
    source = data["source"]
    assert source["file"] == f"statement.{fmt}" and len(source["sha256"]) == 64
    assert source["imported"] == "2025-01-15"
    assert "date guessed from dateline “Astana, 20 May 2024”" in result.warnings
    assert "date guessed from dateline" in source["note"]


def test_pdf_furniture_is_dropped_and_recorded(tmp_path, user):
    result = import_file(make_pdf_file(tmp_path), user=user, today=TODAY)
    data = read_back(result)
    removed = "\n".join(data["removed"])
    assert "page numbers (2 lines)" in removed
    assert "CICA Ministers' Statement on ICT Security" in removed  # the running header
    assert "“consul-” + “tations”" in removed
    # the hyphen the text itself writes survives the join
    assert "confidence-building measures" in data["provisions"][6]["text"]


def test_run_on_scrape_is_cut_at_the_preambular_participles():
    scrape = " ".join([OPENING, *PREAMBLE, CLAUSE, *numbered()])
    _, drafts = label(paragraphs([Block(scrape)], []))
    assert [d.label for d in drafts] == [
        "Opening",
        "Preamble, para. 1",
        "Preamble, para. 2",
        "Preamble, para. 3",
        "Operative clause",
        "para. 1",
        "para. 2",
        "para. 3",
    ]
    assert drafts[3].text == PREAMBLE[2]  # "2021-2025," did not look like paragraph 2025


def test_articles_items_and_bullets_are_labelled():
    text = (
        "Article 1. Definitions\n\n1. For the purposes of this Agreement:\n\n"
        "(a) information security means the state of protection;\n\n"
        "(b) a threat means a factor creating danger.\n\n"
        "Article 2\n\nThe Parties shall cooperate in:\n\n• exchanging information;\n\n"
        "• training experts."
    )
    blocks = [Block(p) for p in text.split("\n\n")]
    _, drafts = label(paragraphs(blocks, []))
    assert [(d.label, d.section) for d in drafts] == [
        ("Article 1, para. 1", "Article 1. Definitions"),
        ("Article 1, para. 1 (a)", "Article 1. Definitions"),
        ("Article 1, para. 1 (b)", "Article 1. Definitions"),
        ("Article 2, para. 1", "Article 2"),
        ("Article 2, para. 1, bullet 1", "Article 2"),
        ("Article 2, para. 1, bullet 2", "Article 2"),
    ]
    assert drafts[4].text == "exchanging information;"
    assert len({d.id for d in drafts}) == len(drafts)


def test_numbered_sections_label_like_the_concept_papers():
    blocks = [Block("1. Background"), Block("The measure was adopted in 2021."),
              Block("It was extended in 2023."), Block("2. Objectives"),
              Block("The objectives are these.")]  # fmt: skip
    _, drafts = label(paragraphs(blocks, []))
    assert [d.label for d in drafts] == ["section 1, para. 1", "section 1, para. 2",
                                         "section 2, para. 1"]  # fmt: skip
    assert drafts[0].section == "1. Background"


def test_datelines_and_languages():
    assert dateline("(Shanghai, 15 June 2006)") == ("Shanghai", dt.date(2006, 6, 15), "day")
    assert dateline("Astana, 20 May 2024") == ("Astana", dt.date(2024, 5, 20), "day")
    assert dateline("г. Астана, 20 мая 2024 года")[1] == dt.date(2024, 5, 20)
    assert dateline("Noting the progress made in 2024,") is None
    assert parse_date("2024 жылғы 20 мамыр") == (dt.date(2024, 5, 20), "day")
    assert parse_date("in October 2022 the") == (dt.date(2022, 10, 1), "month")
    assert detect_language("Государства-члены выражают озабоченность") == "ru"
    assert detect_language("Мүше мемлекеттер ақпараттық қауіпсіздік туралы") == "kk"
    assert detect_language("The Member States express concern") == "en"


def test_russian_text_gets_russian_language_and_options_win(tmp_path, user):
    path = tmp_path / "ru.txt"
    path.write_text(
        "Совместное заявление министров иностранных дел государств – членов ОДКБ\n\n"
        "г. Ереван, 23 ноября 2022 года\n\nГосударства – члены ОДКБ,\n\n"
        "Отмечая значительный прогресс в развитии технологий,\n\n"
        "Выражая озабоченность растущими угрозами,\n\nзаявляют:\n\n"
        "1. Государства будут укреплять сотрудничество.\n",
        encoding="utf-8",
    )
    result = import_file(path, user=user, today=TODAY)
    assert (result.languages, result.organisation, result.place) == (("ru",), "CSTO", "Ереван")
    assert result.kind == "joint-statement" and result.date == "2022-11-23"
    labels = [p["label"] for p in read_back(result)["provisions"]]
    assert labels[2:5] == ["Preamble, para. 1", "Preamble, para. 2", "Operative clause"]
    again = import_file(
        path,
        Options(id="my-csto", title="Mine", date="2022-11", place="Yerevan", lang="ru"),
        replace=True,
        user=user,
        today=TODAY,
    )
    assert (again.id, again.title, again.date, again.date_precision, again.place) == (
        "my-csto", "Mine", "2022-11", "month", "Yerevan")  # fmt: skip
    assert not any(w.startswith(("title", "date", "place")) for w in again.warnings)
    assert [p.name for p in user.iterdir()] == ["my-csto.yaml"]  # replaced, not duplicated


def test_library_lists_user_documents_beside_bundled_ones(tmp_path, user):
    result = import_file(make_txt(tmp_path), user=user, today=TODAY)
    library = load_library(user=user)
    mine = library.get(result.id)
    assert mine is not None and mine.origin == "user" and mine.summary()["origin"] == "user"
    assert library.get("cica-statement-2022").origin == "bundled"
    assert not library.problems
    assert len(library) == len(load_library(user=tmp_path / "nothing")) + 1


def test_reimport_is_refused_then_replaced(tmp_path, user):
    path = make_txt(tmp_path)
    first = import_file(path, user=user, today=TODAY)
    before = (user / f"{first.id}.yaml").read_bytes()
    copy = tmp_path / "renamed.txt"
    copy.write_bytes(path.read_bytes())
    with pytest.raises(ImportRefused, match="already in your library as 'cica-joint-statement"):
        import_file(copy, user=user, today=TODAY)
    assert (user / f"{first.id}.yaml").read_bytes() == before
    again = import_file(copy, replace=True, user=user, today=dt.date(2025, 2, 1))
    assert again.id == first.id and again.replaced == first.id
    assert [p.name for p in user.iterdir()] == [f"{first.id}.yaml"]
    assert read_back(again)["source"]["imported"] == "2025-02-01"


def test_ids_never_collide_and_bundled_ids_are_refused(tmp_path, user):
    first = import_file(make_txt(tmp_path), user=user, today=TODAY)
    other = tmp_path / "other.txt"
    other.write_text(sample_text().replace("digital forensics", "audits"), encoding="utf-8")
    second = import_file(other, user=user, today=TODAY)
    assert second.id == f"{first.id}-2"
    with pytest.raises(ImportRefused, match="is a bundled document"):
        import_file(other, Options(id="cica-statement-2022"), replace=True, user=user)
    with pytest.raises(ImportRefused, match="already one of your documents"):
        import_file(make_md(tmp_path), Options(id=first.id), user=user)


def test_remove(tmp_path, user):
    result = import_file(make_txt(tmp_path), user=user, today=TODAY)
    with pytest.raises(ImportRefused, match="bundled with the program"):
        remove_document("cica-statement-2022", user=user)
    assert remove_document(result.id, user=user) == result.path
    assert load_library(user=user).get(result.id) is None
    with pytest.raises(ImportRefused, match="no document 'gone' of yours"):
        remove_document("gone", user=user)


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["Secret text."]]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def broken_docx() -> bytes:
    data = bytearray(make_docx_bytes())
    return bytes(data[: len(data) // 2])


def make_docx_bytes() -> bytes:
    docx = pytest.importorskip("docx")
    out = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Noting the text.")
    document.save(out)
    return out.getvalue()


BAD_FILES = {
    "random.pdf": (lambda: bytes(range(256)) * 8, "not a PDF file"),
    "truncated.pdf": (lambda: make_pdf([["Some text."]])[:60], "damaged PDF"),
    "broken.docx": (broken_docx, "not a readable Word"),
    "random.odt": (lambda: b"PK\x03\x04" + bytes(200), "not a readable OpenDocument"),
    "empty.txt": (lambda: b"", "is empty"),
    "blank.md": (lambda: b"  \n\n \n", "is empty"),
    "binary.txt": (lambda: b"Noting\x00\x01\x02" * 50, "binary data"),
    "latin.txt": (lambda: "Caf\xe9 na\xefve r\xe9sum\xe9".encode("latin-1"), "not UTF-8"),
    "locked.pdf": (encrypted_pdf, "encrypted"),
    "scan.pdf": (scanned_pdf, "no text layer"),
    "statement.rtf": (lambda: b"{\\rtf1 Noting}", "not a format ictviewer reads"),
    "page.html": (lambda: b"just words, no markup", "no HTML markup"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_files_are_refused_and_write_nothing(name, tmp_path, user):
    make, message = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(make())
    import_file(make_txt(tmp_path), user=user, today=TODAY)  # a library that must stay as it is
    before = {p.name: p.read_bytes() for p in user.iterdir()}
    with pytest.raises(ImportRefused, match=message):
        import_file(path, user=user, today=TODAY)
    assert {p.name: p.read_bytes() for p in user.iterdir()} == before


def test_a_missing_date_asks_for_date(tmp_path, user):
    path = tmp_path / "undated.txt"
    path.write_text("Some notes\n\nThe parties met and talked.\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="--date"):
        import_file(path, user=user)
    assert not user.exists() or not list(user.iterdir())
    result = import_file(path, Options(date="2020"), user=user)
    assert (result.date, result.date_precision, result.place) == ("2020", "year", "not stated")
