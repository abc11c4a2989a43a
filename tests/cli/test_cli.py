"""The command line through the installed `ictviewer` entry point, as a user runs it."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ENTRY = Path(sys.executable).with_name("ictviewer")
DOCUMENT_KEYS = {
    "id",
    "title",
    "short_title",
    "organisation",
    "kind",
    "date",
    "date_precision",
    "languages",
    "status",
    "provisions",
    "origin",  # bundled | user (DESIGN.md: documents --json carries origin)
}
HIT_KEYS = {
    "doc_id",
    "provision_id",
    "label",
    "organisation",
    "date",
    "lang",
    "score",
    "snippet",
    "text",
}


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cli-cache")


def run(*args, cache, corpus=None, check=True):
    if not ENTRY.exists():
        pytest.fail(f"entry point {ENTRY} is not installed; run `make test`")
    env = dict(os.environ, ICTVIEWER_CACHE=str(cache))
    env.pop("ICTVIEWER_CORPUS", None)
    if corpus is not None:
        env["ICTVIEWER_CORPUS"] = str(corpus)
    result = subprocess.run(
        [str(ENTRY), *args], capture_output=True, text=True, env=env, timeout=120
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def run_json(*args, cache, corpus=None):
    result = run(*args, "--json", cache=cache, corpus=corpus)
    return json.loads(result.stdout)  # one JSON document and nothing else


def test_documents_json_matches_contract(cache):
    documents = run_json("documents", cache=cache)
    ids = {d["id"] for d in documents}
    assert ids == {
        "cica-statement-2022",
        "cica-concept-2022",
        "cica-note-2024",
        "cica-concept-2024-draft",
        "csto-statement-2022",
        "asean-russia-2018",
    }
    for document in documents:
        assert set(document) == DOCUMENT_KEYS
        assert document["provisions"] > 0
    by_id = {d["id"]: d for d in documents}
    assert by_id["cica-concept-2022"]["date"] == "2022-10"
    assert by_id["cica-concept-2022"]["date_precision"] == "month"
    assert by_id["cica-note-2024"]["languages"] == ["en", "ru", "kk"]
    assert by_id["cica-concept-2024-draft"]["status"] == "draft"


def test_show_json_has_provisions(cache):
    document = run_json("show", "cica-statement-2022", cache=cache)
    assert document["id"] == "cica-statement-2022"
    assert document["place"] == "Astana"
    provisions = {p["id"]: p for p in document["provisions"]}
    assert {"id", "label", "section", "text"} <= set(provisions["p5"])
    assert provisions["p5"]["label"] == "para. 5"
    assert "the need to further strengthen international cooperation" in provisions["p5"]["text"]


def test_show_text_prints_parallel_versions(cache):
    out = run("show", "cica-note-2024", cache=cache).stdout
    assert "(ru) " in out and "(kk) " in out
    assert "Хатшылық" in out


def test_show_unknown_document_is_a_clear_error(cache):
    result = run("show", "no-such-doc", "--json", cache=cache, check=False)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "no document 'no-such-doc'" in result.stderr
    assert "cica-statement-2022" in result.stderr  # says what exists
    assert "Traceback" not in result.stderr


def test_search_digital_forensics_finds_the_concept_papers_first(cache):
    results = run_json("search", "digital forensics", cache=cache)
    assert set(results) >= {"query", "total", "parsed", "expanded_terms", "suggestion", "hits"}
    assert results["query"] == "digital forensics"
    assert results["total"] >= 2
    top = results["hits"][:2]
    assert {hit["doc_id"] for hit in top} == {"cica-concept-2022", "cica-concept-2024-draft"}
    for hit in results["hits"]:
        assert set(hit) >= HIT_KEYS
        assert "<b>" in hit["snippet"]


def test_search_filters(cache):
    results = run_json("search", "security", "--org", "CSTO", cache=cache)
    assert results["total"] > 0
    assert {hit["organisation"] for hit in results["hits"]} == {"CSTO"}
    russian = run_json("search", "безопасности", "--lang", "ru", cache=cache)
    assert russian["total"] > 0
    assert {hit["lang"] for hit in russian["hits"]} == {"ru"}
    dated = run_json("search", "ICTs", "--from", "2024-01-01", cache=cache)
    assert {hit["date"][:4] for hit in dated["hits"]} == {"2024"}
    limited = run_json("search", "ICTs", "--limit", "3", cache=cache)
    assert len(limited["hits"]) == 3 and limited["total"] > 3


def test_search_text_output(cache):
    out = run("search", "digital divide", cache=cache).stdout
    assert "hits for" in out
    assert "*digital divide*" in out  # adjacent matches are marked as one run


def test_malformed_query_does_not_fail(cache):
    results = run_json("search", '"unbalanced (quote', cache=cache)
    assert "fallback" in results["parsed"].lower()


def test_bad_limit_is_a_usage_error(cache):
    result = run("search", "ICTs", "--limit", "0", cache=cache, check=False)
    assert result.returncode == 2
    assert "at least 1" in result.stderr


def test_check_is_clean_on_the_bundled_corpus(cache):
    result = run("check", cache=cache)
    assert "valid" in result.stdout
    report = run_json("check", cache=cache)
    assert report["valid"] is True and report["documents"] == 6


def test_check_reports_file_line_field(cache, tmp_path):
    shutil.copy(REPO / "corpus" / "csto-statement-2022.yaml", tmp_path)
    text = (REPO / "corpus" / "cica-statement-2022.yaml").read_text(encoding="utf-8")
    (tmp_path / "broken.yaml").write_text(text.replace("place:", "plase:", 1), encoding="utf-8")
    result = run("check", cache=cache, corpus=tmp_path, check=False)
    assert result.returncode == 1
    assert "broken.yaml:" in result.stderr
    assert ": plase: unknown field" in result.stderr
    assert "1 documents" in result.stdout or "1 document" in result.stdout


def test_index_reports_location_and_reuse(tmp_path):
    first = run_json("index", cache=tmp_path)
    assert first["built"] is True
    assert first["location"].startswith(str(tmp_path))
    assert run_json("index", cache=tmp_path)["built"] is False
    assert run_json("index", "--rebuild", cache=tmp_path)["built"] is True


def test_unwritable_cache_falls_back_and_says_so(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run("search", "ICTs", "--json", cache=blocker / "cache")
    assert json.loads(result.stdout)["total"] > 0
    assert "memory" in result.stderr.lower()


EVENT_KEYS = {"date", "end", "precision", "label", "kind", "organisation", "doc_id", "provision_id"}


def test_timeline_json_matches_contract(cache):
    events = run_json("timeline", cache=cache)
    assert all(set(event) >= EVENT_KEYS for event in events)
    dates = [(e["date"], e["doc_id"], e["provision_id"]) for e in events]
    assert ("2023-10-02", "cica-concept-2024-draft", "s1-p5") in dates
    assert ("2024-06-07", "cica-note-2024", "p2") in dates
    assert ("2022-10-13", "cica-statement-2022", None) in dates
    csto = run_json("timeline", "--org", "CSTO", cache=cache)
    assert csto and {e["organisation"] for e in csto} == {"CSTO"}


def test_timeline_text(cache):
    out = run("timeline", "--kind", "deadline", cache=cache).stdout
    assert "2024-06-07" in out and "cica-note-2024:p2" in out


def test_compare_json_matches_contract(cache):
    result = run_json("compare", "cica-concept-2022", "cica-concept-2024-draft", cache=cache)
    assert {"left", "right", "shared_concepts", "only_left", "only_right"} <= set(result)
    assert {"shared_passages", "alignment"} <= set(result)
    assert result["left"] == "cica-concept-2022"
    for concept in result["shared_concepts"]:
        assert {"id", "label", "colour", "left", "right"} <= set(concept)
        assert concept["left"] and concept["right"]
        assert {"provision_id", "matches"} <= set(concept["left"][0])
    only_right = {c["id"] for c in result["only_right"]}
    assert any("resilien" in concept_id for concept_id in only_right), only_right
    for passage in result["shared_passages"]:
        assert {"left_provision", "right_provision", "text", "words"} <= set(passage)
        assert passage["words"] >= 6
    pairs = {(a["left_provision"], a["right_provision"]): a for a in result["alignment"]}
    assert pairs[("s2-a", "s2-a")]["similarity"] == 1.0


def test_compare_unknown_document(cache):
    result = run("compare", "cica-statement-2022", "nope", cache=cache, check=False)
    assert result.returncode == 1 and "no document 'nope'" in result.stderr


def test_export_writes_a_pdf_with_citations(cache, tmp_path):
    from pypdf import PdfReader

    output = tmp_path / "pack.pdf"
    report = run_json(
        "export",
        "cica-statement-2022:p5",
        "cica-note-2024:p2",
        "-o",
        str(output),
        "--title",
        "Briefing",
        "--lang",
        "en",
        "--lang",
        "kk",
        cache=cache,
    )
    assert report == {"output": str(output), "pages": report["pages"], "provisions": 2}
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(output).pages).split())
    assert "Briefing" in text
    assert "para. 5" in text and "Astana, 13 October 2022" in text
    assert "Хатшылық мүше мемлекеттерден" in text
    assert "DECLARE THE FOLLOWING" not in text  # nothing unselected


def test_export_bad_reference(cache, tmp_path):
    result = run(
        "export", "cica-statement-2022:p99", "-o", str(tmp_path / "x.pdf"), cache=cache, check=False
    )
    assert result.returncode == 1
    assert "no provision 'p99'" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_search_expands_a_concept_across_languages_and_no_concepts_turns_it_off(cache):
    # #13: a Russian query finds the English provisions on the digital divide, and says so
    expanded = run_json("search", "цифровой разрыв", cache=cache)
    assert expanded["total"] >= 2
    assert {(h["doc_id"], h["provision_id"]) for h in expanded["hits"]} >= {
        ("asean-russia-2018", "p10"),
        ("cica-statement-2022", "p6"),
    }
    assert "[concept digital-divide:" in expanded["parsed"]
    assert '"digital divide"' in expanded["expanded_terms"]["concept:digital-divide"]
    literal = run_json("search", "цифровой разрыв", "--no-concepts", cache=cache)
    assert literal["total"] == 0
    assert "concept" not in literal["parsed"]
    assert not any(key.startswith("concept:") for key in literal["expanded_terms"])
    text = run("search", "Устав ООН", cache=cache).stdout
    assert "[concept un-charter-law:" in text.splitlines()[0]  # the summary line shows it
