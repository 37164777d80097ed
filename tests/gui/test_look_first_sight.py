"""First sight: the window's first size, pages fitted to their panes, the last pair and scroll restored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSettings

from tests.gui.conftest import DOCS, FakeDialogs, open_and_wait
from weerwoord.gui import window_state

ADVICE = DOCS / "nl_twocol_advice.pdf"
RESPONSE = DOCS / "nl_twocol_response.pdf"


def test_first_geometry_takes_most_of_the_screen_and_fills_a_small_one() -> None:
    rect, maximised = window_state.first_geometry(QRect(0, 0, 1600, 1000))
    assert (rect.width(), rect.height()) == (1440, 900)
    assert rect.center() == QRect(0, 0, 1600, 1000).center()
    assert not maximised
    _, maximised = window_state.first_geometry(QRect(0, 0, 1366, 740))
    assert maximised  # a 1366×768 laptop: every pixel is needed


def test_first_start_sizes_the_window_to_the_screen_then_restores_it(qtbot: Any, tmp_path: Path) -> None:
    from weerwoord.gui.window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, str(tmp_path / "data"), FakeDialogs())
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert abs(window.width() - round(available.width() * 0.9)) <= 2
    assert abs(window.height() - round(available.height() * 0.9)) <= 2
    window.show()
    sizes = window.ui.splitter.sizes()
    assert abs(sizes[1] - sizes[2]) <= 3 and 330 <= sizes[0] <= 480  # two equal panes beside the sidebar
    window.resize(700, 500)
    window.close()
    again = MainWindow(settings, str(tmp_path / "data"), FakeDialogs())
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    again.close()


def test_pages_fit_the_pane_width_when_the_window_grows(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    view = window.panes["advice"].view
    before = view.scale()
    window.resize(1800, 1000)
    qtbot.waitUntil(lambda: view.scale() > before * 1.05, timeout=5000)
    page_width = max(w for w, _ in view._sizes) * view.scale()
    assert abs(page_width - (view.viewport().width() - 24)) <= 2  # fit width, no Ctrl+0 needed


def test_the_last_pair_and_scroll_positions_come_back(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    numbers = [p.number for p in window.comparison().pairs]
    window.navigator.select_number(numbers[3])
    view = window.panes["response"].view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    where = view.anchor()
    window.close()
    again = make_window()
    open_and_wait(qtbot, again, ADVICE, RESPONSE)
    assert again.current_number() == numbers[3]
    page, frac = again.panes["response"].view.anchor()
    assert page == where[0] and abs(frac - where[1]) < 0.02
