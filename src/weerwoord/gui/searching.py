"""Search in both documents: the Search tab, the hits on the pages, F3 and Shift+F3 from hit to hit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QTabWidget

from weerwoord.gui import looks
from weerwoord.gui.host import Host
from weerwoord.gui.open_pair import OpenPair
from weerwoord.gui.pane import Pane
from weerwoord.gui.search_panel import SearchPanel
from weerwoord.gui.worker import SearchHit


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class Searcher:
    """Sends a phrase to the worker, shows its hits in the Search tab and on the pages, steps through them."""

    def __init__(
        self, pair: OpenPair, host: Host, sidebar: QTabWidget, search_panel: SearchPanel, panes: dict[str, Pane]
    ) -> None:
        self.pair = pair
        self.sidebar = sidebar
        self.search_panel = search_panel
        self.panes = panes
        self.status_label: QLabel = host.status_label
        self.search_hits: list[SearchHit] = []
        self.search_index = -1
        pair.worker.searched.connect(self._searched)
        search_panel.searchRequested.connect(self.search)
        search_panel.hitChosen.connect(self.go_to_hit)
        sidebar.currentChanged.connect(lambda _i: looks.left_search(self))
        a = host.action
        self.act_find = a(
            _t("&Find…"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
            "fa6s.magnifying-glass",
            _t("Search both documents"),
        )
        self.act_find_next = a(
            _t("Find &next"), lambda: self.step_hit(1), ["F3"], "fa6s.chevron-down", _t("Next search hit")
        )
        self.act_find_prev = a(
            _t("Find &previous"),
            lambda: self.step_hit(-1),
            ["Shift+F3"],
            "fa6s.chevron-up",
            _t("Previous search hit"),
        )
        search_panel.set_step_actions(self.act_find_prev, self.act_find_next)

    def forget(self) -> None:
        """Another pair is opening: its hits are not these."""
        self.search_hits = []
        self.search_index = -1

    def focus_search(self) -> None:
        self.sidebar.setCurrentWidget(self.search_panel)
        self.search_panel.edit.setFocus()
        self.search_panel.edit.selectAll()

    def search(self, phrase: str) -> None:
        if phrase.strip() and self.pair.paths:
            self.search_panel.summary.setText(QCoreApplication.translate("MainWindow", "Searching…"))
            self.pair.worker.search(self.pair.generation, phrase)

    def _searched(self, gen: int, phrase: str, hits: list[SearchHit]) -> None:
        if gen != self.pair.generation:
            return
        self.search_hits = hits
        self.search_index = -1
        self.search_panel.show_hits(phrase, hits)
        for side, pane in self.panes.items():
            pane.view.set_search_hits([(h.page, tuple(h.rects)) for h in hits if h.side == side])
        if hits:
            self.go_to_hit(0)

    def step_hit(self, delta: int) -> None:
        if not self.search_hits:
            self.focus_search()
            return
        self.go_to_hit((self.search_index + delta) % len(self.search_hits))

    def go_to_hit(self, index: int) -> None:
        if not 0 <= index < len(self.search_hits):
            return
        self.search_index = index
        hit = self.search_hits[index]
        for side, pane in self.panes.items():
            side_hits = [i for i, h in enumerate(self.search_hits) if h.side == side]
            pane.view.set_search_hits(
                [(self.search_hits[i].page, tuple(self.search_hits[i].rects)) for i in side_hits],
                side_hits.index(index) if index in side_hits else -1,
            )
        self.panes[hit.side].view.ensure_visible(hit.page, hit.rects[0])
        self.search_panel.select(index)
        self.status_label.setText(
            QCoreApplication.translate("MainWindow", "Hit {0} of {1}").format(index + 1, len(self.search_hits))
        )
