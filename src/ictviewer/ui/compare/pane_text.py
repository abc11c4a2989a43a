"""One side of the comparison as a page: where things are, moving, what is shown.

A mixin of `ComparePane`, kept apart from `pane.py` (which builds the pane,
renders its marked-up text and fades concepts) so that neither grows past ~400
lines (#11). From the positions `ComparePane` records after each render
(`_provisions`, `_concepts`, `_passages`) it finds the page y of a provision or
an occurrence, scrolls and reveals, and reads back the runs of text and the
concepts highlighted, as the view's scrolling in step and the tests use them.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from ictviewer.ui.compare.page import without_tags
from ictviewer.ui.compare.render import concept_style, parse_href
from ictviewer.ui.compare.sync import PROBE, Row

_STYLE = QTextCharFormat.UnderlineStyle
UNDERLINE_STYLES = {
    "solid": _STYLE.SingleUnderline,
    "dashed": _STYLE.DashUnderline,
    "dotted": _STYLE.DotLine,
    "dot-dash": _STYLE.DashDotLine,
    "dot-dot-dash": _STYLE.DashDotDotLine,
    "wave": _STYLE.WaveUnderline,
}


class PaneText:
    """What `ComparePane`'s page holds, and where (`self.browser`, the recorded positions)."""

    def text(self) -> str:
        """The page as copied: the words, without the concepts' number tags."""
        cursor = QTextCursor(self.browser.document())
        cursor.select(QTextCursor.SelectionType.Document)
        return without_tags(cursor.selection())

    def occurrences(self, concept_id: str) -> list[tuple[int, int]]:
        """Page positions (start, end) of the concept's occurrences, in reading order."""
        found = self._concepts.get(concept_id, {})
        return [tuple(found[n]) for n in sorted(found)]  # type: ignore[misc]

    def passage(self, number: int) -> tuple[int, int] | None:
        span = self._passages.get(number)
        return (span[0], span[1]) if span else None

    def y_of(self, position: int) -> float:
        """The page y of the line holding `position`."""
        document = self.browser.document()
        block = document.findBlock(position)
        top = document.documentLayout().blockBoundingRect(block).top()
        line = block.layout().lineForTextPosition(position - block.position())
        return top + (line.y() if line.isValid() else 0.0)

    def top_of(self, provision_id: str) -> float:
        for position, pid in self._provisions:
            if pid == provision_id:
                return self.y_of(position)
        return 0.0

    def rows(self) -> list[Row]:
        """(provision id, top, bottom) of every provision, in page pixels."""
        tops = [(pid, self.y_of(position)) for position, pid in self._provisions]
        end = self.page_height() - self.browser.padding()
        return [
            (pid, top, tops[i + 1][1] if i + 1 < len(tops) else end)
            for i, (pid, top) in enumerate(tops)
        ]

    def page_height(self) -> float:
        return self.browser.document().documentLayout().documentSize().height()

    def provision_at(self, position: int) -> str:
        index = bisect.bisect_right([p for p, _ in self._provisions], position) - 1
        return self._provisions[index][1] if index >= 0 else ""

    def provision_at_top(self) -> str:
        probe = self.browser.verticalScrollBar().value() + PROBE
        found = ""
        for pid, top, _ in self.rows():
            if top > probe:
                break
            found = pid
        return found

    def scroll_value(self) -> int:
        return self.browser.verticalScrollBar().value()

    def set_scroll_value(self, value: float) -> None:
        self.browser.verticalScrollBar().setValue(max(0, round(value)))

    def go_to(self, provision_id: str) -> None:
        """Put the provision at the top of the view."""
        self.set_scroll_value(self.top_of(provision_id) - PROBE + 2)

    def reveal(self, start: int, end: int) -> None:
        """Select `start:end` and scroll it to a third of the way down the view."""
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.set_scroll_value(self.y_of(start) - self.browser.viewport().height() / 3)

    def runs(self) -> list[tuple[int, str, QTextCharFormat]]:
        """(position, text, format) of each run of text in one format, in page order."""
        runs: list[tuple[int, str, QTextCharFormat]] = []
        block = self.browser.document().begin()
        while block.isValid():
            for item in block:
                fragment = item.fragment()
                fmt = fragment.charFormat()
                if (
                    runs
                    and runs[-1][2] == fmt
                    and runs[-1][0] + len(runs[-1][1]) == fragment.position()
                ):
                    runs[-1] = (runs[-1][0], runs[-1][1] + fragment.text(), fmt)
                else:
                    runs.append((fragment.position(), fragment.text(), fmt))
            block = block.next()
        return runs

    def highlighted_concepts(self) -> dict[str, list[str]]:
        """Concept id -> texts shown in the concept's style (hue or neutral) and pattern."""
        found: dict[str, list[str]] = {}
        if self.marks is None:
            return found
        for _, text, fmt in self.runs():
            cid = parse_href(fmt.anchorHref()).get("c", ("", 0))[0]
            if cid not in self.marks.concepts:
                continue
            look = concept_style(cid, self.marks, self.options)
            background = (
                fmt.background().color().name().lower()
                if fmt.background().style() != Qt.BrushStyle.NoBrush
                else ""
            )
            if (
                fmt.underlineStyle() == UNDERLINE_STYLES[look.underline]
                and fmt.foreground().color().name().lower() == look.fg.lower()
                and background == look.bg.lower()
            ):
                found.setdefault(cid, []).append(text)
        return found

    def marked_text(self, kind: str) -> list[str]:
        """Texts whose links carry `kind` ("c" concept, "p" passage, "d" deleted, "i" inserted)."""
        return [text for _, text, fmt in self.runs() if kind in parse_href(fmt.anchorHref())]
