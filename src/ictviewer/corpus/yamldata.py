"""YAML text to plain data in one pass, remembering the line of every value.

Why events and not `yaml.load` + `yaml.compose`: the old loader parsed each
file twice with the pure-Python loader (once for the data, once for the node
tree that gives line numbers), 16-21 s for 10,000 provisions. Here libyaml's
parser (`CSafeLoader`, about 30× faster; the pure-Python `SafeLoader` when
PyYAML was built without it) produces the event stream once, and a small
iterative builder turns it into dicts, lists and scalars while noting the line
where each value starts. That one pass is also where the hostile inputs are
stopped, because here each one is still cheap and has a line:

* nothing is constructed from a tag: only the plain YAML types (text,
  numbers, booleans, null, lists, mappings) are accepted, so
  `!!python/object/apply:os.system` is a problem, never a call;
* aliases (`*name`) are refused: a corpus file has no use for them, and
  refusing them rules out the "billion laughs" expansion in every later pass
  (validation, the JSON cache);
* nesting deeper than `MAX_DEPTH` is refused without recursion (the builder
  keeps its own stack), so 20,000 `[` cannot raise RecursionError anywhere;
* a duplicate key (`text` twice) is reported instead of the last one silently
  winning, and a key must be text;
* a number too long for Python's int conversion is a problem, not a crash.

Timestamps stay text so `validate.parse_date` can range-check them and report
them with their line, exactly as before.
"""

from __future__ import annotations

import reprlib
from dataclasses import dataclass, field

import yaml

