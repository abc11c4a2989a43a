"""How the selection, the timeline and the comparison fit into the main window.

Each feature is a self-contained widget that emits "...requested" signals with
plain ids. One module per feature gives it its place (a dock or a tab), its
actions and its connections; `ui/workspace.py` puts the three together and
builds their menus, so `main_window.py` stays about the library, the reader
and the search.
"""
