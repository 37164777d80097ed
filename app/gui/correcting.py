"""Corrections by hand: the window's gestures become stored Corrections and a fresh analysis."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.core.analysis import suggest
from app.core.analysis.suggest import printed_label
from app.core.errors import WeerwoordError
from app.core.keeping import atomic
from app.core.keeping.corrections import Corrections, from_file, merge, to_file
from app.core.keeping.cuts import Flat
from app.gui import editing
from app.gui.core_words import say
from app.gui.dialogs import NO_REPLY

if TYPE_CHECKING:
    from app.gui.window import MainWindow


class Corrector:
    """Carries out each correction for one window: ask, store via the keeper, analyse again."""

    def __init__(self, window: MainWindow) -> None:
        self.w: Any = window
        # what each step of this session did, for the Undo and Redo menu items (older steps: "correction")
        self.undo_labels: list[str] = []
        self.redo_labels: list[str] = []
        window.analysisFinished.connect(self.show_hints)
        self._hints_wired = False

    def show_hints(self) -> None:
        """After each analysis: the detail shows what the response cites that the list lacks, with its fix."""
        if not self._hints_wired:
            self.w.detail.hintChosen.connect(self.add_cited)
            self._hints_wired = True
        comparison = self.w.comparison()
        self.w.detail.show_hints(suggest.hints(comparison) if comparison is not None else [])

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
        self.undo_labels.append(editing.describe(self.w.corrections, corrections))
        self.redo_labels.clear()
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
        replies = self.replies()
        current = pair.reply.id if pair.reply else None
        if current is None and pair.number not in self.w.corrections.links:
            # unlinked: propose the reply that names this number (its heading, its own label)
            linked = {p.reply.id for p in self.w.comparison().pairs if p.reply is not None}
            proposed = suggest.reply_for(pair.number, [r for r in replies if r.id not in linked])
            current = proposed.id if proposed is not None else None
        choice = self.w.dialogs.choose_reply(self.w, pair.number, replies, current)
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

    # --- replies cut by selection ------------------------------------------------------------------

    def _selection(self) -> tuple[Flat, int, int] | None:
        """The response's whole text and where the selection in the response stands in it (None: says why)."""
        comparison = self.w.comparison()
        rects = self.w.panes["response"].view.selection_rects()
        if comparison is None or self.w.analysing or not rects:
            return None
        flat = Flat(comparison.response)
        where = flat.range_at(rects)
        if where is None:
            self.w.dialogs.error(
                self.w,
                self.tr("Selection not in the text"),
                self.tr("The selected words are not part of the response's text (a page header, footer or note?)."),
            )
            return None
        return flat, *where

    def cut_reply(self) -> None:
        """The passage selected in the response is the reply to the current recommendation: exactly that."""
        pair = self.w.current_pair()
        found = self._selection() if pair is not None else None
        if pair is None or found is None:
            return
        flat, start, end = found
        self._commit(editing.cut_reply(self.w.corrections, pair.number, flat.anchor(start, end)), pair.number)

    def extend_reply(self) -> None:
        """The current reply grows to take in the selected passage (and what lies between)."""
        self._grow(whole_section=False)

    def merge_sections(self) -> None:
        """The current reply and the section the selection is in become one reply."""
        self._grow(whole_section=True)

    def _grow(self, whole_section: bool) -> None:
        pair = self.w.current_pair()
        found = self._selection() if pair is not None else None
        if pair is None or found is None:
            return
        flat, start, end = found
        if whole_section:
            around = [w for r in self.replies() if (w := flat.range_of(r.run)) and w[0] <= start < w[1]]
            if around:
                start, end = around[0]
        if pair.reply is not None and (own := flat.range_of(pair.reply.run)) is not None:
            start, end = min(start, own[0]), max(end, own[1])
        self._commit(editing.cut_reply(self.w.corrections, pair.number, flat.anchor(start, end)), pair.number)

    def split_section(self) -> None:
        """The section the selection starts in splits there: the text from the selection on is a section."""
        found = self._selection()
        if found is None:
            return
        flat, start, _end = found
        inside = [w for r in self.replies() if (w := flat.range_of(r.run)) and w[0] < start < w[1]]
        if not inside:
            self.w.dialogs.error(
                self.w,
                self.tr("Nothing to split"),
                self.tr(
                    "A section splits where the selection starts: select from a word inside a section, not its first."
                ),
            )
            return
        self._commit(editing.split_section(self.w.corrections, flat.split_anchor(start)))

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
        text = view.selected_text()
        printed = printed_label(text)
        if printed is not None and printed[0] not in numbers:
            number, text = printed  # the number printed at the start of the selection: no question asked
        else:
            suggestion = str(max((int(n) for n in numbers if n.isdigit()), default=0) + 1)
            number = self.w.dialogs.number(self.w, printed[0] if printed else suggestion)
            if not number:
                return
        page = min(rects)
        self._commit(editing.add_recommendation(self.w.corrections, number, text, page, rects[page]), number)

    def edit_recommendation(self) -> None:
        """Renumber or re-word a recommendation the reader added."""
        pair = self.w.current_pair()
        if pair is None or not pair.recommendation.manual:
            return
        answer = self.w.dialogs.edit_recommendation(self.w, pair.number, pair.recommendation.text)
        if answer is None or answer == (pair.number, pair.recommendation.text):
            return
        if answer[0] != pair.number and any(p.number == answer[0] for p in self.w.comparison().pairs):
            self.w.dialogs.error(
                self.w,
                self.tr("Number taken"),
                self.tr("There is already a recommendation {0}.").format(answer[0]),
            )
            return
        self._commit(editing.edit_recommendation(self.w.corrections, pair.number, *answer), answer[0])

    def find_more(self) -> None:
        """Propose the recommendations set like those already marked (by hand, else found), one key each."""
        comparison = self.w.comparison()
        if comparison is None or self.w.analysing:
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
            self.w.dialogs.info(
                self.w,
                self.tr("Nothing more found"),
                self.tr(
                    "No other passage of the advice is set like these recommendations. Select one and choose "
                    "Make recommendation from selection; after two, this command can find the rest."
                ),
            )
            return
        taken = self.w.dialogs.proposals(self.w, found)
        if taken:
            self._commit(editing.add_recommendations(self.w.corrections, taken), taken[0].number)

    def add_cited(self, proposal: Any) -> None:
        """The one-click fix of a hint: add the advice passage the response cites as recommendation N."""
        self._commit(editing.add_recommendations(self.w.corrections, [proposal]), proposal.number)

    def export_corrections(self) -> None:
        """Write this pair's corrections to a small file a colleague can import."""
        if self.w.keeper.key is None:
            return
        advice, response = (Path(self.w.paths.get(s, "")) for s in ("advice", "response"))
        start = str(advice.with_name(f"{advice.stem} corrections.json"))
        path = self.w.dialogs.choose_corrections_file(self.w, start, True)
        if not path:
            return
        advice_sha, response_sha = self.w.keeper.key
        data = to_file(self.w.corrections, advice_sha, response_sha, (advice.name, response.name))
        try:
            atomic.write_text(Path(path), json.dumps(data, ensure_ascii=False, indent=1))
        except WeerwoordError as err:
            self.w.dialogs.error(self.w, self.tr("Corrections not exported"), say(err.message))
            return
        self.w.statusBar().showMessage(self.tr("Corrections written to {0}.").format(path), 8000)

    def import_corrections(self, path: str | None = None) -> None:
        """Add a colleague's corrections of this pair (theirs win where both corrected the same thing)."""
        if self.w.keeper.key is None or self.w.analysed is None:
            return
        path = path or self.w.dialogs.choose_corrections_file(self.w, str(Path(self.w.paths["advice"]).parent), False)
        if not path:
            return
        try:
            theirs, shas = from_file(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, ValueError) as err:
            self.w.dialogs.error(
                self.w, self.tr("Corrections not imported"), self.tr("{0} cannot be read: {1}").format(path, err)
            )
            return
        if shas != tuple(self.w.keeper.key) and not self.w.dialogs.confirm(
            self.w,
            self.tr("Other documents?"),
            self.tr("These corrections were made on other versions of the documents. Apply them anyway?"),
        ):
            return
        self._commit(merge(self.w.corrections, theirs))

    def undo(self) -> None:
        try:
            previous = self.w.keeper.undo()
        except WeerwoordError as err:
            self.w.dialogs.error(self.w, self.tr("Undo failed"), say(err.message))
            return
        if previous is not None:
            self.redo_labels.append(self.undo_labels.pop() if self.undo_labels else editing.QT_TR("correction"))
            self._reanalyse(previous)

    def redo(self) -> None:
        try:
            following = self.w.keeper.redo()
        except WeerwoordError as err:
            self.w.dialogs.error(self.w, self.tr("Redo failed"), say(err.message))
            return
        if following is not None:
            self.undo_labels.append(self.redo_labels.pop() if self.redo_labels else editing.QT_TR("correction"))
            self._reanalyse(following)

    def reset_pair(self) -> None:
        number = self.w.current_number()
        if (
            number is not None
            and editing.concerns(self.w.corrections, number)
            and self.w.dialogs.confirm(
                self.w,
                self.tr("Reset recommendation {0}?").format(number),
                self.tr("Drop your corrections to recommendation {0}? Undo brings them back.").format(number),
            )
        ):
            self._commit(editing.reset_pair(self.w.corrections, number))

    def choose_reading(self, name: str | None) -> None:
        """Read the advice's recommendations as the reading ``name`` (None: as the response explains best)."""
        if self.w.analysed is None or self.w.analysing or self.w.corrections.reading == name:
            return
        self._commit(editing.choose_reading(self.w.corrections, name))

    def reset_all(self) -> None:
        if not self.w.corrections.is_empty() and self.w.dialogs.confirm(
            self.w,
            self.tr("Reset all corrections?"),
            self.tr("Drop all your corrections to these documents? Undo brings them back."),
        ):
            self._commit(Corrections())

    def undo_text(self) -> str:
        return self.undo_labels[-1] if self.undo_labels else ""

    def redo_text(self) -> str:
        return self.redo_labels[-1] if self.redo_labels else ""
