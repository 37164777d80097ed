"""The repair tools around the corrections, through the real window and real dialogs: hints with their one-click
fix, corrections that no longer fit, Ctrl+Z in the page box, Undo/Redo labels, reset, Find more with skips, and
corrections exported, imported into a fresh data folder and printed the same by `compare --data-dir`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QToolButton, QWidget

from tests.gui.conftest import answer_modal, open_and_wait
from tests.gui.test_repair import ADVICE, RESPONSE, RealDialogs, stripped  # noqa: F401  (a fixture)
from weerwoord.core.analysis import suggest
from weerwoord.core.keeping import store
from weerwoord.core.keeping.corrections import Corrections
from weerwoord.core.reading import reader
from weerwoord.gui.dialogs import Dialogs
from weerwoord.gui.proposals_dialog import ProposalsDialog

ROOT = Path(__file__).resolve().parents[2]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _compare(advice: Path, response: Path, data: Path) -> dict[str, Any]:
    run = subprocess.run(
        [sys.executable, "-m", "weerwoord.cli", "compare", str(advice), str(response), "--data-dir", str(data)],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)  # type: ignore[no-any-return]


def _type_path(qtbot: Any, path: Path) -> Any:
    """Answer a real file dialog as a reader does: put the path in its name box and accept."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.setText(str(path))  # (typed key by key, each '/' makes the dialog open that folder)
        dialog.accept()

    return fill


def _unanswered(qtbot: Any, window: Any, number: str) -> None:
    window.navigator.select_number(number)
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        qtbot.keyClick(window.ui.pairs_view, Qt.Key.Key_U, CTRL_SHIFT)


def test_a_hint_leads_to_its_fix_in_one_click(qtbot: Any, make_window: Any, stripped: None) -> None:  # noqa: F811
    window = make_window(RealDialogs())
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    assert [p.number for p in window.comparison().pairs] == ["1", "2"]
    rows = window.ui.detail.hint_widgets
    assert rows
    qtbot.waitUntil(lambda: all(r.isVisible() for r in rows), timeout=5_000)
    said = rows[0].text()
    assert said == "💡 The response cites recommendations 3, 4, 5, 6, 7, 8, 9, which the list lacks — add them?"
    buttons = rows[1].findChildren(QToolButton)
    assert [b.text() for b in buttons] == [f"Add {n}" for n in range(3, 10)]
    assert buttons[0].accessibleName() == "Add recommendation 3" and "Recommendation 3" in buttons[0].toolTip()
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    pair = window.pair.current_pair()
    assert pair.number == "3" and pair.recommendation.manual
    assert pair.recommendation.text.startswith("ban single-use plastic")
    assert pair.reply is not None  # linked at once, by its number
    said = window.ui.detail.hint_widgets[0].text()
    assert said == "💡 The response cites recommendations 4, 5, 6, 7, 8, 9, which the list lacks — add them?"
    # one left: the sentence names where it is cited
    window.ui.detail.show_hints(suggest.hints(window.comparison())[-1:])
    assert (
        window.ui.detail.hint_widgets[0]
        .text()
        .startswith("💡 The response cites recommendation 9 (under “Recommendation 9")
    )
    assert window.ui.detail.hint_widgets[1].findChild(QToolButton).text() == "Add recommendation 9"


def test_a_correction_that_no_longer_fits_is_shown_and_kept(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shas = reader.sha256_of(example[0]), reader.sha256_of(example[1])
    old = Corrections()
    old.links["2"] = "r99"  # stored by reply id on an analysis that had a section r99
    kept = store.open_store(data)
    kept.save_corrections(*shas, old)
    kept.close()
    window = make_window(RealDialogs(), data_dir=data)
    open_and_wait(qtbot, window, *example)
    assert window.ui.notice.isVisible()
    assert (
        "1 correction no longer fits: the link of recommendation 2 to a section that is no longer there (r99)."
        in window.ui.notice.text.text()
    )
    assert window.pair.current_pair() is not None and window.comparison().pairs[1].reply is not None
    _unanswered(qtbot, window, "5")  # another correction: the one that no longer fits is not dropped
    assert window.pair.corrections.links == {"2": "r99", "5": None}
    assert store.load_corrections(data, *shas).links == {"2": "r99", "5": None}


def test_ctrl_z_in_the_page_box_undoes_the_correction(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window(RealDialogs())
    open_and_wait(qtbot, window, *example)
    before = window.comparison().pairs[4].reply.id
    _unanswered(qtbot, window, "5")
    assert window.pair.current_pair().reply is None
    box = window.panes["response"].page
    box.setFocus()
    qtbot.keyClicks(box.lineEdit(), "3")
    qtbot.waitUntil(lambda: box.lineEdit().hasFocus(), timeout=5_000)
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Z, CTRL)
    assert window.pair.corrections.is_empty() and window.pair.current_pair().reply.id == before
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Y, CTRL)
    assert window.pair.corrections.links == {"5": None}


