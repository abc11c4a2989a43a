"""What the index stores: one Whoosh document per provision per language version.

Per language `L` (en, ru, kk, xx for any other) there are three fields, all fed
from one analysis pass (`analysis.analyse`):

- `text_L`: stemmed terms, frequencies only — bare words are matched and ranked here;
- `pairs_L`: adjacent stemmed-term pairs ("confid build") — a two-word phrase
  is one term lookup; a longer phrase needs its pairs, and the candidates are
  checked with a substring search in the `terms` column (each record's terms
  joined by spaces). No positions are stored: verifying positions is what
  makes Whoosh phrases slow, and positions cost a third of the build;
- `words_L`: folded, unstemmed words — the vocabulary for "did you mean",
  expanded-term listings and prefix queries (`cooperat*` must not meet stems).
  It is filled by one *vocabulary document* per language (each word once,
  weighted by the number of records using it), not per record: the lexicon is
  what is needed, and per-record postings would cost a third of the build.
  Vocabulary documents have no other field, so no search can return them.

Bump `SCHEMA_VERSION` whenever analysis or fields change: it is part of the
fingerprint, so existing caches are rebuilt rather than misread.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator

from whoosh.codec.whoosh3 import W3Codec
from whoosh.columns import NumericColumn, VarBytesColumn
from whoosh.fields import COLUMN, ID, STORED, TEXT, Schema

from ictviewer.corpus.model import Corpus, Document
from ictviewer.search.analysis import (
    LANGUAGES,
    OTHER,
    LanguageAnalyzer,
    VocabularyAnalyzer,
    analyse,
    field_lang,
)

SCHEMA_VERSION = "ictviewer-search-10"
LANG_FIELD = "field_lang"  # en, ru, kk or xx: which text fields a record uses
LENGTH_FIELD = "length"  # tokens in the record's text: a column, for BM25 length norms
TERMS_FIELD = "terms"  # the record's terms joined by spaces: a column, for phrase checks
FIELD_LANGS = (*LANGUAGES, OTHER)


def text_field(lang: str) -> str:
    return f"text_{field_lang(lang)}"


def pairs_field(lang: str) -> str:
    return f"pairs_{field_lang(lang)}"


def words_field(lang: str) -> str:
    return f"words_{field_lang(lang)}"


def make_schema() -> Schema:
    fields = {
        "doc_id": ID(stored=True),
        "provision_id": STORED(),
        "label": STORED(),
        "organisation": STORED(),
        "org": ID(),  # casefolded organisation, for filters
        "date": STORED(),
        "lang": ID(stored=True),
        LANG_FIELD: ID(),
        "short_title": STORED(),
        "order": STORED(),
        LENGTH_FIELD: COLUMN(NumericColumn("I")),
        TERMS_FIELD: COLUMN(VarBytesColumn()),
    }
    for lang in FIELD_LANGS:
        fields[f"text_{lang}"] = TEXT(analyzer=LanguageAnalyzer(lang, "terms"), phrase=False)
        fields[f"pairs_{lang}"] = TEXT(analyzer=LanguageAnalyzer(lang, "pairs"), phrase=False)
        fields[f"words_{lang}"] = TEXT(analyzer=VocabularyAnalyzer(), phrase=False)
    return Schema(**fields)


class IndexCodec(W3Codec):
    """Whoosh's W3 codec tuned for reading whole posting lists (`evaluate`).

    - no per-block length bounds: Whoosh reads every posting's field length back
      at commit time only to record them for its block-quality skipping, which
      is not used here; skipping that saves about a quarter of the build;
    - blocks of 4,096 postings, uncompressed: decoding a list of 5,000 postings
      is then ~2.5x faster (one unpickling instead of twenty block headers,
      pickles and inflates), for an index ~60% larger (~25 MB at 10k provisions).
    """

    length_stats = False

    def __init__(self):
        super().__init__(blocklimit=4096, compression=0)


def record_count(corpus: Corpus) -> int:
    """How many Whoosh documents the corpus makes (provision-language versions)."""
    return sum(len(p.versions()) for d in corpus for p in d.provisions)


def record_keys(corpus: Corpus) -> list[tuple[str, str, str]]:
    """(doc_id, provision_id, lang) of each record, in document-number order.

    Records are added in this order into one fresh segment, so a record's
    Whoosh document number is its index here; `index._open` checks it.
    """
    return [
        (document.id, provision.id, lang)
        for document in corpus
        for provision in document.provisions
        for lang in provision.versions()
    ]


def records(corpus: Corpus) -> Iterator[dict]:
    """The Whoosh documents of a corpus, in corpus order, pre-analysed, then the vocabularies."""
    order = 0
    vocabulary: dict[str, Counter] = {}
    for document in corpus:
        for provision in document.provisions:
            for lang, text in provision.versions().items():
                surface, terms, pairs = analyse(text, lang)
                fl = field_lang(lang)
                yield {
                    "doc_id": document.id,
                    "provision_id": provision.id,
                    "label": provision.label,
                    "organisation": document.organisation,
                    "org": document.organisation.casefold(),
                    "date": document.date.iso(),
                    "lang": lang,
                    LANG_FIELD: fl,
                    "short_title": document.short_title,
                    "order": order,
                    f"text_{fl}": terms,
                    f"pairs_{fl}": pairs,
                    LENGTH_FIELD: len(terms),
                    TERMS_FIELD: " ".join(terms).encode("utf-8"),
                }
                vocabulary.setdefault(fl, Counter()).update(set(surface))
                order += 1
    for fl, counts in sorted(vocabulary.items()):
        yield {f"words_{fl}": "\n".join(f"{w} {n}" for w, n in sorted(counts.items()))}


def _document_digest(document: Document) -> str:
    payload = [
        document.id,
        document.short_title,
        document.organisation,
        document.date.iso(),
        [(p.id, p.label, sorted(p.versions().items())) for p in document.provisions],
    ]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def fingerprint(corpus: Corpus) -> str:
    """A key for the index: what is indexed from each document, plus the schema version.

    Hashing the indexed contents (not file bytes) also covers corpora built in
    memory, and ignores edits that cannot change search results.
    """
    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for document in corpus:
        digest.update(_document_digest(document).encode())
    return digest.hexdigest()[:24]
