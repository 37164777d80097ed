"""Selecting text: a click selects nothing, Escape clears, one pane's selection clears the other's, F7 caret."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import DOCS, open_and_wait

ADVICE = DOCS / "nl_twocol_advice.pdf"
RESPONSE = DOCS / "nl_twocol_response.pdf"


def _word_point(view: Any, page: int, index: int) -> QPoint:
    w = view._words[page][index]
    return view.to_view(page, (w[0], w[1], w[2], w[3])).center().toPoint()


def _reply_word(qtbot: Any, window: Any) -> tuple[Any, int, int]:
    pair = window.pair.current_pair()
    span = pair.reply.run.spans()[0]
    view = window.panes["response"].view
    view.ensure_visible(span.page, span.rects[0])
    qtbot.waitUntil(lambda: span.page in view._words, timeout=10_000)
    words = view._words[span.page]
    line = span.rects[0]
    index = next(
        i for i, w in enumerate(words) if w[0] >= line[0] - 1 and line[1] - 1 <= (w[1] + w[3]) / 2 <= line[3] + 1
    )
    return view, span.page, index


def test_a_click_selects_nothing_a_drag_does_and_escape_clears(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    view, page, index = _reply_word(qtbot, window)
    start, end = _word_point(view, page, index), _word_point(view, page, index + 2)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert not view.has_selection()
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(view.viewport(), end)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert len(view.selected_text().split()) == 3
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert view.selected_text() == view._words[page][index][4]
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not view.has_selection()


def test_a_selection_in_one_pane_clears_the_other(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    view, page, index = _reply_word(qtbot, window)
    view.select_words((page, index), (page, index + 3))
    assert window.correct.act_link_selection.isEnabled()
    advice = window.panes["advice"].view
    first = advice.visible_pages()[0]
    qtbot.waitUntil(lambda: first in advice._words, timeout=10_000)
    middle = len(advice._words[first]) // 2
    advice.select_words((first, middle), (first, middle + 2))
    assert advice.has_selection() and not view.has_selection()
    assert not window.correct.act_link_selection.isEnabled()  # no stale selection drives "Link to selected reply"


def test_f7_caret_selects_word_by_word_from_the_keyboard(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    view, page, index = _reply_word(qtbot, window)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_F7)
    assert view.caret_mode and "F7" in window.ui.status_label.text()
    view.caret = (page, index)
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    words = view._words[page]
    assert view.selected_text() == " ".join(w[4] for w in words[index : index + 4])
    assert all(act.isEnabled() for act in window.correct.act_add_marks.values())  # "Mark selection as …" from the keys
    QTest.keyClick(view, Qt.Key.Key_Down)  # a plain arrow moves the caret and drops the selection
    assert not view.has_selection() and view.caret is not None
    here, there = words[index + 3], view._words[view.caret[0]][view.caret[1]]
    assert there[1] > here[1]  # on a lower line
    QTest.keyClick(view, Qt.Key.Key_F7)
    assert not view.caret_mode
