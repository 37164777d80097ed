"""Opening with one document (a file manager, a single dropped file): the window asks for the other."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.gui.conftest import FakeDialogs

ROOT = Path(__file__).resolve().parents[2]


class AskingDialogs(FakeDialogs):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, str]] = []

    def open_pair(self, parent: Any, advice: str, response: str) -> tuple[str, str] | None:
        self.asked.append((advice, response))
        return self.open_answer


def test_one_file_asks_for_the_other_in_its_place(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    advice, response = (str(p) for p in example)
    dialogs = AskingDialogs()
    dialogs.open_answer = (advice, response)
    window = make_window(dialogs)
    window.open_one(response)  # its name says it is the response ("kabinetsreactie")
    assert dialogs.asked == [("", response)]
    qtbot.waitUntil(lambda: window.comparison() is not None, timeout=30000)
    assert len(window.comparison().pairs) == 10
    window.open_one(advice)
    assert dialogs.asked[-1] == (advice, "")


def test_screenshot_needs_both_documents(example: tuple[Path, Path], tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "weerwoord", "open", str(example[0]), "--screenshot", str(tmp_path / "x.png")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert r.returncode == 2
    assert r.stderr.startswith("error: ") and "both documents" in r.stderr


def test_no_display_is_a_plain_message_not_a_crash() -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    r = subprocess.run(
        [sys.executable, "-m", "weerwoord"], capture_output=True, text=True, cwd=ROOT, timeout=60, env=env
    )
    assert r.returncode == 2
    assert r.stderr.startswith("error: No display is available")
    assert "Traceback" not in r.stderr and "Aborted" not in r.stderr
