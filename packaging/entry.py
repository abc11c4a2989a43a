"""The frozen program's entry point: the same `ictviewer` command as the installed one.

PyInstaller runs this file as `__main__`; it only hands over to the CLI, which opens
the window when no sub-command is given. Kept outside the package so the package
itself has no frozen-only code.
"""

import sys

from ictviewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
