"""The search core's notices in the interface's language.

The core says why a query was searched as plain words (`SearchResults.fallback`)
and how the index was opened (`SearchIndex.why_notice`) with a code beside its
English, which the command line prints. Here each code is worded through the
catalogue (context "SearchNotices"), so a Russian window does not say "Index
rebuilt: the corpus changed." in English. A code this module does not know (a
newer core) falls back to the core's English, never to nothing.
"""

from __future__ import annotations

from ictviewer.search.notices import Notice
from ictviewer.ui.i18n import translate
from ictviewer.ui.labels import documents_count


def query_notice(results) -> str:
    """Why the query was searched as its plain words, or "" when it was read as written."""
    code, part = results.fallback
    reason = _fallback_reasons().get(code)
    if reason is None:
        return results.notice
    return translate(
        "SearchNotices", "The query could not be read as written ({0}); searched its words."
    ).format(reason.format(part))


def index_notice(index) -> str:
    """How the index was opened, if worth saying ("" when it was simply reused)."""
    notice = getattr(index, "why_notice", None)
    if notice is None:
        return getattr(index, "notice", "")
    return _worded(notice)


def _worded(notice: Notice) -> str:
    if notice.code in ("updated", "updated-one"):
        count = int(str(notice.args[0])) if notice.args else 1
        return translate(
            "SearchNotices", "Index updated: the corpus changed ({0} re-indexed)."
        ).format(documents_count(count))
    text = _index_texts().get(notice.code)
    if text is None:
        return str(notice)
    args = [_worded(a) if isinstance(a, Notice) else str(a) for a in notice.args]
    return text.format(*args)


def _fallback_reasons() -> dict[str, str]:
    """The reasons of `search.query.FALLBACKS`, worded here (literal for lupdate)."""
    return {
        "control": translate("SearchNotices", "control characters"),
        "too-long": translate("SearchNotices", "query too long"),
        "quote": translate("SearchNotices", "unbalanced quote"),
        "empty-filter": translate("SearchNotices", "empty filter {0}"),
        "brackets": translate("SearchNotices", "unbalanced brackets"),
        "syntax": translate("SearchNotices", "syntax"),
        "nothing-before": translate("SearchNotices", "{0} without a term before it"),
        "or-after": translate("SearchNotices", "OR without a term after it"),
        "and-after": translate("SearchNotices", "AND without a term after it"),
        "not-after": translate("SearchNotices", "NOT without a term after it"),
        "empty-brackets": translate("SearchNotices", "empty brackets"),
        "star-alone": translate("SearchNotices", "a * needs letters before it"),
        "star-inside": translate("SearchNotices", "a * may only end a word of two letters or more"),
        "too-many": translate("SearchNotices", "too many terms"),
        "nested": translate("SearchNotices", "nested too deeply"),
    }


def _index_texts() -> dict[str, str]:
    """The notices of `search.notices.TEXTS` but the two "updated" (a count: `_worded`)."""
    return {
        "rebuilt-corpus": translate("SearchNotices", "Index rebuilt: the corpus changed."),
        "rebuilt-lexicon": translate(
            "SearchNotices", "Index rebuilt: the concept lexicon changed."
        ),
        "rebuilt-version": translate(
            "SearchNotices", "Index rebuilt for this version of ictviewer (its search changed)."
        ),
        "damaged": translate("SearchNotices", "The search index was damaged and has been rebuilt."),
        "in-memory": translate(
            "SearchNotices",
            "Cannot keep the index on disk: {0}; using an in-memory index "
            "(search works, but the index is rebuilt at every start).",
        ),
        "unreadable": translate(
            "SearchNotices",
            "The index in {0} could not be read back; using an in-memory index.",
        ),
        "disk-full": translate("SearchNotices", "the disk holding {0} is full (free some space)"),
        "file-size": translate(
            "SearchNotices",
            "a file-size limit stopped the index being written in {0} (see `ulimit -f`)",
        ),
        "is-a-file": translate(
            "SearchNotices", "{0} is a file, not a folder (remove or rename it)"
        ),
        "read-only": translate("SearchNotices", "{0} is on a read-only file system"),
        "not-writable": translate("SearchNotices", "cache folder {0} is not writable ({1})"),
        "not-ours": translate(
            "SearchNotices",
            "{0} belongs to another user; set ICTVIEWER_CACHE to a folder of your own",
        ),
    }
