"""What the program leaves behind for a bug report: a rotating log, a crash file, versions (no Qt import here)."""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from weerwoord import __version__

LOG_NAME = "weerwoord.log"
CRASH_NAME = "crash.log"  # faulthandler's tracebacks of a hard crash (a segfault in Qt or MuPDF)
LOG_BYTES = 1_000_000
LOG_COPIES = 3
# where reports go; the project has no public address yet: fill it in here (and in the metainfo) when it has one
REPORT_TO = "the people who gave you Weerwoord (your IT support, or the project's maintainers)"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("weerwoord")
_crash_file: IO[str] | None = None


def log_dir() -> Path:
    """The folder for the log: $WEERWOORD_LOG_DIR, else the platform's user log folder."""
    env = os.environ.get("WEERWOORD_LOG_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_log_dir("Weerwoord", appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(debug: bool = False, to_file: bool = True) -> Path | None:
    """Log to a rotating file in :func:`log_dir` (INFO, or DEBUG with ``debug``); with ``debug`` also to stderr.

    Returns the log file, or None when its folder cannot be written (the program runs on without it)."""
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    formatter = logging.Formatter(_FORMAT)
    path: Path | None = None
    if to_file:
        try:
            log_dir().mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = RotatingFileHandler(
                log_file(), maxBytes=LOG_BYTES, backupCount=LOG_COPIES, encoding="utf-8", delay=True
            )
        except OSError:
            pass
        else:
            handler.setFormatter(formatter)
            root.addHandler(handler)
            path = log_file()
    if debug and sys.stderr is not None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(formatter)
        root.addHandler(stream)
    logging.captureWarnings(True)
    log.info("weerwoord %s started (%s)", __version__, "; ".join(f"{k} {v}" for k, v in versions().items()))
    return path


def enable_faulthandler() -> Path | None:
    """Write the Python stack of every thread to ``crash.log`` if the process dies hard (segfault, abort)."""
    global _crash_file
    try:
        log_dir().mkdir(parents=True, exist_ok=True)
        path = log_dir() / CRASH_NAME
        _crash_file = path.open("a", encoding="utf-8")
    except OSError:
        return None
    faulthandler.enable(_crash_file, all_threads=True)
    return path


def versions(with_qt: bool = True) -> dict[str, str]:
    """The versions a bug report needs: this program, Python, the system, PyMuPDF/MuPDF and (if asked) Qt."""
    found = {
        "Weerwoord": __version__,
        "Python": platform.python_version(),
        "system": platform.platform(),
    }
    try:
        import pymupdf

        found["PyMuPDF"] = f"{pymupdf.VersionBind} (MuPDF {pymupdf.VersionFitz})"
    except Exception as err:  # a broken install is what a report is for
        found["PyMuPDF"] = f"not available ({err})"
    if with_qt:
        try:
            import PySide6
            from PySide6 import QtCore

            found["Qt"] = f"{QtCore.qVersion()} (PySide6 {PySide6.__version__})"
        except Exception as err:
            found["Qt"] = f"not available ({err})"
    return found


def version_text() -> str:
    """``weerwoord --version``: one line per component."""
    items = versions()
    lines = [f"weerwoord {items.pop('Weerwoord')}"]
    lines += [f"{name}: {value}" for name, value in items.items()]
    return "\n".join(lines)


def details(
    kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None, context: str = ""
) -> str:
    """An unexpected error written out for a bug report: what happened, the traceback, the versions."""
    lines = [f"Weerwoord {__version__} stopped on an unexpected error{f' ({context})' if context else ''}.", ""]
    lines += traceback.format_exception(kind, error, tb)
    lines += ["", *(f"{name}: {value}" for name, value in versions(with_qt="PySide6" in sys.modules).items())]
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def report_advice() -> str:
    """What Help ▸ Report a problem says: where the log is and what to send; nothing is sent from here."""
    return (
        f"To report a problem, write to {REPORT_TO} and include:\n"
        "- what you did and what you expected,\n"
        "- the log files from the folder below (weerwoord.log, and crash.log if there is one),\n"
        "- if you may share them, the two documents (or say where they are published).\n"
        "Weerwoord never sends anything itself.\n\n"
        f"Log folder: {log_dir()}\n\n" + "\n".join(f"{k}: {v}" for k, v in versions().items())
    )
