"""Bad input shows one clear dialog and never crashes; what can be displayed still is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.gui.conftest import DOCS, FakeDialogs


def _open(qtbot: Any, window: Any, advice: Path, response: Path, **kw: Any) -> None:
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.open_pair(advice, response, **kw)


def test_a_damaged_file_shows_one_dialog(qtbot: Any, make_window: Any) -> None:
    dialogs = FakeDialogs()
    window = make_window(dialogs)
    _open(qtbot, window, DOCS / "random.pdf", DOCS / "en_conclusions_response.pdf")
    assert len(dialogs.errors) == 1
    assert "random.pdf" in dialogs.errors[0]
    assert window.panes["advice"].view.page_count == 0
    assert window.panes["response"].view.page_count > 0  # the good document still displays


def test_no_recommendations_still_displays_both(qtbot: Any, make_window: Any) -> None:
    dialogs = FakeDialogs()
    window = make_window(dialogs)
    _open(qtbot, window, DOCS / "no_recommendations.pdf", DOCS / "en_conclusions_response.pdf")
    assert len(dialogs.errors) == 1
    assert "ecommendation" in dialogs.errors[0]
    assert window.panes["advice"].view.page_count > 0
    assert window.panes["response"].view.page_count > 0
    assert window.pairs_model.rowCount() == 0


def test_a_protected_file_asks_for_its_password(qtbot: Any, make_window: Any) -> None:
    dialogs = FakeDialogs()
    dialogs.password_answer = "geheim"
    window = make_window(dialogs)
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.open_pair(DOCS / "protected.pdf", DOCS / "en_conclusions_response.pdf")
    qtbot.waitUntil(lambda: window.comparison() is not None, timeout=60_000)
    assert dialogs.password_asked and dialogs.password_asked[0][0] == "protected.pdf"
    assert dialogs.errors == []
    assert window.panes["advice"].view.page_count > 0
    assert len(window.comparison().pairs) > 0


def test_a_missed_recommendation_can_be_added_from_a_selection(qtbot: Any, make_window: Any) -> None:
    dialogs = FakeDialogs()
    window = make_window(dialogs)
    _open(qtbot, window, DOCS / "no_recommendations.pdf", DOCS / "en_conclusions_response.pdf")
    view = window.panes["advice"].view
    page = view.visible_pages()[0]
    qtbot.waitUntil(lambda: page in view._words, timeout=10_000)
    words = view._words[page]
    view.select_words((page, 0), (page, min(12, len(words) - 1)))
    assert window.correct.act_add_rec.isEnabled()
    dialogs.number_answer = "1"
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_add_rec.trigger()
    pair = window.pair.current_pair()
    assert pair is not None and pair.number == "1" and pair.recommendation.manual
    assert sorted(view.frames) == [page]
