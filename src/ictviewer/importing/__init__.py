"""Importing a user's own document (txt, md, html, docx, odt, pdf) into their corpus folder.

The one public face of the package: `import_file` turns a file into a corpus
document of the bundled schema and keeps it in the user's corpus folder, in
two steps a window can put a review between: `prepare_import` (a `Draft`,
nothing written) and `save_import`. `update_details` changes a kept
document's metadata and labels; `remove_document` takes one out again. All
refuse with `ImportRefused` (a message saying what to do) and then write
nothing.
"""

from ictviewer.importing.draft import DETAILS, PRECISIONS, Draft, merge_with_next, relabel, split
from ictviewer.importing.formats import FORMATS, ImportRefused
from ictviewer.importing.library import (
    ImportResult,
    Options,
    import_file,
    prepare_import,
    remove_document,
    save_import,
    update_details,
)

__all__ = [
    "DETAILS",
    "FORMATS",
    "PRECISIONS",
    "Draft",
    "ImportRefused",
    "ImportResult",
    "Options",
    "import_file",
    "merge_with_next",
    "prepare_import",
    "relabel",
    "remove_document",
    "save_import",
    "split",
    "update_details",
]
