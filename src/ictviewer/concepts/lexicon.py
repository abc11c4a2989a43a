"""Reading `resources/concepts.yaml` into a `Lexicon`, rejecting what is not valid.

Unknown keys, duplicate ids or codes, a colour outside the palette, an
unknown underline pattern, a concept without English and Russian terms or
without an example: each is a `LexiconError` that names the concept and the
field. See `ictviewer.concepts.matcher` for what the terms mean.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from ictviewer import paths
from ictviewer.concepts.matcher import LANGUAGES, PATTERNS, Concept, Example, Lexicon, LexiconError

_CONCEPT_KEYS = {"id", "code", "label", "label_ru", "colour", "pattern", "note"}
_CONCEPT_KEYS |= {"terms", "examples"}
_EXAMPLE_KEYS = {"text", "lang", "source"}
_TOP_KEYS = {"version", "palette", "patterns", "ignore", "concepts"}
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


@functools.cache
def bundled_lexicon() -> Lexicon:
    """The bundled lexicon, loaded and compiled once per process (it is immutable)."""
    return load_lexicon()


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read and validate a lexicon file (None: the bundled `resources/concepts.yaml`)."""
    file = Path(path) if path is not None else paths.resource_path("concepts.yaml")
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 10x faster
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, yaml.YAMLError) as error:
        raise LexiconError(f"{file}: cannot be read: {error}") from None
    try:
        return lexicon_from_data(data)
    except LexiconError as error:
        raise LexiconError(f"{file}: {error}") from None


def lexicon_from_data(data: object) -> Lexicon:
    """Build a lexicon from parsed YAML, rejecting unknown keys and inconsistent entries."""
    if not isinstance(data, dict):
        raise LexiconError("the top level must be a mapping")
    _no_unknown(data, _TOP_KEYS, "(top level)")
    palette = data.get("palette") or {}
    colours = palette.get("colours") if isinstance(palette, dict) else None
    if not isinstance(colours, dict) or not colours:
        raise LexiconError("palette.colours: expected a mapping of colour names")
    for name, value in colours.items():
        if not isinstance(value, dict) or not all(
            isinstance(value.get(k), str) and _HEX.match(value[k]) for k in ("light", "dark")
        ):
            raise LexiconError(f"palette.colours.{name}: expected {{light: '#RRGGBB', dark: ...}}")
    ignore = _language_lists(data.get("ignore") or {}, "ignore")
    raw_concepts = data.get("concepts")
    if not isinstance(raw_concepts, list) or not raw_concepts:
        raise LexiconError("concepts: expected a list of concepts")
    concepts = [_concept(raw, colours) for raw in raw_concepts]
    _check_unique(concepts)
    return Lexicon(tuple(concepts), ignore, str(palette.get("name", "")))


def _concept(raw: object, colours: dict) -> Concept:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise LexiconError(f"concepts: entry {raw!r} has no id")
    where = f"concept {raw['id']}"
    _no_unknown(raw, _CONCEPT_KEYS, where)
    for key in ("label", "colour", "pattern"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise LexiconError(f"{where}: {key}: expected text")
    if not isinstance(raw.get("code"), int) or raw["code"] < 1:
        raise LexiconError(f"{where}: code: expected a positive number")
    if raw["colour"] not in colours:
        raise LexiconError(f"{where}: colour: {raw['colour']!r} is not in palette.colours")
    if raw["pattern"] not in PATTERNS:
        raise LexiconError(f"{where}: pattern: expected one of {', '.join(PATTERNS)}")
    terms = _language_lists(raw.get("terms"), f"{where}: terms")
    if not dict(terms).get("en") or not dict(terms).get("ru"):
        raise LexiconError(f"{where}: terms: English (en) and Russian (ru) terms are required")
    examples = []
    for item in raw.get("examples") or []:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise LexiconError(f"{where}: examples: expected {{text: ..., source: doc:provision}}")
        _no_unknown(item, _EXAMPLE_KEYS, f"{where}: examples")
        examples.append(Example(item["text"], item.get("lang", "en"), item.get("source", "")))
    if not examples:
        raise LexiconError(f"{where}: examples: at least one example phrase is required")
    colour = colours[raw["colour"]]
    return Concept(
        id=raw["id"],
        number=raw["code"],
        label=raw["label"].strip(),
        colour=colour["light"].upper(),
        colour_dark=colour["dark"].upper(),
        pattern=raw["pattern"],
        terms=terms,
        examples=tuple(examples),
        label_ru=str(raw.get("label_ru", "")).strip(),
        note=" ".join(str(raw.get("note", "")).split()),
    )


def _language_lists(raw: object, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: expected a mapping of language code to terms")
    out = []
    for lang, items in raw.items():
        if lang not in LANGUAGES:
            raise LexiconError(f"{where}: unknown language {lang!r} (expected {LANGUAGES})")
        if not isinstance(items, list) or not all(isinstance(t, str) and t for t in items):
            raise LexiconError(f"{where}.{lang}: expected a list of terms")
        out.append((lang, tuple(items)))
    return tuple(out)


def _no_unknown(raw: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {', '.join(unknown)}")


def _check_unique(concepts: list[Concept]) -> None:
    seen: dict[object, str] = {}
    for concept in concepts:
        for key, what in (
            (("id", concept.id), "id"),
            (("code", concept.number), "code"),
            (("look", concept.colour, concept.pattern), "colour and pattern"),
        ):
            if key in seen:
                raise LexiconError(
                    f"concept {concept.id}: {what} already used by concept {seen[key]}"
                )
            seen[key] = concept.id
