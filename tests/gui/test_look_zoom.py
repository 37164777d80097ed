"""Zoom both panes together (the default) or, with the toggle off, only the pane in use."""

from __future__ import annotations

from typing import Any

from tests.gui.conftest import DOCS, open_and_wait

ADVICE = DOCS / "nl_twocol_advice.pdf"
RESPONSE = DOCS / "nl_twocol_response.pdf"


def test_zoom_per_pane_when_not_together(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    advice, response = window.panes["advice"].view, window.panes["response"].view
    assert window.view_commands.act_zoom_sync.isChecked()
    window.view_commands.act_zoom_in.trigger()
    assert advice.zoom_mode == response.zoom_mode == "custom"
    window.view_commands.act_fit_width.trigger()
    window.view_commands.act_zoom_sync.setChecked(False)
    response.setFocus()
    qtbot.waitUntil(response.hasFocus)
    before = advice.scale()
    window.view_commands.act_zoom_in.trigger()
    assert response.zoom_mode == "custom" and advice.zoom_mode == "width" and advice.scale() == before
    window.view_commands.zoom_step(1, advice)  # Ctrl+wheel over the advice
    assert advice.zoom_mode == "custom"
    window.ui.pairs_view.setFocus()  # the keyboard elsewhere: the pane last used
    qtbot.waitUntil(window.ui.pairs_view.hasFocus)
    window.view_commands.act_fit_width.trigger()
    assert response.zoom_mode == "width" and advice.zoom_mode == "custom"
    window.view_commands.act_zoom_sync.setChecked(True)
    window.view_commands.act_fit_width.trigger()
    assert advice.zoom_mode == response.zoom_mode == "width"
