"""File ▸ Register of recommendations… opens the register; a row opened there opens its pair in the window."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.conftest import DOCS, open_and_wait


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support propagateSizeHints")
def test_the_register_opens_a_pair_at_its_recommendation(qtbot: Any, make_window: Any, example: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, *example)
    register = window.show_register()
    assert register.isVisible()
    advice, response = DOCS / "en_labelled_advice.pdf", DOCS / "en_labelled_response.pdf"
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        register.openPair.emit(str(advice), str(response), "3")
    assert window.pair.paths["advice"] == str(advice)
    assert window.current_number() == "3"
    assert window.show_register() is register  # one register window, hooked once
    register.close()
