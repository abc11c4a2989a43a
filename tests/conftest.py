"""Test-wide setup: headless Qt, and caches that never touch the user's real folders."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_scratch = tempfile.mkdtemp(prefix="ictviewer-tests-")
os.environ.setdefault("ICTVIEWER_CACHE", os.path.join(_scratch, "cache"))
os.environ.setdefault("ICTVIEWER_DATA", os.path.join(_scratch, "data"))
