"""Going from pair to pair: the selected recommendation framed in both panes, its pages stepped through together."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from weerwoord.gui import theme
from weerwoord.gui.detail import DetailPanel
from weerwoord.gui.host import Host
from weerwoord.gui.open_pair import OpenPair
from weerwoord.gui.page_types import Highlight
from weerwoord.gui.pairs_list import PairsView
from weerwoord.gui.pane import Pane
from weerwoord.gui.worker import SIDES


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class Navigator:
    """Shows the pair's current entry: the detail, the frames and marks on the pages, the passage's pages."""

    def __init__(
        self, pair: OpenPair, host: Host, pairs_view: PairsView, detail: DetailPanel, panes: dict[str, Pane]
    ) -> None:
        self.pair = pair
        self.pairs_view = pairs_view
        self.detail = detail
        self.panes = panes
        self.passage_step = 0
        a = host.action
        self.act_next = a(
            _t("&Next pair"), lambda: self.step_pair(1), ["F6", "J"], "fa6s.arrow-down", _t("Next recommendation")
        )
        self.act_prev = a(
            _t("&Previous pair"),
            lambda: self.step_pair(-1),
            ["Shift+F6", "K"],
            "fa6s.arrow-up",
            _t("Previous recommendation"),
        )
        self.act_passage_next = a(
            _t("Next page of this pair"),
            lambda: self.step_passage(1),
            "Alt+PgDown",
            "fa6s.angles-down",
            _t("Both panes to the next page of the framed passages"),
        )
        self.act_passage_prev = a(
            _t("Previous page of this pair"),
            lambda: self.step_passage(-1),
            "Alt+PgUp",
            "fa6s.angles-up",
            _t("Both panes to the previous page of the framed passages"),
        )
        detail.set_passage_actions(self.act_passage_prev, self.act_passage_next)
        pair.current.currentChanged.connect(lambda cur, _prev: self.row_selected(cur.row()))
        detail.markActivated.connect(self.mark_activated)

    def select_row(self, row: int) -> None:
        if not 0 <= row < len(self.pair.model.entries):
            return
        index = self.pair.model.index(row)
        self.pairs_view.setCurrentIndex(index)
        self.pairs_view.scrollTo(index)
        self.row_selected(row)

    def select_number(self, number: str) -> bool:
        row = self.pair.model.row_of_number(number)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def step_pair(self, delta: int) -> None:
        entries = self.pair.model.entries
        if not entries:
            return
        row = self.pairs_view.currentIndex().row()
        row = row + delta if row >= 0 else 0
        while 0 <= row < len(entries) and entries[row].kind == "header":
            row += delta
        if 0 <= row < len(entries):
            self.select_row(row)

    def row_selected(self, row: int) -> None:
        if not 0 <= row < len(self.pair.model.entries):
            return
        entry = self.pair.model.entries[row]
        self.passage_step = 0
        if entry.kind == "pair":
            self.detail.show_pair(entry.pair)
        elif entry.kind == "reply":
            self.detail.show_reply(entry.reply)
        self.show_on_pages()
        self._show_passage_step()
        self.pair.currentChanged.emit()
        self.pair.stateChanged.emit()

    # --- the passage's pages ---------------------------------------------------------------------

    def passage_pages(self) -> tuple[list[int], list[int]]:
        """The pages of the framed recommendation and of the framed reply."""
        entry = self.pair.current_entry()
        if entry is None:
            return [], []
        if entry.kind == "reply":
            return [], [s.page for s in entry.reply.all_spans()]
        pair = entry.pair
        advice_pages = [s.page for s in pair.recommendation.run.spans()]
        reply_pages = [s.page for s in pair.reply.all_spans()] if pair.reply else []
        return advice_pages, reply_pages

    def step_passage(self, delta: int) -> None:
        advice_pages, reply_pages = self.passage_pages()
        steps = max(len(advice_pages), len(reply_pages))
        if steps <= 1:
            return
        self.passage_step = max(0, min(steps - 1, self.passage_step + delta))
        self._show_passage_step()

    def _show_passage_step(self) -> None:
        """Scroll both panes to page ``passage_step`` of their framed passages (or its last page)."""
        for side in SIDES:
            frames = self.panes[side].view.frames
            pages = sorted(frames)
            if not pages:
                continue
            page = pages[min(self.passage_step, len(pages) - 1)]
            top = min(r[1] for r in frames[page])
            self.panes[side].view.go_to_page(page, top)
        advice_pages, reply_pages = self.passage_pages()
        steps = max(len(advice_pages), len(reply_pages))
        self.detail.set_passage(self.passage_step, steps)
        self.act_passage_prev.setEnabled(self.passage_step > 0)
        self.act_passage_next.setEnabled(self.passage_step < steps - 1)

    # --- on the pages ----------------------------------------------------------------------------

    def show_on_pages(self) -> None:
        """Frames around the selected passages; all marks of all pairs on the response pages."""
        comparison = self.pair.comparison()
        advice, response = self.panes["advice"].view, self.panes["response"].view
        if comparison is None:
            advice.set_frames({})
            response.set_frames({})
            response.set_highlights([])
            return
        highlights: list[Highlight] = []
        for pair in comparison.pairs:
            for mark in pair.marks:
                tip = QCoreApplication.translate("MainWindow", "{0}: “{1}”").format(
                    theme.category_word(mark.category), mark.text
                )
                if mark.manual:
                    tip += " " + QCoreApplication.translate("MainWindow", "(added by you)")
                if not mark.about_recommendation:
                    tip += "\n" + QCoreApplication.translate(
                        "MainWindow", "About others, not the recommendation (outlined)"
                    )
                tip += "\n" + QCoreApplication.translate("MainWindow", "Reply to recommendation {0}").format(
                    pair.number
                )
                for span in mark.spans:
                    about = mark.about_recommendation
                    highlights.append(Highlight(span.page, tuple(span.rects), mark.category, tip, about))
        response.set_highlights(highlights)
        entry = self.pair.current_entry()
        advice_frames: dict[int, list[Any]] = {}
        response_frames: dict[int, list[Any]] = {}
        if entry is not None and entry.kind == "pair":
            for span in entry.pair.recommendation.run.spans():
                advice_frames.setdefault(span.page, []).extend(span.rects)
            if entry.pair.reply is not None:
                for span in entry.pair.reply.all_spans():
                    response_frames.setdefault(span.page, []).extend(span.rects)
        elif entry is not None and entry.kind == "reply":
            for span in entry.reply.all_spans():
                response_frames.setdefault(span.page, []).extend(span.rects)
        advice.set_frames(advice_frames)
        response.set_frames(response_frames)

    def mark_activated(self, index: int) -> None:
        pair = self.pair.current_pair()
        if pair is None or not 0 <= index < len(pair.marks):
            return
        mark = pair.marks[index]
        if mark.spans and mark.spans[0].rects:
            span = mark.spans[0]
            view = self.panes["response"].view
            view.ensure_visible(span.page, span.rects[0])
            view.flash(span.page, _union(span.rects))


def _union(rects: Any) -> tuple[float, float, float, float]:
    rs = list(rects)
    return (min(r[0] for r in rs), min(r[1] for r in rs), max(r[2] for r in rs), max(r[3] for r in rs))
