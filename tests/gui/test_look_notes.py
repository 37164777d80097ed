"""Notes on the page: a marker in the margin beside the note's passage; choosing the note flashes its passage."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.gui.conftest import DOCS, open_and_wait, select_in_reply
from weerwoord.gui import theme

ADVICE = DOCS / "nl_twocol_advice.pdf"
RESPONSE = DOCS / "nl_twocol_response.pdf"


def _marker_pixels(view: Any, page: int, rect: Any) -> int:
    image = view.viewport().grab().toImage()
    r = view.to_view(page, rect)
    left = int(view.page_rect(page).left())
    note = QColor(theme.NOTE_COLOUR)
    return sum(
        1
        for x in range(max(0, left), left + 12)
        for y in range(int(r.top()), int(r.bottom()))
        if 0 <= y < image.height() and theme.contrast(image.pixelColor(x, y), note) < 1.1
    )


def test_a_note_shows_in_the_margin_and_choosing_it_flashes_its_passage(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    view = window.panes["response"].view
    number = window.current_number()
    select_in_reply(qtbot, window, number)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(view.note_marks.values()), timeout=10_000)
    page, rects = next((p, rs) for p, rs in view.note_marks.items() if rs)
    view.ensure_visible(page, rects[0])
    qtbot.waitUntil(view.is_painted, timeout=10_000)
    assert _marker_pixels(view, page, rects[0]) > 20  # the tab, measured on the grabbed page
    # elsewhere, then the note chosen from the Notes tab: the pane goes back and flashes the passage
    view.go_to_page(view.page_count)
    window.notes.show_panel()
    notes_list = window.notes.panel.list
    notes_list.setFocus()
    notes_list.setCurrentRow(-1)
    notes_list.setCurrentRow(0)
    assert view.flashing() is not None and view.flashing()[0] == page
    shown = view.to_view(page, rects[0])
    assert shown.top() >= 0 and shown.bottom() <= view.viewport().height()
