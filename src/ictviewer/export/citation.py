"""Citations in the form a delegate pastes into a statement or a footnote.

`cite` gives the full form for printed headings ("CICA Leaders' Statement on
..., Astana, 13 October 2022, para. 5"); `brief_cite` the one pasted after a
quotation ("CICA Leaders' Statement, Astana, 13 October 2022, para. 5");
`short_cite` the compact one in page footers ("CICA Leaders' Statement 2022,
para. 5"). They read only the corpus model, so the window's "Copy with
citation", the CLI and the PDF agree.

A citation is written in the document's own language by default (every
bundled document is English, so its citation is too); `language` asks for
another one's form words ("13 октября 2022 г.", "п. 5"), and `CitationStyle`
carries the user's choice of language and form for "Copy with citation".
See `citation_words` for what changes with the language and what never does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ictviewer.corpus.model import Document, Provision
from ictviewer.export.citation_words import CitationWords, citation_words

DRAFT_MARK = "(draft)"
_SAYS_DRAFT = re.compile(r"\(draft\)|^draft\b|\(проект\)|^проект\b", re.IGNORECASE)
CITATION_FORMS = ("brief", "full")  # "Copy with citation": `brief_cite` or `cite`


@dataclass(frozen=True)
class CitationStyle:
    """How "Copy with citation" cites: in which language's words, and in which form.

    `language` "" is the document's own language (the default); a code such as
    "ru" writes every citation in that language's words. `form` is "brief"
    (`brief_cite`, the default) or "full" (`cite`).
    """

    language: str = ""
    form: str = "brief"


def document_language(document: Document) -> str:
    """The language a document's own citation is written in: its first language."""
    return document.languages[0] if document.languages else "en"


def _words(document: Document, language: str) -> CitationWords:
    return citation_words(language or document_language(document))


_TRAILING_YEAR = re.compile(r"\s*\(?(\d{4})\)?\s*$")


def _provision(document: Document, provision: Provision | str | None) -> Provision | None:
    if provision is None or isinstance(provision, Provision):
        return provision
    found = document.provision(provision)
    if found is None:
        raise ValueError(f"document {document.id!r} has no provision {provision!r}")
    return found


def draft_marked(title: str, is_draft: bool, mark: str = DRAFT_MARK) -> str:
    """`title` with "(draft)" (or `mark`) added for a draft, unless it already says so."""
    if is_draft and not _SAYS_DRAFT.search(title):
        return f"{title} {mark}"
    return title


def _marked(title: str, document: Document, words: CitationWords) -> str:
    return draft_marked(title, document.is_draft, f"({words.draft})")


def cite(document: Document, provision: Provision | str | None = None, language: str = "") -> str:
    """The full citation of a document, or of one of its provisions.

    Full title (marked "(draft)" for drafts), place, date at its known
    precision, then the provision's label:
    "CICA Leaders' Statement on ..., Astana, 13 October 2022, para. 5".
    """
    target = _provision(document, provision)
    words = _words(document, language)
    parts = [_marked(document.title.strip(), document, words)]
    if document.place.strip():
        parts.append(words.place(document.place))
    parts.append(words.date(document.date))
    if target is not None and target.label.strip():
        parts.append(words.label(target.label))
    return ", ".join(parts)


def short_cite(
    document: Document, provision: Provision | str | None = None, language: str = ""
) -> str:
    """The compact citation for footers and lists: "CICA Leaders' Statement 2022, para. 5"."""
    target = _provision(document, provision)
    words = _words(document, language)
    title = _marked((document.short_title or document.title).strip(), document, words)
    if target is not None and target.label.strip():
        return f"{title}, {words.label(target.label)}"
    return title


def cited_title(document: Document) -> str:
    """The short title without a trailing year that the citation's date repeats anyway."""
    title = document.short_title.strip()
    match = _TRAILING_YEAR.search(title)
    if match and int(match.group(1)) == document.date.start.year and match.start() > 0:
        title = title[: match.start()].rstrip(" ,")
    return title


def brief_cite(
    document: Document,
    provision: Provision | str | None = None,
    lang: str = "",
    language: str = "",
) -> str:
    """The form delegates paste after a quotation: "Title, Place, Date, label".

    "CICA Leaders' Statement, Astana, 13 October 2022, para. 5", with "(draft)"
    for drafts and the language named when it is not the provision's own.
    `lang` is the language of the quoted text; `language` that of the citation.
    """
    target = _provision(document, provision)
    words = _words(document, language)
    parts = [cited_title(document), words.place(document.place), words.date(document.date)]
    if target is not None:
        parts.append(words.label(target.label))
    text = ", ".join(part for part in parts if part)
    return text + _notes(document, target, lang, words, mark_draft=not _SAYS_DRAFT.search(text))


def _notes(
    document: Document, target: Provision | None, lang: str, words: CitationWords, mark_draft: bool
) -> str:
    """ " (draft; Kazakh version)": what a quotation's reader must know, or ""."""
    extras = []
    if document.is_draft and mark_draft:
        extras.append(words.draft)
    if target is not None and lang and lang != target.lang:
        extras.append(words.version(lang))
    return f" ({'; '.join(extras)})" if extras else ""


def quote_with_citation(
    document: Document,
    provision: Provision | str,
    lang: str = "",
    text: str | None = None,
    style: CitationStyle | None = None,
) -> str:
    """What "Copy with citation" puts on the clipboard: the citation, then the text.

    `text` is a selected part of the provision; by default the whole provision
    in `lang` (or its own language when that version does not exist). `style`
    chooses the citation's language and form (by default brief, in the
    document's own language).
    """
    target = _provision(document, provision)
    assert target is not None
    style = style or CitationStyle()
    if text is None:
        text = (target.text_in(lang) if lang else None) or target.text
        lang = lang if target.text_in(lang) else target.lang
    if style.form == "full":
        words = _words(document, style.language)
        # The full form marks a draft in the title already; the language note follows.
        citation = cite(document, target, style.language)
        citation += _notes(document, target, lang, words, mark_draft=False)
    else:
        citation = brief_cite(document, target, lang, style.language)
    return f"{citation}:\n“{text.strip()}”"
