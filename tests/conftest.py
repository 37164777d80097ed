"""Every test keeps away from the real user folders: notes, corrections and logs go to a folder of the session."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

_SESSION = tempfile.mkdtemp(prefix="weerwoord-tests-")
atexit.register(shutil.rmtree, _SESSION, ignore_errors=True)
# set before any test starts a program, which inherits them (a test that needs its own folder passes --data-dir)
os.environ["WEERWOORD_DATA_DIR"] = os.path.join(_SESSION, "data")
os.environ["WEERWOORD_LOG_DIR"] = os.path.join(_SESSION, "log")
