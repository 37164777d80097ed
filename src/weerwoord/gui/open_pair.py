"""The pair of documents open in the window: its analysis, corrections, notes store, what is selected, with signals."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QItemSelectionModel, QObject, Signal
from PySide6.QtGui import QGuiApplication

from weerwoord.core.keeping.corrections import Corrections
from weerwoord.gui.corrections_keeper import CorrectionsKeeper
from weerwoord.gui.pairs_list import PairsModel
from weerwoord.gui.worker import Analysed, PdfWorker


class SelectablePages(Protocol):
    """The text selection of one side's pages (the page view shows it; the open pair reads it)."""

    side: str

    def has_selection(self) -> bool: ...
    def selection_rects(self) -> dict[int, Any]: ...
    def selected_text(self) -> str: ...
    def hasFocus(self) -> bool: ...


class OpenPair(QObject):
    """One advice and its response as the window shows them; the window's controllers act on this, not the window.

    ``generation`` counts the pairs opened (a worker result of an older one is dropped); ``analysed`` is the
    worker's last analysis (None while the first runs); ``corrections`` the reader's, as stored by ``keeper``
    (which also holds the notes store). ``model`` lists the recommendations and ``current`` says which is selected.
    """

    analysisFinished = Signal()  # after every (re)analysis, successful or not: the comparison may have changed
    currentChanged = Signal()  # another recommendation (or unlinked reply) is selected
    textSelected = Signal(str)  # the text selected in the pages of this side changed
    stateChanged = Signal()  # something a command depends on changed (busy, selection, the chosen mark)
    closing = Signal()  # another pair is about to open: what belongs to this one is saved now

    def __init__(self, keeper: CorrectionsKeeper, worker: PdfWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.worker = worker
        self.generation = 0
        self.paths: dict[str, str] = {}
        self.passwords: dict[str, str | None] = {}
        self.analysed: Analysed | None = None
        self.analysing = False
        self.corrections = Corrections()
        self.pending_number: str | None = None  # the recommendation to select once the analysis is in
        self.model = PairsModel()
        self.model.setParent(self)
        self.current = QItemSelectionModel(self.model, self)
        self.pages: dict[str, SelectablePages] = {}  # per side, where its text is selected

    # --- the analysis ----------------------------------------------------------------------------

    def comparison(self) -> Any:
        return self.analysed.comparison if self.analysed else None

    def ready(self) -> bool:
        """Analysed (well or not) and not being analysed again: corrections may be made."""
        return self.analysed is not None and not self.analysing

    def reanalyse(self, corrections: Corrections, select: str | None = None) -> None:
        """Analyse again with ``corrections``; ``select`` (or else the current one) is selected afterwards."""
        if self.analysed is None:
            return
        self.corrections = corrections
        self.pending_number = select or self.current_number()
        self.analysing = True
        self.worker.reanalyse(self.generation, self.analysed.advice, self.analysed.response, corrections)
        self.stateChanged.emit()

    # --- what is selected ------------------------------------------------------------------------

    def current_entry(self) -> Any:
        row = self.current.currentIndex().row()
        if 0 <= row < len(self.model.entries):
            return self.model.entries[row]
        return None

    def current_pair(self) -> Any:
        entry = self.current_entry()
        return entry.pair if entry is not None and entry.kind == "pair" else None

    def current_number(self) -> str | None:
        pair = self.current_pair()
        return pair.number if pair is not None else None

    def has_selection(self, side: str) -> bool:
        return side in self.pages and self.pages[side].has_selection()

    def selection_rects(self, side: str) -> dict[int, Any]:
        return self.pages[side].selection_rects() if side in self.pages else {}

    def selected_text(self, side: str) -> str:
        return self.pages[side].selected_text() if side in self.pages else ""

    def selection_pages(self) -> SelectablePages | None:
        """The pages whose selection a command acts on: the focused side's, else the side that has one."""
        focused: object = QGuiApplication.focusObject()
        for pages in self.pages.values():
            if pages is focused and pages.has_selection():
                return pages
        for pages in self.pages.values():
            if pages.has_selection():
                return pages
        return None
