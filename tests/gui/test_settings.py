"""What the window remembers: the pair to start with, recent pairs, zoom; and page navigation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent

from tests.gui.conftest import DOCS, open_and_wait
from weerwoord.gui.main import start_pair

ADVICE = DOCS / "en_conclusions_advice.pdf"
RESPONSE = DOCS / "en_conclusions_response.pdf"


def test_first_start_shows_the_example_then_the_last_pair(
    qtbot: Any, make_window: Any, example: tuple[Path, Path]
) -> None:
    window = make_window()
    assert start_pair(window) == (str(example[0]), str(example[1]))
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    assert not window.ui.banner.isVisible()
    window.close()
    again = make_window()
    assert start_pair(again) == (str(ADVICE.resolve()), str(RESPONSE.resolve()))
    assert again.recent_pairs()[0] == (str(ADVICE.resolve()), str(RESPONSE.resolve()))


def test_the_example_says_it_is_a_reconstruction(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window()
    open_and_wait(qtbot, window, *example)
    assert window.ui.banner.isVisible()
    assert "reconstruction" in window.ui.banner.text()


def test_zoom_is_remembered(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    view = window.panes["advice"].view
    fit = view.scale()
    window.view_commands.act_zoom_in.trigger()
    assert view.zoom_mode == "custom" and view.scale() > fit
    zoomed = view.scale()
    window.close()
    again = make_window()
    assert again.panes["advice"].view.zoom_mode == "custom"
    assert abs(again.panes["advice"].view.custom_zoom - zoomed) < 1e-6
    again.view_commands.act_fit_width.trigger()
    assert again.panes["advice"].view.zoom_mode == "width"


def test_ctrl_wheel_zooms_and_page_box_goes_to_page(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    pane = window.panes["advice"]
    before = pane.view.scale()
    wheel = QWheelEvent(
        QPointF(50, 50),
        QPointF(pane.view.mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    pane.view.wheelEvent(wheel)
    assert pane.view.scale() > before
    last = pane.view.page_count
    pane.page.setValue(last)
    assert last in pane.view.visible_pages()
    qtbot.waitUntil(pane.view.is_painted, timeout=10_000)
