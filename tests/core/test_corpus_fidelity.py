"""The bundled corpus keeps the official wording of its seeds, word for word.

Diplomats quote these texts, so every sentence of a seed must survive in the
corpus documents built from it, and nothing may appear in a provision that the
seed does not contain. The only permitted differences are the ones a document
declares: `removed` noise strings (entries starting with "note: " are prose and
are ignored here), markdown markers, numbering moved from the text into the
label, joined line and page breaks (whitespace is folded), and `corrections`.

The YAML is read with `yaml.safe_load` directly, not through the loader, so the
check is independent of the code that builds the dataclasses.

Seeds live next to the repository in `shared/seeds/` (or `ICTVIEWER_SEEDS`);
without them these tests are skipped.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO / "corpus"
NOTE_PREFIX = "note: "

# Markdown found in converted seeds: "**bold**", "*italic*", "## heading", "- item".
HEADING_MARK = re.compile(r"^\s*#+\s+")
BULLET_MARK = re.compile(r"^\s*-\s+")
# Numbering moved into labels: "1. We decide", "a) Promoting", "- a) Promoting".
NUMBER_MARK = re.compile(r"^(?:-\s+)?(?:\d+\.|[a-z]\))\s+")
LONE_NUMBER = re.compile(r"^(?:\d+\.|[a-z]\))$")
SENTENCE_END = re.compile(r"(?<=[.;:])\s+")
MIN_SENTENCE = 3


def seeds_dir() -> Path:
    configured = os.environ.get("ICTVIEWER_SEEDS")
    return Path(configured) if configured else REPO.parent / "shared" / "seeds"


def load_documents() -> list[dict]:
    documents = []
    for path in sorted(CORPUS_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, dict), f"{path.name}: not a YAML mapping"
        documents.append(data)
    return documents


DOCUMENTS = load_documents()


def documents_by_seed() -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for document in DOCUMENTS:
        groups.setdefault(document["source"]["seed"], []).append(document)
    return groups


BY_SEED = documents_by_seed()


def read_seed(name: str) -> str:
    folder = seeds_dir()
    if not folder.is_dir():
        pytest.skip(f"seed folder {folder} not found; set ICTVIEWER_SEEDS to check fidelity")
    path = folder / name
    assert path.is_file(), f"seed {name} named by the corpus is missing from {folder}"
    return path.read_text(encoding="utf-8")


def fold(text: str) -> str:
    """Collapse every run of whitespace (newlines and NBSP included) to one space."""
    return " ".join(text.split())


def removed_strings(documents: list[dict]) -> list[str]:
    return [
        item
        for document in documents
        for item in document.get("removed") or []
        if not item.startswith(NOTE_PREFIX)
    ]


def corrections(documents: list[dict]) -> list[dict]:
    return [c for document in documents for c in document.get("corrections") or []]


def strip_markdown(line: str) -> str:
    line = HEADING_MARK.sub("", line)
    line = BULLET_MARK.sub("", line)
    return line.replace("**", "").replace("*", "")


def clean_seed(text: str, documents: list[dict], *, corrected: bool) -> str:
    """The seed without declared noise and markdown, optionally with corrections applied."""
    for noise in removed_strings(documents):
        text = text.replace(noise, "")
    text = "\n".join(strip_markdown(line) for line in text.splitlines())
    if corrected:
        for correction in corrections(documents):
            text = text.replace(correction["original"], correction["corrected"])
    return text


def seed_sentences(text: str) -> list[str]:
    """Sentences and line fragments of a cleaned seed, numbering markers dropped."""
    sentences = []
    for line in text.splitlines():
        line = NUMBER_MARK.sub("", line.strip())
        for piece in SENTENCE_END.split(line):
            piece = fold(piece)
            if len(piece) >= MIN_SENTENCE and not LONE_NUMBER.match(piece):
                sentences.append(piece)
    return sentences


def provision_texts(document: dict) -> list[tuple[str, str, str]]:
    """(provision id, language, text) for every language version of every provision."""
    default = document["languages"][0]
    texts = []
    for provision in document["provisions"]:
        texts.append((provision["id"], provision.get("lang") or default, provision["text"]))
        for lang, text in (provision.get("parallel") or {}).items():
            texts.append((provision["id"], lang, text))
    return texts


def haystack(documents: list[dict]) -> str:
    """Everything the documents show a reader, each piece folded, one piece per line."""
    pieces: list[str] = []
    for document in documents:
        pieces += [document["title"], document["short_title"], document["place"]]
        pieces += [str(document["date"]), document["source"].get("reference", "")]
        pieces += document.get("signatories") or []
        pieces += [p.get("section", "") for p in document["provisions"]]
        pieces += [text for _, _, text in provision_texts(document)]
    return "\n".join(fold(piece) for piece in pieces if piece)


def reversed_pattern(text: str, document: dict, provision_id: str) -> re.Pattern[str]:
    """A pattern matching `text` with each declared correction in either its corrected
    or its original form, so a correction is undone only where the seed had the original.
    """
    own = [c for c in document.get("corrections") or [] if c["provision"] == provision_id]
    folded = fold(text)
    if not own:
        return re.compile(re.escape(folded))
    forms = {fold(c["corrected"]): fold(c["original"]) for c in own}
    splitter = re.compile("(" + "|".join(re.escape(k) for k in forms) + ")")
    parts = []
    for i, part in enumerate(splitter.split(folded)):
        if i % 2:
            parts.append(f"(?:{re.escape(part)}|{re.escape(forms[part])})")
        else:
            parts.append(re.escape(part))
    return re.compile("".join(parts))


def test_corpus_has_documents() -> None:
    assert DOCUMENTS, f"no *.yaml documents in {CORPUS_DIR}"


def test_every_seed_has_a_document() -> None:
    folder = seeds_dir()
    if not folder.is_dir():
        pytest.skip(f"seed folder {folder} not found; set ICTVIEWER_SEEDS to check fidelity")
    orphans = sorted(p.name for p in folder.glob("*.txt") if p.name not in BY_SEED)
    assert not orphans, f"seeds with no corpus document: {orphans}"


@pytest.mark.parametrize("seed", sorted(BY_SEED))
def test_every_seed_sentence_is_in_the_corpus(seed: str) -> None:
    documents = BY_SEED[seed]
    text = clean_seed(read_seed(seed), documents, corrected=True)
    shown = haystack(documents)
    missing = [s for s in seed_sentences(text) if s not in shown]
    ids = ", ".join(d["id"] for d in documents)
    assert not missing, f"seed {seed}: not found in {ids}:\n" + "\n".join(
        f"  - {sentence!r}" for sentence in missing
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d["id"])
def test_every_provision_text_is_in_its_seed(document: dict) -> None:
    seed = document["source"]["seed"]
    folded_seed = fold(clean_seed(read_seed(seed), BY_SEED[seed], corrected=False))
    invented = [
        f"  - {pid} [{lang}]: {fold(text)[:120]!r}"
        for pid, lang, text in provision_texts(document)
        if not reversed_pattern(text, document, pid).search(folded_seed)
    ]
    assert not invented, f"{document['id']}: provision text not in seed {seed}:\n" + "\n".join(
        invented
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d["id"])
def test_corrections_are_real(document: dict) -> None:
    seed_text = read_seed(document["source"]["seed"])
    texts = {}
    for pid, _, text in provision_texts(document):
        texts[pid] = texts.get(pid, "") + "\n" + fold(text)
    for correction in document.get("corrections") or []:
        original, corrected = correction["original"], correction["corrected"]
        assert original != corrected, f"{document['id']}: empty correction {original!r}"
        assert original in seed_text, (
            f"{document['id']}: correction original {original!r} is not in the seed"
        )
        target = correction["provision"]
        assert target in texts, f"{document['id']}: correction names no provision {target!r}"
        assert fold(corrected) in texts[target], (
            f"{document['id']}: corrected {corrected!r} is not in provision {target}"
        )


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d["id"])
def test_removed_noise_is_gone(document: dict) -> None:
    seed_text = read_seed(document["source"]["seed"])
    for noise in removed_strings([document]):
        assert noise in seed_text, f"{document['id']}: removed {noise!r} is not in the seed"
        for pid, lang, text in provision_texts(document):
            assert noise not in text, f"{document['id']}: removed {noise!r} is in {pid} [{lang}]"
