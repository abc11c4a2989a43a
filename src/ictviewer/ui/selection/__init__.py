"""The selection of provisions to quote: its controller, its panel, and printing it.

controller = SelectionController(corpus)        # loads and saves the user's selection
panel = SelectionPanel(controller)              # the list; SelectionDock holds both
panel.print_preview(refs, title)                # Ctrl+P (the lead decides which refs)
"""

from ictviewer.ui.selection.controller import SelectionController
from ictviewer.ui.selection.dock import SelectionDock
from ictviewer.ui.selection.options import PrintOptions, query_terms
from ictviewer.ui.selection.panel import SelectionPanel
from ictviewer.ui.selection.print import PrintService

__all__ = [
    "PrintOptions",
    "PrintService",
    "SelectionController",
    "SelectionDock",
    "SelectionPanel",
    "query_terms",
]
