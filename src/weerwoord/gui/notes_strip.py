"""The line in the pair's detail: how many notes this recommendation has, with buttons to add one and show them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from weerwoord.gui import theme


def _t(text: str) -> str:
    return QCoreApplication.translate("notes", text)


class NotesStrip(QWidget):
    """'Notes: 2', Add note and Show, for the recommendation shown in the detail."""

    def __init__(self, act_add: QAction, show: Callable[[], None]) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        self.label = QLabel()
        self.label.setAccessibleName(_t("Notes on this recommendation"))
        row.addWidget(self.label, 1)
        add = QToolButton()
        add.setDefaultAction(act_add)
        add.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        add.setAccessibleName(_t("Add a note on this recommendation"))
        add.setAutoRaise(True)
        row.addWidget(add)
        self.show_button = QToolButton()
        self.show_button.setText(_t("Show"))
        self.show_button.setIcon(theme.icon("fa6s.list"))
        self.show_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.show_button.setAccessibleName(_t("Show the notes on this recommendation"))
        self.show_button.setToolTip(_t("List the notes on this recommendation in the notes tab"))
        self.show_button.setAutoRaise(True)
        self.show_button.clicked.connect(show)
        row.addWidget(self.show_button)

    def put_into(self, detail: Any) -> None:
        """Into the detail's column, above its correction buttons."""
        layout: Any = detail.layout()  # a QVBoxLayout
        layout.insertWidget(layout.indexOf(detail.correct_label), self)

    def show_count(self, number: str | None, count: int) -> None:
        self.setVisible(number is not None)
        self.label.setText(_t("No notes yet") if count == 0 else _t("Notes: {0}").format(count))
        self.label.setToolTip(_t("Your notes on recommendation {0}").format(number) if number else "")
        self.show_button.setEnabled(count > 0)
