"""What the reader does with text selected on the pages: one selection at a time, Copy, the right-click menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from weerwoord.gui import looks
from weerwoord.gui.correct_actions import CorrectActions
from weerwoord.gui.host import Host
from weerwoord.gui.open_pair import OpenPair
from weerwoord.gui.pane import Pane


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class PageCommands:
    """Keeps a selection in one pane only, copies it, and offers the commands that act on it by right-click."""

    def __init__(self, pair: OpenPair, host: Host, panes: dict[str, Pane]) -> None:
        self.pair = pair
        self.host = host
        self.panes = panes
        self.status_label = host.status_label
        self.note_action: QAction | None = None
        self.correct: CorrectActions | None = None
        for pane in panes.values():
            pane.view.contextMenuAt.connect(
                lambda pos, page, pt, side=pane.side: self.context_menu(side, pos, page, pt)
            )
            pane.view.selectionChanged.connect(lambda side=pane.side: self._selection_changed(side))
            pane.view.caretModeChanged.connect(lambda on: looks.caret_mode_said(self, on))
        self.act_copy = host.action(
            _t("&Copy"),
            self.copy_selection,
            QKeySequence.StandardKey.Copy,
            "fa6s.copy",
            _t("Copy the selected text"),
        )

    def _selection_changed(self, side: str) -> None:
        """A selection in one pane clears the other's: no stale selection drives an action."""
        if self.panes[side].view.has_selection():
            for other, pane in self.panes.items():
                if other != side:
                    pane.view.clear_selection()
        self.pair.textSelected.emit(side)
        self.pair.stateChanged.emit()

    def update(self) -> None:
        self.act_copy.setEnabled(self.pair.has_selection("response") or self.pair.has_selection("advice"))

    def copy_selection(self) -> None:
        pages = self.pair.selection_pages()
        if pages is not None:
            QGuiApplication.clipboard().setText(pages.selected_text())

    def context_menu(self, side: str, pos: QPoint, page: int, pt: QPointF) -> None:
        menu = QMenu(self.host.window)
        view = self.panes[side].view
        correct = self.correct
        if view.has_selection():
            menu.addAction(self.act_copy)
            if self.note_action is not None:
                menu.addAction(self.note_action)
        if side == "response":
            for hl in view.highlights_at(page, pt):
                about = QCoreApplication.translate("MainWindow", "About this mark: {0}")
                menu.addAction(about.format(hl.tooltip.splitlines()[0])).setEnabled(False)
            if view.has_selection() and correct is not None:
                menu.addSeparator()
                menu.addActions(list(correct.act_add_marks.values()))
                menu.addAction(correct.act_link_selection)
        elif view.has_selection() and correct is not None:
            menu.addSeparator()
            menu.addAction(correct.act_add_rec)
        if self.pair.current_pair() is not None and correct is not None:
            menu.addSeparator()
            menu.addAction(correct.act_relink)
            menu.addAction(correct.act_verdict)
        if not menu.isEmpty():
            menu.exec(pos)
