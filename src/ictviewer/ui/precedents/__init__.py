"""The Precedents view: a draft's paragraphs, the agreed texts that hold their wording."""

from ictviewer.ui.precedents.view import PrecedentsView

__all__ = ["PrecedentsView"]
