"""Importing in two steps (a draft, reviewed, then saved), and editing a saved document.

The window reviews a draft before anything is written; these tests hold the
core to what that promises: a draft writes nothing, a refusal writes nothing,
the edits keep the record valid, and the bundled corpus is never written.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from ictviewer import paths
from ictviewer.corpus import load_library
from ictviewer.importing import (
    ImportRefused,
    Options,
    import_file,
    merge_with_next,
    prepare_import,
    relabel,
    save_import,
    split,
    update_details,
)

TODAY = dt.date(2025, 1, 15)
TEXT = "\n\n".join(
    [
        "Joint Statement of the Ministers of the CICA Member States on Information Security",
        "Astana, 20 May 2024",
        "We, the Ministers of Foreign Affairs of the CICA Member States,",
        "Noting the growing role of information and communication technologies in society,",
        "Have agreed as follows:",
        "1. To strengthen confidence-building measures between the Member States.",
        "2. To hold regular expert consultations on capacity building and forensics.",
    ]
)


@pytest.fixture
def user(tmp_path):
    return tmp_path / "data" / "corpus"


@pytest.fixture
def statement(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text(TEXT + "\n", encoding="utf-8")
    return path


def bundled_digest() -> str:
    digest = hashlib.sha256()
    for file in sorted(paths.bundled_corpus_dir().glob("*.yaml")):
        digest.update(file.read_bytes())
    return digest.hexdigest()


def test_a_draft_writes_nothing_and_saving_it_matches_the_one_step_import(
    statement, user, tmp_path
):
    draft = prepare_import(statement, user=user, today=TODAY)
    assert not user.exists(), "preparing wrote something"
    assert draft.id == "cica-joint-statement-2024" and draft.file_name == "statement.txt"
    assert draft.sha256 == hashlib.sha256(statement.read_bytes()).hexdigest()
    assert any(w.startswith("date guessed") for w in draft.warnings)
    saved = save_import(draft, user=user)
    other = import_file(statement, user=tmp_path / "elsewhere", today=TODAY)
    assert saved.to_json() | {"path": ""} == other.to_json() | {"path": ""}
    assert (user / f"{draft.id}.yaml").read_text() == (
        tmp_path / "elsewhere" / f"{draft.id}.yaml"
    ).read_text()


def test_reviewed_details_and_provisions_are_what_is_saved(statement, user):
    draft = prepare_import(statement, user=user, today=TODAY)
    provisions = draft.provisions()
    labels = [p["label"] for p in provisions]
    assert labels[-2:] == ["para. 1", "para. 2"]
    first_text = provisions[-2]["text"]
    provisions = merge_with_next(provisions, len(provisions) - 2)
    assert (
        provisions[-1]["text"].startswith(first_text) and "consultations" in provisions[-1]["text"]
    )
    at = provisions[-1]["text"].index("To hold")
    provisions = split(provisions, len(provisions) - 1, at)
    assert provisions[-1]["text"].startswith("To hold")
    assert provisions[-1]["label"] == "para. 1 (2)"
    provisions = relabel(provisions, len(provisions) - 1, "Operative para. 2")
    assert provisions[-1]["id"] == "operative-p2"
    edited = draft.with_changes(
        {
            "title": "My statement",
            "place": "Nur-Sultan",
            "date": "2024-05",
            "date_precision": "month",
        },
        provisions,
    )
    assert draft.record["title"] != "My statement", "the draft itself was changed"
    result = save_import(edited, user=user)
    document = load_library(user=user).get(result.id)
    assert document.origin == "user" and document.title == "My statement"
    assert document.place == "Nur-Sultan" and document.date.precision == "month"
    assert [p.label for p in document.provisions][-2:] == ["para. 1", "Operative para. 2"]
    assert document.provisions[-1].text.startswith("To hold")
    assert "Edited by the user: title, date, date precision, place." in document.source.note


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, "title must not be empty"),
        ({"kind": "poem"}, "kind 'poem' is not one of"),
        ({"date": "2024", "date_precision": "day"}, "written to the year"),
        ({"date": "20 May"}, "date:"),
        ({"language": "fr"}, "language 'fr'"),
        ({"id": "x"}, "cannot change id"),
    ],
)
def test_a_bad_change_is_refused_with_what_to_do(statement, user, changes, message):
    draft = prepare_import(statement, user=user, today=TODAY)
    with pytest.raises(ImportRefused, match=message):
        draft.with_changes(changes)


def test_provision_edits_refuse_what_makes_no_sense(statement, user):
    provisions = prepare_import(statement, user=user, today=TODAY).provisions()
    with pytest.raises(ImportRefused, match="no next one"):
        merge_with_next(provisions, len(provisions) - 1)
    with pytest.raises(ImportRefused, match="cursor inside the text"):
        split(provisions, 0, 0)
    with pytest.raises(ImportRefused, match="must not be empty"):
        relabel(provisions, 0, " ")
    twice = relabel(relabel(provisions, 0, "Same"), 1, "Same")
    assert len({p["id"] for p in twice}) == len(twice), "ids must stay unique"


def test_a_draft_of_a_file_already_imported_replaces_it_when_asked(statement, user):
    first = import_file(statement, user=user, today=TODAY)
    with pytest.raises(ImportRefused, match="already in your library"):
        prepare_import(statement, user=user, today=TODAY)
    draft = prepare_import(statement, replace=True, user=user, today=TODAY)
    assert draft.replaces == first.id and draft.id == first.id
    result = save_import(draft.with_changes({"title": "Again"}), user=user)
    assert result.replaced == first.id
    assert [p.name for p in user.iterdir()] == [f"{first.id}.yaml"]


def test_saving_rechecks_the_id_against_the_folder_as_it_is_now(statement, user, tmp_path):
    draft = prepare_import(statement, Options(id="mine"), user=user, today=TODAY)
    other = tmp_path / "other.txt"
    other.write_text(TEXT.replace("forensics", "audits"), encoding="utf-8")
    import_file(other, Options(id="mine"), user=user, today=TODAY)  # meanwhile, elsewhere
    before = (user / "mine.yaml").read_bytes()
    with pytest.raises(ImportRefused, match="already one of your documents"):
        save_import(draft, user=user)
    assert (user / "mine.yaml").read_bytes() == before


def test_update_details_rewrites_a_user_document_and_keeps_its_ids(statement, user):
    result = import_file(statement, user=user, today=TODAY)
    before = load_library(user=user).get(result.id)
    pid = before.provisions[-1].id
    update_details(
        result.id,
        {"title": "Renamed", "organisation": "CICA States", "labels": {pid: "Final para."}},
        user=user,
    )
    after = load_library(user=user).get(result.id)
    assert after.title == "Renamed" and after.organisation == "CICA States"
    assert after.provisions[-1].id == pid and after.provisions[-1].label == "Final para."
    assert [p.id for p in after.provisions] == [p.id for p in before.provisions]
    assert (user / f"{result.id}.yaml").read_text().startswith("# Imported by ictviewer from")


def test_update_details_refuses_bundled_and_bad_changes_and_writes_nothing(statement, user):
    digest = bundled_digest()
    with pytest.raises(ImportRefused, match="bundled with the program"):
        update_details("cica-statement-2022", {"title": "Mine"}, user=user)
    result = import_file(statement, user=user, today=TODAY)
    before = (user / f"{result.id}.yaml").read_bytes()
    with pytest.raises(ImportRefused, match="no provision 'nope'"):
        update_details(result.id, {"labels": {"nope": "x"}}, user=user)
    with pytest.raises(ImportRefused, match="must not be empty"):
        update_details(result.id, {"place": ""}, user=user)
    with pytest.raises(ImportRefused, match="not one of your documents"):
        update_details("no-such-doc", {"title": "x"}, user=user)
    assert (user / f"{result.id}.yaml").read_bytes() == before
    assert bundled_digest() == digest
