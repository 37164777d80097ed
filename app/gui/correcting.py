"""Corrections by hand: the window's gestures become stored Corrections and a fresh analysis."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.core.errors import WeerwoordError
from app.core.keeping.corrections import Corrections
from app.gui import editing
from app.gui.core_words import say
from app.gui.dialogs import NO_REPLY

if TYPE_CHECKING:
    from app.gui.window import MainWindow


class Corrector:
    """Carries out each correction for one window: ask, store via the keeper, analyse again."""

    def __init__(self, window: MainWindow) -> None:
        self.w: Any = window

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("Corrector", text)

    def _commit(self, corrections: Corrections, select: str | None = None) -> None:
        """Store the corrections and analyse again with them, so the window shows what `compare` prints."""
        if self.w.analysed is None or self.w.keeper.key is None:
            return
        try:
            self.w.keeper.save(corrections)
        except WeerwoordError as err:
            self.w.dialogs.error(self.w, self.tr("Correction not saved"), say(err.message))
            return
        self._reanalyse(corrections, select)

    def _reanalyse(self, corrections: Corrections, select: str | None = None) -> None:
        """Analyse again with ``corrections``; ``select`` (or else the current one) is selected afterwards."""
        if self.w.analysed is None:
            return
        self.w.corrections = corrections
        self.w._pending_number = select or self.w.current_number()
        self.w.analysing = True
        self.w.worker.reanalyse(self.w.generation, self.w.analysed.advice, self.w.analysed.response, corrections)
        self.w._update_actions()

    def replies(self) -> list[Any]:
        comparison = self.w.comparison()
        if comparison is None:
            return []
        seen: dict[str, Any] = {}
        for p in comparison.pairs:
            if p.reply is not None:
                seen.setdefault(p.reply.id, p.reply)
        for r in comparison.unmatched_replies:
            seen.setdefault(r.id, r)
        return sorted(seen.values(), key=lambda r: (r.page, r.id))

    def relink_dialog(self) -> None:
        pair = self.w.current_pair()
        if pair is None:
            return
        choice = self.w.dialogs.choose_reply(self.w, pair.number, self.replies(), pair.reply.id if pair.reply else None)
        if choice is None:
            return
        self._commit(editing.relink(self.w.corrections, pair.number, None if choice == NO_REPLY else choice))

    def mark_unanswered(self) -> None:
        pair = self.w.current_pair()
        if pair is not None:
            self._commit(editing.relink(self.w.corrections, pair.number, None))

    def link_to_selection(self) -> None:
        pair = self.w.current_pair()
        view = self.w.panes["response"].view
        rects = view.selection_rects()
        if pair is None or not rects:
            return
        page = min(rects)
        reply = editing.reply_at(self.replies(), page, rects[page])
        if reply is None:
            self.w.dialogs.error(
                self.w,
                self.tr("No reply there"),
                self.tr("The selected text is not part of a reply section."),
            )
            return
        self._commit(editing.relink(self.w.corrections, pair.number, reply.id))

    def verdict_dialog(self) -> None:
        pair = self.w.current_pair()
        if pair is None:
            return
        choice = self.w.dialogs.verdict(self.w, pair.number, pair.verdict)
        if choice is not None:
            self._commit(editing.set_verdict(self.w.corrections, pair.number, *choice))

    def remove_mark(self) -> None:
        pair = self.w.current_pair()
        index = self.w.detail.current_mark()
        if pair is not None and 0 <= index < len(pair.marks):
            self._commit(editing.remove_mark(self.w.corrections, pair.number, pair.marks[index]))

    def add_mark(self, category: str) -> None:
        view = self.w.panes["response"].view
        rects = view.selection_rects()
        if not rects or self.w.comparison() is None:
            return
        page = min(rects)
        reply = editing.reply_at(self.replies(), page, rects[page])
        pair = self.w.current_pair()
        if reply is not None and (pair is None or pair.reply is None or pair.reply.id != reply.id):
            owner = next((p for p in self.w.comparison().pairs if p.reply is not None and p.reply.id == reply.id), None)
            pair = owner
        if reply is None or pair is None:
            self.w.dialogs.error(
                self.w,
                self.tr("No reply there"),
                self.tr(
                    "Marks go on a reply that is linked to a recommendation; the selected text is not part of one."
                ),
            )
            return
        where = editing.locate(reply.run, view.selected_text(), page, rects[page])
        if where is None:
            self.w.dialogs.error(
                self.w,
                self.tr("Selection not found"),
                self.tr("The selected text could not be matched to the reply's text."),
            )
            return
        self._commit(editing.add_mark(self.w.corrections, pair.number, reply.id, where[0], where[1], category))

    def add_recommendation(self) -> None:
        view = self.w.panes["advice"].view
        rects = view.selection_rects()
        if not rects or self.w.analysed is None or self.w.analysing:
            return
        numbers = [p.number for p in self.w.comparison().pairs] if self.w.comparison() else []
        suggestion = str(max((int(n) for n in numbers if n.isdigit()), default=0) + 1)
        number = self.w.dialogs.number(self.w, suggestion)
        if not number:
            return
        page = min(rects)
        self._commit(
            editing.add_recommendation(self.w.corrections, number, view.selected_text(), page, rects[page]), number
        )

    def undo(self) -> None:
        try:
            previous = self.w.keeper.undo()
        except WeerwoordError as err:
            self.w.dialogs.error(self.w, self.tr("Undo failed"), say(err.message))
            return
        if previous is not None:
            self._reanalyse(previous)

    def redo(self) -> None:
        try:
            following = self.w.keeper.redo()
        except WeerwoordError as err:
            self.w.dialogs.error(self.w, self.tr("Redo failed"), say(err.message))
            return
        if following is not None:
            self._reanalyse(following)

    def reset_pair(self) -> None:
        number = self.w.current_number()
        if number is not None and editing.concerns(self.w.corrections, number):
            self._commit(editing.reset_pair(self.w.corrections, number))

    def reset_all(self) -> None:
        if not self.w.corrections.is_empty():
            self._commit(Corrections())
