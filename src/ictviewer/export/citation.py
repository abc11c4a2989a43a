"""Citations in the form a delegate pastes into a statement or a footnote.

`cite` gives the full form ("CICA Leaders' Statement on ..., Astana,
13 October 2022, para. 5"); `short_cite` the compact one printed in page
footers ("CICA Leaders' Statement 2022, para. 5"). Both read only the corpus
model, so the window's "Copy with citation", the CLI and the PDF agree.
"""

from __future__ import annotations

import re

from ictviewer.corpus.model import Document, Provision

DRAFT_MARK = "(draft)"
_SAYS_DRAFT = re.compile(r"\(draft\)|^draft\b", re.IGNORECASE)


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


def quote(document: Document, provision: Provision | str, lang: str | None = None) -> str:
    """A provision's verbatim text followed by its full citation, for the clipboard.

    `lang` picks a language version (default: the provision's own language);
    a version the source lacks raises ValueError rather than silently
    substituting another language.
    """
    target = _provision(document, provision)
    assert target is not None
    text = target.text if lang is None else target.text_in(lang)
    if text is None:
        raise ValueError(f"{short_cite(document, target)} has no {lang!r} version")
    return f"“{text.strip()}”\n({cite(document, target)})"
