"""Starting the window quickly: icons without qtawesome's import, the analysis after the first pages are shown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QIcon

from tests.gui.conftest import open_and_wait
from weerwoord.gui import theme

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", ["fa6s.folder-open", "fa6s.thumbs-up", "fa6s.circle-half-stroke", "fa6s.gavel"])
def test_icons_are_drawn_as_qtawesome_draws_them(qtbot: Any, name: str) -> None:
    import qtawesome as qta

    colour = QColor("#c77700")
    ours = theme.icon(name, colour)
    theirs = qta.icon(name, color=colour, color_disabled=QColor(colour).lighter(160))
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
        for size in (16, 24, 40):
            image = ours.pixmap(size, size, mode).toImage()
            assert image == theirs.pixmap(size, size, mode).toImage(), (name, mode, size)
            assert any(image.pixelColor(x, y).alpha() for x in range(size) for y in range(size))


def test_the_window_is_built_without_the_modules_it_needs_later(tmp_path: Path) -> None:
    """qtawesome (all of Qt through qtpy), rapidfuzz, sqlite3 and PyMuPDF are not imported to show the window."""
    code = f"""
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from weerwoord.gui.window import MainWindow
window = MainWindow(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat), {str(tmp_path)!r})
window.show()
app.processEvents()
print(sorted(m for m in ("qtawesome", "qtpy", "rapidfuzz", "sqlite3", "pymupdf") if m in sys.modules))
window.close()
"""
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_the_analysis_starts_once_both_panes_show_their_first_pages(
    qtbot: Any, make_window: Any, example: tuple[Path, Path]
) -> None:
    window = make_window()
    shown_at_start: list[tuple[bool, bool]] = []
    analyse = window.worker.analyse

    def recording(*args: Any) -> None:
        shown_at_start.append((window.panes["advice"].view.shown(), window.panes["response"].view.shown()))
        analyse(*args)

    window.worker.analyse = recording
    open_and_wait(qtbot, window, *example)
    assert shown_at_start == [(True, True)]
    assert window.comparison() is not None


def test_a_hidden_window_analyses_at_once(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window()
    window.hide()
    submitted: list[int] = []
    analyse = window.worker.analyse
    window.worker.analyse = lambda gen, *rest: (submitted.append(gen), analyse(gen, *rest))
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.open_pair(*example)
        assert submitted == [window.pair.generation]
    assert window.comparison() is not None


def test_cancelling_before_the_first_pages_are_shown_stops_the_analysis(
    qtbot: Any, make_window: Any, example: tuple[Path, Path]
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.open_pair(*example)
        window.loader.act_cancel.trigger()
    assert not window.pair.analysing
    assert window.comparison() is None
    assert window.dialogs.errors and "cancelled" in window.dialogs.errors[-1]


def test_a_side_that_cannot_be_opened_does_not_hold_up_the_analysis(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    window = make_window()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf at all")
    # not started by the fallback: by the advice shown, the response failed
    window.loader._analysis_due.setInterval(600_000)
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.open_pair(example[0], broken)
    assert window.dialogs.errors
