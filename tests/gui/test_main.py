"""Starting the window: the crash dialog and its hook, Help > Report a problem, macOS file-open events, Ctrl+C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from weerwoord import diagnostics
from weerwoord.gui import crash_dialog
from weerwoord.gui.main import FileOpenEvents

ROOT = Path(__file__).resolve().parents[2]


def _raised() -> tuple[type[BaseException], BaseException, Any]:
    try:
        raise KeyError("verdict")
    except KeyError as err:
        return type(err), err, err.__traceback__


def test_the_hook_hands_errors_to_a_hook_installed_before_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under pytest-qt (or a debugger) the error goes to their hook, and no dialog waits for a click."""
    received: list[BaseException] = []
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, err, tb: received.append(err))
    hook = crash_dialog.install_hook(show=shown.append)
    assert sys.excepthook is hook
    hook(*_raised())
    assert [repr(e) for e in received] == ["KeyError('verdict')"] and shown == []


def test_the_hook_shows_the_details_once_when_it_is_the_first(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    hook = crash_dialog.install_hook(show=shown.append)
    hook(*_raised())
    assert len(shown) == 1 and "KeyError: 'verdict'" in shown[0] and "Qt: " in shown[0]


def test_the_crash_dialog_copies_its_details(qtbot: Any) -> None:
    dialog = crash_dialog.CrashDialog("Traceback …\nKeyError: 'verdict'\n")
    qtbot.addWidget(dialog)
    assert dialog.folder_button.text() == "Open log folder"
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Traceback …\nKeyError: 'verdict'\n"
    assert dialog.text.isReadOnly()


def test_report_a_problem_says_where_the_log_is(make_window: Any) -> None:
    window = make_window()
    assert window.menus.act_report in window.menuBar().actions()[-1].menu().actions()
    window.menus.act_report.trigger()
    assert window.dialogs.infos and str(diagnostics.log_dir()) in window.dialogs.infos[-1]


def test_files_opened_from_finder_open_the_pair_in_either_order(
    qtbot: Any, make_window: Any, example: tuple[Path, Path]
) -> None:
    window = make_window()
    opener = FileOpenEvents(window)
    app = QApplication.instance()
    app.installEventFilter(opener)
    try:
        advice, response = (str(p) for p in example)
        for path in (response, advice):  # one event per file, as macOS sends them
            QApplication.sendEvent(app, QFileOpenEvent(path))
        qtbot.waitUntil(lambda: window.pair.paths.get("advice") == advice, timeout=10_000)
        assert window.pair.paths == {"advice": advice, "response": response}
        qtbot.waitUntil(lambda: window.comparison() is not None, timeout=60_000)
    finally:
        app.removeEventFilter(opener)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process (POSIX)")
def test_ctrl_c_closes_the_window(tmp_path: Path, example: tuple[Path, Path]) -> None:
    log = tmp_path / "log" / "weerwoord.log"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        WEERWOORD_LOG_DIR=str(log.parent),
        WEERWOORD_DATA_DIR=str(tmp_path / "data"),
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    child = subprocess.Popen(
        [sys.executable, "-m", "weerwoord", "open", *(str(p) for p in example)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not (log.exists() and "window open" in log.read_text(encoding="utf-8")):
            assert child.poll() is None and time.monotonic() < deadline, child.communicate()
            time.sleep(0.1)
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 130
    assert "Traceback" not in err
    assert "interrupted" in log.read_text(encoding="utf-8")
