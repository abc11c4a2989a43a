"""A document read from a file but not yet kept: what the user reviews before saving.

The window shows the guessed metadata and the provisions before anything is
written, because every guess (title, date, where a provision begins) may be
wrong and a wrong document in the library is worse than a question asked.
The edits it offers live here, not in the dialog, so they are plain functions
over the corpus record that the command line, a script and the tests can use
and that `save_import` validates like any other record:

* `apply_details` changes the metadata (the same rules as the `import`
  options, plus the date's precision, which must match how the date is
  written: a year cannot be stated to the day);
* `relabel`, `merge_with_next` and `split` change the provisions, keeping
  every provision id unique (the schema refuses duplicates). In a draft an
  id follows its label, as a fresh import's ids do; `update_details` keeps the
  ids of a saved document, because a saved selection may cite them.

Every function returns new data and leaves its input alone, so a cancelled
dialog has changed nothing.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ictviewer.corpus.model import LANGUAGE_NAMES
from ictviewer.corpus.validate import KINDS, parse_date
from ictviewer.importing.formats import ImportRefused
from ictviewer.importing.split import provision_id

#: The metadata a user may change, in the order a form shows them.
DETAILS = (
    "title",
    "short_title",
    "organisation",
    "kind",
    "date",
    "date_precision",
    "place",
    "language",
)
#: What a date may be stated to, coarsest last; "range" needs an end date and is not offered.
PRECISIONS = ("day", "month", "year")
_EDITED = re.compile(r" Edited by the user: ([^.]*)\.")


@dataclass(frozen=True, eq=False)
class Draft:
    """A corpus record ready to be saved, with the guesses made and the source's checksum.

    `replaces` names the user's document that holds the same file already (a
    re-import): saving the draft puts it in that one's place.
    """

    record: dict
    warnings: tuple[str, ...]
    sha256: str
    file_name: str
    replaces: str = ""

    @property
    def id(self) -> str:
        return self.record["id"]

    def provisions(self) -> list[dict]:
        """A copy of the provisions (id, label, section, text, maybe lang) to edit."""
        return copy.deepcopy(self.record["provisions"])

    def details(self) -> dict[str, str]:
        """The current value of every field of `DETAILS`, as text for a form."""
        return {name: details_of(self.record)[name] for name in DETAILS}

    def with_changes(
        self, details: Mapping[str, str] | None = None, provisions: list[dict] | None = None
    ) -> Draft:
        """This draft with the user's changes; `ImportRefused` says what is wrong with one."""
        record = apply_details(self.record, details or {})
        if provisions is not None:
            if not provisions:
                raise ImportRefused("a document needs at least one provision")
            record["provisions"] = copy.deepcopy(provisions)
        return Draft(record, self.warnings, self.sha256, self.file_name, self.replaces)


def details_of(record: Mapping) -> dict[str, str]:
    """The editable metadata of a record, each as the text a form field holds."""
    return {
        "title": record["title"],
        "short_title": record.get("short_title") or "",
        "organisation": record["organisation"],
        "kind": record["kind"],
        "date": str(record["date"]),
        "date_precision": record["date_precision"],
        "place": record.get("place") or "",
        "language": record["languages"][0],
    }


def apply_details(record: Mapping, changes: Mapping[str, str]) -> dict:
    """A copy of `record` with `changes` (keys of `DETAILS`) applied and checked.

    Only what differs from the record counts as a change, and the changed
    fields are named in `source.note`, so a reader of the document can tell
    a guess the user confirmed from one nobody looked at.
    """
    unknown = set(changes) - set(DETAILS)
    if unknown:
        raise ImportRefused(f"cannot change {', '.join(sorted(unknown))}")
    out = copy.deepcopy(dict(record))
    current = details_of(record)
    changed = [name for name in DETAILS if name in changes and changes[name] != current[name]]
    if not changed:
        return out
    values = {**current, **{name: changes[name] for name in changed}}
    for name in ("title", "short_title", "organisation", "place"):
        values[name] = " ".join(values[name].split())
        if not values[name]:
            raise ImportRefused(f"the {name.replace('_', ' ')} must not be empty")
    if values["kind"] not in KINDS:
        raise ImportRefused(f"kind {values['kind']!r} is not one of: {', '.join(KINDS)}")
    if "date" in changed or "date_precision" in changed:
        out["date"], out["date_precision"] = _dated(values["date"], values["date_precision"])
    if values["organisation"] != record["organisation"]:
        source = out.get("source")
        if isinstance(source, dict) and source.get("publisher") == record["organisation"]:
            source["publisher"] = values["organisation"]
    for name in ("title", "short_title", "organisation", "kind", "place"):
        out[name] = values[name]
    if "language" in changed:
        _set_language(out, values["language"])
    _note_edit(out, changed)
    return out


