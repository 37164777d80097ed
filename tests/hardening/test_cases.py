"""Files the fuzzer found (tests/hardening/cases): each is refused in plain words, by the CLI and the window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import FakeDialogs
from tests.hardening.badfiles import GOOD_ADVICE, GOOD_RESPONSE
from weerwoord.core.analysis.compare import analyse
from weerwoord.core.errors import WeerwoordError
from weerwoord.core.reading import reader

CASES = sorted((Path(__file__).resolve().parent / "cases").glob("*.pdf"))
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_the_core_raises_only_its_own_errors(case: Path) -> None:
    good = reader.read_document(GOOD_RESPONSE)
    try:
        analyse(reader.read_document(case), good)
    except WeerwoordError as err:
        assert err.message and "\n" not in err.message


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_the_cli_gives_one_plain_line(case: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "weerwoord", "compare", str(case), str(GOOD_RESPONSE)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    if r.returncode != 0:
        assert r.returncode in (3, 4) and r.stdout == ""
        assert r.stderr.startswith("error: ") and len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
@pytest.mark.parametrize("side", ["advice", "response"])
def test_the_window_shows_one_dialog_and_lives(qtbot: Any, make_window: Any, case: Path, side: str) -> None:
    dialogs = FakeDialogs()
    window = make_window(dialogs)
    advice, response = (case, GOOD_RESPONSE) if side == "advice" else (GOOD_ADVICE, case)
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.open_pair(advice, response)
    assert len(dialogs.errors) <= 1
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.open_pair(GOOD_ADVICE, GOOD_RESPONSE)
    qtbot.waitUntil(lambda: window.comparison() is not None, timeout=60_000)
    qtbot.waitUntil(window.screenshot_ready, timeout=20_000)  # the worker still renders pages
