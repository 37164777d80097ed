"""The main window: one open pair shown in two page panes beside the pairs list and detail, its parts wired up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, QTimer, SignalInstance
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow

from weerwoord.gui import looks, window_state
from weerwoord.gui.correct_actions import CorrectActions
from weerwoord.gui.correcting import Corrector
from weerwoord.gui.corrections_keeper import CorrectionsKeeper
from weerwoord.gui.dialogs import Dialogs
from weerwoord.gui.exporting import Exporter
from weerwoord.gui.host import Host
from weerwoord.gui.navigation import Navigator
from weerwoord.gui.notes import NotesController
from weerwoord.gui.open_pair import OpenPair
from weerwoord.gui.page_cache import PageCache
from weerwoord.gui.page_commands import PageCommands
from weerwoord.gui.pair_loading import PairLoader
from weerwoord.gui.pairs_list import PairsModel
from weerwoord.gui.pane import Pane
from weerwoord.gui.printing import BriefingPrinter
from weerwoord.gui.recent_pairs import RecentPairs
from weerwoord.gui.searching import Searcher
from weerwoord.gui.side_panels import SidePanels
from weerwoord.gui.view_commands import ViewCommands
from weerwoord.gui.window_layout import WindowLayout
from weerwoord.gui.window_menus import WindowMenus
from weerwoord.gui.worker import PdfWorker


class MainWindow(QMainWindow):
    """One window, one pair of documents at a time: shows the :class:`OpenPair` through its parts.

    Each concern is a part of its own — the widgets (``ui``, window_layout.py), opening a pair (``loader``),
    going from pair to pair (``navigator``), search, zoom and focus (``view_commands``), the selection on the
    pages (``page_commands``), corrections (``corrector``, ``correct``), notes, export, print and the menus.
    The parts get the open pair and the widgets they act on, never the window. Scripts and tests reach a part's
    names through the part (``window.correct.act_relink``, ``window.ui.detail``); the few the window answers for
    itself (``panes``, ``comparison()``, ``open_pair()``…) are below.
    """

    def __init__(
        self,
        settings: QSettings,
        data_dir: str | None = None,
        dialogs: Dialogs | None = None,
        remember: bool = True,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.dialogs = dialogs or Dialogs()
        self.remember = remember  # False for --screenshot: leave the user's settings alone
        self.start_maximised = False  # the first start on a small screen
        self.keeper = CorrectionsKeeper(data_dir)
        self.cache = PageCache()
        self.worker = PdfWorker()
        from weerwoord.gui.i18n import chosen_language

        # the analysis's sentences (verdict reasons, evidence, warnings) in the window's language
        self.worker.language = chosen_language(settings)
        self.pair = pair = OpenPair(self.keeper, self.worker, self)
        self.setWindowTitle(self.tr("Weerwoord"))
        self.setAcceptDrops(True)
        self.ui = ui = WindowLayout(self, pair, self.cache, self.worker)
        host = Host(self, self.dialogs, settings, remember, ui.status_label, self.statusBar())
        self.corrector = Corrector(pair, host, ui.detail)
        self.navigator = Navigator(pair, host, ui.pairs_view, ui.detail, ui.panes)
        ui.notice.readingChosen.connect(lambda name: self.corrector.choose_reading(name or None))
        ui.detail.markSelected.connect(lambda _row: pair.stateChanged.emit())
        self.searcher = Searcher(pair, host, ui.sidebar, ui.search_panel, ui.panes)
        self.view_commands = ViewCommands(host, ui.panes, ui.pairs_view)
        self.page_commands = PageCommands(pair, host, ui.panes)
        self.recent = RecentPairs(settings, remember, self)
        self.loader = PairLoader(pair, host, ui, self.cache, self.navigator, self.searcher, self.recent)
        self.worker.start()
        self.notes = NotesController(pair, host, ui, self.navigator)
        self.notes.panel.rowsChanged.connect(lambda: looks.show_note_marks(self))
        self.exporter = Exporter(pair, host, self.notes)
        self.side_panels = SidePanels(pair, host, ui, self.worker)  # Contents and Marks tabs (View menu)
        self.printer = BriefingPrinter(pair, host, self.notes)
        self.correct = CorrectActions(self.corrector, host, ui.detail)
        self.correct.put_under_detail()
        self.page_commands.note_action = self.notes.act_add
        self.page_commands.correct = self.correct
        parts = (self.page_commands, self.searcher, self.view_commands, self.navigator, self.correct)
        controllers = (self.notes, self.exporter, self.printer, self.side_panels)
        self.menus = WindowMenus(self, host, self.loader, self.recent, parts, controllers, self.show_register)
        pair.stateChanged.connect(self._update_actions)
        self._update_actions()
        window_state.restore(self)

    # --- the window's face: for main.py, window_state.py, looks.py, scripts and tests -------------------
    # (anything else is read from its part: ``window.correct.act_relink``, ``window.ui.detail``)

    @property
    def analysisFinished(self) -> SignalInstance:
        """The open pair's signal: after every (re)analysis, successful or not."""
        return self.pair.analysisFinished

    @property
    def pairs_model(self) -> PairsModel:
        return self.pair.model

    @property
    def panes(self) -> dict[str, Pane]:
        """The two page panes, by side ('advice', 'response')."""
        return self.ui.panes

    def comparison(self) -> Any:
        """The open pair's analysis (None before the first is in)."""
        return self.pair.comparison()

    def current_number(self) -> str | None:
        """The number of the recommendation selected, if one is."""
        return self.pair.current_number()

    def open_pair(
        self,
        advice: str | Path,
        response: str | Path,
        advice_password: str | None = None,
        response_password: str | None = None,
        select: str | None = None,
    ) -> None:
        """Open two documents as the advice and its response (``select``: the recommendation to show)."""
        self.loader.open_pair(advice, response, advice_password, response_password, select=select)

    def open_one(self, path: str) -> None:
        """Open one document and ask for the other."""
        self.loader.open_one(path)

    def recent_pairs(self) -> list[tuple[str, str]]:
        return self.recent.pairs()

    def set_zoom(self, mode: str, factor: float | None = None) -> None:
        self.view_commands.set_zoom(mode, factor)

    def show_register(self) -> Any:
        """The register of many pairs; a row opened there opens its pair here, at its recommendation."""
        from weerwoord.gui.register_window import open_register_window

        data_dir = self.keeper.data_dir
        register = open_register_window(self, data_dir=str(data_dir) if data_dir else None)
        if not getattr(register, "_hooked", False):
            register.openPair.connect(self._open_from_register)
            register._hooked = True  # type: ignore[attr-defined]
        return register

    def _open_from_register(self, advice: str, response: str, number: str) -> None:
        self.loader.open_pair(advice, response, select=number or None)

    def _update_actions(self) -> None:
        self.correct.update()
        self.page_commands.update()
        self.loader.act_cancel.setEnabled(self.pair.analysing)

    def screenshot_ready(self) -> bool:
        """Analysis finished and every visible page painted sharp: the window is what a reader sees."""
        if self.pair.analysing or not self.pair.paths:
            return False
        return all(p.view.page_count == 0 or p.view.is_painted() for p in self.ui.panes.values())

    # --- Qt's events -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        window_state.save(self)
        self.notes.close()  # the last keystrokes of a note, before the store closes
        self.worker.stop()
        self.keeper.close()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if len(files) == 2:
            event.acceptProposedAction()
            self.loader.open_two(files[0], files[1])
        elif len(files) == 1:
            event.acceptProposedAction()
            self.loader.open_one(files[0])
        elif files:
            self.dialogs.error(
                self,
                self.tr("Two files needed"),
                self.tr("Drop the advice and the response together (two files)."),
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            QTimer.singleShot(0, self, self._refresh_icons)  # dropped if the window goes first
        super().changeEvent(event)

    def _refresh_icons(self) -> None:
        for pane in self.ui.panes.values():
            pane.view.viewport().update()
        self.ui.pairs_view.viewport().update()
