"""The window's panels: library, reader, search."""
