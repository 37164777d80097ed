"""Find more like these: the proposed recommendations one by one, each accepted or skipped with one key."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from weerwoord.gui.titles import fit_title


def _t(text: str) -> str:
    return QCoreApplication.translate("proposals", text)


class ProposalsDialog(QDialog):
    """Enter or Y adds the proposal shown, Space or N skips it, A adds it and all the rest; Escape (or Stop, or
    closing the dialog) ends the session, keeping what was added so far."""

    def __init__(self, parent: QWidget | None, proposals: Sequence[Any]) -> None:
        super().__init__(parent)
        self.proposals = list(proposals)
        self.index = 0
        self.taken: list[Any] = []
        self.replies = bool(self.proposals) and getattr(self.proposals[0], "kind", "") == "reply"
        self.setWindowTitle(_t("More replies like these") if self.replies else _t("More recommendations like these"))
        layout = QVBoxLayout(self)
        self.counter = QLabel()
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAccessibleName(_t("Proposed reply") if self.replies else _t("Proposed recommendation"))
        self.why = QLabel()
        self.why.setWordWrap(True)
        for w in (self.counter, self.heading, self.body, self.why):
            layout.addWidget(w)
        layout.addWidget(
            QLabel(_t("Enter: add · Space: skip · A: add all the rest · Esc: stop, keeping what you added"))
        )
        buttons = QDialogButtonBox()
        self.add_button = QPushButton(_t("&Add"))
        self.skip_button = QPushButton(_t("&Skip"))
        self.all_button = QPushButton(_t("Add a&ll"))
        for b in (self.add_button, self.skip_button, self.all_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        stop = buttons.addButton(_t("S&top"), QDialogButtonBox.ButtonRole.RejectRole)
        for b in (self.add_button, self.skip_button, self.all_button, stop):
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space is Skip: a focused button would take it as a click
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(lambda: self.decide(True))
        self.skip_button.clicked.connect(lambda: self.decide(False))
        self.all_button.clicked.connect(self.add_all)
        layout.addWidget(buttons)
        self.resize(600, 260)
        fit_title(self)
        self._show()

    def _show(self) -> None:
        if self.index >= len(self.proposals):
            self.accept()
            return
        p = self.proposals[self.index]
        self.counter.setText(_t("Proposal {0} of {1}").format(self.index + 1, len(self.proposals)))
        heading = _t("Reply to recommendation {0} (p. {1})") if self.replies else _t("Recommendation {0} (p. {1})")
        self.heading.setText(heading.format(p.number, p.page))
        self.body.setText(p.text if len(p.text) < 600 else p.text[:600] + " …")
        self.why.setText(p.why)

    def decide(self, take: bool) -> None:
        if self.index < len(self.proposals):
            if take:
                self.taken.append(self.proposals[self.index])
            self.index += 1
        self._show()

    def add_all(self) -> None:
        self.taken.extend(self.proposals[self.index :])
        self.index = len(self.proposals)
        self._show()

    def reject(self) -> None:
        """Escape, Stop or the window's close button: the session ends with what was added so far."""
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Y):
            self.decide(True)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_N):
            self.decide(False)
        elif key == Qt.Key.Key_A:
            self.add_all()
        else:
            super().keyPressEvent(event)

    def accepted_proposals(self) -> list[Any]:
        return list(self.taken)
