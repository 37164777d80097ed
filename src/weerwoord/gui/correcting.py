"""Corrections by hand: the window's gestures become stored Corrections and a fresh analysis."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication

from weerwoord.core.analysis import suggest
from weerwoord.core.analysis.suggest import printed_label
from weerwoord.core.errors import WeerwoordError
from weerwoord.core.keeping.corrections import Corrections
from weerwoord.gui import editing
from weerwoord.gui.detail import DetailPanel
from weerwoord.gui.dialogs import NO_REPLY
from weerwoord.gui.host import Host
from weerwoord.gui.i18n import QT_TRANSLATE_NOOP
from weerwoord.gui.open_pair import OpenPair


class Corrector:
    """Carries out each correction of the open pair: ask, store via the keeper, analyse again."""

    def __init__(self, pair: OpenPair, host: Host, detail: DetailPanel) -> None:
        self.pair = pair
        self.host = host
        self.detail = detail
        # what each step of this session did, for the Undo and Redo menu items (older steps: "correction")
        self.undo_labels: list[editing.Step] = []
        self.redo_labels: list[editing.Step] = []
        pair.analysisFinished.connect(self.show_hints)
        pair.analysisFinished.connect(self.keep_migrated)
        self._hints_wired = False

    def keep_migrated(self) -> None:
        """Marks stored by offsets that the analysis just gave their anchors are stored so, in the same version
        (no undo step): a later analysis that cuts the response otherwise still finds them."""
        corrections = self.pair.corrections
        if not corrections.migrated or self.pair.keeper.key is None:
            return
        corrections.migrated = False
        with contextlib.suppress(WeerwoordError):  # else kept by offsets as before, migrated again next time
            self.pair.keeper.store().replace_corrections(*self.pair.keeper.key, corrections)

    def show_hints(self) -> None:
        """After each analysis: the detail shows what the response cites that the list lacks, with its fix."""
        if not self._hints_wired:
            self.detail.hintChosen.connect(self.add_cited)
            self._hints_wired = True
        comparison = self.pair.comparison()
        self.detail.show_hints(suggest.hints(comparison) if comparison is not None else [])

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("Corrector", text)

    def commit(self, corrections: Corrections, select: str | None = None) -> None:
        """Store the corrections and analyse again with them, so the window shows what `compare` prints."""
        if self.pair.analysed is None or self.pair.keeper.key is None:
            return
        try:
            self.pair.keeper.save(corrections)
        except WeerwoordError as err:
            self.host.dialogs.error(self.host.window, self.tr("Correction not saved"), err.message)
            return
        self.undo_labels.append(editing.describe(self.pair.corrections, corrections))
        self.redo_labels.clear()
        self.pair.reanalyse(corrections, select)

    def replies(self) -> list[Any]:
        comparison = self.pair.comparison()
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
        pair = self.pair.current_pair()
        if pair is None:
            return
        replies = self.replies()
        current = pair.reply.id if pair.reply else None
        if current is None and pair.number not in self.pair.corrections.links:
            # unlinked: propose the reply that names this number (its heading, its own label)
            linked = {p.reply.id for p in self.pair.comparison().pairs if p.reply is not None}
            proposed = suggest.reply_for(pair.number, [r for r in replies if r.id not in linked])
            current = proposed.id if proposed is not None else None
        choice = self.host.dialogs.choose_reply(self.host.window, pair.number, replies, current)
        if choice is None:
            return
        self.commit(editing.relink(self.pair.corrections, pair.number, None if choice == NO_REPLY else choice))

    def mark_unanswered(self) -> None:
        pair = self.pair.current_pair()
        if pair is not None:
            self.commit(editing.relink(self.pair.corrections, pair.number, None))

    def link_to_selection(self) -> None:
        pair = self.pair.current_pair()
        rects = self.pair.selection_rects("response")
        if pair is None or not rects:
            return
        page = min(rects)
        reply = editing.reply_at(self.replies(), page, rects[page])
        if reply is None:
            self.host.dialogs.error(
                self.host.window,
                self.tr("No reply there"),
                self.tr("The selected text is not part of a reply section."),
            )
            return
        self.commit(editing.relink(self.pair.corrections, pair.number, reply.id))

    def verdict_dialog(self) -> None:
        pair = self.pair.current_pair()
        if pair is None:
            return
        choice = self.host.dialogs.verdict(self.host.window, pair.number, pair.verdict)
        if choice is not None:
            self.commit(editing.set_verdict(self.pair.corrections, pair.number, *choice))

    def remove_mark(self) -> None:
        pair = self.pair.current_pair()
        index = self.detail.current_mark()
        if pair is not None and pair.reply is not None and 0 <= index < len(pair.marks):
            self.commit(editing.remove_mark(self.pair.corrections, pair.number, pair.marks[index], pair.reply.run))

    def add_mark(self, category: str) -> None:
        rects = self.pair.selection_rects("response")
        if not rects or self.pair.comparison() is None:
            return
        page = min(rects)
        reply = editing.reply_at(self.replies(), page, rects[page])
        pair = self.pair.current_pair()
        if reply is not None and (pair is None or pair.reply is None or pair.reply.id != reply.id):
            owner = next(
                (p for p in self.pair.comparison().pairs if p.reply is not None and p.reply.id == reply.id), None
            )
            pair = owner
        if reply is None or pair is None:
            self.host.dialogs.error(
                self.host.window,
                self.tr("No reply there"),
                self.tr(
                    "Marks go on a reply that is linked to a recommendation; the selected text is not part of one."
                ),
            )
            return
        where = editing.locate(reply.run, self.pair.selected_text("response"), page, rects[page])
        if where is None:
            self.host.dialogs.error(
                self.host.window,
                self.tr("Selection not found"),
                self.tr("The selected text could not be matched to the reply's text."),
            )
            return
        self.commit(editing.add_mark(self.pair.corrections, pair.number, reply.run, where[0], where[1], category))

    def add_recommendation(self) -> None:
        rects = self.pair.selection_rects("advice")
        if not rects or self.pair.analysed is None or self.pair.analysing:
            return
        numbers = [p.number for p in self.pair.comparison().pairs] if self.pair.comparison() else []
        text = self.pair.selected_text("advice")
        printed = printed_label(text)
        number: str | None
        if printed is not None and printed[0] not in numbers:
            number, text = printed  # the number printed at the start of the selection: no question asked
        else:
            suggestion = str(max((int(n) for n in numbers if n.isdigit()), default=0) + 1)
            number = self.host.dialogs.number(self.host.window, printed[0] if printed else suggestion)
            if not number:
                return
        page = min(rects)
        self.commit(editing.add_recommendation(self.pair.corrections, number, text, page, rects[page]), number)

    def edit_recommendation(self) -> None:
        """Renumber or re-word a recommendation the reader added."""
        pair = self.pair.current_pair()
        if pair is None or not pair.recommendation.manual:
            return
        answer = self.host.dialogs.edit_recommendation(self.host.window, pair.number, pair.recommendation.text)
        if answer is None or answer == (pair.number, pair.recommendation.text):
            return
        if answer[0] != pair.number and any(p.number == answer[0] for p in self.pair.comparison().pairs):
            self.host.dialogs.error(
                self.host.window,
                self.tr("Number taken"),
                self.tr("There is already a recommendation {0}.").format(answer[0]),
            )
            return
        self.commit(editing.edit_recommendation(self.pair.corrections, pair.number, *answer), answer[0])

    def find_more(self) -> None:
        """Propose the recommendations set like those already marked (by hand, else found), one key each."""
        comparison = self.pair.comparison()
        if comparison is None or self.pair.analysing:
            return
        recs = [p.recommendation for p in comparison.pairs]
        by_hand = [r for r in recs if r.manual]
        found: list[Any] = []
        for examples in (by_hand, recs):
            if len(examples) >= 2:
                found = suggest.more_like(comparison.advice, examples, recs)
                if found:
                    break
        if not found:
            self.host.dialogs.info(
                self.host.window,
                self.tr("Nothing more found"),
                self.tr(
                    "No other passage of the advice is set like these recommendations. Select one and choose "
                    "Make recommendation from selection; after two, this command can find the rest."
                ),
            )
            return
        taken = self.host.dialogs.proposals(self.host.window, found)
        if taken:
            self.commit(editing.add_recommendations(self.pair.corrections, taken), taken[0].number)

    def add_cited(self, proposal: Any) -> None:
        """The one-click fix of a hint: add the advice passage the response cites as recommendation N."""
        self.commit(editing.add_recommendations(self.pair.corrections, [proposal]), proposal.number)

    def undo(self) -> None:
        try:
            previous = self.pair.keeper.undo()
        except WeerwoordError as err:
            self.host.dialogs.error(self.host.window, self.tr("Undo failed"), err.message)
            return
        if previous is not None:
            self.redo_labels.append(
                self.undo_labels.pop() if self.undo_labels else editing.Step(QT_TRANSLATE_NOOP("editing", "correction"))
            )
            self.pair.reanalyse(previous)

    def redo(self) -> None:
        try:
            following = self.pair.keeper.redo()
        except WeerwoordError as err:
            self.host.dialogs.error(self.host.window, self.tr("Redo failed"), err.message)
            return
        if following is not None:
            self.undo_labels.append(
                self.redo_labels.pop() if self.redo_labels else editing.Step(QT_TRANSLATE_NOOP("editing", "correction"))
            )
            self.pair.reanalyse(following)

    def reset_pair(self) -> None:
        number = self.pair.current_number()
        if (
            number is not None
            and editing.concerns(self.pair.corrections, number)
            and self.host.dialogs.confirm(
                self.host.window,
                self.tr("Reset recommendation {0}?").format(number),
                self.tr("Drop your corrections to recommendation {0}? Undo brings them back.").format(number),
            )
        ):
            self.commit(editing.reset_pair(self.pair.corrections, number))

    def choose_reading(self, name: str | None) -> None:
        """Read the advice's recommendations as the reading ``name`` (None: as the response explains best)."""
        if self.pair.analysed is None or self.pair.analysing or self.pair.corrections.reading == name:
            return
        self.commit(editing.choose_reading(self.pair.corrections, name))

    def reset_all(self) -> None:
        if not self.pair.corrections.is_empty() and self.host.dialogs.confirm(
            self.host.window,
            self.tr("Reset all corrections?"),
            self.tr("Drop all your corrections to these documents? Undo brings them back."),
        ):
            self.commit(Corrections())

    def undo_text(self) -> str:
        """What Undo would undo, in the window's language ("" when not known: a step of an earlier session)."""
        return self.undo_labels[-1].text() if self.undo_labels else ""

    def redo_text(self) -> str:
        return self.redo_labels[-1].text() if self.redo_labels else ""
