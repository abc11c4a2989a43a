"""From text blocks to provisions: where a document divides, and what each piece is called.

Three passes, each undoing one way a source loses its structure:

1. `unwrap`: hard-wrapped lines (a PDF, a paste from one) are joined into
   paragraphs. A line starts a new paragraph when it opens with a marker
   ("1.", "Article 3", "(a)", a bullet, a preambular participle after a
   comma) or when the line before ended a sentence well short of the usual
   line width. A word hyphenated across lines is joined, unless the document
   writes the hyphenated form elsewhere ("confidence-building" stays).
2. `split_run_on`: a scrape that lost its line breaks is cut again before the
   participles that open preambular paragraphs ("..., Noting ...",
   "..., Recalling ...") and before "Have agreed as follows:" or a numbered
   paragraph that continues the sequence.
3. `label`: each paragraph is classified (heading, opening, preamble,
   operative clause, numbered paragraph, lettered item, bullet) and labelled
   the way the bundled corpus labels its documents ("Preamble, para. 3",
   "Article 2, para. 1", "section 1, para. 2", "para. 5"). Printed numbers
   move from the text into the label, as in the bundled corpus.

The heuristics are deliberately conservative: a missed split leaves a long
provision (still searchable and citable); a wrong split would cut a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ictviewer.importing.formats import Block
from ictviewer.importing.metadata import dateline

#: Words that open preambular paragraphs (English, Russian, Kazakh), longest first.
OPENERS = (
    "Taking into account", "Taking into consideration", "Taking note", "Bearing in mind",
    "Expressing concern", "Expressing deep concern", "Expressing", "Deeply concerned",
    "Noting with concern", "Noting", "Recalling", "Recognizing", "Recognising",
    "Reaffirming", "Affirming", "Welcoming", "Stressing", "Emphasizing", "Emphasising",
    "Underlining", "Underscoring", "Highlighting", "Acknowledging", "Considering",
    "Convinced", "Concerned", "Mindful", "Guided by", "Determined", "Desiring", "Aware",
    "Committed", "Believing", "Confirming", "Reiterating", "Encouraged", "Seeking",
    "Отмечая", "Признавая", "Выражая", "Принимая во внимание", "Учитывая", "Ссылаясь",
    "Подтверждая", "Вновь подтверждая", "Приветствуя", "Подчеркивая", "Подчёркивая",
    "Будучи убеждены", "Руководствуясь", "Исходя из", "Стремясь", "Осознавая",
    "Назарға ала отырып", "Атап өтіп", "Мойындай отырып", "Қуаттай отырып",
    "Білдіре отырып", "Ескере отырып",
)  # fmt: skip
_OPENER = "|".join(re.escape(o) for o in sorted(OPENERS, key=len, reverse=True))
OPENER_START = re.compile(rf"^(?:{_OPENER})\b", re.IGNORECASE)
OPERATIVE_CLAUSE = re.compile(
    r"^(?:(?:have|hereby)\s+)?(?:agreed?|declared?|decided?|adopt(?:ed)?|affirm)"
    r"(?:\s+(?:as follows|the following|that|on the following))?\s*:\s*$"
    r"|^(?:hereby\s+)?declare\s+(?:as follows|the following)\s*:?\s*$"
    r"|^(?:согласились|заявляют|заявляем|договорились)[^.]{0,40}:\s*$",
    re.IGNORECASE,
)
_RUN_ON_CLAUSE = re.compile(
    r"(?<=[,;])\s+(?=(?:have agreed as follows|hereby declare|declare as follows|"
    r"declare the following|agree as follows)\s*:)",
    re.IGNORECASE,
)
NUMBERED = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)[.)]\s+(\S.*)$", re.DOTALL)
ARTICLE = re.compile(
    r"^(?:Article|Статья|Бап)\s+(\d{1,3}|[IVXLC]{1,6})\b[.:]?\s*(.*)$|^(\d{1,3})-бап\b[.:]?\s*(.*)$",
    re.DOTALL,
)
SECTION = re.compile(r"^(?:Section|Chapter|Part|Раздел|Глава|Бөлім)\s+(\w{1,6})\b[.:]?\s*(.*)$")
ROMAN = re.compile(r"^([IVX]{1,5})[.)]\s+(\S.*)$", re.DOTALL)
LETTERED = re.compile(r"^\(?([a-zа-я]|[ivx]{2,5})\)\s+(\S.*)$", re.DOTALL)
BULLET = re.compile(r"^[•·▪◦‣∙●○■□–—*-]\s+(\S.*)$", re.DOTALL)
_TERMINAL = tuple('.:;!?»"”)')
_WORD_END_HYPHEN = re.compile(r"(\w+)-$")


@dataclass(frozen=True)
class Unit:
    """A paragraph found in the text, before it is classified."""

    text: str
    kind: str = "text"  # as in Block: title, heading, item, text


@dataclass(frozen=True)
class Draft:
    """A provision as it will be written: id, label, section, text."""

    id: str
    label: str
    section: str
    text: str


def paragraphs(blocks: list[Block], removed: list[str]) -> list[Unit]:
    """Every paragraph of the blocks: wrapped lines joined, run-on paragraphs split."""
    whole = "\n".join(b.text for b in blocks)
    units: list[Unit] = []
    opener_seen = False
    for block in blocks:
        if block.kind in ("title", "heading"):
            units.append(Unit(" ".join(block.text.split()), block.kind))
            continue
        for text in unwrap(block.text.split("\n"), whole, removed, opener_seen):
            for piece in split_run_on(text):
                opener_seen = opener_seen or bool(OPENER_START.match(piece))
                units.append(Unit(piece, block.kind))
    return units


def unwrap(lines: list[str], whole: str, removed: list[str], opener_seen: bool) -> list[str]:
    """Join hard-wrapped lines into paragraphs (see the module docstring)."""
    lines = [" ".join(line.split()) for line in lines]
    lines = [line for line in lines if line]
    if len(lines) <= 1:
        return lines
    widths = sorted(len(line) for line in lines)
    width = widths[int(len(widths) * 0.9)]
    out: list[str] = []
    previous = ""
    for line in lines:
        if not out or _starts_paragraph(previous, line, width, opener_seen):
            out.append(line)
        else:
            out[-1] = _join(out[-1], line, whole, removed)
        opener_seen = opener_seen or bool(OPENER_START.match(line))
        previous = line
    return out


def _starts_paragraph(previous: str, line: str, width: int, opener_seen: bool) -> bool:
    if _has_marker(line):
        return True
    if OPENER_START.match(line) and previous.endswith((",", ";")):
        return line[0].isupper() or opener_seen
    if OPERATIVE_CLAUSE.match(line) or dateline(line) or dateline(previous):
        return True
    short = len(previous) < 0.8 * width
    if previous.endswith(_TERMINAL) and short and (line[0].isupper() or line[0].isdigit()):
        return True
    # a short line with no closing punctuation (a heading, a title line) before a full one
    return _heading_like(previous) and short and len(line) >= 0.8 * width and len(previous) < 60


def _has_marker(line: str) -> bool:
    if BULLET.match(line) or ARTICLE.match(line) or SECTION.match(line):
        return True
    numbered = NUMBERED.match(line) or ROMAN.match(line) or LETTERED.match(line)
    return bool(numbered) and (numbered.group(2)[:1].isupper() or LETTERED.match(line) is not None)


def _join(text: str, line: str, whole: str, removed: list[str]) -> str:
    """`text` continued by `line`, undoing a hyphenation the line break made."""
    hyphen = _WORD_END_HYPHEN.search(text)
    if hyphen and line[:1].islower():
        head, tail = hyphen.group(1), re.match(r"\w+", line)
        compound = f"{head}-{tail.group(0)}" if tail else ""
        # "confidence-\nbuilding" stays hyphenated when the text writes "confidence-building"
        if tail and compound not in whole.replace(f"{head}-\n", "\0"):
            removed.append(f"hyphenation at a line end: “{head}-” + “{tail.group(0)}”")
            return text[:-1] + line
        return text + line
    return f"{text} {line}"


def split_run_on(text: str) -> list[str]:
    """Cut a paragraph that holds several (a scrape without line breaks)."""
    pieces = [text]
    for pattern in (_RUN_ON_OPENER, _RUN_ON_CLAUSE, _AFTER_CLAUSE):
        pieces = [part.strip() for piece in pieces for part in pattern.split(piece) if part]
    return _split_numbered([p for p in pieces if p])


_RUN_ON_OPENER = re.compile(rf"(?<=[,;])\s+(?=(?:{_OPENER})\b)")
_AFTER_CLAUSE = re.compile(r"(?i:(?<=as follows:)|(?<=the following:))\s+(?=\S)")
_INLINE_NUMBER = re.compile(r"(?<=[.:;])\s+(?=(\d{1,2})\.\s+[A-ZА-ЯЁ])")


def _split_numbered(pieces: list[str]) -> list[str]:
    """Cut before "2. The ..." inside a paragraph, but only where the number continues a sequence.

    "... in 2016. 3. The" is not cut after "2016" unless paragraph 2 came just before.
    """
    out: list[str] = []
    expected = 0
    for piece in pieces:
        lead = NUMBERED.match(piece)
        if lead and "." not in lead.group(1):
            expected = int(lead.group(1)) + 1
        start = 0
        for match in _INLINE_NUMBER.finditer(piece):
            number = int(match.group(1))
            if number == expected or (expected == 0 and number == 1):
                out.append(piece[start : match.start()].strip())
                start = match.end()
                expected = number + 1
        out.append(piece[start:].strip())
    return [p for p in out if p]


def _heading_like(text: str) -> bool:
    """Short, without closing punctuation: a title line or a heading, not a sentence."""
    return bool(text) and len(text.split()) <= 14 and not text.endswith((*_TERMINAL, ","))


def label(units: list[Unit]) -> tuple[list[Unit], list[Draft]]:
    """Split off the front matter (title lines) and label every other paragraph.

    Returns the front matter (for the title guess) and the provisions.
    """
    front: list[Unit] = []
    index = 0
    while index < len(units) and _is_front(units[index], front):
        front.append(units[index])
        index += 1
    labeller = _Labeller()
    for unit in units[index:]:
        labeller.add(unit)
    return front, labeller.finish()


def _is_front(unit: Unit, front: list[Unit]) -> bool:
    if unit.kind == "title":
        return True
    if len(front) >= 4 or unit.kind == "item" or _has_marker(unit.text):
        return False
    if dateline(unit.text):
        return False
    return len(unit.text.split()) <= 30 and not unit.text.endswith((*_TERMINAL, ","))


class _Labeller:
    """The state of a walk through the paragraphs: part, section, numbering."""

    def __init__(self) -> None:
        self.drafts: list[Draft] = []
        self.part = "start"  # start | preamble | operative
        self.section = ""
        self.prefix = ""  # "Article 2, " or "section 1, "
        self.counter = 0  # paragraphs in the current section
        self.preamble = 0
        self.parent = ""  # label of the last numbered paragraph (for (a) and bullets)
        self.bullets = 0

    def add(self, unit: Unit) -> None:
        text = unit.text
        if unit.kind in ("title", "heading") or self._heading(text):
            return
        if not self.drafts and dateline(text):
            self._emit("Dateline", "Heading", text, "dateline")
            return
        if OPERATIVE_CLAUSE.match(text):
            self.part = "operative"
            self.section = self.section or "Operative part"
            self._emit("Operative clause", self.section, text, "operative")
            return
        if self.part in ("start", "preamble") and OPENER_START.match(text):
            self.part = "preamble"
            self.preamble += 1
            self._emit(f"Preamble, para. {self.preamble}", "Preamble", text)
            return
        if self.part == "start" and text.endswith(",") and not _has_marker(text):
            self.part = "preamble"
            self._emit("Opening", "Preamble", text, "opening")
            return
        if self.part == "preamble" and text.endswith((",", ";")) and not _has_marker(text):
            self.preamble += 1
            self._emit(f"Preamble, para. {self.preamble}", "Preamble", text)
            return
        self._operative(unit)

    def _heading(self, text: str) -> bool:
        """A section or article heading: opens a section, is not a provision."""
        article = ARTICLE.match(text)
        section = SECTION.match(text)
        numbered = NUMBERED.match(text) or ROMAN.match(text)
        if article:
            number = article.group(1) or article.group(3)
            rest = (article.group(2) or article.group(4) or "").strip()
            self._open(
                f"Article {number}", f"Article {number}, ", rest if _heading_like(rest) else ""
            )
            if rest and not _heading_like(rest):
                self._operative(Unit(rest))
            return True
        if section and _heading_like(text):
            self._open(text, f"section {section.group(1)}, ", "")
            return True
        if numbered and _heading_like(numbered.group(2)) and len(text.split()) <= 10:
            self._open(text, f"section {numbered.group(1)}, ", "")
            return True
        return False

    def _open(self, name: str, prefix: str, title: str) -> None:
        self.part = "operative"
        self.section = f"{name}. {title}" if title else name
        self.prefix = prefix
        self.counter = 0
        self.parent = ""
        self.bullets = 0

    def _operative(self, unit: Unit) -> None:
        text = unit.text
        if self.part != "operative":
            self.part = "operative"
            self.section = self.section or "Operative part"
        numbered = NUMBERED.match(text)
        lettered = LETTERED.match(text)
        bullet = BULLET.match(text)
        if numbered and (numbered.group(2)[:1].isupper() or not self.parent):
            number = numbered.group(1)
            if "." not in number:
                self.counter = int(number)
            self.parent = f"{self.prefix}para. {number}"
            self.bullets = 0
            self._emit(self.parent, self.section, numbered.group(2))
        elif lettered:
            base = self.parent or f"{self.prefix}item".rstrip(", ")
            self._emit(f"{base} ({lettered.group(1)})", self.section, lettered.group(2))
        elif bullet or unit.kind == "item":
            self.bullets += 1
            base = self.parent + ", " if self.parent else self.prefix
            body = bullet.group(1) if bullet else text
            self._emit(f"{base}bullet {self.bullets}", self.section, body)
        else:
            self.counter += 1
            self.parent = f"{self.prefix}para. {self.counter}"
            self.bullets = 0
            self._emit(self.parent, self.section, text)

    def _emit(self, label: str, section: str, text: str, pid: str = "") -> None:
        self.drafts.append(Draft(pid or provision_id(label), label, section, text.strip()))

    def finish(self) -> list[Draft]:
        """The provisions, with every id and label made unique (a repeated number gets (2))."""
        ids: set[str] = set()
        labels: dict[str, int] = {}
        out = []
        for n, draft in enumerate(self.drafts, 1):
            pid = draft.id if re.fullmatch(r"[a-z0-9][a-z0-9-]*", draft.id) else f"p{n}"
            label = draft.label
            if label in labels:
                labels[label] += 1
                label = f"{label} ({labels[label]})"
                pid = f"{pid}-{labels[draft.label]}"
            else:
                labels[label] = 1
            while pid in ids:
                pid = f"{pid}-x{n}"
            ids.add(pid)
            out.append(Draft(pid, label, draft.section, draft.text))
        return out


def provision_id(label: str) -> str:
    """A stable id from a label: "Preamble, para. 3" → pre3, "Article 2, para. 1" → a2-p1."""
    text = label.lower()
    for long, short in (
        ("preamble, para. ", "pre"),
        ("article ", "a"),
        ("section ", "s"),
        ("para. ", "p"),
        ("bullet ", "b"),
        ("item ", ""),
    ):
        text = text.replace(long, short)
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text
