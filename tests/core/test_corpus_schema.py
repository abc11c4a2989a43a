"""The corpus schema is declared once: the YAML keys are read off the model's dataclasses."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from ictviewer.corpus import validate
from ictviewer.corpus.model import Document, Source
from ictviewer.corpus.validate import Key, keys_of

DATE = (str, dt.date, int)


def test_the_document_keys_are_the_model_fields_plus_the_date_keys():
    model = {f.name for f in dataclasses.fields(Document)} - {"path", "origin"}
    yaml_only = {"date_precision", "date_end"}
    assert set(validate.DOCUMENT_KEYS) == model | yaml_only


def test_a_field_added_to_a_model_is_a_key_at_once():
    @dataclasses.dataclass(frozen=True)
    class Extended(Source):
        archive: str = ""

    keys = keys_of(Extended)
    assert keys["archive"] == Key(str, False)
    assert keys["publisher"] == Key(str, True)  # no default: required


def test_an_override_must_name_a_field():
    with pytest.raises(TypeError, match="no fields"):
        keys_of(Source, colour=Key(str))


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "DOCUMENT_KEYS",
            {
                "id": (str, True), "title": (str, True), "short_title": (str, True),
                "organisation": (str, True), "organisation_note": (str, False),
                "kind": (str, True), "date": (DATE, True), "date_precision": (str, True),
                "date_end": ((str, dt.date), False), "date_note": (str, False),
                "place": (str, True), "languages": (list, True), "status": (str, True),
                "source": (dict, True), "signatories": (list, False),
                "corrections": (list, False), "removed": (list, False),
                "relations": (list, False), "events": (list, False), "notes": (str, False),
                "provisions": (list, True),
            },
        ),
        (
            "PROVISION_KEYS",
            {
                "id": (str, True), "label": (str, True), "section": (str, False),
                "text": (str, True), "lang": (str, False), "parallel": (dict, False),
            },
        ),
        (
            "EVENT_KEYS",
            {
                "date": (DATE, True), "precision": (str, False), "end": ((str, dt.date), False),
                "label": (str, True), "kind": (str, True), "provision": (str, False),
            },
        ),
        ("RELATION_KEYS", {"type": (str, True), "target": (str, True), "note": (str, False)}),
        (
            "CORRECTION_KEYS",
            {"original": (str, True), "corrected": (str, True), "provision": (str, True)},
        ),
    ],
)  # fmt: skip
def test_the_derived_tables_are_the_schema_the_corpus_was_written_to(table, expected):
    """What the hand-written tables said before they were derived: the same files pass."""
    keys = getattr(validate, table)
    assert {name: (key.type, key.required) for name, key in keys.items()} == expected


def test_allowed_values_are_declared_beside_the_model():
    assert validate.DOCUMENT_KEYS["kind"].choices == validate.KINDS
    assert validate.EVENT_KEYS["kind"].choices == validate.EVENT_KINDS
    assert validate.RELATION_KEYS["type"].choices
