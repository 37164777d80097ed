"""Every correction command through the real window and the real dialogs; a slot that raises fails a test."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog, QLineEdit, QWidget

from tests.gui.conftest import DOCS, FakeDialogs, answer_modal, open_and_wait, select_in_reply
from weerwoord.gui.dialogs import ChooseReplyDialog, Dialogs, VerdictDialog

ROOT = Path(__file__).resolve().parents[2]


def _choose(reply_id: str) -> Any:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ChooseReplyDialog)
        for row in range(dialog.list.count()):
            if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) == reply_id:
                dialog.list.setCurrentRow(row)
        dialog.accept()

    return fill


def test_link_to_reply_opens_the_real_dialog(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window(Dialogs())
    open_and_wait(qtbot, window, *example)
    first, second = window.comparison().pairs[:2]
    assert first.reply is not None and second.reply is not None and first.reply.id != second.reply.id
    window.navigator.select_number(first.number)
    answered = answer_modal(qtbot, _choose(second.reply.id))
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_relink.trigger()
    assert len(answered) == 1 and answered[0].parent() is window
    pair = window.pair.current_pair()
    assert pair.number == first.number and pair.reply.id == second.reply.id and pair.link == "manual"


def test_cancelling_the_dialog_changes_nothing(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window(Dialogs())
    open_and_wait(qtbot, window, *example)
    before = window.pair.current_pair().reply.id
    answered = answer_modal(qtbot, lambda d: d.reject())
    window.correct.act_relink.trigger()
    assert len(answered) == 1 and isinstance(answered[0], ChooseReplyDialog)
    assert not window.pair.analysing and window.pair.corrections.is_empty()
    assert window.pair.current_pair().reply.id == before


def test_set_verdict_through_the_real_dialog(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window(Dialogs())
    open_and_wait(qtbot, window, *example)
    number = window.comparison().pairs[1].number
    window.navigator.select_number(number)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, VerdictDialog)
        combo = dialog.findChild(QComboBox)
        combo.setCurrentIndex(combo.findData("disagrees"))
        qtbot.keyClicks(dialog.reason, "only words, no money")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Return accepts: the default button

    answered = answer_modal(qtbot, fill)
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_verdict.trigger()
    assert answered and answered[0].result() == QDialog.DialogCode.Accepted
    pair = window.pair.current_pair()
    assert (pair.number, pair.verdict, pair.verdict_manual) == (number, "disagrees", True)
    assert pair.reason == "only words, no money"


def test_make_recommendation_through_the_real_dialog(qtbot: Any, make_window: Any) -> None:
    window = make_window(Dialogs())
    # an advice in which the analysis finds no recommendation: the real message says so, and is closed
    told = answer_modal(qtbot, lambda box: box.accept())
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.open_pair(DOCS / "no_recommendations.pdf", DOCS / "en_conclusions_response.pdf")
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    assert "ecommendation" in told[0].text()
    qtbot.waitUntil(lambda: window.pair.analysed is not None, timeout=60_000)
    view = window.panes["advice"].view
    page = view.visible_pages()[0]
    qtbot.waitUntil(lambda: page in view._words, timeout=10_000)
    view.select_words((page, 0), (page, min(12, len(view._words[page]) - 1)))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        edit = dialog.findChild(QLineEdit)
        edit.selectAll()
        qtbot.keyClicks(edit, "7")
        typed.append(edit.text())
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    typed: list[str] = []

    answered = answer_modal(qtbot, fill)
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_add_rec.trigger()
    assert answered
    pair = window.pair.current_pair()
    assert typed == ["7"], typed
    assert pair.number == "7" and pair.recommendation.manual


def test_unanswered_selection_link_marks_and_reset(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    """The commands without a dialog, on a window whose fake dialogs check their arguments as Qt does."""
    window = make_window(FakeDialogs())
    open_and_wait(qtbot, window, *example)
    first, second = window.comparison().pairs[:2]
    window.navigator.select_number(first.number)
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_unanswered.trigger()
    assert window.pair.current_pair().reply is None
    # link it to the reply the reader selects text in (the second pair's)
    select_in_reply(qtbot, window, second.number)
    window.navigator.select_number(first.number)
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_link_selection.trigger()
    assert window.pair.current_pair().reply.id == second.reply.id
    # a mark added, then removed
    select_in_reply(qtbot, window, second.number, count=2)
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_add_marks["commitment"].trigger()
    pair = window.pair.current_pair()
    added = next(i for i, m in enumerate(pair.marks) if m.manual)
    window.ui.detail.marks.setCurrentRow(added)
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_remove_mark.trigger()
    assert not any(m.manual for m in window.pair.current_pair().marks)
    assert window.dialogs.errors == []


def test_fake_dialogs_refuse_a_parent_qt_would_refuse() -> None:
    import pytest

    with pytest.raises(TypeError, match="QWidget or None"):
        FakeDialogs().verdict(object(), "1", "agrees")


def test_an_exception_in_a_slot_is_collected(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    class Broken(FakeDialogs):
        def choose_reply(self, parent: Any, number: str, replies: Any, current: str | None) -> str | None:
            raise TypeError("broken dialog")

    window = make_window(Broken())
    open_and_wait(qtbot, window, *example)
    with qtbot.captureExceptions() as exceptions:
        window.correct.act_relink.trigger()
    assert [str(e[1]) for e in exceptions] == ["broken dialog"]


def test_an_exception_in_a_slot_fails_the_test(tmp_path: Path) -> None:
    """With this suite's configuration, a test whose slot raises fails, though the test itself raises nothing."""
    (tmp_path / "test_inner.py").write_text(
        textwrap.dedent(
            """
            from PySide6.QtGui import QAction

            def test_slot_raises(qtbot):
                act = QAction()
                act.triggered.connect(lambda: 1 / 0)
                act.trigger()

            def test_slot_fine(qtbot):
                act = QAction()
                act.triggered.connect(lambda: None)
                act.trigger()
            """
        )
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", str(ROOT / "pyproject.toml"),
         "--rootdir", str(tmp_path), str(tmp_path / "test_inner.py")],
        capture_output=True, text=True, cwd=tmp_path, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )  # fmt: skip
    assert run.returncode == 1, run.stdout
    assert "1 failed, 1 passed" in run.stdout
    assert "ZeroDivisionError" in run.stdout and "Exceptions caught in Qt event loop" in run.stdout