def test_undo_and_redo_say_what_they_do_and_are_off_when_there_is_nothing(
    qtbot: Any, make_window: Any, example: tuple[Path, Path]
) -> None:
    window = make_window(RealDialogs())
    open_and_wait(qtbot, window, *example)
    undo, redo = window.correct.act_undo, window.correct.act_redo
    assert not undo.isEnabled() and not redo.isEnabled()
    assert (undo.text(), redo.text()) == ("&Undo correction", "Re&do correction")
    _unanswered(qtbot, window, "5")
    assert undo.isEnabled() and undo.text() == "&Undo unanswered 5" and not redo.isEnabled()
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        undo.trigger()
    assert not undo.isEnabled() and redo.isEnabled() and redo.text() == "Re&do unanswered 5"
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        redo.trigger()
    assert undo.text() == "&Undo unanswered 5" and not redo.isEnabled()


def test_reset_asks_first(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window(Dialogs())
    open_and_wait(qtbot, window, *example)
    _unanswered(qtbot, window, "5")
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Any:
        def fill(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
            box.button(button).click()

        return fill

    answered = answer_modal(qtbot, answer(QMessageBox.StandardButton.No))
    window.correct.act_reset_pair.trigger()
    assert answered and asked == ["Drop your corrections to recommendation 5? Undo brings them back."]
    assert window.pair.corrections.links == {"5": None} and not window.pair.analysing
    answered = answer_modal(qtbot, answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_reset_all.trigger()
    assert answered and asked[-1] == "Drop all your corrections to these documents? Undo brings them back."
    assert window.pair.corrections.is_empty() and window.pair.current_pair().reply is not None


def test_find_more_with_skips(qtbot: Any, make_window: Any, stripped: None) -> None:  # noqa: F811
    window = make_window(RealDialogs())
    open_and_wait(qtbot, window, ADVICE, RESPONSE)
    keys = [Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Y, Qt.Key.Key_N, Qt.Key.Key_Return, Qt.Key.Key_Space]
    keys.append(Qt.Key.Key_N)

    def some(dialog: QWidget) -> None:
        assert isinstance(dialog, ProposalsDialog)
        dialog.activateWindow()  # what a window manager does with a new dialog
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
        for key in keys:  # to the widget with the keyboard focus, as a typed key reaches it (a button: Space clicks)
            qtbot.keyClick(QApplication.focusWidget() or dialog, key)

    answered = answer_modal(qtbot, some)
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        qtbot.keyClick(window.ui.pairs_view, Qt.Key.Key_M, CTRL_SHIFT)
    assert answered
    # proposals 3..9: 3 taken, 4 skipped, 5 taken, 6 skipped, 7 taken, 8 and 9 skipped
    assert [p.number for p in window.comparison().pairs] == ["1", "2", "3", "5", "7"]
    assert window.correct.act_undo.text() == "&Undo add recommendations 3, 5, 7"
    # Escape ends the session: what was added before it is kept (6), the rest is not proposed again
    answered = answer_modal(
        qtbot,
        lambda d: (
            qtbot.keyClick(d, Qt.Key.Key_Space),
            qtbot.keyClick(d, Qt.Key.Key_Return),
            qtbot.keyClick(d, Qt.Key.Key_Escape),
        ),
    )
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        window.correct.act_find_more.trigger()
    assert answered and isinstance(answered[0], ProposalsDialog) and not answered[0].isVisible()
    assert [p.number for p in window.comparison().pairs] == ["1", "2", "3", "5", "6", "7"]
    assert window.correct.act_undo.text() == "&Undo add recommendation 6"
    # Escape at once: nothing added, nothing analysed again
    answered = answer_modal(qtbot, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    window.correct.act_find_more.trigger()
    assert answered and not window.pair.analysing
    assert [p.number for p in window.comparison().pairs] == ["1", "2", "3", "5", "6", "7"]


def test_corrections_exported_and_imported_into_a_fresh_data_folder(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    window = make_window(Dialogs(), data_dir=tmp_path / "mine")
    open_and_wait(qtbot, window, *example)
    _unanswered(qtbot, window, "5")
    shared = tmp_path / "shared" / "ours.json"
    shared.parent.mkdir()

    answered = answer_modal(qtbot, _type_path(qtbot, shared))
    window.correct.act_export_corrections.trigger()
    assert answered and shared.is_file()
    data = json.loads(shared.read_text(encoding="utf-8"))
    assert data["kind"] == "weerwoord-corrections" and data["corrections"]["links"] == {"5": None}
    window.close()

    colleague = make_window(Dialogs(), data_dir=tmp_path / "theirs")
    open_and_wait(qtbot, colleague, *example)
    assert colleague.pair.corrections.is_empty()

    answered = answer_modal(qtbot, _type_path(qtbot, shared))
    with qtbot.waitSignal(colleague.analysisFinished, timeout=30_000):
        colleague.correct.act_import_corrections.trigger()
    assert answered and colleague.pair.corrections.links == {"5": None}
    assert next(p for p in colleague.comparison().pairs if p.number == "5").reply is None
    colleague.close()
    mine, theirs = (_compare(*example, tmp_path / d) for d in ("mine", "theirs"))
    assert mine["pairs"] == theirs["pairs"]
    assert next(p for p in theirs["pairs"] if p["number"] == "5")["verdict"] == "unanswered"
