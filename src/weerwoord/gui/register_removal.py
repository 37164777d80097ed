"""Removing pairs from the register window: asked first (naming the pairs), and undone with Ctrl+Z or a button.

A removal only changes what the register's database keeps of the library (its ``sources``: the library folder,
what was dropped, the sub-folders left out); the pairs' items, statuses, history and notes stay in the ledger
under the pair's key, so a pair put back finds them again (its commitments keep their ids by their anchors).
Undo puts the kept sources back as they were — in their order — through the ledger's public calls, and the
pair's analysis back at its place in the window, without reading a file again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from weerwoord.core.register.build import Loaded
from weerwoord.core.register.ledger import Ledger, Sources
from weerwoord.gui.titles import fit_title

RegisterWindow = Any  # register_window.py's window, not imported: it imports this module
ASK_SETTING = "register/ask_before_removing"  # this question only: other questions keep asking


def _t(text: str) -> str:
    return QCoreApplication.translate("register_removal", text)


@dataclass(frozen=True)
class Removal:
    """One removal: the sources kept before it, and each pair's analysis with its place in the window."""

    before: Sources
    entries: tuple[tuple[int, Loaded], ...]

    @property
    def names(self) -> list[str]:
        return [entry.folder.name for _i, entry in self.entries]


def names_said(names: Sequence[str]) -> str:
    return ", ".join(f"“{n}”" for n in names)


def confirm(parent: QWidget, names: Sequence[str], settings: QSettings | None, asked: dict[str, bool]) -> bool:
    """Ask before removing ``names`` (Remove / Cancel, Cancel the default). 'Do not ask again' is kept for this
    question only: in ``settings`` when given, else in ``asked`` for as long as the window lives."""
    ask = settings.value(ASK_SETTING, True, type=bool) if settings is not None else asked.get(ASK_SETTING, True)
    if not ask:
        return True
    if len(names) == 1:
        title = _t("Remove this pair?")
        text = _t("Remove the pair {0} from the register?").format(names_said(names))
        kept = _t("Its files stay where they are, and its statuses, history and notes stay in the register's database;"
                  " Undo (Ctrl+Z) puts it back.")  # fmt: skip
    else:
        title = _t("Remove these pairs?")
        text = _t("Remove the pairs {0} from the register?").format(names_said(names))
        kept = _t("Their files stay where they are, and their statuses, history and notes stay in the register's"
                  " database; Undo (Ctrl+Z) puts them back.")  # fmt: skip
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(kept)
    remove = box.addButton(_t("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    again = QCheckBox(_t("Do not ask again"))  # this question only: it is not kept for any other
    box.setCheckBox(again)
    box.setAccessibleName(title)
    fit_title(box)
    box.exec()
    box.deleteLater()  # the window's own widgets have the focus again
    if box.clickedButton() is not remove:
        return False
    if again.isChecked():
        if settings is not None:
            settings.setValue(ASK_SETTING, False)
        else:
            asked[ASK_SETTING] = False
    return True


def put_back(ledger: Ledger, before: Sources) -> None:
    """Make the kept sources ``before`` again (the library, what was added in its order, what was left out), in
    one transaction of the ledger: a removal took out one of them."""
    if ledger.sources() != before:
        ledger.restore_sources(before)


class UndoBar(QWidget):
    """'Pair “x” removed from the register. [Undo]' under the tables, with the window's Ctrl+Z."""

    def __init__(self, window: QWidget, undo: Any) -> None:
        super().__init__(window)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(_t("&Undo"))
        self.button.setToolTip(_t("Put the removed pair back in the register (Ctrl+Z)"))
        self.button.setAccessibleName(_t("Undo the removal"))
        self.button.clicked.connect(undo)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.action = QAction(_t("Undo removal"), window)
        self.action.setShortcut(QKeySequence.StandardKey.Undo)
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(undo)
        self.action.setEnabled(False)
        window.addAction(self.action)
        self.hide()

    def offer(self, removal: Removal) -> None:
        names = removal.names
        said = (
            _t("Pair {0} removed from the register.") if len(names) == 1 else _t("Pairs {0} removed from the register.")
        )
        self.label.setText(said.format(names_said(names)))
        self.action.setEnabled(True)
        self.show()

    def withdraw(self, left: int) -> None:
        """After an undo: the bar goes; Ctrl+Z stays while ``left`` removals can still be undone."""
        self.action.setEnabled(left > 0)
        self.hide()


class PairRemover:
    """The register window's Remove pair and its Undo: what was removed, the question, the bar."""

    def __init__(self, window: RegisterWindow, settings: QSettings | None) -> None:
        self.window = window
        self.settings = settings  # the main window's, where 'do not ask again' is kept (else for this window only)
        self.asked: dict[str, bool] = {}
        self.removals: list[Removal] = []  # what Undo puts back, the last removal last
        self.bar = UndoBar(window, self.undo)

    def ask_and_remove(self, names: Sequence[str]) -> None:
        if names and self.window._thread is None and confirm(self.window, names, self.settings, self.asked):
            self.remove(names)

    def remove(self, names: Sequence[str]) -> None:
        w = self.window
        entries = tuple((i, e) for i, e in enumerate(w._loaded) if e.folder.name in names)
        if not entries or w._thread is not None:
            return
        kept: list[Sources] = []

        def change(ledger: Ledger) -> None:
            kept.append(ledger.sources())
            for _i, entry in entries:
                ledger.remove_pair(str(entry.folder.folder), [str(f) for f in entry.folder.files])

        if not w._keep(change):
            return
        gone = {id(e) for _i, e in entries}
        w._loaded = [e for e in w._loaded if id(e) not in gone]
        w._reassemble()
        self.removals.append(Removal(kept[0], entries))
        self.bar.offer(self.removals[-1])

    def undo(self) -> None:
        w = self.window
        if not self.removals or w._thread is not None:
            return
        removal = self.removals[-1]
        if not w._keep(lambda ledger: put_back(ledger, removal.before)):
            return
        self.removals.pop()
        for index, entry in removal.entries:
            w._loaded.insert(min(index, len(w._loaded)), entry)
        w._reassemble()
        self.bar.withdraw(len(self.removals))
        one = len(removal.entries) == 1
        said = _t("Pair {0} is back in the register.") if one else _t("Pairs {0} are back in the register.")
        w.status_label.setText(said.format(names_said(removal.names)))
