"""`ictviewer import` and `remove` as a user runs them, and the imported document everywhere.

One user data folder per test; the index cache is shared by the module, so
each import is an incremental update of the index the first test built.
"""

import io
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

ENTRY = Path(sys.executable).with_name("ictviewer")
STATEMENT = [
    "Joint Statement of the Ministers of the CICA Member States on Information Security",
    "Astana, 20 May 2024",
    "We, the Ministers of Foreign Affairs of the CICA Member States,",
    "Noting the growing role of information and communication technologies in society,",
    "Expressing concern about the use of ICTs for criminal and terrorist purposes,",
    "Have agreed as follows:",
    "1. To strengthen confidence-building measures between the Member States in the",
    "use of ICTs and to hold regular expert consultations on capacity building.",
    "2. To support a comprehensive international convention on countering the criminal",
    "use of information and communication technologies.",
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("import-cache")


@pytest.fixture
def data(tmp_path):
    return tmp_path / "data"


def run(*args, cache, data, check=True):
    env = dict(os.environ, ICTVIEWER_CACHE=str(cache), ICTVIEWER_DATA=str(data))
    env.pop("ICTVIEWER_CORPUS", None)
    result = subprocess.run(
        [str(ENTRY), *args], capture_output=True, text=True, env=env, timeout=180
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def run_json(*args, cache, data):
    return json.loads(run(*args, "--json", cache=cache, data=data).stdout)


def pdf(lines: list[str]) -> bytes:
    """A one-page text PDF, one line per `Tj` (the hard wraps are the test's)."""
    body = "\n".join(
        ["BT /F1 10 Tf 14 TL 50 800 Td"]
        + [f"({line.replace('(', '[').replace(')', ']')}) Tj T*" for line in lines]
        + ["ET"]
    )
    stream = zlib.compress(body.encode("cp1252"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 6\n0000000000 65535 f \n")
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


@pytest.fixture
def statement_pdf(tmp_path):
    path = tmp_path / "ministers.pdf"
    path.write_bytes(pdf(STATEMENT))
    return path


def test_import_json_then_listed_searched_compared_on_the_timeline(statement_pdf, cache, data):
    record = run_json("import", str(statement_pdf), cache=cache, data=data)
    assert set(record) == set(
        [
            "id",
            "path",
            "title",
            "organisation",
            "kind",
            "date",
            "date_precision",
            "place",
            "languages",
            "provisions",
            "warnings",
        ]
    )
    doc = record["id"]
    assert (record["date"], record["place"], record["organisation"]) == (
        "2024-05-20", "Astana", "CICA")  # fmt: skip
    assert record["provisions"] == 7 and record["languages"] == ["en"]
    assert Path(record["path"]).parent == data / "corpus"
    assert any("dateline" in w for w in record["warnings"])

    listed = {d["id"]: d for d in run_json("documents", cache=cache, data=data)}
    assert listed[doc]["origin"] == "user" and listed["cica-statement-2022"]["origin"] == "bundled"
    assert "[yours]" in run("documents", cache=cache, data=data).stdout

    shown = run_json("show", doc, cache=cache, data=data)
    assert [p["label"] for p in shown["provisions"]][-3:] == ["Operative clause", "para. 1",
                                                               "para. 2"]  # fmt: skip
    # "the use of ICTs" crossed a hard-wrapped line in the PDF
    hits = run_json("search", '"Member States in the use of ICTs"', cache=cache, data=data)
    assert [(h["doc_id"], h["label"]) for h in hits["hits"]] == [(doc, "para. 1")]

    comparison = run_json("compare", "cica-statement-2022", doc, cache=cache, data=data)
    assert comparison["shared_concepts"], "an imported document compares like a bundled one"

    events = run_json("timeline", cache=cache, data=data)
    assert any(e["doc_id"] == doc and e["date"] == "2024-05-20" for e in events)

    out = statement_pdf.with_name("printed.pdf")
    run("export", f"{doc}:p1", "-o", str(out), cache=cache, data=data)
    assert out.read_bytes().startswith(b"%PDF")


def test_reimport_refused_replace_and_remove(statement_pdf, cache, data):
    doc = run_json("import", str(statement_pdf), cache=cache, data=data)["id"]
    again = run("import", str(statement_pdf), cache=cache, data=data, check=False)
    assert again.returncode == 1 and again.stdout == ""
    assert f"already in your library as '{doc}'" in again.stderr and "--replace" in again.stderr
    replaced = run("import", str(statement_pdf), "--replace", "--title", "Mine",
                   cache=cache, data=data)  # fmt: skip
    assert f"Replaced {doc}" in replaced.stdout
    assert len(list((data / "corpus").iterdir())) == 1

    bundled = run("remove", "cica-statement-2022", cache=cache, data=data, check=False)
    assert bundled.returncode == 1 and "cannot be removed" in bundled.stderr
    run("remove", doc, cache=cache, data=data)
    ids = {d["id"] for d in run_json("documents", cache=cache, data=data)}
    assert doc not in ids and "cica-statement-2022" in ids
    hits = run_json("search", '"Member States in the use of ICTs"', cache=cache, data=data)
    assert hits["total"] == 0  # the index was updated


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("random.pdf", bytes(range(256)) * 4, "not a PDF file"),
        ("broken.docx", b"PK\x03\x04broken", "not a readable Word"),
        ("empty.txt", b"", "is empty"),
        ("binary.txt", b"\x00\x01\x02\xff" * 64, "binary data"),
    ],
)
def test_bad_file_exits_non_zero_and_writes_nothing(name, content, message, tmp_path, cache, data):
    path = tmp_path / name
    path.write_bytes(content)
    result = run("import", str(path), "--json", cache=cache, data=data, check=False)
    assert result.returncode == 1 and result.stdout == ""
    assert message in result.stderr and "nothing was imported" in result.stderr
    assert not (data / "corpus").exists() or not list((data / "corpus").iterdir())
