"""Citations in the form a delegate pastes into a statement or a footnote.

`cite` gives the full form for printed headings ("CICA Leaders' Statement on
..., Astana, 13 October 2022, para. 5"); `brief_cite` the one pasted after a
quotation ("CICA Leaders' Statement, Astana, 13 October 2022, para. 5");
`short_cite` the compact one in page footers ("CICA Leaders' Statement 2022,
para. 5"). Both read only the corpus
model, so the window's "Copy with citation", the CLI and the PDF agree.
"""

from __future__ import annotations

import re

from ictviewer.corpus.model import LANGUAGE_NAMES, Document, Provision

DRAFT_MARK = "(draft)"
_SAYS_DRAFT = re.compile(r"\(draft\)|^draft\b", re.IGNORECASE)
_TRAILING_YEAR = re.compile(r"\s*\(?(\d{4})\)?\s*$")


def _provision(document: Document, provision: Provision | str | None) -> Provision | None:
    if provision is None or isinstance(provision, Provision):
        return provision
    found = document.provision(provision)
    if found is None:
        raise ValueError(f"document {document.id!r} has no provision {provision!r}")
    return found


def draft_marked(title: str, is_draft: bool) -> str:
    """`title` with "(draft)" added for a draft, unless it already says so."""
    if is_draft and not _SAYS_DRAFT.search(title):
        return f"{title} {DRAFT_MARK}"
    return title


def _marked(title: str, document: Document) -> str:
    return draft_marked(title, document.is_draft)


def cite(document: Document, provision: Provision | str | None = None) -> str:
    """The full citation of a document, or of one of its provisions.

    Full title (marked "(draft)" for drafts), place, date at its known
    precision, then the provision's label:
    "CICA Leaders' Statement on ..., Astana, 13 October 2022, para. 5".
    """
    target = _provision(document, provision)
    parts = [_marked(document.title.strip(), document)]
    if document.place.strip():
        parts.append(document.place.strip())
    parts.append(document.date.human())
    if target is not None and target.label.strip():
        parts.append(target.label.strip())
    return ", ".join(parts)


def short_cite(document: Document, provision: Provision | str | None = None) -> str:
    """The compact citation for footers and lists: "CICA Leaders' Statement 2022, para. 5"."""
    target = _provision(document, provision)
    title = _marked((document.short_title or document.title).strip(), document)
    if target is not None and target.label.strip():
        return f"{title}, {target.label.strip()}"
    return title


def cited_title(document: Document) -> str:
    """The short title without a trailing year that the citation's date repeats anyway."""
    title = document.short_title.strip()
    match = _TRAILING_YEAR.search(title)
    if match and int(match.group(1)) == document.date.start.year and match.start() > 0:
        title = title[: match.start()].rstrip(" ,")
    return title


def brief_cite(document: Document, provision: Provision | str | None = None, lang: str = "") -> str:
    """The form delegates paste after a quotation: "Title, Place, Date, label".

    "CICA Leaders' Statement, Astana, 13 October 2022, para. 5", with "(draft)"
    for drafts and the language named when it is not the provision's own.
    """
    target = _provision(document, provision)
    parts = [cited_title(document), document.place.strip(), document.date.human()]
    if target is not None:
        parts.append(target.label.strip())
    text = ", ".join(part for part in parts if part)
    extras = []
    if document.is_draft and not _SAYS_DRAFT.search(text):
        extras.append("draft")
    if target is not None and lang and lang != target.lang:
        extras.append(f"{LANGUAGE_NAMES.get(lang, lang)} version")
    if extras:
        text += f" ({'; '.join(extras)})"
    return text


def quote_with_citation(
    document: Document, provision: Provision | str, lang: str = "", text: str | None = None
) -> str:
    """What "Copy with citation" puts on the clipboard: the brief citation, then the text.

    `text` is a selected part of the provision; by default the whole provision
    in `lang` (or its own language when that version does not exist).
    """
    target = _provision(document, provision)
    assert target is not None
    if text is None:
        text = (target.text_in(lang) if lang else None) or target.text
        lang = lang if target.text_in(lang) else target.lang
    return f"{brief_cite(document, target, lang)}:\n“{text.strip()}”"