#: libyaml's parser when PyYAML was built with it, else the pure-Python one.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: A corpus document nests four levels (provisions, an item, parallel, a text);
#: 32 leaves room for any future field and refuses pathological nesting early.
MAX_DEPTH = 32

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_TAG}{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")}
_NON_SPECIFIC = (None, "!")
_BAD_KEY = object()  # a key already reported: its value is read and dropped

_short = reprlib.Repr()
_short.maxstring = 60
_short.maxother = 60


def shown(value: object) -> str:
    """A short, printable repr for messages: bounded in length and depth, escapes kept."""
    return _short.repr(value)


@dataclass
class Reading:
    """What one YAML text held: the data, where each value started, and what was refused.

    `problems` are `(path, line, message)`, with path None for a YAML feature
    refused outright (a tag, an alias, bad syntax); a refused value is left out
    of `data` (or None), so a file with problems must not become a document.
    """

    data: object = None
    lines: LineIndex = field(default_factory=lambda: LineIndex(None, 0))
    problems: list[tuple[tuple | None, int, str]] = field(default_factory=list)
    #: Paths whose value was refused (and left empty): validation stays silent
    #: there, since "required field is missing" would only blur the real reason.
    refused: list[tuple] = field(default_factory=list)
    #: False when the text is not valid YAML: `data` then holds only what came
    #: before the error, and checking its schema would report phantom gaps.
    complete: bool = True


class LineIndex:
    """The line of the value at a key path (("provisions", 2, "text")), found on demand.

    Each container's child lines are kept beside it (by identity) rather than
    as one dict of path tuples: building 40,000 tuples per 10,000 provisions
    costs more than the rare look-up of a problem's line.
    """

    def __init__(self, root: object, root_line: int):
        self.root = root
        self.root_line = root_line
        self.children: dict[int, dict | list] = {}

    def get(self, path: tuple) -> int | None:
        """The 1-based line of `path` (a mapping entry's key line), or None if unknown."""
        if not self.root_line:
            return None
        node, line = self.root, self.root_line
        for part in path:
            marks = self.children.get(id(node))
            if marks is None:
                return None
            try:
                line = marks[part]
                node = node[part]  # type: ignore[index]
            except (KeyError, IndexError, TypeError):
                return None
        return line


class _Frame:
    __slots__ = ("container", "expecting_key", "key", "key_line", "marks")

    def __init__(self, container: dict | list, marks: dict | list):
        self.container = container
        self.marks = marks
        self.expecting_key = True
        self.key: object = None
        self.key_line = 0


def read_yaml(text: str) -> Reading:
    """Parse one YAML document into plain data; every refusal is a problem, never an exception."""
    loader = SafeLoader(text)
    try:
        return _Builder(loader).run()
    finally:
        loader.dispose()


class _Builder:
    def __init__(self, loader: yaml.SafeLoader):
        self.loader = loader
        self.reading = Reading()
        self.stack: list[_Frame] = []
        self.skipping = 0  # depth inside a refused subtree whose events are dropped
        self.documents = 0

    def run(self) -> Reading:
        loader, reading = self.loader, self.reading
        try:
            while loader.check_event():
                event = loader.get_event()
                if self.skipping:
                    self._skip(event)
                elif isinstance(event, yaml.ScalarEvent):
                    self._scalar(event)
                elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                    self._start(event)
                elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                    self.stack.pop()
                elif isinstance(event, yaml.AliasEvent):
                    self._refuse(
                        event,
                        f"the alias *{event.anchor} is not allowed; "
                        "write the value out in full (corpus files use no anchors or aliases)",
                    )
                    self._deliver(None, _line(event))
                elif isinstance(event, yaml.DocumentStartEvent):
                    self.documents += 1
                    if self.documents > 1:
                        self._refuse(event, "a corpus file holds one document; remove the '---'")
                        reading.complete = False
                        break
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark is not None else 0
            why = getattr(error, "problem", None) or str(error)
            reading.problems.append((None, line, f"not valid YAML: {why}"))
            reading.complete = False
        return reading

    # -- events -----------------------------------------------------------------

    def _scalar(self, event: yaml.ScalarEvent) -> None:
        tag = event.tag
        if tag in _NON_SPECIFIC:
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag not in _SCALAR_TAGS:
            self._refuse(event, _tag_message(tag))
            self._deliver(None, _line(event))
            return
        self._deliver(self._construct(tag, event), _line(event))

    def _construct(self, tag: str, event: yaml.ScalarEvent) -> object:
        value = event.value
        kind = tag[len(_TAG) :]
        if kind in ("str", "timestamp"):
            return value
        if kind == "null":
            return None
        node = yaml.ScalarNode(tag, value)
        try:
            if kind == "bool":
                return self.loader.construct_yaml_bool(node)
            if kind == "int":
                return self.loader.construct_yaml_int(node)
            return self.loader.construct_yaml_float(node)
        except ValueError:
            self._problem(_line(event), f"{shown(value)} is not a number Python can read")
            self.reading.refused.append(self._path())
            return None

    def _start(self, event: yaml.MappingStartEvent | yaml.SequenceStartEvent) -> None:
        mapping = isinstance(event, yaml.MappingStartEvent)
        expected = f"{_TAG}{'map' if mapping else 'seq'}"
        if event.tag not in _NON_SPECIFIC and event.tag != expected:
            self._refuse(event, _tag_message(event.tag))
            self._deliver(None, _line(event))
            self.skipping = 1
            return
        top = self.stack[-1] if self.stack else None
        if top is not None and isinstance(top.container, dict) and top.expecting_key:
            self._refuse(event, "a key must be text, not a list or a mapping")
            top.key, top.expecting_key = _BAD_KEY, False
            self.skipping = 1
            return
        if len(self.stack) >= MAX_DEPTH:
            self._refuse(
                event, f"nested more than {MAX_DEPTH} levels deep; a corpus file needs at most 5"
            )
            self._deliver(None, _line(event))
            self.skipping = 1
            return
        container: dict | list = {} if mapping else []
        self._deliver(container, _line(event))
        marks: dict | list = {} if mapping else []
        self.reading.lines.children[id(container)] = marks
        self.stack.append(_Frame(container, marks))

    def _skip(self, event: yaml.Event) -> None:
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self.skipping += 1
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self.skipping -= 1

    def _deliver(self, value: object, line: int) -> None:
        """Place a value (or a key) in the container being built."""
        if not self.stack:
            if self.reading.lines.root_line == 0:
                self.reading.data = value
                self.reading.lines.root = value
                self.reading.lines.root_line = line
            return
        top = self.stack[-1]
        if isinstance(top.container, list):
            top.container.append(value)
            top.marks.append(line)  # type: ignore[union-attr]
        elif top.expecting_key:
            key = self._key(value, line, top)
            top.expecting_key, top.key_line, top.key = False, line, key
        else:
            top.expecting_key = True
            if top.key is not _BAD_KEY:
                top.container[top.key] = value  # type: ignore[index]
                top.marks[top.key] = top.key_line  # type: ignore[index]

    def _key(self, key: object, line: int, top: _Frame) -> object:
        if not isinstance(key, str):
            self._problem(line, f"the key {shown(key)} must be text; put it in quotes")
            return _BAD_KEY
        if key in top.container:
            first = top.marks[key]  # type: ignore[index]
            self.reading.problems.append(
                (
                    (*self._path(), key),
                    line,
                    f"duplicate key {shown(key)} (first on line {first}); keep only one",
                )
            )
            return _BAD_KEY
        return key

    # -- problems ---------------------------------------------------------------

    def _path(self) -> tuple:
        """The key path of the value being read, for naming the field of a problem.

        An enclosing frame already holds the child being built (as its last
        item, or under its last key); the innermost frame is about to receive it.
        """
        parts: list = []
        last = len(self.stack) - 1
        for depth, frame in enumerate(self.stack):
            if isinstance(frame.container, list):
                parts.append(len(frame.container) - (depth < last))
            elif (depth < last or not frame.expecting_key) and frame.key is not _BAD_KEY:
                parts.append(frame.key)
        return tuple(parts)

    def _problem(self, line: int, message: str) -> None:
        self.reading.problems.append((self._path(), line, message))

    def _refuse(self, event: yaml.Event, message: str) -> None:
        """A YAML feature corpus files do not use: reported as `(yaml)`, naming the field."""
        path = self._path()
        self.reading.problems.append((None, _line(event), f"{field_name(path)}: {message}"))
        self.reading.refused.append(path)


def field_name(path: tuple) -> str:
    """`provisions[3].text` for ("provisions", 3, "text"); odd characters in keys escaped.

    A key is whatever the file says (a control character, a lone surrogate,
    markup): the name must print on any terminal and never break a line.
    """
    name = ""
    for part in path:
        if isinstance(part, int):
            name += f"[{part}]"
            continue
        text = part if part.isprintable() else repr(part)[1:-1]
        name += f".{text}" if name else text
    return name or "(document)"


def _line(event: yaml.Event) -> int:
    return event.start_mark.line + 1 if event.start_mark is not None else 0


def _tag_message(tag: str | None) -> str:
    return (
        f"the tag {shown(tag)} is not allowed; corpus files hold only text, numbers, "
        "lists and mappings (nothing in a corpus file is run)"
    )
