"""Remove pair in the register window: the real question names the pair, Undo (Ctrl+Z or the bar's button) puts
it back as it was — the library kept, the rows in their place, the commitments' statuses and history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.core.register_library import loose_pair, make_library
from tests.gui.conftest import answer_modal
from tests.gui.test_register_window import _drag
from weerwoord.core.register.ledger import FILENAME, Ledger, Sources
from weerwoord.gui.register_removal import ASK_SETTING
from weerwoord.gui.register_window import RegisterWindow


def _drop(window: RegisterWindow, qtbot: QtBot, paths: list[Path]) -> None:
    _enter, drop, _mime = _drag(window, paths)  # the mime data kept alive while the drop is sent
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        QApplication.sendEvent(window, drop)


def _kept(data: Path) -> tuple[Sources, dict[int, tuple[str, int]]]:
    """What the register's database holds: the sources, each item's status and length of history."""
    with Ledger(data / FILENAME) as ledger:
        history = ledger.all_history()
        items = {i: (s.status, len(history.get(i, []))) for i, s in ledger.items().items()}
        return ledger.sources(), items


def _rows(window: RegisterWindow) -> list[tuple[str, str, str, str]]:
    return [(r.pair, r.number, r.verdict, r.status) for r in window.rows_model.records]


def _select_pair(window: RegisterWindow, name: str) -> None:
    view, proxy = window.rows_view, window.rows_proxy
    view.clearSelection()
    for row in range(proxy.rowCount()):
        record = proxy.data(proxy.index(row, 0), Qt.ItemDataRole.UserRole)
        if record.pair == name:
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            view.selectionModel().select(proxy.index(row, 0), flags)


def _answer(qtbot: QtBot, window: RegisterWindow, remove: bool, never_again: bool = False) -> list[str]:
    """Press Remove pair and answer the real question; what it said (title, text)."""
    said: list[str] = []

    def fill(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.extend([box.windowTitle(), box.text(), box.informativeText()])
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.checkBox().setChecked(never_again)
        if remove:
            next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()

    answered = answer_modal(qtbot, fill)
    window.act_remove.trigger()
    assert answered, "Remove pair did not ask"
    return said


def test_remove_asks_naming_the_pair_and_undo_puts_it_back(qtbot: QtBot, tmp_path: Path) -> None:
    library = make_library(tmp_path / "library", ["taskforce-air", "rekenkamer-jeugd", "rsj-terugkeer"], False)
    data = tmp_path / "data"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = RegisterWindow(data_dir=str(data), workers=1, settings=settings)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        window.load(library)
    # a status set on a commitment of the pair to remove: its history must survive
    item = next(i for i in window.items_model.records if i.pair == "rekenkamer-jeugd")
    window.set_status(item.id, "done")
    before_rows, before_kept = _rows(window), _kept(data)
    assert before_kept[1][item.id] == ("done", 1)

    # No: nothing changes
    _select_pair(window, "rekenkamer-jeugd")
    said = _answer(qtbot, window, remove=False)
    assert said[0] == "Remove this pair?" and "“rekenkamer-jeugd”" in said[1], said
    assert _rows(window) == before_rows and not window.remover.bar.isVisible()

    # Yes: its rows go, the bar names it and offers Undo
    _select_pair(window, "rekenkamer-jeugd")
    _answer(qtbot, window, remove=True)
    assert "rekenkamer-jeugd" not in {r[0] for r in _rows(window)}
    assert window.remover.bar.isVisible() and "“rekenkamer-jeugd”" in window.remover.bar.label.text()
    assert _kept(data)[0].left_out == {str(library / "rekenkamer-jeugd")}

    # Ctrl+Z in the register window: back as it was, rows in their place, status and history kept
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.rows_view.setFocus()
    qtbot.keyClick(window.rows_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _rows(window) == before_rows
    assert _kept(data) == before_kept
    assert not window.remover.bar.isVisible() and not window.remover.bar.action.isEnabled()
    assert "“rekenkamer-jeugd”" in window.status_label.text()

    # 'Do not ask again' holds for this question: the next removal asks nothing; the bar's button undoes it
    _select_pair(window, "taskforce-air")
    _answer(qtbot, window, remove=True, never_again=True)
    assert settings.value(ASK_SETTING, True, type=bool) is False
    _select_pair(window, "rsj-terugkeer")
    window.act_remove.trigger()  # no question now (a modal left open would fail the test)
    assert {r[0] for r in _rows(window)} == {"rekenkamer-jeugd"}
    window.remover.bar.button.click()
    assert {r[0] for r in _rows(window)} == {"rekenkamer-jeugd", "rsj-terugkeer"}
    window.remover.bar.action.trigger()  # the removal before it, too
    assert _rows(window) == before_rows and _kept(data) == before_kept


def test_undo_keeps_the_order_of_dropped_pairs(qtbot: QtBot, tmp_path: Path) -> None:
    """A dropped folder and a pair of dropped documents, removed together and undone: the library kept lists
    them in their order again (another pair was dropped after them), and the window opened again shows them so."""
    library = make_library(tmp_path / "library", ["taskforce-air"], follow_up=False)
    more = make_library(tmp_path / "more", ["rsj-terugkeer", "rekenkamer-jeugd"], follow_up=False)
    loose = loose_pair(tmp_path / "inbox")
    data = tmp_path / "data"
    window = RegisterWindow(data_dir=str(data), workers=1)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        window.load(library)
    _drop(window, qtbot, [more / "rsj-terugkeer"])
    _drop(window, qtbot, loose)
    _drop(window, qtbot, [more / "rekenkamer-jeugd"])
    before_rows, before_kept = _rows(window), _kept(data)
    window.remover.remove(["rsj-terugkeer", "one"])
    assert {r[0] for r in _rows(window)} == {"taskforce-air", "rekenkamer-jeugd"}
    assert "Pairs “rsj-terugkeer”, “one”" in window.remover.bar.label.text()
    window.remover.undo()
    assert _rows(window) == before_rows and _kept(data) == before_kept
    window.close()
    again = RegisterWindow(data_dir=str(data), workers=1)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.loaded, timeout=120_000):
        assert again.restore()
    assert _rows(again) == before_rows


def test_a_library_that_is_one_pair_comes_back(qtbot: QtBot, tmp_path: Path) -> None:
    pair = make_library(tmp_path / "library", ["taskforce-air"], follow_up=False) / "taskforce-air"
    data = tmp_path / "data"
    window = RegisterWindow(data_dir=str(data), workers=1)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        window.load(pair)
    before_rows, before_kept = _rows(window), _kept(data)
    window.remover.remove(["taskforce-air"])
    assert _rows(window) == [] and _kept(data)[0].library == ""
    window.remover.undo()
    assert _rows(window) == before_rows and _kept(data) == before_kept