def _dated(text: str, precision: str) -> tuple[str, str]:
    """The date written to `precision` ("2022-10-13", "month" → "2022-10"); refused if finer."""
    if precision not in PRECISIONS:
        raise ImportRefused(f"date precision {precision!r} is not one of: {', '.join(PRECISIONS)}")
    try:
        day, written = parse_date(text.strip())
    except ValueError as error:
        raise ImportRefused(f"date: {error}") from None
    if PRECISIONS.index(precision) < PRECISIONS.index(written):
        raise ImportRefused(
            f"the date {text.strip()!r} is written to the {written}; write it to the "
            f"{precision} (YYYY-MM-DD, YYYY-MM) or choose a coarser precision"
        )
    return {"day": day.isoformat(), "month": day.strftime("%Y-%m")}.get(
        precision, str(day.year)
    ), precision


def _set_language(record: dict, lang: str) -> None:
    """Make `lang` the document's language: the provisions without their own now have it."""
    if lang not in LANGUAGE_NAMES:
        raise ImportRefused(f"language {lang!r} is not one of: {', '.join(LANGUAGE_NAMES)}")
    for provision in record["provisions"]:
        if provision.get("lang") == lang:
            del provision["lang"]
    others = [p["lang"] for p in record["provisions"] if p.get("lang")]
    record["languages"] = [lang, *dict.fromkeys(others)]


def _note_edit(record: dict, changed: list[str]) -> None:
    source = record.get("source")
    if not isinstance(source, dict):
        return
    note = source.get("note") or ""
    match = _EDITED.search(note)
    names = [n.replace("_", " ") for n in changed]
    if match:
        names = list(dict.fromkeys([*match.group(1).split(", "), *names]))
        note = note[: match.start()] + note[match.end() :]
    source["note"] = f"{note} Edited by the user: {', '.join(names)}.".strip()


# -- provisions ------------------------------------------------------------------------------


def relabel(provisions: list[dict], index: int, label: str, *, keep_id: bool = False) -> list[dict]:
    """The provisions with number `index` labelled `label` (its id follows unless `keep_id`)."""
    label = " ".join(label.split())
    if not label:
        raise ImportRefused("a provision's label must not be empty")
    out = copy.deepcopy(provisions)
    out[index]["label"] = label
    if not keep_id:
        taken = {p["id"] for i, p in enumerate(out) if i != index}
        out[index]["id"] = _unique(provision_id(label) or "p", taken)
    return out


def merge_with_next(provisions: list[dict], index: int) -> list[dict]:
    """Provision `index` and the one after it as one (a paragraph cut in two by the reader).

    The first keeps its id and label; the texts are joined with a space, as
    the wrapped lines of one paragraph are.
    """
    if not 0 <= index < len(provisions) - 1:
        raise ImportRefused("the last provision has no next one to merge with")
    out = copy.deepcopy(provisions)
    following = out.pop(index + 1)
    out[index]["text"] = f"{out[index]['text'].rstrip()} {following['text'].lstrip()}"
    return out


def split(provisions: list[dict], index: int, at: int, label: str = "") -> list[dict]:
    """Provision `index` cut before character `at`; the second part follows it.

    The second part is labelled `label`, by default the first's label with
    "(2)" (as the importer names a repeated label), for the user to relabel.
    """
    out = copy.deepcopy(provisions)
    text = out[index]["text"]
    head, tail = text[:at].rstrip(), text[at:].strip()
    if not head or not tail:
        raise ImportRefused("put the cursor inside the text, between the two parts to split")
    first = out[index]
    first["text"] = head
    second = {k: v for k, v in first.items() if k not in ("id", "label", "text")}
    second_label = " ".join(label.split()) or f"{first['label']} (2)"
    second["id"] = _unique(provision_id(second_label) or "p", {p["id"] for p in out})
    second["label"] = second_label
    second["text"] = tail
    ordered = {"id": second["id"], "label": second_label, **second}
    out.insert(index + 1, ordered)
    return out


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
