"""Each bad file loaded through the window's own load path shows one dialog, and the window lives on."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import FakeDialogs
from tests.hardening.badfiles import DOCS, GOOD_ADVICE, GOOD_RESPONSE, broken_xref_pdf, many_pages_pdf


def _load(qtbot: Any, window: Any, advice: Path, response: Path) -> None:
    with qtbot.waitSignal(window.analysisFinished, timeout=120_000):
        window.open_pair(advice, response)


def _still_works(qtbot: Any, window: Any, dialogs: FakeDialogs) -> None:
    """After the bad file, the window opens a good pair as if nothing happened."""
    shown = len(dialogs.errors)
    _load(qtbot, window, GOOD_ADVICE, GOOD_RESPONSE)
    qtbot.waitUntil(lambda: window.comparison() is not None, timeout=60_000)
    assert len(dialogs.errors) == shown
    assert window.isVisible() and window.pairs_model.rowCount() > 0


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copy(DOCS / name, target)
    return target


BAD: dict[str, Callable[[Path], Path]] = {
    "empty": lambda tmp: _copy(tmp, "empty.pdf"),
    "truncated": lambda tmp: _copy(tmp, "truncated.pdf"),
    "text named .pdf": lambda tmp: _copy(tmp, "text_named.pdf"),
    "scanned": lambda tmp: _copy(tmp, "scanned.pdf"),
    "blank": lambda tmp: _copy(tmp, "blank.pdf"),
    "missing": lambda tmp: tmp / "gone – één.pdf",
    "folder": lambda tmp: tmp,
}


@pytest.mark.parametrize("kind", sorted(BAD))
@pytest.mark.parametrize("side", ["advice", "response"])
def test_a_bad_file_shows_one_dialog(qtbot: Any, make_window: Any, tmp_path: Path, kind: str, side: str) -> None:
    dialogs = FakeDialogs()
    window = make_window(dialogs)
    bad = BAD[kind](tmp_path)
    advice, response = (bad, GOOD_RESPONSE) if side == "advice" else (GOOD_ADVICE, bad)
    _load(qtbot, window, advice, response)
    if kind == "truncated" and not dialogs.errors:
        return  # MuPDF repaired what was left: then it is an ordinary file
    assert len(dialogs.errors) == 1, dialogs.errors
    assert "Traceback" not in dialogs.errors[0]
    _still_works(qtbot, window, dialogs)


def test_a_broken_cross_reference_table_opens_or_explains(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    dialogs = FakeDialogs()
    window = make_window(dialogs)
    _load(qtbot, window, broken_xref_pdf(tmp_path / "broken.pdf"), GOOD_RESPONSE)
    assert len(dialogs.errors) <= 1
    _still_works(qtbot, window, dialogs)


def test_the_guard_stops_a_huge_file_and_the_window_lives(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEERWOORD_GUARD_SECONDS", "0.3")
    dialogs = FakeDialogs()
    window = make_window(dialogs)
    big = many_pages_pdf(tmp_path / "minutes.pdf", 5000)
    _load(qtbot, window, big, GOOD_RESPONSE)
    assert len(dialogs.errors) == 1
    assert "minutes.pdf is too large to analyse" in dialogs.errors[0]
    assert window.panes["advice"].view.page_count == 5000  # it is still shown, only not analysed
    monkeypatch.delenv("WEERWOORD_GUARD_SECONDS")
    _still_works(qtbot, window, dialogs)
