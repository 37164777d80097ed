"""Replies cut by hand: the passage selected in the response becomes the reply, grows it, or splits a section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.keeping.cuts import Flat
from app.gui import editing
from app.gui.correcting import Corrector


class ReplyCuts:
    """The Correct menu's cuts of the response by its selection, committed as the corrector's other corrections."""

    def __init__(self, corrector: Corrector) -> None:
        self.corrector = corrector
        self.pair = corrector.pair
        self.host = corrector.host

    def _selection(self) -> tuple[Flat, int, int] | None:
        """The response's whole text and where the selection in the response stands in it (None: says why)."""
        comparison = self.pair.comparison()
        rects = self.pair.selection_rects("response")
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

    def extend_reply(self) -> None:
        """The current reply grows to take in the selected passage (and what lies between)."""
        self._grow(whole_section=False)

    def merge_sections(self) -> None:
        """The current reply and the section the selection is in become one reply."""
        self._grow(whole_section=True)

    def _grow(self, whole_section: bool) -> None:
        pair = self.pair.current_pair()
        found = self._selection() if pair is not None else None
        if pair is None or found is None:
            return
        flat, start, end = found
        if whole_section:
            around = [w for r in self.corrector.replies() if (w := flat.range_of(r.run)) and w[0] <= start < w[1]]
            if around:
                start, end = around[0]
        if pair.reply is not None and (own := flat.range_of(pair.reply.run)) is not None:
            start, end = min(start, own[0]), max(end, own[1])
        self.corrector.commit(
            editing.cut_reply(self.pair.corrections, pair.number, flat.anchor(start, end)), pair.number
        )

    def split_section(self) -> None:
        """The section the selection starts in splits there: the text from the selection on is a section."""
        found = self._selection()
        if found is None:
            return
        flat, start, _end = found
        inside = [w for r in self.corrector.replies() if (w := flat.range_of(r.run)) and w[0] < start < w[1]]
        if not inside:
            self.host.dialogs.error(
                self.host.window,
                QCoreApplication.translate("Corrector", "Nothing to split"),
                QCoreApplication.translate(
                    "Corrector",
                    "A section splits where the selection starts: select from a word inside a section, not its first.",
                ),
            )
            return
        self.corrector.commit(editing.split_section(self.pair.corrections, flat.split_anchor(start)))
