"""The delegate's selection: provisions to quote, print or send, and the file that carries it.

One public face for the package: `model` (the `Selection` and its resolved
references), `order` (the sensible order and where new items go), `file`
(the validated JSON file) and `sharing` (saving a file that other windows
write too, merging their changes under a lock). Plain Python, no Qt.
"""

from ictviewer.selection.file import (
    FILE_NAME,
    FORMAT,
    VERSION,
    SelectionData,
    SelectionFileError,
    default_path,
)
from ictviewer.selection.model import ResolvedRef, Selection
from ictviewer.selection.order import Ref, sort_key, sort_refs
from ictviewer.selection.sharing import save_merged

__all__ = [
    "FILE_NAME",
    "FORMAT",
    "VERSION",
    "Ref",
    "ResolvedRef",
    "Selection",
    "SelectionData",
    "SelectionFileError",
    "default_path",
    "save_merged",
    "sort_key",
    "sort_refs",
]
