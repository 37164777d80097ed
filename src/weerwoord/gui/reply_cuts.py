"""Replies cut by hand: the passage selected in the response becomes the reply, grows it, or splits a section."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from weerwoord.core.keeping.cuts import Flat
from weerwoord.core.model import Reply
from weerwoord.gui import editing
from weerwoord.gui.correcting import Corrector


class ReplyCuts:
    """The Correct menu's cuts of the response by its selection, committed as the corrector's other corrections."""

    def __init__(self, corrector: Corrector) -> None:
        self.corrector = corrector
        self.pair = corrector.pair
        self.host = corrector.host

    def _selection(self, caret: bool = False) -> tuple[Flat, int, int] | None:
        """The response's whole text and where the selection in the response stands in it (None: says why).

        With ``caret``, the word at the caret (F7) counts as the selection when nothing is selected.
        """
        comparison = self.pair.comparison()
        rects = self.pair.selection_rects("response")
        if not rects and caret:
            at = getattr(self.pair.pages.get("response"), "caret_rect", lambda: None)()
            rects = {at[0]: [at[1]]} if at is not None else {}
        if comparison is None or self.pair.analysing or not rects:
            return None
        flat = Flat(comparison.response)
        where = flat.range_at(rects)
        if where is None:
            self.host.dialogs.error(
                self.host.window,
                QCoreApplication.translate("Corrector", "Selection not in the text"),
                QCoreApplication.translate(
                    "Corrector",
                    "The selected words are not part of the response's text (a page header, footer or note?).",
                ),
            )
            return None
        return flat, *where

    def _sections(self, flat: Flat) -> list[tuple[int, int, Reply]]:
        """Every section of the response with where it stands in the whole text, in reading order."""
        found = [(w[0], w[1], r) for r in self.corrector.replies() if (w := flat.range_of(r.run)) is not None]
        return sorted(found, key=lambda x: x[0])

    def cut_reply(self) -> None:
        """The passage selected in the response is the reply to the current recommendation: exactly that."""
        pair = self.pair.current_pair()
        found = self._selection() if pair is not None else None
        if pair is None or found is None:
            return
        flat, start, end = found
        self.corrector.commit(
            editing.cut_reply(self.pair.corrections, pair.number, flat.anchor(start, end)), pair.number
        )

    def cut_like(self) -> None:
        """Cut the other replies like the ones the reader cut: each proposed, accepted or skipped with one key."""
        comparison = self.pair.comparison()
        if comparison is None or self.pair.analysing:
            return
        from weerwoord.core.keeping.reply_proposals import propose

        flat = Flat(comparison.response)
        cuts = [(c.number, *found) for c in self.pair.corrections.reply_cuts if (found := flat.find(c.anchor))]
        if not cuts:
            self.host.dialogs.info(
                self.host.window,
                QCoreApplication.translate("Corrector", "Cut one reply first"),
                QCoreApplication.translate(
                    "Corrector",
                    "Select the reply to a recommendation in the response, from where it starts to where it ends, "
                    "and choose This is the reply to recommendation N. This command then proposes the other "
                    "replies that start the same way.",
                ),
            )
            return
        recommendations = {p.number: p.recommendation.text for p in comparison.pairs}
        now = {p.number: w for p in comparison.pairs if p.reply is not None and (w := flat.range_of(p.reply.run))}
        proposals = propose(comparison.response, recommendations, cuts, now)
        if not proposals:
            self.host.dialogs.info(
                self.host.window,
                QCoreApplication.translate("Corrector", "Nothing more found"),
                QCoreApplication.translate(
                    "Corrector",
                    "No other reply of the response starts like the ones you cut, or each one already is as they "
                    "would be cut.",
                ),
            )
            return
        taken = self.host.dialogs.proposals(self.host.window, proposals)
        if taken:
            chosen = [(p.number, p.anchor) for p in taken]
            self.corrector.commit(editing.cut_replies(self.pair.corrections, chosen), taken[0].number)

    def extend_reply(self) -> None:
        """The current reply grows to take in the selected passage (and what lies between)."""
        pair = self.pair.current_pair()
        found = self._selection() if pair is not None else None
        if pair is None or found is None:
            return
        flat, start, end = found
        self._grow(pair, flat, start, end)

    def merge_sections(self) -> None:
        """The sections the selection is in become one: with the current reply, its reply; else, when the selection
        runs over two or more sections, one section (linked as the first of them was)."""
        found = self._selection()
        if found is None:
            return
        flat, start, end = found
        pair = self.pair.current_pair()
        touched = [(a, b, r) for a, b, r in self._sections(flat) if a < max(end, start + 1) and start < b]
        own = pair.reply.id if pair is not None and pair.reply is not None else None
        ids = {r.id for _a, _b, r in touched}
        if pair is not None and touched and ids != {own} and (own in ids or len(touched) == 1):
            self._grow(pair, flat, touched[0][0], touched[-1][1])  # into the current reply
            return
        if len(touched) < 2:
            self._say(
                QCoreApplication.translate("Corrector", "Nothing to merge"),
                QCoreApplication.translate(
                    "Corrector", "Select text that runs from one section of the response into the next."
                ),
            )
            return
        comparison = self.pair.comparison()
        answering = sorted(
            {p.number for p in comparison.pairs if p.reply is not None and p.reply.id in ids}, key=_number_order
        )
        if len(answering) > 1:
            self._say(
                QCoreApplication.translate("Corrector", "Sections of two recommendations"),
                QCoreApplication.translate(
                    "Corrector",
                    "These sections are the replies to recommendations {0}. Select one of them in the list and "
                    "merge the others into its reply.",
                ).format(", ".join(answering)),
            )
            return
        anchor = flat.anchor(touched[0][0], touched[-1][1])
        self.corrector.commit(editing.join_sections(self.pair.corrections, anchor))

    def _grow(self, pair: Any, flat: Flat, start: int, end: int) -> None:
        if pair.reply is not None and (own := flat.range_of(pair.reply.run)) is not None:
            start, end = min(start, own[0]), max(end, own[1])
        self.corrector.commit(
            editing.cut_reply(self.pair.corrections, pair.number, flat.anchor(start, end)), pair.number
        )

    def split_section(self) -> None:
        """The section the selection (or the caret) starts in splits there: the text from there on is a section."""
        found = self._selection(caret=True)
        if found is None:
            if not self.pair.has_selection("response") and self.pair.comparison() is not None:
                self._nothing_to_split()
            return
        flat, start, _end = found
        if not any(a < start < b for a, b, _r in self._sections(flat)):
            self._nothing_to_split()
            return
        joins = []  # a passage the reader merged that holds the point is now two, parted there
        for anchor in self.pair.corrections.joins:
            where = flat.find(anchor)
            if where is not None and where[0] < start < where[1]:
                joins += [flat.anchor(where[0], start), flat.anchor(start, where[1])]
            else:
                joins.append(anchor)
        self.corrector.commit(editing.split_section(self.pair.corrections, flat.split_anchor(start), joins))

    def _nothing_to_split(self) -> None:
        self._say(
            QCoreApplication.translate("Corrector", "Nothing to split"),
            QCoreApplication.translate(
                "Corrector",
                "A section splits where the selection or the caret (F7) is: put it on a word inside a section, "
                "not its first.",
            ),
        )

    def _say(self, title: str, message: str) -> None:
        self.host.dialogs.error(self.host.window, title, message)


def _number_order(number: str) -> tuple[int, str]:
    digits = "".join(ch for ch in number if ch.isdigit())
    return (int(digits) if digits else 10**6, number)
