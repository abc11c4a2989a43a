"""Importing a user's own document (txt, md, html, docx, odt, pdf) into their corpus folder.

The one public face of the package: `import_file` turns a file into a corpus
document of the bundled schema and keeps it in the user's corpus folder;
`remove_document` takes one out again. Both refuse with `ImportRefused`
(a message saying what to do) and then write nothing.
"""

from ictviewer.importing.formats import FORMATS, ImportRefused
from ictviewer.importing.library import ImportResult, Options, import_file, remove_document

__all__ = ["FORMATS", "ImportRefused", "ImportResult", "Options", "import_file", "remove_document"]
