"""Replies cut by selection through the real window: a passage over a page break becomes the reply, a reply is
extended, a section split and two merged; what the window shows is what `compare --data-dir` prints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.gui.conftest import FakeDialogs, open_and_wait

ROOT = Path(__file__).resolve().parents[2]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _squash(text: str) -> str:
    return " ".join(text.split())


def _words(qtbot: Any, view: Any, page: int) -> list[Any]:
    view.go_to_page(page)
    qtbot.waitUntil(lambda: page in view._words, timeout=10_000)
    return list(view._words[page])


def _index(words: list[Any], *texts: str) -> int:
    """The index of the first word of the run of words ``texts``."""
    seq = [w[4] for w in words]
    return next(i for i in range(len(seq)) if seq[i : i + len(texts)] == list(texts))


def _select(qtbot: Any, window: Any, first: tuple[int, tuple[str, ...]], last: tuple[int, tuple[str, ...]]) -> str:
    """Select from the words ``first`` (page, words) to the last of the words ``last`` in the response."""
    view = window.panes["response"].view
    a_words, b_words = _words(qtbot, view, first[0]), _words(qtbot, view, last[0])
    a = _index(a_words, *first[1])
    b = _index(b_words, *last[1]) + len(last[1]) - 1
    view.select_words((first[0], a), (last[0], b))
    view.setFocus()
    return str(view.selected_text())


def _key(qtbot: Any, window: Any, key: Qt.Key) -> None:
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        qtbot.keyClick(window.panes["response"].view, key, CTRL_SHIFT)


def test_a_selection_over_a_page_break_becomes_the_reply(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    window = make_window(FakeDialogs())
    open_and_wait(qtbot, window, *example)
    before = {p.number: p for p in window.comparison().pairs}
    window.navigator.select_number("3")
    # the last paragraph of the reply to 2 (p. 4-5) and the first of the reply to 3 (p. 5)
    selected = _select(
        qtbot,
        window,
        (4, ("Nederland", "en", "de", "NAVO-bondgenoten", "blijven")),
        (5, ("blijven", "zoeken", "en", "bepleiten.")),
    )
    assert window.correct.act_cut_reply.isEnabled() and window.correct.act_cut_reply.text().replace("&", "").endswith(
        "recommendation 3"
    )
    _key(qtbot, window, Qt.Key.Key_P)
    pair = window.pair.current_pair()
    assert pair.number == "3" and pair.reply.id == "cut-3" and pair.link == "manual"
    # exactly the passage, the heading it crosses included (its printed number '3.' is the block's label)
    assert _squash(pair.reply.text) == _squash(selected).replace("3. Strategische", "Strategische")
    assert pair.reply.run.pages == [4, 5]
    assert pair.reply.text.startswith("Nederland en de NAVO-bondgenoten") and pair.reply.text.endswith("bepleiten.")
    # the reply to 2 lost its last paragraph, the rest of the old section of 3 is listed as unlinked
    two = next(p for p in window.comparison().pairs if p.number == "2")
    assert two.reply.text == before["2"].reply.text.rsplit("\n\n", 1)[0]
    assert any(r.id == before["3"].reply.id for r in window.comparison().unmatched_replies)
    # marks recomputed on the new text, and drawn where its words are printed
    assert pair.marks and all(pair.reply.text[m.start : m.end] == m.text for m in pair.marks)
    framed = window.panes["response"].view.frames
    assert sorted(framed) == [4, 5]
    assert window.correct.act_undo.isEnabled() and window.correct.act_undo.text() == "&Undo cut reply 3"
    shot = tmp_path / "cut.png"
    window.grab().save(str(shot))
    assert shot.stat().st_size > 10_000
    window.close()
    # the stored correction is a quote, and `compare --data-dir` prints the same reply
    run = subprocess.run(
        [sys.executable, "-m", "weerwoord.cli", "compare", *map(str, example), "--data-dir", str(tmp_path / "data")],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    printed = next(p for p in json.loads(run.stdout)["pairs"] if p["number"] == "3")
    assert printed["reply"]["text"] == pair.reply.text and printed["verdict"] == pair.verdict
    assert [m["text"] for m in printed["marks"]] == [m.text for m in pair.marks]


def test_extend_split_and_merge(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window(FakeDialogs())
    open_and_wait(qtbot, window, *example)
    before = {p.number: p for p in window.comparison().pairs}
    # split the section of 4 at its second paragraph: two sections, the second unlinked
    second_paragraph = before["4"].reply.text.split("\n\n")[1]
    first_words = tuple(second_paragraph.split()[:4])
    page = before["4"].reply.run.slice(before["4"].reply.text.index(second_paragraph), len(before["4"].reply.text)).page
    window.navigator.select_number("4")
    _select(qtbot, window, (page, first_words), (page, first_words))
    _key(qtbot, window, Qt.Key.Key_B)
    four = window.pair.current_pair()
    assert four.reply.id == before["4"].reply.id and second_paragraph not in four.reply.text
    rest = next(r for r in window.comparison().unmatched_replies if r.id == f"{four.reply.id}b")
    assert rest.text.startswith(second_paragraph)
    assert window.correct.act_undo.text() == "&Undo split section"
    # merge it back: the reply to 4 and the section selected in
    _select(qtbot, window, (page, first_words), (page, first_words))
    _key(qtbot, window, Qt.Key.Key_J)
    four = window.pair.current_pair()
    assert four.reply.id == "cut-4" and _squash(four.reply.text) == _squash(before["4"].reply.text)
    assert four.reply.heading == before["4"].reply.heading
    assert not any(r.text.startswith(second_paragraph) for r in window.comparison().unmatched_replies)
    # extend the reply to 4 with the first paragraph of the reply to 5
    five = before["5"].reply
    opening = five.text.split("\n\n")[0].split()
    _select(qtbot, window, (five.run.page, tuple(opening[:4])), (five.run.page, tuple(opening[-3:])))
    _key(qtbot, window, Qt.Key.Key_X)
    four = window.pair.current_pair()
    assert _squash(four.reply.text).endswith(_squash(five.text.split("\n\n")[0]))
    five_now = next(p for p in window.comparison().pairs if p.number == "5")
    assert five_now.reply is not None and not five_now.reply.text.startswith(five.text.split("\n\n")[0])
    assert window.dialogs.errors == []
    # undo goes back step by step
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_undo.trigger()
    assert window.pair.current_pair().reply.id == "cut-4"
    assert _squash(window.pair.current_pair().reply.text) == _squash(before["4"].reply.text)
