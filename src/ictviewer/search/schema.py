"""What the index stores: one Whoosh document per provision per language version.

Whoosh fields (postings only, nothing stored — hits are made from the corpus in
memory, which the index was built from):

- `text_L` (L = en, ru, kk, or xx for any other language): stemmed terms with
  their frequencies. Words are matched and ranked here. No positions: a phrase
  is matched by intersecting its words' postings and checking the candidates'
  term sequences (`segment.SideData`), which is far cheaper than Whoosh's
  position lists both to build and to query;
- `words_L`: folded, unstemmed words — the vocabulary for "did you mean",
  expanded terms and prefix queries. Each document contributes each of its
  words once per language, as a posting on its first record in that language
  weighted by the number of its records using the word; so the vocabulary
  of a deleted or replaced document goes with its records;
- `phrases_L`: the phrases of the index's `phrases.PhraseCatalogue` (the
  spelled-out acronyms, the concept lexicon's multi-word terms) found in the
  record, as one term each ("inform and communic technolog") with their
  number of occurrences: a look-up is far cheaper than matching a phrase of
  common words, and a query naming a concept searches several; other phrases
  are matched as described above;
- `doc_id`, `org` (casefolded), `lang`, `field_lang`: keyword fields for filters.

Beside each Whoosh segment, a side file holds every record's length and its
terms joined by spaces (`segment.py`).

Bump `SCHEMA_VERSION` whenever analysis or fields change: it is part of the
fingerprint, so existing caches are rebuilt rather than misread.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from whoosh.fields import ID, TEXT, Schema

from ictviewer.corpus.model import Corpus, Document, Provision
from ictviewer.search.analysis import (
    LANGUAGES,
    OTHER,
    LanguageAnalyzer,
    VocabularyAnalyzer,
    field_lang,
)

# 14: Russian noun stems, "international" kept apart; 15: reference numbers one token (#13);
# 16: the concept lexicon's phrases counted per record (`phrases.py`)
SCHEMA_VERSION = "ictviewer-search-16"
LANG_FIELD = "field_lang"  # en, ru, kk or xx: which text fields a record uses
FIELD_LANGS = (*LANGUAGES, OTHER)
INDEX_NAME = "MAIN"


def text_field(lang: str) -> str:
    return f"text_{field_lang(lang)}"


def words_field(lang: str) -> str:
    return f"words_{field_lang(lang)}"


def phrases_field(lang: str) -> str:
    return f"phrases_{field_lang(lang)}"


def make_schema() -> Schema:
    fields = {"doc_id": ID(), "org": ID(), "lang": ID(), LANG_FIELD: ID()}
    for lang in FIELD_LANGS:
        fields[f"text_{lang}"] = TEXT(analyzer=LanguageAnalyzer(lang, "terms"), phrase=False)
        fields[f"words_{lang}"] = TEXT(analyzer=VocabularyAnalyzer(), phrase=False)
        fields[f"phrases_{lang}"] = TEXT(phrase=False)  # pre-analysed: `phrases.py`
    return Schema(**fields)


def versions(document: Document) -> list[tuple[Provision, str, str]]:
    """(provision, language, text) of each record of a document, in index order."""
    return [
        (provision, lang, text)
        for provision in document.provisions
        for lang, text in (
            ((provision.lang, provision.text),)  # `Provision.versions()` without a dict
            if not provision.parallel
            else provision.versions().items()
        )
    ]


def record_count(corpus: Iterable[Document]) -> int:
    """How many Whoosh documents the corpus makes (provision-language versions)."""
    return sum(len(p.versions()) for d in corpus for p in d.provisions)


def document_digest(document: Document) -> str:
    """A key for what the index holds of one document (its id, organisation and texts).

    Edits that cannot change search results (a title, a date, a label) leave it
    alone: hits are made from the corpus in memory. Every piece is prefixed with
    its length, so no two documents serialise alike.
    """
    parts = [f"{len(document.id)}:{document.id}{len(document.organisation)}:"]
    parts.append(document.organisation)
    for provision, lang, text in versions(document):
        pid = provision.id
        parts.append(f"{len(pid)}:{pid}{len(lang)}:{lang}{len(text)}:{text}")
    data = "".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=12).hexdigest()


def fingerprint(corpus: Corpus, phrases: str, digests: Iterable[str] | None = None) -> str:
    """A key for the index: each document's digest, in corpus order, the schema version
    and the digest of the phrase catalogue (`phrases.PhraseCatalogue.digest`)."""
    digest = hashlib.sha256(f"{SCHEMA_VERSION}\t{phrases}\t".encode())
    for item in digests if digests is not None else map(document_digest, corpus):
        digest.update(item.encode())
    return digest.hexdigest()[:24]
