"""The log, the crash file and the versions a bug report needs; no Qt imported for them."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from weerwoord import diagnostics

ROOT = Path(__file__).resolve().parents[2]


def test_the_log_goes_to_a_rotating_file_in_the_log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEERWOORD_LOG_DIR", str(tmp_path / "log"))
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    try:
        path = diagnostics.setup_logging(debug=False)
        assert path == tmp_path / "log" / "weerwoord.log"
        logging.getLogger("weerwoord.test").info("hello from the test")
        logging.getLogger("weerwoord.test").debug("not without --debug")
        for handler in root.handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
        assert "hello from the test" in text and "not without --debug" not in text and "PyMuPDF" in text
        rotating = [h for h in root.handlers if h not in before]
        assert rotating and getattr(rotating[0], "maxBytes", 0) == diagnostics.LOG_BYTES
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)


def test_an_unwritable_log_folder_is_no_reason_to_stop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("WEERWOORD_LOG_DIR", str(blocker / "log"))
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    try:
        assert diagnostics.setup_logging() is None
        assert diagnostics.enable_faulthandler() is None
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
        root.setLevel(level)


def test_a_hard_crash_leaves_its_stack_in_crash_log(tmp_path: Path) -> None:
    code = (
        "from weerwoord import diagnostics; diagnostics.enable_faulthandler(); import faulthandler;"
        " faulthandler._sigsegv()"
    )
    env = {"WEERWOORD_LOG_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode != 0
    assert "Segmentation fault" in (tmp_path / "crash.log").read_text(encoding="utf-8")


def test_details_and_report_advice_say_what_to_send() -> None:
    try:
        raise KeyError("verdict")
    except KeyError as err:
        text = diagnostics.details(type(err), err, err.__traceback__)
    assert "KeyError: 'verdict'" in text and "Python: " in text and "PyMuPDF: " in text
    advice = diagnostics.report_advice()
    assert str(diagnostics.log_dir()) in advice and "weerwoord.log" in advice


def test_the_diagnostics_import_no_qt() -> None:
    code = "import sys, weerwoord.diagnostics as d; d.versions(with_qt=False); print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == "False"
