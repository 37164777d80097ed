"""The main window over the shipped example: pairs framed in both panes, marks, keys, corrections, search."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication

from tests.gui.conftest import FakeDialogs, open_and_wait, select_in_reply
from weerwoord.gui import theme
from weerwoord.gui.dialogs import NO_REPLY


def _frame_in_view(view: Any, frames: dict[int, list[Any]]) -> bool:
    """Some framed line is inside the visible part of the view."""
    area = QRectF(view.viewport().rect())
    return any(area.intersects(view.to_view(page, r)) for page, rects in frames.items() for r in rects)


def test_each_pair_is_framed_in_both_panes(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window()
    open_and_wait(qtbot, window, *example)
    comparison = window.comparison()
    assert len(comparison.pairs) >= 5
    advice, response = window.panes["advice"].view, window.panes["response"].view
    for pair in comparison.pairs:
        assert window.navigator.select_number(pair.number)
        qtbot.wait(1)
        rec_pages = [s.page for s in pair.recommendation.run.spans()]
        assert sorted(advice.frames) == sorted(rec_pages)
        assert rec_pages[0] in advice.visible_pages()
        assert _frame_in_view(advice, advice.frames)
        assert window.panes["advice"].page.value() in rec_pages or rec_pages[0] in advice.visible_pages()
        if pair.reply is None:
            assert response.frames == {}
            continue
        reply_pages = [s.page for s in pair.reply.all_spans()]
        assert sorted(response.frames) == sorted(reply_pages)
        assert reply_pages[0] in response.visible_pages()
        assert _frame_in_view(response, response.frames)
        assert window.ui.detail.title.text().endswith(pair.number)


def test_overlay_holds_the_pairs_marks(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window()
    open_and_wait(qtbot, window, *example)
    view = window.panes["response"].view
    drawn = {(h.page, h.rects, h.category) for h in view.highlights}
    marked = [p for p in window.comparison().pairs if p.marks]
    assert marked, "the example's replies contain stance phrases"
    for pair in marked:
        window.navigator.select_number(pair.number)
        assert window.ui.detail.marks.count() == len(pair.marks)
        for mark in pair.marks:
            for span in mark.spans:
                assert (span.page, tuple(span.rects), mark.category) in drawn
    # hovering text names the category and the phrase, not the internal rule id
    first = marked[0].marks[0]
    tip = next(h.tooltip for h in view.highlights if h.rects == tuple(first.spans[0].rects))
    assert first.text in tip and theme.category_word(first.category) in tip and first.rule not in tip
    # a category can be hidden from the legend
    window.view_commands.act_legend[first.category].setChecked(False)
    assert first.category in view.hidden_categories
    window.view_commands.act_legend[first.category].setChecked(True)
    assert first.category not in view.hidden_categories


def test_keyboard_steps_through_pairs(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window()
    open_and_wait(qtbot, window, *example)
    numbers = [p.number for p in window.comparison().pairs]
    window.ui.pairs_view.setFocus()
    assert window.current_number() == numbers[0]
    qtbot.keyClick(window.ui.pairs_view, Qt.Key.Key_F6)
    assert window.current_number() == numbers[1]
    qtbot.keyClick(window.ui.pairs_view, Qt.Key.Key_J)
    assert window.current_number() == numbers[2]
    qtbot.keyClick(window.ui.pairs_view, Qt.Key.Key_K)
    assert window.current_number() == numbers[1]
    qtbot.keyClick(window.ui.pairs_view, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_number() == numbers[0]
    qtbot.keyClick(window.ui.pairs_view, Qt.Key.Key_K)  # stays on the first
    assert window.current_number() == numbers[0]
    # the arrow keys of the list select too, and the panes follow
    qtbot.keyClick(window.ui.pairs_view, Qt.Key.Key_Down)
    assert window.current_number() == numbers[1]
    pair = window.pair.current_pair()
    assert sorted(window.panes["advice"].view.frames) == [s.page for s in pair.recommendation.run.spans()]


def test_relink_persists_in_a_new_window(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path, capsys: Any
) -> None:
    dialogs = FakeDialogs()
    window = make_window(dialogs)
    open_and_wait(qtbot, window, *example)
    first = window.comparison().pairs[0]
    assert first.reply is not None
    window.navigator.select_number(first.number)
    dialogs.reply_choice = NO_REPLY
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_relink.trigger()
    pair = window.pair.current_pair()
    assert pair.number == first.number and pair.reply is None and pair.link == "manual"
    assert window.pairs_model.entries[window.ui.pairs_view.currentIndex().row()].manual
    window.close()

    again = make_window(FakeDialogs())
    open_and_wait(qtbot, again, *example)
    pair = again.comparison().pairs[0]
    assert pair.reply is None and pair.link == "manual"
    # what `compare --data-dir` prints is what the window shows
    from weerwoord.cli import main

    capsys.readouterr()
    assert main(["compare", str(example[0]), str(example[1]), "--data-dir", str(tmp_path / "data")]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["pairs"][0]["reply"] is None and printed["pairs"][0]["link"] == "manual"
    # undo brings the automatic link back
    again.navigator.select_number(pair.number)
    with qtbot.waitSignal(again.analysisFinished, timeout=30_000):
        again.correct.act_undo.trigger()
    assert again.pair.current_pair().reply is not None


def test_verdict_override_and_reset(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    dialogs = FakeDialogs()
    window = make_window(dialogs)
    open_and_wait(qtbot, window, *example)
    number = window.comparison().pairs[1].number
    window.navigator.select_number(number)
    dialogs.verdict_choice = ("disagrees", "only words, no money")
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_verdict.trigger()
    pair = window.pair.current_pair()
    assert pair.verdict == "disagrees" and pair.verdict_manual and "no money" in pair.reason
    assert window.correct.act_reset_pair.isEnabled()
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_reset_pair.trigger()
    assert not window.pair.current_pair().verdict_manual


def test_search_finds_a_phrase_in_both_documents(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window()
    open_and_wait(qtbot, window, *example)
    window.searcher.act_find.trigger()
    assert window.ui.sidebar.currentWidget() is window.ui.search_panel
    window.ui.search_panel.edit.setText("Brundtland")
    with qtbot.waitSignal(window.worker.searched, timeout=20_000):
        qtbot.keyClick(window.ui.search_panel.edit, Qt.Key.Key_Return)
    sides = {h.side for h in window.searcher.search_hits}
    assert sides == {"advice", "response"}
    assert window.searcher.search_index == 0
    assert window.panes["advice"].view.search_hits or window.panes["response"].view.search_hits
    window.searcher.act_find_next.trigger()
    assert window.searcher.search_index == 1 % len(window.searcher.search_hits)
    window.searcher.act_find_prev.trigger()
    assert window.searcher.search_index == 0
    tree = window.ui.search_panel.tree
    assert tree.topLevelItemCount() == 2
    assert tree.topLevelItem(0).childCount() + tree.topLevelItem(1).childCount() == len(window.searcher.search_hits)


def test_selection_copies_clean_text(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window()
    open_and_wait(qtbot, window, *example)
    view = window.panes["response"].view
    page = view.visible_pages()[0]
    qtbot.waitUntil(lambda: page in view._words, timeout=10_000)
    view.select_all_on_page(page)
    assert view.has_selection()
    view.setFocus()
    window.page_commands.act_copy.trigger()
    text = QGuiApplication.clipboard().text()
    assert len(text) > 100
    assert "-\n" not in text


def test_add_mark_from_a_selection(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window()
    open_and_wait(qtbot, window, *example)
    pair = next(p for p in window.comparison().pairs if p.reply is not None)
    assert len(select_in_reply(qtbot, window, pair.number, count=2).split()) == 2
    before = len(pair.marks)
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_add_marks["reservation"].trigger()
    after = window.pair.current_pair()
    assert len(after.marks) == before + 1
    assert any(m.manual and m.category == "reservation" for m in after.marks)


def test_screenshot_command_writes_a_picture(tmp_path: Path, example: tuple[Path, Path]) -> None:
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "weerwoord",
            "open",
            str(example[0]),
            str(example[1]),
            "--data-dir",
            str(tmp_path / "data"),
            "--screenshot",
            str(out),
            "--pair",
            "2",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1000)


def test_screenshot_of_a_bad_file_is_an_error(tmp_path: Path, example: tuple[Path, Path]) -> None:
    import os
    import subprocess
    import sys

    bad = Path(__file__).resolve().parents[1] / "docs" / "random.pdf"
    out = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [sys.executable, "-m", "weerwoord", "open", str(bad), str(example[1]), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 3
    assert done.stderr.startswith("error: ")
    assert not out.exists()
