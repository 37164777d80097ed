"""The Undo and Redo items say which step they undo and redo in the window's language: in Dutch
'Ongedaan maken: Koppeling aanbeveling 5', with every word from the catalogue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt

from tests.gui.conftest import FakeDialogs, open_and_wait, select_in_reply
from tests.gui.test_i18n import dutch  # noqa: F401  (a fixture)
from weerwoord.gui import i18n

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _step(qtbot: Any, window: Any, key: Qt.Key, widget: Any = None) -> None:
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        qtbot.keyClick(widget or window.ui.pairs_view, key, CTRL_SHIFT)


def test_undo_and_redo_labels_in_the_dutch_window(
    qtbot: Any,
    make_window: Any,
    example: tuple[Path, Path],
    dutch: i18n.Translator,  # noqa: F811
    settings: QSettings,
) -> None:
    settings.setValue(i18n.SETTING, "nl")
    dialogs = FakeDialogs()
    dialogs.verdict_choice = ("partly", "Alleen de VN-route.")
    window = make_window(dialogs)
    open_and_wait(qtbot, window, *example)
    undo, redo = window.correct.act_undo, window.correct.act_redo
    assert (undo.text(), redo.text()) == ("Correctie &ongedaan maken", "Correctie op&nieuw doen")
    window.navigator.select_number("5")
    _step(qtbot, window, Qt.Key.Key_U)
    assert undo.text() == "&Ongedaan maken: Onbeantwoord 5"
    select_in_reply(qtbot, window, "6")
    window.navigator.select_number("5")
    _step(qtbot, window, Qt.Key.Key_K, window.panes["response"].view)
    assert window.pair.current_pair().reply is not None
    assert undo.text() == "&Ongedaan maken: Koppeling aanbeveling 5"
    window.navigator.select_number("1")
    _step(qtbot, window, Qt.Key.Key_V)
    assert undo.text() == "&Ongedaan maken: Oordeel 1: deels eens"
    with qtbot.waitSignal(window.analysisFinished, timeout=30_000):
        undo.trigger()
    assert redo.text() == "Opnieuw &doen: Oordeel 1: deels eens"
    assert undo.text() == "&Ongedaan maken: Koppeling aanbeveling 5"
    assert window.dialogs.errors == []
    assert not dutch.misses, f"shown without a Dutch translation: {sorted(set(dutch.misses))}"


def test_undo_and_redo_labels_in_the_english_window(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window(FakeDialogs())
    open_and_wait(qtbot, window, *example)
    window.navigator.select_number("5")
    _step(qtbot, window, Qt.Key.Key_U)
    assert window.correct.act_undo.text() == "&Undo unanswered 5"
    window.navigator.select_number("1")
    window.dialogs.verdict_choice = ("noted", "")
    _step(qtbot, window, Qt.Key.Key_V)
    assert window.correct.act_undo.text() == "&Undo verdict 1: noted only"
