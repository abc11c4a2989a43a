"""The side-by-side comparison of two documents (`CompareView`) and its parts."""

from ictviewer.ui.compare.view import CompareView

__all__ = ["CompareView"]
