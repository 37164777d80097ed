"""Two sections of the response that answer nothing merged into one reply, and a section split at the caret, through
the real window; what the window shows is what `compare --data-dir` prints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.gui.conftest import FakeDialogs, open_and_wait
from tests.gui.test_cut_replies import _index, _key, _select, _squash, _words

ROOT = Path(__file__).resolve().parents[2]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _unanswered(qtbot: Any, window: Any, number: str) -> None:
    window.navigator.select_number(number)
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        qtbot.keyClick(window.ui.pairs_view, Qt.Key.Key_U, CTRL_SHIFT)


def _first_words(reply: Any, n: int = 4) -> tuple[int, tuple[str, ...]]:
    return reply.run.page, tuple(reply.text.split()[:n])


def _last_words(reply: Any, n: int = 3) -> tuple[int, tuple[str, ...]]:
    return reply.run.pages[-1], tuple(reply.text.split()[-n:])


def test_two_unlinked_sections_merged_then_linked_and_split_at_the_caret(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    window = make_window(FakeDialogs())
    open_and_wait(qtbot, window, *example)
    before = {p.number: p.reply for p in window.comparison().pairs}
    _unanswered(qtbot, window, "5")
    _unanswered(qtbot, window, "6")
    assert {r.id for r in window.comparison().unmatched_replies} == {before["5"].id, before["6"].id}

    # with recommendation 1 selected, a selection from the end of one unlinked section into the next: one section
    window.navigator.select_number("1")
    _select(qtbot, window, _last_words(before["5"]), _first_words(before["6"]))
    assert window.correct.act_merge_sections.isEnabled()
    _key(qtbot, window, Qt.Key.Key_J)
    [merged] = window.comparison().unmatched_replies
    assert merged.id == before["5"].id and merged.heading == before["5"].heading
    between = _squash(before["6"].heading_run.text)  # the heading of the second is text of the merged section
    assert _squash(merged.text) == _squash(f"{before['5'].text} {between} {before['6'].text}")
    assert window.pair.current_number() == "1" and window.pair.current_pair().reply.id == before["1"].id  # untouched
    assert window.correct.act_undo.text() == "&Undo merge sections"

    # linked to 5 by a selection in it: the reply to 5 is both sections
    window.navigator.select_number("5")
    _select(qtbot, window, _first_words(before["6"]), _first_words(before["6"]))
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        qtbot.keyClick(window.panes["response"].view, Qt.Key.Key_K, CTRL_SHIFT)
    five = window.pair.current_pair()
    assert five.reply.id == merged.id and _squash(five.reply.text) == _squash(merged.text)
    assert not window.comparison().unmatched_replies

    # split where the section of 6 began (its heading), at the caret: F7, a click on the word, Ctrl+Shift+B
    view = window.panes["response"].view
    heading = before["6"].heading_run
    page, words = heading.page, tuple(heading.text.split()[:2])
    on_page = _words(qtbot, view, page)
    word = _index(on_page, *words)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F7)
    assert view.caret_mode
    w = on_page[word]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.to_view(page, w[:4]).center().toPoint())
    assert view.caret == (page, word) and not view.has_selection()
    assert window.correct.act_split_section.isEnabled()
    _key(qtbot, window, Qt.Key.Key_B)
    five = next(p for p in window.comparison().pairs if p.number == "5")
    assert _squash(five.reply.text) == _squash(before["5"].text)
    [rest] = window.comparison().unmatched_replies
    assert _squash(rest.text) == _squash(f"{between} {before['6'].text}") and rest.heading == before["6"].heading
    assert window.correct.act_undo.text() == "&Undo split section" and window.dialogs.errors == []
    window.close()

    run = subprocess.run(
        [sys.executable, "-m", "weerwoord.cli", "compare", *map(str, example), "--data-dir", str(tmp_path / "data")],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    printed = json.loads(run.stdout)
    assert next(p for p in printed["pairs"] if p["number"] == "5")["reply"]["text"] == five.reply.text
    assert [r["text"] for r in printed["unmatched_replies"]] == [rest.text]


def test_sections_of_two_recommendations_are_not_merged_by_mistake(
    qtbot: Any, make_window: Any, example: tuple[Path, Path]
) -> None:
    window = make_window(FakeDialogs())
    open_and_wait(qtbot, window, *example)
    before = {p.number: p.reply for p in window.comparison().pairs}
    window.navigator.select_number("1")
    _select(qtbot, window, _last_words(before["2"]), _first_words(before["3"]))
    window.correct.act_merge_sections.trigger()
    assert not window.pair.analysing and window.pair.corrections.is_empty()
    assert window.dialogs.errors == [
        "These sections are the replies to recommendations 2, 3. Select one of them in the list and merge the "
        "others into its reply."
    ]
    # the reply to 1 alone selected: nothing to merge
    _select(qtbot, window, _first_words(before["1"]), _first_words(before["1"]))
    window.correct.act_merge_sections.trigger()
    assert window.pair.corrections.is_empty() and window.dialogs.errors[-1].startswith("Select text that runs from one")
