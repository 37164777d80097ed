"""The selected pair in words: verdict, why, how it was linked, and its marks (click one to see it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from weerwoord.gui import theme
from weerwoord.gui.i18n import QT_TRANSLATE_NOOP
from weerwoord.gui.marks_list import mark_tooltip
from weerwoord.gui.pairs_list import UNCERTAIN, paint_chip


def _t(text: str) -> str:
    return QCoreApplication.translate("detail", text)


LINK_WORDS = {
    "number": QT_TRANSLATE_NOOP("detail", "linked by its number"),
    "quote": QT_TRANSLATE_NOOP("detail", "linked by a quotation"),
    "content": QT_TRANSLATE_NOOP("detail", "linked by similar content"),
    "manual": QT_TRANSLATE_NOOP("detail", "linked by you"),
}


class VerdictChip(QWidget):
    """The verdict as a chip: colour, icon and word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_verdict(self, verdict: str) -> None:
        self.verdict = verdict
        self.setAccessibleName(_t("Verdict: {0}").format(theme.verdict_word(verdict)) if verdict else "")
        self.setToolTip(self.accessibleName())
        self.setVisible(bool(verdict))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(130, self.fontMetrics().height() + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.verdict:
            return
        painter = QPainter(self)
        paint_chip(painter, QRect(0, 0, self.width(), self.height()), self.verdict, self.font())
        painter.end()


class DetailPanel(QWidget):
    """Shows one pair; the correction buttons are the window's actions."""

    markActivated = Signal(int)  # index into the pair's marks
    markSelected = Signal(int)
    hintChosen = Signal(object)  # the proposal of a hint whose fix the reader clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.title = QLabel()
        f = QFont(self.title.font())
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        self.title.setFont(f)
        self.title.setAccessibleName(_t("Selected pair"))
        self.chip = VerdictChip()
        top.addWidget(self.title, 1)
        top.addWidget(self.chip)
        layout.addLayout(top)
        self.hints_box = QVBoxLayout()
        self.hints_box.setSpacing(2)
        layout.addLayout(self.hints_box)
        self.hint_widgets: list[QWidget] = []
        self.link = QLabel()
        self.link.setWordWrap(True)
        self.link.setAccessibleName(_t("How the reply was found"))
        layout.addWidget(self.link)
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence.setAccessibleName(_t("Evidence for the recommendation and its link"))
        layout.addWidget(self.evidence)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason.setAccessibleName(_t("Why this verdict"))
        layout.addWidget(self.reason)
        self.marks_label = QLabel(_t("Stance language in the reply:"))
        layout.addWidget(self.marks_label)
        self.marks = QListWidget()
        self.marks.setAccessibleName(_t("Marks in the reply"))
        self.marks.setToolTip(_t("Phrases that show the response's stance; click one to see it on the page"))
        self.marks.setWordWrap(True)
        self.marks.setMinimumHeight(90)
        self.marks.itemActivated.connect(self._activated)
        self.marks.itemClicked.connect(self._activated)
        self.marks.currentRowChanged.connect(self.markSelected.emit)
        self.marks_label.setBuddy(self.marks)
        layout.addWidget(self.marks, 1)
        self.passage = QHBoxLayout()
        self.passage_label = QLabel()
        self.passage_label.setWordWrap(True)  # the sidebar may be narrow: never wider than it
        self.passage_label.setAccessibleName(_t("Page of the pair shown"))
        self.passage_prev = QToolButton()
        self.passage_next = QToolButton()
        self.passage.addWidget(self.passage_prev)
        self.passage.addWidget(self.passage_label, 1)
        self.passage.addWidget(self.passage_next)
        layout.addLayout(self.passage)
        self.correct_label = QLabel(_t("Correct the analysis:"))
        layout.addWidget(self.correct_label)
        self.buttons = QGridLayout()
        self.buttons.setSpacing(2)
        layout.addLayout(self.buttons)
        self.show_pair(None)
        self.set_passage(0, 0)

    def add_button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.setAutoRaise(True)
        n = self.buttons.count()
        self.buttons.addWidget(button, n // 2, n % 2)
        return button

    def set_passage_actions(self, previous: QAction, following: QAction) -> None:
        for button, action in ((self.passage_prev, previous), (self.passage_next, following)):
            button.setDefaultAction(action)
            button.setAccessibleName(action.text())
            button.setAutoRaise(True)

    def set_passage(self, step: int, steps: int) -> None:
        """Show 'page k of n' when the pair's passages run over more than one page."""
        shown = steps > 1
        for w in (self.passage_prev, self.passage_label, self.passage_next):
            w.setVisible(shown)
        if shown:
            self.passage_label.setText(
                _t("This pair runs over {1} pages: showing page {0} of {1}").format(step + 1, steps)
            )

    def show_message(self, title: str, text: str) -> None:
        self.pair = None
        self.title.setText(title)
        self.chip.set_verdict("")
        self.link.setText("")
        self.evidence.setText("")
        self.evidence.setVisible(False)
        self.reason.setText(text)
        self.marks.clear()
        self.marks_label.setVisible(False)
        self.marks.setVisible(False)

    def show_reply(self, reply: Any) -> None:
        self.show_message(
            _t("Reply without a recommendation"),
            _t(
                "This part of the response (p. {0}) is not linked to any recommendation. "
                "Use ‘Link to reply…’ on a recommendation to connect it."
            ).format(reply.page),
        )

    def show_pair(self, pair: Any) -> None:
        self.pair = pair
        if pair is None:
            self.show_message(_t("No pair selected"), _t("Choose a recommendation in the list above."))
            return
        self.marks_label.setVisible(True)
        self.marks.setVisible(True)
        self.title.setText(_t("Recommendation {0}").format(pair.number))
        self.chip.set_verdict(pair.verdict)
        if pair.reply is None:
            self.link.setText(_t("No reply found in the response."))
        else:
            how = _t(LINK_WORDS.get(pair.link, pair.link))
            where = _t("Reply on p. {0}").format(pair.reply.page)
            if pair.reply.heading:
                where += f" — “{pair.reply.heading}”"
            text = f"{where}; {how}"
            if pair.link != "manual":
                text += _t(" (confidence {0:.0%})").format(pair.confidence)
            if pair.link != "manual" and pair.confidence < UNCERTAIN:
                text += " — " + _t("uncertain: check that this is the right reply")
            self.link.setText(text)
        why = [*getattr(pair.recommendation, "evidence", []), *getattr(pair, "evidence", [])]
        self.evidence.setText(_t("Why: {0}").format(" ".join(why)) if why else "")
        self.evidence.setVisible(bool(why))
        reason = pair.reason
        if pair.verdict_manual:
            reason = _t("Verdict set by you: {0}").format(reason)
        self.reason.setText(reason)
        self.marks.clear()
        for mark in pair.marks:
            label = f"{theme.category_word(mark.category)}: “{mark.text}”"
            if mark.manual:
                label += " " + _t("(added by you)")
            item = QListWidgetItem(theme.category_icon(mark.category), label)
            item.setToolTip(mark_tooltip(mark))
            self.marks.addItem(item)
        if not pair.marks:
            item = QListWidgetItem(_t("No stance phrases found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.marks.addItem(item)

    def show_hints(self, hints: list[Any]) -> None:
        """What the response cites that the list lacks, in one sentence, and a button per passage that adds it."""
        for w in self.hint_widgets:
            self.hints_box.removeWidget(w)
            w.deleteLater()
        self.hint_widgets = []
        if not hints:
            return
        found = [h for h in hints if h.proposal is not None]
        if len(hints) == 1:
            text = (
                _t("The response cites recommendation {0} (under “{1}”), which the list lacks — add it?")
                if found
                else _t("The response cites recommendation {0} (under “{1}”), which the list lacks.")
            ).format(hints[0].number, hints[0].where)
        else:
            text = (
                _t("The response cites recommendations {0}, which the list lacks — add them?")
                if found
                else _t("The response cites recommendations {0}, which the list lacks.")
            ).format(", ".join(h.number for h in hints))
        label = QLabel("💡 " + text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(text)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hints_box.addWidget(label)
        self.hint_widgets.append(label)
        if not found:
            return
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        for i, hint in enumerate(found):
            button = QToolButton()
            full = _t("Add recommendation {0}").format(hint.number)
            button.setText(full if len(found) == 1 else _t("Add {0}").format(hint.number))
            button.setAccessibleName(full)
            button.setToolTip(
                _t("Add the advice's item {0} (p. {1}) to the list").format(hint.number, hint.proposal.page)
                + f" — “{hint.where}”"
            )
            button.clicked.connect(lambda _=False, p=hint.proposal: self.hintChosen.emit(p))
            grid.addWidget(button, i // 5, i % 5)
        self.hints_box.addWidget(row)
        self.hint_widgets.append(row)

    def current_mark(self) -> int:
        if self.pair is None or not self.pair.marks:
            return -1
        return self.marks.currentRow()

    def _activated(self, item: QListWidgetItem) -> None:
        row = self.marks.row(item)
        if self.pair is not None and 0 <= row < len(self.pair.marks):
            self.markActivated.emit(row)
