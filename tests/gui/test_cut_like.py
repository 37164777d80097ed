"""Cut the other replies like this one, through the real window and dialog: the analysis cuts the response as one
section; the reader cuts the reply to 1 by a selection and has the other eight proposed, each taken with Enter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.gui.conftest import FakeDialogs, answer_modal, open_and_wait
from tests.gui.test_repair import ADVICE, EXPECTED, RESPONSE, Counter, RealDialogs
from weerwoord.core.analysis import by_paragraph
from weerwoord.core.analysis import compare as compare_module
from weerwoord.core.analysis.compare import compare
from weerwoord.core.model import Document, Reply, TextRun
from weerwoord.gui.proposals_dialog import ProposalsDialog

ROOT = Path(__file__).resolve().parents[2]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _squash(text: str) -> str:
    return " ".join(text.split())


def one_section(monkeypatch: pytest.MonkeyPatch) -> None:
    """The analysis reads the whole response after its introduction as one reply section."""

    def one(response: Document, *_: Any) -> list[Reply]:
        blocks = response.blocks
        first = next(i for i, b in enumerate(blocks) if b.run.text.startswith("Recommendation 1:"))
        return [Reply("r1", None, TextRun.concat([b.run for b in blocks[first:]], sep="\n\n"))]

    monkeypatch.setattr(compare_module.sections, "find_replies", one)
    monkeypatch.setattr(by_paragraph, "paragraph_replies", one)  # (the other cuts the analysis weighs: none)
    monkeypatch.setattr(by_paragraph, "advice_part_replies", lambda *_: [])
    monkeypatch.setattr(by_paragraph, "crowded_cut", lambda replies, *_: replies)
    monkeypatch.setattr(compare_module.table_replies, "table_row_replies", lambda *_: {})


def test_the_other_replies_cut_like_the_first_in_few_actions(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline = {p.number: p for p in compare(ADVICE, RESPONSE).pairs}  # the analysis cutting the response itself
    one_section(monkeypatch)
    window = make_window(RealDialogs())
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    assert {r.id for p in window.comparison().pairs if (r := p.reply)} | {
        r.id for r in window.comparison().unmatched_replies
    } == {"r1"}
    assert not window.correct.act_cut_like.isEnabled()  # nothing cut by hand yet
    act = Counter(qtbot, window)
    view = window.panes["response"].view
    act.click_pair("1")
    page = 1
    qtbot.waitUntil(lambda: page in view._words, timeout=10_000)
    texts = [w[4] for w in view._words[page]]
    first = next(i for i in range(len(texts) - 1) if texts[i : i + 2] == ["Recommendation", "1:"])
    last = next(i for i in range(len(texts) - 1) if texts[i : i + 2] == ["Recommendation", "2:"]) - 1
    act.drag(view, page, first, last)
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        act.chord(view, Qt.Key.Key_P, CTRL_SHIFT)
    assert window.pair.current_pair().reply.id == "cut-1" and window.correct.act_cut_like.isEnabled()

    def each(dialog: QWidget) -> None:
        assert isinstance(dialog, ProposalsDialog) and dialog.windowTitle() == "More replies like these"
        assert [p.number for p in dialog.proposals] == [str(n) for n in range(2, 10)]
        assert dialog.heading.text() == "Reply to recommendation 2 (p. 1)"
        assert dialog.body.text().startswith("Recommendation 2: Recycled content")
        for _ in dialog.proposals:
            act.chord(dialog, Qt.Key.Key_Return)

    answered = answer_modal(qtbot, each)
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        act.chord(window.ui.pairs_view, Qt.Key.Key_O, CTRL_SHIFT)
    assert answered
    print(f"\nreplies cut in {act.count} actions")
    assert act.count == 12
    pairs = {p.number: p for p in window.comparison().pairs}
    for want in EXPECTED["recommendations"]:
        pair, base = pairs[want["number"]], baseline[want["number"]]
        assert pair.reply is not None and pair.reply.id == f"cut-{pair.number}" and pair.link == "manual"
        assert want["reply_contains"] in _squash(pair.reply.text)
        assert _squash(pair.reply.text).endswith(_squash(base.reply.text))  # its heading, then the reply
        assert pair.verdict == base.verdict
    assert not window.comparison().unmatched_replies
    assert window.correct.act_undo.text() == "&Undo cut replies 2, 3, 4, 5, 6, 7, 8, 9"
    window.close()

    monkeypatch.undo()  # `compare --data-dir` in a fresh process: the real analysis with the stored cuts
    run = subprocess.run(
        [sys.executable, "-m", "weerwoord.cli", "compare", str(ADVICE), str(RESPONSE),
         "--data-dir", str(tmp_path / "data")],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    printed = {p["number"]: p for p in json.loads(run.stdout)["pairs"]}
    assert {n: p["reply"]["text"] for n, p in printed.items()} == {n: p.reply.text for n, p in pairs.items()}


def test_with_nothing_cut_by_hand_it_says_how_to_begin(
    qtbot: Any, make_window: Any, example: tuple[Path, Path]
) -> None:
    window = make_window(FakeDialogs())
    open_and_wait(qtbot, window, *example)
    window.correct.cuts.cut_like()
    assert window.dialogs.infos and window.dialogs.infos[-1].startswith("Select the reply to a recommendation")
    assert not window.pair.analysing and window.pair.corrections.is_empty()
