"""Text from a document or a file, shown exactly as written: never read as Qt rich text.

Qt decides per string whether a tooltip, a `QLabel` in `AutoText` or a
`QMessageBox` text is rich text, with `Qt.mightBeRichText()`: a title such as
`<img src="file:///dev/zero">` then becomes an image that Qt loads from the
local disk (for `/dev/zero` it reads until `bad_alloc` kills the process;
issues #12 and #18). Every corpus or file string that reaches such a widget
goes through this module, so the rule is kept in one place:

- `literal(text)` for every place whose format is automatic: `setToolTip`,
  `setTabToolTip`, `ToolTipRole` data, `QGraphicsItem` tooltips, the static
  `QMessageBox.warning(...)` family: the text unchanged when Qt would show it
  literally anyway (the same `mightBeRichText` test Qt applies), otherwise the
  text escaped inside a paragraph that keeps its line breaks and spaces;
- `escape(text)` for a corpus string placed inside rich text we build
  ourselves (tooltips with bold headings, HTML pages);
- `plain_label(...)` for a `QLabel` that may show such text;
- `message_box(...)` for a message box made by hand, whose text and
  informative text are both set to `Qt.PlainText` (the detailed text is
  always plain in Qt).

Window titles, tab texts, item texts and status-bar messages are always plain
in Qt and need nothing.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

_PRE_WRAP = "<p style='white-space:pre-wrap; margin:0;'>{0}</p>"


def escape(text: str) -> str:
    """`text` as HTML character data (and attribute values): `<`, `>`, `&` and quotes escaped."""
    return html.escape(text, quote=True)


def is_rich(text: str) -> bool:
    """Whether Qt would render `text` as rich text where the format is automatic."""
    return bool(GuiQt.mightBeRichText(text))


def literal(text: str) -> str:
    """A string that Qt shows as the literal `text` where it guesses the format.

    Plain-looking text is returned unchanged, so ordinary tooltips keep Qt's
    plain look; text Qt would parse becomes rich text whose every character is
    escaped, `white-space: pre-wrap` keeping the line breaks it had.
    """
    if not text or not is_rich(text):
        return text
    return _PRE_WRAP.format(html.escape(text, quote=False))


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A `QLabel` that shows `text` (and whatever is set later) as plain text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    parent: QWidget | None = None,
    informative: str = "",
    detailed: str = "",
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A message box whose text and informative text are plain text, whatever they contain."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if detailed:
        box.setDetailedText(detailed)
    box.setStandardButtons(buttons)
    # QMessageBox gives a later-made informative label the text's format today; set it
    # again so that never depends on the order of the calls above.
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
