"""A notice above the panes when the analysis has doubts: where the two documents disagree, and the other
readings of the advice the reader can switch to in one step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from weerwoord.gui import theme


def _t(text: str) -> str:
    return QCoreApplication.translate("AnalysisNotice", text)


class AnalysisNotice(QFrame):
    """Hidden while the analysis is sure of itself; otherwise its warnings in words, and a button per other
    reading of the advice ("Read as: the 14 numbered items under 'Conclusions and recommendations'")."""

    readingChosen = Signal(str)  # the name of the reading to use ("chapter@52"), "" for the analysis's own choice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysisNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_t("Doubts about the analysis"))
        self.setStyleSheet(
            "#analysisNotice { background: palette(alternate-base); border: 1px solid #c77700; border-radius: 3px; }"
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(2)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(_t("What the analysis is unsure of"))
        self._layout.addWidget(self.text)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(4)
        self._buttons.addStretch(1)  # buttons stand at the left, at their own width
        self._layout.addLayout(self._buttons)
        self.buttons: list[QPushButton] = []
        self.setVisible(False)

    def show_for(self, comparison: Any, chosen_reading: str | None = None) -> None:
        """Show the comparison's warnings and alternatives, or hide when there are none."""
        for b in self.buttons:
            self._buttons.removeWidget(b)
            b.deleteLater()
        self.buttons = []
        warnings = list(getattr(comparison, "warnings", []) or []) if comparison is not None else []
        alternatives = [a for a in (getattr(comparison, "alternatives", []) or []) if a.get("reading")]
        near = [a for a in alternatives if a.get("close")]
        if not warnings and not chosen_reading and not near:
            self.setVisible(False)  # sure of itself: nothing to say
            return
        # the readings that were weighed; when the reader chose one, all of them (the way back among them)
        close = alternatives if chosen_reading else [a for a in alternatives if a.get("score") is not None]
        if near and not warnings and not chosen_reading:
            warnings = [_t("Another reading of the advice explains the response almost as well.")]
        lines = [f"⚠ {w}" for w in warnings]
        if chosen_reading:
            lines.append(_t("You chose how the advice's recommendations are read."))
        self.text.setText("\n".join(lines))
        for alt in close[:3]:
            label = (
                _t("Read as: {0} (1 recommendation)")
                if alt["recommendations"] == 1
                else _t("Read as: {0} ({1} recommendations)")
            ).format(alt["description"], alt["recommendations"])
            button = QPushButton(theme.icon("fa6s.list-ol"), label)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setToolTip(label)
            button.setAccessibleName(label)
            name = str(alt["reading"])
            button.clicked.connect(lambda _=False, n=name: self.readingChosen.emit(n))
            self._buttons.insertWidget(self._buttons.count() - 1, button)
            self.buttons.append(button)
        if chosen_reading:
            back = QPushButton(_t("Let the response decide again"))
            back.clicked.connect(lambda _=False: self.readingChosen.emit(""))
            self._buttons.insertWidget(self._buttons.count() - 1, back)
            self.buttons.append(back)
        self.setVisible(True)
