"""Dialogs: About, corpus problems, unexpected errors."""
