"""The query language: parsed by hand so a bad query degrades instead of failing.

Syntax: words (all must match), "exact phrases", AND / OR / NOT (upper case),
`-word`, `prefix*`, parentheses, and filters `org:` `doc:` `lang:` `year:`
`date:`. Anything that does not parse (an unbalanced quote or bracket, a lone
operator, control characters, an over-long query) falls back to its plain
words, and `Parsed.fallback` says why. Parsing never raises.

The tree (`syntax.py`) is then compiled per language (`compile.py`);
suggestions and expanded terms come from the index vocabulary (`vocabulary.py`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ictviewer.search import analysis
from ictviewer.search.filters import FILTER_FIELDS
from ictviewer.search.synonyms import ACRONYMS
from ictviewer.search.syntax import (
    Alias,
    And,
    ConceptAlias,
    Filter,
    Node,
    Not,
    Or,
    Parsed,
    Phrase,
    Prefix,
    Word,
    describe,
    leaves,
)

__all__ = [
    "Alias",
    "And",
    "ConceptAlias",
    "Filter",
    "Node",
    "Not",
    "Or",
    "Parsed",
    "Phrase",
    "Prefix",
    "Word",
    "describe",
    "leaves",
    "parse",
]

MAX_QUERY_CHARS = 500
MAX_TERMS = 32
MIN_PREFIX = 2
OPERATORS = {"AND": "AND", "OR": "OR", "NOT": "NOT", "&&": "AND", "||": "OR"}
_FILTER_RE = re.compile(rf"^({'|'.join(FILTER_FIELDS)}):(.*)$", re.IGNORECASE)
_SPECIAL = '()"'


#: Why a query fell back to its plain words, by code: the English of `Parsed.fallback`,
#: "{0}" standing for the part of the query at fault. `Parsed.why` and
#: `SearchResults.fallback` carry the code, so that the window can say it in its own
#: language (`ui/search/notices.py`) while `--json` keeps the English.
FALLBACKS = {
    "control": "control characters",
    "too-long": "query too long",
    "quote": "unbalanced quote",
    "empty-filter": "empty filter {0}",
    "brackets": "unbalanced brackets",
    "syntax": "syntax",
    "nothing-before": "{0} without a term before it",
    "or-after": "OR without a term after it",
    "and-after": "AND without a term after it",
    "not-after": "NOT without a term after it",
    "empty-brackets": "empty brackets",
    "star-alone": "a * needs letters before it",
    "star-inside": "a * may only end a word of two letters or more",
    "too-many": "too many terms",
    "nested": "nested too deeply",
}


class QuerySyntaxError(Exception):
    """Raised inside the parser only; turned into a fallback by `parse`.

    `code` is a key of `FALLBACKS`, `part` the piece of the query it names ("" if none).
    """

    def __init__(self, code: str, part: str = ""):
        super().__init__(FALLBACKS[code].format(part))
        self.code, self.part = code, part


# --- lexing and parsing ---------------------------------------------------------------


def clean(query: str) -> tuple[str, str]:
    """(query with typographic punctuation made ASCII, code of why it is unusable or "")."""
    query = query.translate(analysis.QUERY_PUNCTUATION)
    reason = ""
    chars = []
    for ch in query:
        category = unicodedata.category(ch)
        if ch in "\t\n\r":
            ch = " "
        elif category == "Cc":
            reason, ch = "control", " "
        elif category in ("Cf", "Cs", "Co", "Cn"):
            ch = " " if category != "Cf" else ""
        chars.append(ch)
    text = "".join(chars)
    if len(text) > MAX_QUERY_CHARS:
        reason = reason or "too-long"
        text = text[:MAX_QUERY_CHARS]
    return text, reason


def _lex(text: str) -> list[tuple]:
    tokens: list[tuple] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append((ch, None, i))
            i += 1
        elif ch == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise QuerySyntaxError("quote")
            tokens.append(("PHRASE", text[i + 1 : end], i + 1))
            i = end + 1
        elif ch == "-" and i + 1 < n and not text[i + 1].isspace() and text[i + 1] != "-":
            tokens.append(("NOT", "-", i))
            i += 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in _SPECIAL:
                j += 1
            raw = text[i:j]
            match = _FILTER_RE.match(raw)
            if raw in OPERATORS:
                tokens.append((OPERATORS[raw], raw, i))
            elif match:
                value = match.group(2)
                if not value and j < n and text[j] == '"':
                    end = text.find('"', j + 1)
                    if end < 0:
                        raise QuerySyntaxError("quote")
                    value, j = text[j + 1 : end], end + 1
                if not value.strip():
                    raise QuerySyntaxError("empty-filter", raw)
                tokens.append(("FILTER", (match.group(1).lower(), value.strip()), i))
            else:
                tokens.append(("WORD", raw, i))
            i = j
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple]):
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else None

    def take(self) -> tuple:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Node | None:
        node = self.parse_or()
        if self.peek() is not None:
            raise QuerySyntaxError("brackets" if self.peek() == ")" else "syntax")
        return node

    def parse_or(self) -> Node | None:
        items = [self.parse_and()]
        while self.peek() == "OR":
            self.take()
            if self.peek() in (None, ")", "OR", "AND"):
                raise QuerySyntaxError("or-after")
            items.append(self.parse_and())
        items = [i for i in items if i is not None]
        return _combine(Or, items)

    def parse_and(self) -> Node | None:
        if self.peek() in ("AND", "OR"):
            raise QuerySyntaxError("nothing-before", str(self.peek()))
        items = []
        while self.peek() not in (None, ")", "OR"):
            if self.peek() == "AND":
                self.take()
                if self.peek() in (None, ")", "OR", "AND"):
                    raise QuerySyntaxError("and-after")
            items.append(self.parse_unary())
        items = [i for i in items if i is not None]
        return _combine(And, items)

    def parse_unary(self) -> Node | None:
        if self.peek() == "NOT":
            self.take()
            if self.peek() in (None, ")", "OR", "AND"):
                raise QuerySyntaxError("not-after")
            child = self.parse_unary()
            if isinstance(child, Not):  # NOT NOT x, -(-x): the word itself
                return child.child
            return Not(child) if child is not None else None
        return self.parse_atom()

    def parse_atom(self) -> Node | None:
        kind, value, start = self.take()
        if kind == "(":
            if self.peek() == ")":
                raise QuerySyntaxError("empty-brackets")
            node = self.parse_or()
            if self.peek() != ")":
                raise QuerySyntaxError("brackets")
            self.take()
            return node
        if kind == ")":
            raise QuerySyntaxError("brackets")
        if kind == "PHRASE":
            words = _words(value, start)
            return (words[0] if len(words) == 1 else Phrase(words)) if words else None
        if kind == "FILTER":
            return Filter(*value)
        return _word_node(value, start)


def _words(raw: str, offset: int) -> tuple[Word, ...]:
    return tuple(
        Word(m.group(), offset + m.start(), offset + m.end())
        for m in analysis.TOKEN_RE.finditer(raw)
        if analysis.fold(m.group())
    )


def _word_node(raw: str, start: int) -> Node | None:
    star = raw.endswith("*")
    words = _words(raw.rstrip("*"), start)
    if not words:
        if star:
            raise QuerySyntaxError("star-alone")
        return None
    if "*" in raw.rstrip("*") or (star and len(words[-1].folded) < MIN_PREFIX):
        raise QuerySyntaxError("star-inside")
    if star:
        last = Prefix(words[-1].folded)
        if len(words) == 1:
            return last
        head = words[:-1]
        return And((head[0] if len(head) == 1 else Phrase(head), last))
    return words[0] if len(words) == 1 else Phrase(words)


def _combine(kind, items: list) -> Node | None:
    if not items:
        return None
    if len(items) == 1:
        return items[0]
    flat = []
    for item in items:
        flat.extend(item.children if isinstance(item, kind) else (item,))
    return kind(tuple(flat))


def _fallback(text: str) -> Node | None:
    """Plain words (operators dropped), keeping only well-formed `field:value` filters."""
    items: list[Node] = []
    for match in re.finditer(r"\S+", text):
        raw = match.group()
        filt = _FILTER_RE.match(raw)
        if filt and filt.group(2).strip('"()'):
            items.append(Filter(filt.group(1).lower(), filt.group(2).strip('"()')))
            continue
        if raw in OPERATORS:
            continue
        items.extend(_words(raw, match.start()))
    return _combine(And, items[:MAX_TERMS])


def _leaves(node: Node | None) -> int:
    if node is None:
        return 0
    if isinstance(node, And | Or):
        return sum(_leaves(c) for c in node.children)
    if isinstance(node, Not):
        return _leaves(node.child)
    return len(node.words) if isinstance(node, Phrase) else 1


def _drop_stopwords(node: Node | None, ignored: list[str]) -> Node | None:
    """Leave common words out of conjunctions that have other words (never out of phrases)."""
    if isinstance(node, Or):
        return Or(tuple(_drop_stopwords(c, ignored) for c in node.children))
    if isinstance(node, Not):
        return Not(_drop_stopwords(node.child, ignored))
    if not isinstance(node, And):
        return node
    children = [_drop_stopwords(c, ignored) for c in node.children]

    def is_stop(c):
        return isinstance(c, Word) and c.folded in analysis.STOPWORDS

    if any(not is_stop(c) and not isinstance(c, Not | Filter) for c in children):
        ignored.extend(c.folded for c in children if is_stop(c))
        children = [c for c in children if not is_stop(c)]
    return _combine(And, children)


@lru_cache(maxsize=256)
def parse(query: str) -> Parsed:
    """Parse a query; never raises (a bad query becomes its plain words)."""
    text, code = clean(query)
    why = (code, "")
    node = None
    if not code:
        try:
            node = _Parser(_lex(text)).parse()
            if _leaves(node) > MAX_TERMS:
                why = ("too-many", "")
        except QuerySyntaxError as error:
            why = (error.code, error.part)
        except RecursionError:
            why = ("nested", "")
    if why[0]:
        node = _fallback(text)
        if node is None and not text.strip():
            why = ("", "")
    ignored: list[str] = []
    node = _aliases(_drop_stopwords(node, ignored))
    reason = FALLBACKS[why[0]].format(why[1]) if why[0] else ""
    return Parsed(text, node, reason, tuple(dict.fromkeys(ignored)), why)


def _spelled(expansion: str) -> Phrase:
    return Phrase(tuple(Word(m.group(), -1, -1) for m in analysis.TOKEN_RE.finditer(expansion)))


_EXPANSIONS = {
    acronym: tuple(_spelled(e) for e in expansions) for acronym, expansions in ACRONYMS.items()
}
_SPELLED_OUT = {
    tuple(w.folded for w in phrase.words): acronym
    for acronym, phrases in _EXPANSIONS.items()
    for phrase in phrases
}


def _aliases(node: Node | None) -> Node | None:
    """Pair acronyms with their expansions (synonyms.py), both ways."""
    if isinstance(node, Word) and node.folded in _EXPANSIONS:
        return Alias(node, _EXPANSIONS[node.folded])
    if isinstance(node, Phrase):
        acronym = _SPELLED_OUT.get(tuple(w.folded for w in node.words))
        if acronym:
            return Alias(Word(acronym, -1, -1), (node,), acronym_typed=False)
    if isinstance(node, And | Or):
        return type(node)(tuple(_aliases(c) for c in node.children))
    if isinstance(node, Not):
        return Not(_aliases(node.child))
    return node
