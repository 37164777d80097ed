"""Marks the reader adds in the window are kept as their words: after a re-analysis that cuts the response
otherwise the window shows them on the same words; marks stored by offset are migrated when the pair opens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.core.test_mark_anchors import WORDS, recut_otherwise
from tests.gui.conftest import FakeDialogs, open_and_wait
from tests.gui.test_cut_replies import _select
from weerwoord.core.keeping import store
from weerwoord.core.keeping.corrections import Corrections
from weerwoord.core.reading import reader

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _manual(window: Any, number: str) -> list[Any]:
    pair = next(p for p in window.comparison().pairs if p.number == number)
    return [m for m in pair.marks if m.manual]


def _drawn(window: Any, mark: Any) -> bool:
    """The mark is drawn on the response where its words are printed."""
    view = window.panes["response"].view
    return any(
        h.category == mark.category and (h.page, h.rects) == (s.page, s.rects)
        for s in mark.spans
        for h in view.highlights
    )


def test_a_mark_added_in_the_window_is_on_the_same_words_after_the_response_is_cut_otherwise(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    window = make_window(FakeDialogs(), data_dir=data)
    open_and_wait(qtbot, window, *example)
    window.navigator.select_number("4")
    run = window.pair.current_pair().reply.run
    page = run.slice(run.text.index(WORDS), len(run.text)).page
    selected = _select(qtbot, window, (page, ("evenwichtige", WORDS)), (page, (WORDS,)))
    assert selected.split() == ["evenwichtige", WORDS]
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        qtbot.keyClick(window.panes["response"].view, Qt.Key.Key_3, CTRL_SHIFT)  # disagreement
    [mark] = _manual(window, "4")
    assert (mark.category, mark.text) == ("disagreement", f"evenwichtige {WORDS}") and _drawn(window, mark)
    spans, offset = mark.spans, mark.start
    shas = tuple(reader.sha256_of(p) for p in example)
    stored = store.load_corrections(data, *shas).to_json()["added_marks"]
    assert [m["anchor"]["exact"] for m in stored] == [f"evenwichtige {WORDS}"]
    window.close()

    recut_otherwise(monkeypatch)  # a new version of the analysis: sections cut and numbered otherwise
    again = make_window(FakeDialogs(), data_dir=data)
    open_and_wait(qtbot, again, *example)
    again.navigator.select_number("4")
    pair = again.pair.current_pair()
    assert pair.reply.id.startswith("s")
    [moved] = _manual(again, "4")
    assert pair.reply.text[moved.start : moved.end] == f"evenwichtige {WORDS}" and moved.start != offset
    assert moved.spans == spans and _drawn(again, moved)
    assert not again.ui.notice.isVisible() or "no longer fit" not in again.ui.notice.text.text()


def test_marks_stored_by_offset_are_migrated_when_the_pair_opens(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    window = make_window(FakeDialogs(), data_dir=data)
    open_and_wait(qtbot, window, *example)
    four = next(p for p in window.comparison().pairs if p.number == "4").reply
    window.close()
    start = four.text.index(WORDS)
    legacy = {  # as an earlier Weerwoord stored them: by reply id and offsets into its text
        "added_marks": [
            {"number": "4", "reply_id": four.id, "start": start, "end": start + len(WORDS), "category": "commitment"},
            {"number": "6", "reply_id": "r99", "start": 0, "end": 10, "category": "agreement"},
        ]
    }
    shas = tuple(reader.sha256_of(p) for p in example)
    with store.open_store(data) as s:
        s.save_corrections(*shas, Corrections.from_json(legacy))

    window = make_window(FakeDialogs(), data_dir=data)
    open_and_wait(qtbot, window, *example)
    [mark] = _manual(window, "4")
    assert mark.text == WORDS
    notice = window.ui.notice.text.text()
    assert "a mark you added to the reply to recommendation 6, whose section has changed" in notice
    kept = store.load_corrections(data, *shas).to_json()["added_marks"]
    assert kept[0]["anchor"]["exact"] == WORDS and kept[1] == legacy["added_marks"][1]  # none lost
    with store.open_store(data) as s:  # stored in the same version: one undo still goes back to nothing
        assert s.undo_corrections(*shas) is not None and not s.can_undo(*shas)
        s.redo_corrections(*shas)
    window.close()

    recut_otherwise(monkeypatch)
    again = make_window(FakeDialogs(), data_dir=data)
    open_and_wait(qtbot, again, *example)
    [moved] = _manual(again, "4")
    assert moved.text == WORDS and moved.spans == mark.spans
    assert "recommendation 6, whose section has changed" in again.ui.notice.text.text()  # still named, still kept
    assert store.load_corrections(data, *shas).to_json()["added_marks"] == kept
