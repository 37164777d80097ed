"""The main window: two page panes, the pairs list and detail, menus, and the flow of one open pair."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.core.errors import PasswordRequired, WeerwoordError, WrongPassword
from app.core.keeping.corrections import Corrections
from app.gui import editing, looks, theme, window_state, zooming
from app.gui.analysis_notice import AnalysisNotice
from app.gui.core_words import say
from app.gui.correcting import Corrector
from app.gui.corrections_keeper import CorrectionsKeeper
from app.gui.detail import DetailPanel
from app.gui.detail_bar import detail_with_buttons
from app.gui.dialogs import Dialogs
from app.gui.exporting import Exporter
from app.gui.notes import NotesController
from app.gui.page_cache import PageCache
from app.gui.page_view import Highlight, PageView
from app.gui.pairs_list import PairsModel, PairsView
from app.gui.pane import Pane
from app.gui.printing import BriefingPrinter
from app.gui.search_panel import SearchPanel
from app.gui.worker import SIDES, Analysed, OpenedDocument, PdfWorker, SearchHit, Word

# The analysis starts once both panes show their first pages (it competes with them for Python's lock), or
# after this long if a pane cannot paint (hidden, collapsed).
ANALYSIS_WAIT_MS = 1000
RECENT_LIMIT = 8


class MainWindow(QMainWindow):
    """One window, one pair of documents at a time."""

    analysisFinished = Signal()  # after every (re)analysis, successful or not

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
        self.keeper = CorrectionsKeeper(data_dir)
        self.corrector = Corrector(self)
        self.corrections = Corrections()
        self.generation = 0
        self.paths: dict[str, str] = {}
        self.passwords: dict[str, str | None] = {}
        self.analysed: Analysed | None = None
        self.analysing = False
        self._reported = -1  # the generation whose error has been shown
        self._passage_step = 0
        self._pending_number: str | None = None
        self._restore_place = False  # scroll the panes back to where they were when this pair was closed
        self.start_maximised = False  # the first start on a small screen
        self.search_hits: list[SearchHit] = []
        self.search_index = -1
        self._analysis_waiting = -1  # the generation whose analysis waits for its first pages to be shown
        self._failed_sides: set[str] = set()  # sides of this generation that could not be opened
        self._analysis_due = QTimer(self, singleShot=True, interval=ANALYSIS_WAIT_MS)
        self._analysis_due.timeout.connect(self._submit_analysis)
        self.cache = PageCache()
        self.worker = PdfWorker()
        from app.gui.i18n import chosen_language

        # the analysis's sentences (verdict reasons, evidence, warnings) in the window's language
        self.worker.language = chosen_language(settings)
        self.worker.opened.connect(self._opened)
        self.worker.open_failed.connect(self._open_failed)
        self.worker.rendered.connect(self._rendered)
        self.worker.words_ready.connect(self._words_ready)
        self.worker.progress.connect(self._progress)
        self.worker.analysed.connect(self._analysed)
        self.worker.searched.connect(self._searched)
        self.worker.start()

        self.setWindowTitle(self.tr("Weerwoord"))
        self.setAcceptDrops(True)
        self._build_widgets()
        self.notes = NotesController(self)
        self.notes.panel.rowsChanged.connect(lambda: looks.show_note_marks(self))
        self.exporter = Exporter(self)
        self.printer = BriefingPrinter(self)
        self._build_actions()
        self._build_menus()
        self._update_actions()
        self._restore_settings()

    # --- construction ----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet(
            "QLabel { background: #fff4ce; color: #4d3800; padding: 6px 10px; border-bottom: 1px solid #e0c060; }"
        )
        self.banner.setAccessibleName(self.tr("Notice about the example"))
        self.banner.setText(
            self.tr(
                "<b>Example:</b> AIV advice no. 109 with the cabinet's response of 18 April 2019. "
                "The advice shown here is a <b>reconstruction</b> written from the response, "
                "not the official AIV text; the response is the real letter."
            )
        )
        self.banner.hide()
        layout.addWidget(self.banner)
        # the analysis's doubts (the documents disagree) and the other readings of the advice, one click away
        self.notice = AnalysisNotice()
        self.notice.readingChosen.connect(lambda name: self.corrector.choose_reading(name or None))
        layout.addWidget(self.notice)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.sidebar = QTabWidget()
        self.sidebar.setAccessibleName(self.tr("Pairs and search"))
        pairs_box = QSplitter(Qt.Orientation.Vertical)
        self.pairs_model = PairsModel(self)
        self.pairs_view = PairsView()
        self.pairs_view.setModel(self.pairs_model)
        self.pairs_view.setAccessibleName(self.tr("Recommendations and their verdicts"))
        self.pairs_view.setToolTip(self.tr("One row per recommendation; J/K or F6/Shift+F6 to step"))
        self.pairs_view.selectionModel().currentChanged.connect(lambda cur, _prev: self._row_selected(cur.row()))
        self.detail = DetailPanel()
        self.detail.markActivated.connect(self._mark_activated)
        self.detail.markSelected.connect(lambda _row: self._update_actions())
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(2)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(6, 4, 6, 2)
        self.summary.setAccessibleName(self.tr("Summary of the verdicts"))
        list_layout.addWidget(self.summary)
        list_layout.addWidget(self.pairs_view, 1)
        pairs_box.addWidget(list_box)
        pairs_box.addWidget(detail_with_buttons(self.detail))
        pairs_box.setStretchFactor(0, 1)
        pairs_box.setStretchFactor(1, 1)
        pairs_box.setSizes([470, 530])
        self.pairs_box = pairs_box
        self.sidebar.addTab(pairs_box, theme.icon("fa6s.list-check"), self.tr("Pairs"))
        self.search_panel = SearchPanel()
        self.search_panel.searchRequested.connect(self.search)
        self.search_panel.hitChosen.connect(self._go_to_hit)
        self.sidebar.addTab(self.search_panel, theme.icon("fa6s.magnifying-glass"), self.tr("Search"))
        self.sidebar.currentChanged.connect(lambda _i: looks.left_search(self))
        self.splitter.addWidget(self.sidebar)
        self.panes = {
            "advice": Pane("advice", self.tr("Advice"), self.cache, self.worker),
            "response": Pane("response", self.tr("Response"), self.cache, self.worker),
        }
        for pane in self.panes.values():
            self.splitter.addWidget(pane)
            pane.view.zoomStep.connect(lambda d, v=pane.view: self._zoom_step(d, v))
            pane.view.contextMenuAt.connect(
                lambda pos, page, pt, side=pane.side: self._context_menu(side, pos, page, pt)
            )
            pane.view.selectionChanged.connect(lambda side=pane.side: self._selection_changed(side))
            pane.view.caretModeChanged.connect(lambda on: looks.caret_mode_said(self, on))
            pane.view.pagesShown.connect(self._pages_shown)
            pane.clear(
                self.tr("Open an advice and its response with File ▸ Open pair (Ctrl+O), or drop the two files here.")
            )
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([380, 610, 610])
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        status = self.statusBar()
        self.status_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setAccessibleName(self.tr("Analysis progress"))
        self.progress_bar.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.hide()
        status.addWidget(self.status_label, 1)
        status.addPermanentWidget(self.progress_bar)
        status.addPermanentWidget(self.cancel_button)
        self.setTabOrder(self.pairs_view, self.detail.marks)
        self.setTabOrder(self.detail.marks, self.panes["advice"].view)
        self.setTabOrder(self.panes["advice"].view, self.panes["response"].view)

    def _action(
        self,
        text: str,
        slot: Any,
        shortcuts: str | list[str] | QKeySequence.StandardKey | None = None,
        icon: str | None = None,
        tip: str | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(theme.icon(icon))
        if isinstance(shortcuts, str):
            action.setShortcut(QKeySequence(shortcuts))
        elif isinstance(shortcuts, list):
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        elif shortcuts is not None:
            action.setShortcut(QKeySequence(shortcuts))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = text.replace("&", "").rstrip("…")
        action.setToolTip(f"{tip or plain} ({keys})" if keys else (tip or plain))
        action.setStatusTip(tip or plain)
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        t = self.tr
        a = self._action
        self.act_open = a(
            t("&Open pair…"),
            self.open_dialog,
            QKeySequence.StandardKey.Open,
            "fa6s.folder-open",
            t("Open an advice and its response"),
        )
        self.act_example = a(
            t("Open &example"),
            self.open_example,
            "Ctrl+Shift+E",
            "fa6s.book-open",
            t("Open the shipped example: AIV advice 109 and the cabinet's response"),
        )
        self.act_quit = a(t("&Quit"), self.close, "Ctrl+Q", None, t("Close the window"))
        self.act_copy = a(
            t("&Copy"),
            self.copy_selection,
            QKeySequence.StandardKey.Copy,
            "fa6s.copy",
            t("Copy the selected text"),
        )
        self.act_find = a(
            t("&Find…"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
            "fa6s.magnifying-glass",
            t("Search both documents"),
        )
        self.act_find_next = a(
            t("Find &next"), lambda: self.step_hit(1), ["F3"], "fa6s.chevron-down", t("Next search hit")
        )
        self.act_find_prev = a(
            t("Find &previous"),
            lambda: self.step_hit(-1),
            ["Shift+F3"],
            "fa6s.chevron-up",
            t("Previous search hit"),
        )
        self.search_panel.set_step_actions(self.act_find_prev, self.act_find_next)
        self.act_zoom_in = a(
            t("Zoom &in"),
            lambda: self._zoom_step(1),
            ["Ctrl++", "Ctrl+="],
            "fa6s.magnifying-glass-plus",
            t("Make the pages larger"),
        )
        self.act_zoom_out = a(
            t("Zoom &out"),
            lambda: self._zoom_step(-1),
            ["Ctrl+-"],
            "fa6s.magnifying-glass-minus",
            t("Make the pages smaller"),
        )
        self.act_fit_width = a(
            t("Fit &width"),
            lambda: self.set_zoom("width"),
            "Ctrl+0",
            "fa6s.arrows-left-right",
            t("Pages as wide as the panes"),
        )
        self.act_fit_page = a(
            t("Fit &page"), lambda: self.set_zoom("page"), "Ctrl+9", "fa6s.expand", t("Whole pages in view")
        )
        self.act_goto = a(
            t("&Go to page…"),
            self.focus_page_box,
            "Ctrl+G",
            None,
            t("Type a page number for the pane that has focus"),
        )
        self.act_next = a(
            t("&Next pair"),
            lambda: self.step_pair(1),
            ["F6", "J"],
            "fa6s.arrow-down",
            t("Next recommendation"),
        )
        self.act_prev = a(
            t("&Previous pair"),
            lambda: self.step_pair(-1),
            ["Shift+F6", "K"],
            "fa6s.arrow-up",
            t("Previous recommendation"),
        )
        self.act_passage_next = a(
            t("Next page of this pair"),
            lambda: self.step_passage(1),
            "Alt+PgDown",
            "fa6s.angles-down",
            t("Both panes to the next page of the framed passages"),
        )
        self.act_passage_prev = a(
            t("Previous page of this pair"),
            lambda: self.step_passage(-1),
            "Alt+PgUp",
            "fa6s.angles-up",
            t("Both panes to the previous page of the framed passages"),
        )
        self.act_focus_list = a(
            t("Go to the &list"),
            self.pairs_view.setFocus,
            "Ctrl+L",
            None,
            t("Move the keyboard focus to the list of pairs"),
        )
        self.act_focus_advice = a(
            t("Go to the &advice"),
            self.panes["advice"].view.setFocus,
            "Ctrl+1",
            None,
            t("Move the keyboard focus to the advice pages"),
        )
        self.act_focus_response = a(
            t("Go to the &response"),
            self.panes["response"].view.setFocus,
            "Ctrl+2",
            None,
            t("Move the keyboard focus to the response pages"),
        )
        self.act_relink = a(
            t("&Link to reply…"),
            self.corrector.relink_dialog,
            "Ctrl+Shift+L",
            "fa6s.link",
            t("Choose the reply that answers this recommendation"),
        )
        self.act_unanswered = a(
            t("Mark &unanswered"),
            self.corrector.mark_unanswered,
            "Ctrl+Shift+U",
            "fa6s.link-slash",
            t("The response does not answer this recommendation"),
        )
        self.act_link_selection = a(
            t("Link to &selected reply"),
            self.corrector.link_to_selection,
            "Ctrl+Shift+K",
            "fa6s.paperclip",
            t("Link this recommendation to the reply you selected text in"),
        )
        self.act_verdict = a(
            t("Set &verdict…"),
            self.corrector.verdict_dialog,
            "Ctrl+Shift+V",
            "fa6s.gavel",
            t("Override the verdict, with a short reason"),
        )
        self.act_remove_mark = a(
            t("&Remove mark"),
            self.corrector.remove_mark,
            "Ctrl+Shift+Del",
            "fa6s.eraser",
            t("Remove the mark selected in the list"),
        )
        self.act_add_marks: dict[str, QAction] = {}
        for i, category in enumerate(theme.CATEGORY_LOOKS, start=1):
            word = theme.category_word(category)
            act = a(
                self.tr("Mark selection as {0}").format(word.lower()),
                lambda c=category: self.corrector.add_mark(c),
                f"Ctrl+Shift+{i}",
                None,
                self.tr("Add a mark from the text selected in the response"),
            )
            act.setIcon(theme.category_icon(category))
            self.act_add_marks[category] = act
        self.act_add_rec = a(
            t("Make &recommendation from selection…"),
            self.corrector.add_recommendation,
            "Ctrl+Shift+R",
            "fa6s.plus",
            t("Turn the text selected in the advice into a recommendation"),
        )
        self.act_edit_rec = a(
            t("&Edit recommendation…"),
            self.corrector.edit_recommendation,
            "Ctrl+Shift+T",
            "fa6s.pen",
            t("Change the number or text of a recommendation you added"),
        )
        self.act_find_more = a(
            t("&Find more like these…"),
            self.corrector.find_more,
            "Ctrl+Shift+M",
            "fa6s.magnifying-glass-plus",
            t("Propose the other passages set like the recommendations already marked"),
        )
        self.act_cut_reply = a(
            t("This is the &reply to the recommendation"),
            self.corrector.cut_reply,
            "Ctrl+Shift+P",
            "fa6s.scissors",
            t("The text selected in the response is exactly the reply to this recommendation"),
        )
        self.act_extend_reply = a(
            t("E&xtend the reply with the selection"),
            self.corrector.extend_reply,
            "Ctrl+Shift+X",
            "fa6s.up-right-and-down-left-from-center",
            t("The reply takes in the text selected in the response, and what lies between"),
        )
        self.act_merge_sections = a(
            t("&Merge with the selected section"),
            self.corrector.merge_sections,
            "Ctrl+Shift+J",
            "fa6s.object-group",
            t("The reply and the section you selected text in become one reply"),
        )
        self.act_split_section = a(
            t("S&plit the section here"),
            self.corrector.split_section,
            "Ctrl+Shift+B",
            "fa6s.scissors",
            t("The section splits where the selection in the response starts"),
        )
        self.act_export_corrections = a(
            t("E&xport corrections…"),
            self.corrector.export_corrections,
            "Ctrl+Shift+Alt+X",
            None,
            t("Write this pair's corrections to a small file to share"),
        )
        self.act_import_corrections = a(
            t("&Import corrections…"),
            lambda: self.corrector.import_corrections(),
            "Ctrl+Shift+Alt+I",
            None,
            t("Add a colleague's corrections of these documents"),
        )
        self.act_undo = a(
            t("&Undo correction"),
            self.corrector.undo,
            QKeySequence.StandardKey.Undo,
            "fa6s.rotate-left",
            t("Undo the last correction"),
        )
        self.act_redo = a(
            t("Re&do correction"),
            self.corrector.redo,
            QKeySequence.StandardKey.Redo,
            "fa6s.rotate-right",
            t("Redo the correction you undid"),
        )
        self.act_reset_pair = a(
            t("Reset this pair to &automatic"),
            self.corrector.reset_pair,
            "Ctrl+Shift+A",
            "fa6s.wand-magic-sparkles",
            t("Drop your corrections to this pair"),
        )
        self.act_reset_all = a(
            t("Reset &all to automatic"),
            self.corrector.reset_all,
            "Ctrl+Shift+Alt+A",
            None,
            t("Drop all your corrections to these documents"),
        )
        self.act_cancel = a(
            t("&Cancel analysis"),
            self.cancel_analysis,
            "Ctrl+.",
            "fa6s.xmark",
            t("Stop the analysis; the documents stay open"),
        )
        self.cancel_button.setDefaultAction(self.act_cancel)
        self.act_about = a(t("&About Weerwoord"), self.about, "Ctrl+F1", None, t("Version and licence"))
        self.act_shortcuts = a(
            t("&Keyboard shortcuts"),
            self.show_shortcuts,
            ["F1", "?"],
            "fa6s.keyboard",
            t("Every command that has a key"),
        )
        self.act_language = a(
            t("&Language…"),
            self.choose_language,
            "Ctrl+Shift+Alt+L",
            "fa6s.language",
            t("Dutch or English menus and messages (from the next start)"),
        )
        self.act_zoom_sync = zooming.sync_action(self)
        self.act_legend: dict[str, QAction] = {}
        for i, category in enumerate(theme.CATEGORY_LOOKS, start=1):
            word = theme.category_word(category)
            act = a(
                word,
                lambda on, c=category: self._toggle_category(c, on),
                f"Alt+{i}",
                None,
                self.tr("Show or hide {0} marks").format(word.lower()),
                checkable=True,
            )
            act.setIcon(theme.legend_icon(category))
            act.setChecked(True)
            self.act_legend[category] = act
        for button_action in (
            self.act_relink,
            self.act_unanswered,
            self.act_verdict,
            self.act_remove_mark,
            self.act_undo,
            self.act_reset_pair,
        ):
            self.detail.add_button(button_action)
        self.detail.set_passage_actions(self.act_passage_prev, self.act_passage_next)

        for act, short in (
            (self.act_relink, self.tr("Link to reply…")),
            (self.act_unanswered, self.tr("No reply")),
            (self.act_verdict, self.tr("Set verdict…")),
            (self.act_remove_mark, self.tr("Remove mark")),
            (self.act_undo, self.tr("Undo")),
            (self.act_reset_pair, self.tr("Reset pair")),
        ):
            act.setIconText(short)

    def _build_menus(self) -> None:
        t = self.tr
        bar = self.menuBar()
        file_menu = bar.addMenu(t("&File"))
        file_menu.addAction(self.act_open)
        self.recent_menu = file_menu.addMenu(t("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self.notes.act_import)
        file_menu.addSeparator()
        file_menu.addActions([self.exporter.act_export, self.printer.act_print])
        file_menu.addSeparator()
        act_register = file_menu.addAction(theme.icon("fa6s.table-list"), t("&Register of recommendations…"))
        act_register.setShortcut(QKeySequence("Ctrl+Shift+G"))
        act_register.setStatusTip(t("Recommendations, replies and commitments across a library of pairs"))
        act_register.triggered.connect(self.show_register)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(t("&Edit"))
        for act in (self.act_copy, None, self.act_find, self.act_find_next, self.act_find_prev):
            edit_menu.addAction(act) if act else edit_menu.addSeparator()
        edit_menu.addAction(self.exporter.act_copy_table)
        edit_menu.addSeparator()
        n = self.notes
        edit_menu.addActions([n.act_add, n.act_delete, n.act_undo, n.act_redo])
        view_menu = bar.addMenu(t("&View"))
        for act in (
            self.act_zoom_in,
            self.act_zoom_out,
            self.act_fit_width,
            self.act_fit_page,
            self.act_zoom_sync,
            self.act_goto,
            None,
            self.act_focus_list,
            self.act_focus_advice,
            self.act_focus_response,
            self.notes.act_show,
            None,
        ):
            view_menu.addAction(act) if act else view_menu.addSeparator()
        legend = view_menu.addMenu(t("&Marks shown"))
        legend.addActions(list(self.act_legend.values()))
        view_menu.addSeparator()
        view_menu.addAction(self.act_language)
        pair_menu = bar.addMenu(t("&Pair"))
        for act in (
            self.act_next,
            self.act_prev,
            self.act_passage_next,
            self.act_passage_prev,
            None,
            self.act_cancel,
        ):
            pair_menu.addAction(act) if act else pair_menu.addSeparator()
        correct = bar.addMenu(t("&Correct"))
        for act in (self.act_relink, self.act_link_selection, self.act_unanswered, self.act_verdict, None):
            correct.addAction(act) if act else correct.addSeparator()
        correct.addActions(list(self.act_add_marks.values()))
        for act in (
            self.act_remove_mark,
            self.act_add_rec,
            self.act_edit_rec,
            self.act_find_more,
            None,
            self.act_cut_reply,
            self.act_extend_reply,
            self.act_merge_sections,
            self.act_split_section,
            None,
            self.act_undo,
            self.act_redo,
            None,
            self.act_reset_pair,
            self.act_reset_all,
            None,
            self.act_export_corrections,
            self.act_import_corrections,
        ):
            correct.addAction(act) if act else correct.addSeparator()
        help_menu = bar.addMenu(t("&Help"))
        help_menu.addAction(self.act_example)
        help_menu.addAction(self.act_shortcuts)
        help_menu.addSeparator()
        from app.gui.crash_dialog import report_action

        self.act_report = report_action(self)
        help_menu.addAction(self.act_report)
        help_menu.addAction(self.act_about)

        tools = self.addToolBar(t("Main"))
        tools.setObjectName("main-toolbar")
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (
            self.act_open,
            None,
            self.act_prev,
            self.act_next,
            None,
            self.act_zoom_out,
            self.act_zoom_in,
            self.act_fit_width,
            self.act_fit_page,
            None,
            self.act_find,
            None,
        ):
            tools.addAction(act) if act else tools.addSeparator()
        for widget_action in (
            self.act_open,
            self.act_fit_width,
            self.act_fit_page,
            self.act_zoom_in,
            self.act_zoom_out,
            self.act_find,
        ):
            button = tools.widgetForAction(widget_action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        legend_label = QLabel(t("  Marks: "))
        tools.addWidget(legend_label)
        for act in self.act_legend.values():
            tools.addAction(act)
        tools.addWidget(looks.others_legend())
        for act in [
            self.act_open,
            self.act_prev,
            self.act_next,
            self.act_zoom_in,
            self.act_zoom_out,
            self.act_fit_width,
            self.act_fit_page,
            self.act_find,
            *self.act_legend.values(),
        ]:
            button = tools.widgetForAction(act)
            if button is not None:
                button.setAccessibleName(act.text().replace("&", "").rstrip("…"))

    # --- settings --------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        window_state.restore(self)

    def _save_settings(self) -> None:
        window_state.save(self)

    def recent_pairs(self) -> list[tuple[str, str]]:
        raw = self.settings.value("recent/pairs", "[]")
        try:
            data = json.loads(str(raw))
            return [(str(a), str(r)) for a, r in data][:RECENT_LIMIT]
        except (ValueError, TypeError):
            return []

    def _remember_pair(self, advice: str, response: str) -> None:
        if not self.remember:
            return
        pairs = [(advice, response)] + [p for p in self.recent_pairs() if p != (advice, response)]
        self.settings.setValue("recent/pairs", json.dumps(pairs[:RECENT_LIMIT]))
        self.settings.sync()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        pairs = self.recent_pairs()
        if not pairs:
            none = self.recent_menu.addAction(self.tr("No recent pairs"))
            none.setEnabled(False)
        for i, (advice, response) in enumerate(pairs, start=1):
            label = f"&{i} {Path(advice).name}  ↔  {Path(response).name}"
            act = self.recent_menu.addAction(label)
            act.setShortcut(QKeySequence(f"Alt+Shift+{i}"))
            act.setToolTip(f"{advice}\n{response}")
            act.triggered.connect(lambda _c=False, a=advice, r=response: self.open_pair(a, r))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_settings()
        self.notes.close()  # the last keystrokes of a note, before the store closes
        self.worker.stop()
        self.keeper.close()
        super().closeEvent(event)

    # --- opening ---------------------------------------------------------------------------------

    def open_pair(
        self,
        advice: str | Path,
        response: str | Path,
        advice_password: str | None = None,
        response_password: str | None = None,
        select: str | None = None,
    ) -> None:
        """Show both documents at once and start the analysis; results arrive as signals."""
        self.notes.pair_closed()
        window_state.save_place(self)
        self.generation += 1
        gen = self.generation
        self.paths = {"advice": str(advice), "response": str(response)}
        self.passwords = {"advice": advice_password, "response": response_password}
        self.analysed = None
        self._pending_number = select or window_state.last_number(self)
        self._restore_place = select is None and self._pending_number is not None
        self.corrections = Corrections()
        self.keeper.key = None
        self.pairs_model.set_comparison(None)
        self.detail.show_message(self.tr("Analysing…"), self.tr("Finding the recommendations and the replies."))
        self.search_hits = []
        self.search_index = -1
        self._failed_sides = set()
        for side, pane in self.panes.items():
            pane.clear(self.tr("Opening {0}…").format(Path(self.paths[side]).name))
        example = paths.example_pair()
        self.banner.setVisible(
            Path(advice).resolve() == example[0].resolve() or Path(response).resolve() == example[1].resolve()
        )
        self.setWindowTitle(self.tr("{0} ↔ {1} — Weerwoord").format(Path(advice).name, Path(response).name))
        self.worker.open_pair(gen, self.paths, self.passwords)
        self._start_analysis()
        self._remember_pair(str(Path(advice).resolve()), str(Path(response).resolve()))
        if self.remember:
            self.settings.setValue("start/opened-before", True)

    def _start_analysis(self) -> None:
        self.analysing = True
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.cancel_button.show()
        self.status_label.setText(self.tr("Analysing…"))
        # The analysis is handed to the worker once the first pages are on screen: run alongside, it holds
        # Python's lock most of the time and the first paint waited for it (about 0.2 s on a big pair).
        self._analysis_waiting = self.generation
        if self.isVisible() and not self.isMinimized():
            self._analysis_due.start()
        else:
            self._submit_analysis()
        self._update_actions()

    def _submit_analysis(self) -> None:
        if self._analysis_waiting != self.generation:
            return
        self._analysis_waiting = -1
        self._analysis_due.stop()
        self.worker.analyse(self.generation, self.paths, self.passwords, _LoadFromStore(self.keeper.data_dir))

    def _pages_shown(self, gen: int = -1) -> None:
        """A pane painted its first pages (or a side failed to open): start the analysis when both are done."""
        if self._analysis_waiting != self.generation:
            return
        for side, pane in self.panes.items():
            if side not in self._failed_sides and not (pane.view.generation == self.generation and pane.view.shown()):
                return
        self._submit_analysis()

    def cancel_analysis(self) -> None:
        self._submit_analysis()  # still waiting: hand it over, so that the worker stops it as it always does
        self.worker.cancel_analysis()

    def open_dialog(self) -> None:
        chosen = self.dialogs.open_pair(self, self.paths.get("advice", ""), self.paths.get("response", ""))
        if chosen:
            self.open_pair(*chosen)

    def open_one(self, path: str) -> None:
        """One document given: ask for the other, with this one in the place its name suggests."""
        advice, response = _guess_order(path, "")
        chosen = self.dialogs.open_pair(self, advice, response)
        if chosen:
            self.open_pair(*chosen)

    def open_example(self) -> None:
        advice, response = paths.example_pair()
        if not advice.exists() or not response.exists():
            self.dialogs.error(
                self,
                self.tr("Example missing"),
                self.tr("The example documents are not in {0}.").format(advice.parent),
            )
            return
        self.open_pair(advice, response)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if len(files) == 2:
            event.acceptProposedAction()
            chosen = self.dialogs.open_pair(self, *_guess_order(files[0], files[1]))
            if chosen:
                self.open_pair(*chosen)
        elif len(files) == 1:
            event.acceptProposedAction()
            self.open_one(files[0])
        elif files:
            self.dialogs.error(
                self,
                self.tr("Two files needed"),
                self.tr("Drop the advice and the response together (two files)."),
            )

    # --- worker results --------------------------------------------------------------------------

    def _opened(self, gen: int, doc: OpenedDocument) -> None:
        if gen != self.generation:
            return
        self.panes[doc.side].set_document(gen, Path(doc.path).name, doc.page_sizes)
        self._apply_pair_to_views()

    def _open_failed(self, gen: int, side: str, err: WeerwoordError) -> None:
        if gen != self.generation:
            return
        self._failed_sides.add(side)
        self.panes[side].clear(say(err.message))
        self._pages_shown()
        if isinstance(err, PasswordRequired | WrongPassword):
            if self._reported == gen:
                return
            self._reported = gen
            password = self.dialogs.password(self, Path(self.paths[side]).name, isinstance(err, WrongPassword))
            if password:
                pw = dict(self.passwords)
                pw[side] = password
                self.open_pair(self.paths["advice"], self.paths["response"], pw["advice"], pw["response"])
            return
        # other problems are reported once, in the core's words, when its analysis stops on them

    def _report(self, gen: int, err: WeerwoordError) -> None:
        if self._reported == gen:
            return
        self._reported = gen
        self.dialogs.error(self, self.tr("Weerwoord"), say(err.message))

    def _rendered(self, gen: int, side: str, page: int, scale: float, image: Any) -> None:
        if gen != self.generation:
            return
        self.cache.put((gen, side, page, scale), image)
        self.panes[side].view.page_arrived(page)

    def _words_ready(self, gen: int, side: str, page: int, words: list[Word]) -> None:
        if gen == self.generation:
            self.panes[side].view.set_words(page, words)

    def _progress(self, gen: int, done: int, total: int, what: str) -> None:
        if gen != self.generation:
            return
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
        self.status_label.setText(say(what))

    def _analysed(self, gen: int, result: Analysed) -> None:
        if gen != self.generation:
            return
        self.analysing = False
        self.progress_bar.hide()
        self.cancel_button.hide()
        if result.advice is not None and result.response is not None:
            self.keeper.set_pair(result.advice.sha256, result.response.sha256)
            if result.corrections is not None:
                self.corrections = result.corrections
            for side, doc in (("advice", result.advice), ("response", result.response)):
                self.panes[side].view.set_furniture(looks.furniture(doc))
        if result.error is not None:
            failed_path = getattr(result.error, "path", "")
            for side, pane in self.panes.items():
                if failed_path and failed_path == self.paths.get(side) and pane.view.page_count == 0:
                    pane.clear(say(result.error.message))
            self.status_label.setText(self.tr("Analysis failed: {0}").format(say(result.error.message)))
            self.detail.show_message(self.tr("No analysis"), say(result.error.message))
            if result.advice is not None and result.response is not None:
                # the documents were read: corrections (a missed recommendation) can still be made
                self.analysed = result
                self.pairs_model.set_comparison(None)
                self._apply_pair_to_views()
            self._report(gen, result.error)
            self.analysisFinished.emit()
            self._update_actions()
            return
        if result.warning:
            self.dialogs.error(self, self.tr("Corrections not loaded"), say(result.warning))
        previous = self.current_number()
        self.analysed = result
        comparison = result.comparison
        self.pairs_model.set_comparison(comparison, self.keeper.noted_numbers())
        self._apply_pair_to_views()
        self.notice.show_for(comparison, self.corrections.reading if self.corrections else None)
        self.summary.setText(looks.summary(comparison))
        answered = sum(1 for p in comparison.pairs if p.reply is not None)
        self.status_label.setText(
            looks.status_counts(len(comparison.pairs), answered, len(comparison.unmatched_replies))
        )
        want = self._pending_number or previous
        self._pending_number = None
        row = self.pairs_model.row_of_number(want) if want else -1
        self.select_row(row if row >= 0 else 0)
        if self._restore_place:
            self._restore_place = False
            window_state.restore_scroll(self)
        self.analysisFinished.emit()
        self._update_actions()

    # --- pairs -----------------------------------------------------------------------------------

    def comparison(self) -> Any:
        return self.analysed.comparison if self.analysed else None

    def current_entry(self) -> Any:
        row = self.pairs_view.currentIndex().row()
        if 0 <= row < len(self.pairs_model.entries):
            return self.pairs_model.entries[row]
        return None

    def current_pair(self) -> Any:
        entry = self.current_entry()
        return entry.pair if entry is not None and entry.kind == "pair" else None

    def current_number(self) -> str | None:
        pair = self.current_pair()
        return pair.number if pair is not None else None

    def select_row(self, row: int) -> None:
        if not 0 <= row < len(self.pairs_model.entries):
            return
        index = self.pairs_model.index(row)
        self.pairs_view.setCurrentIndex(index)
        self.pairs_view.scrollTo(index)
        self._row_selected(row)

    def show_register(self) -> Any:
        """The register of many pairs; a row opened there opens its pair here, at its recommendation."""
        from app.gui.register_window import open_register_window

        register = open_register_window(self, data_dir=str(self.keeper.data_dir) if self.keeper.data_dir else None)
        if not getattr(register, "_hooked", False):
            register.openPair.connect(self._open_from_register)
            register._hooked = True  # type: ignore[attr-defined]
        return register

    def _open_from_register(self, advice: str, response: str, number: str) -> None:
        self.open_pair(advice, response, select=number or None)

    def select_number(self, number: str) -> bool:
        row = self.pairs_model.row_of_number(number)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def step_pair(self, delta: int) -> None:
        entries = self.pairs_model.entries
        if not entries:
            return
        row = self.pairs_view.currentIndex().row()
        row = row + delta if row >= 0 else 0
        while 0 <= row < len(entries) and entries[row].kind == "header":
            row += delta
        if 0 <= row < len(entries):
            self.select_row(row)

    def _row_selected(self, row: int) -> None:
        if not 0 <= row < len(self.pairs_model.entries):
            return
        entry = self.pairs_model.entries[row]
        self._passage_step = 0
        if entry.kind == "pair":
            self.detail.show_pair(entry.pair)
        elif entry.kind == "reply":
            self.detail.show_reply(entry.reply)
        self._apply_pair_to_views()
        self._show_passage_step()
        self._update_actions()

    def passage_pages(self) -> tuple[list[int], list[int]]:
        """The pages of the framed recommendation and of the framed reply."""
        entry = self.current_entry()
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
        self._passage_step = max(0, min(steps - 1, self._passage_step + delta))
        self._show_passage_step()

    def _show_passage_step(self) -> None:
        """Scroll both panes to page ``_passage_step`` of their framed passages (or its last page)."""
        for side in SIDES:
            frames = self.panes[side].view.frames
            pages = sorted(frames)
            if not pages:
                continue
            page = pages[min(self._passage_step, len(pages) - 1)]
            top = min(r[1] for r in frames[page])
            self.panes[side].view.go_to_page(page, top)
        advice_pages, reply_pages = self.passage_pages()
        steps = max(len(advice_pages), len(reply_pages))
        self.detail.set_passage(self._passage_step, steps)
        self.act_passage_prev.setEnabled(self._passage_step > 0)
        self.act_passage_next.setEnabled(self._passage_step < steps - 1)

    def _apply_pair_to_views(self) -> None:
        """Frames around the selected passages; all marks of all pairs on the response pages."""
        comparison = self.comparison()
        advice, response = self.panes["advice"].view, self.panes["response"].view
        if comparison is None:
            advice.set_frames({})
            response.set_frames({})
            response.set_highlights([])
            return
        highlights: list[Highlight] = []
        for pair in comparison.pairs:
            for mark in pair.marks:
                tip = self.tr("{0}: “{1}”").format(theme.category_word(mark.category), mark.text)
                if mark.manual:
                    tip += " " + self.tr("(added by you)")
                if not mark.about_recommendation:
                    tip += "\n" + self.tr("About others, not the recommendation (outlined)")
                tip += "\n" + self.tr("Reply to recommendation {0}").format(pair.number)
                for span in mark.spans:
                    about = mark.about_recommendation
                    highlights.append(Highlight(span.page, tuple(span.rects), mark.category, tip, about))
        response.set_highlights(highlights)
        entry = self.current_entry()
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

    def _mark_activated(self, index: int) -> None:
        pair = self.current_pair()
        if pair is None or not 0 <= index < len(pair.marks):
            return
        mark = pair.marks[index]
        if mark.spans and mark.spans[0].rects:
            span = mark.spans[0]
            view = self.panes["response"].view
            view.ensure_visible(span.page, span.rects[0])
            view.flash(span.page, _union(span.rects))

    # --- zoom ------------------------------------------------------------------------------------

    def set_zoom(self, mode: str, factor: float | None = None) -> None:
        zooming.set_zoom(self, mode, factor)

    def _zoom_step(self, direction: int, source: PageView | None = None) -> None:
        zooming.step(self, direction, source)

    def focus_page_box(self) -> None:
        pane = self.panes["response"] if self.panes["response"].view.hasFocus() else self.panes["advice"]
        pane.page.setFocus()
        pane.page.selectAll()

    def _toggle_category(self, category: str, shown: bool) -> None:
        for pane in self.panes.values():
            if shown:
                pane.view.hidden_categories.discard(category)
            else:
                pane.view.hidden_categories.add(category)
            pane.view.viewport().update()

    # --- search and selection --------------------------------------------------------------------

    def focus_search(self) -> None:
        self.sidebar.setCurrentWidget(self.search_panel)
        self.search_panel.edit.setFocus()
        self.search_panel.edit.selectAll()

    def search(self, phrase: str) -> None:
        if phrase.strip() and self.paths:
            self.search_panel.summary.setText(self.tr("Searching…"))
            self.worker.search(self.generation, phrase)

    def _searched(self, gen: int, phrase: str, hits: list[SearchHit]) -> None:
        if gen != self.generation:
            return
        self.search_hits = hits
        self.search_index = -1
        self.search_panel.show_hits(phrase, hits)
        for side, pane in self.panes.items():
            pane.view.set_search_hits([(h.page, tuple(h.rects)) for h in hits if h.side == side])
        if hits:
            self._go_to_hit(0)

    def step_hit(self, delta: int) -> None:
        if not self.search_hits:
            self.focus_search()
            return
        self._go_to_hit((self.search_index + delta) % len(self.search_hits))

    def _go_to_hit(self, index: int) -> None:
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
        self.status_label.setText(self.tr("Hit {0} of {1}").format(index + 1, len(self.search_hits)))

    def _selection_changed(self, side: str) -> None:
        """A selection in one pane clears the other's: no stale selection drives an action."""
        if self.panes[side].view.has_selection():
            for other, pane in self.panes.items():
                if other != side:
                    pane.view.clear_selection()
        self._update_actions()

    def selection_view(self) -> PageView | None:
        focused = QGuiApplication.focusObject()
        for pane in self.panes.values():
            if pane.view is focused and pane.view.has_selection():
                return pane.view
        for pane in self.panes.values():
            if pane.view.has_selection():
                return pane.view
        return None

    def copy_selection(self) -> None:
        view = self.selection_view()
        if view is not None:
            QGuiApplication.clipboard().setText(view.selected_text())

    def _context_menu(self, side: str, pos: QPoint, page: int, pt: QPointF) -> None:
        menu = QMenu(self)
        view = self.panes[side].view
        if view.has_selection():
            menu.addAction(self.act_copy)
            menu.addAction(self.notes.act_add)
        if side == "response":
            for hl in view.highlights_at(page, pt):
                menu.addAction(self.tr("About this mark: {0}").format(hl.tooltip.splitlines()[0])).setEnabled(False)
            if view.has_selection():
                menu.addSeparator()
                menu.addActions(list(self.act_add_marks.values()))
                menu.addAction(self.act_link_selection)
        elif view.has_selection():
            menu.addSeparator()
            menu.addAction(self.act_add_rec)
        if self.current_pair() is not None:
            menu.addSeparator()
            menu.addAction(self.act_relink)
            menu.addAction(self.act_verdict)
        if not menu.isEmpty():
            menu.exec(pos)

    def about(self) -> None:
        from app.gui.about import summary_html

        self.dialogs.about(self, summary_html())

    def show_shortcuts(self) -> None:
        """The shortcut sheet, built from this window's actions (not modal: it can stay open)."""
        from app.gui.shortcuts_sheet import ShortcutsSheet

        sheet = ShortcutsSheet(self)
        sheet.show()
        self.shortcuts_sheet = sheet

    def choose_language(self) -> None:
        from app.gui.i18n import LanguageDialog

        LanguageDialog(self, self.settings).exec()

    # --- state of the actions --------------------------------------------------------------------

    def _update_actions(self) -> None:
        ready = self.analysed is not None and not self.analysing
        pair = self.current_pair()
        has_pair = ready and pair is not None
        for act in (self.act_relink, self.act_unanswered, self.act_verdict):
            act.setEnabled(has_pair)
        self.act_remove_mark.setEnabled(has_pair and self.detail.current_mark() >= 0)
        response_sel = self.panes["response"].view.has_selection()
        advice_sel = self.panes["advice"].view.has_selection()
        self.act_link_selection.setEnabled(has_pair and response_sel)
        for act in (self.act_cut_reply, self.act_extend_reply, self.act_merge_sections):
            act.setEnabled(has_pair and response_sel)
        self.act_split_section.setEnabled(ready and response_sel)
        self.act_cut_reply.setText(
            self.tr("This is the &reply to recommendation {0}").format(pair.number)
            if has_pair
            else self.tr("This is the &reply to the recommendation")
        )
        for act in self.act_add_marks.values():
            act.setEnabled(ready and response_sel)
        documents_read = self.analysed is not None and not self.analysing
        self.act_add_rec.setEnabled(documents_read and advice_sel)
        self.act_copy.setEnabled(response_sel or advice_sel)
        self.act_edit_rec.setEnabled(has_pair and pair.recommendation.manual)
        self.act_find_more.setEnabled(ready and self.comparison() is not None)
        self.act_export_corrections.setEnabled(ready and self.keeper.key is not None)
        self.act_import_corrections.setEnabled(documents_read and self.keeper.key is not None)
        can_undo, can_redo = ready and self.keeper.can_undo(), ready and self.keeper.can_redo()
        self.act_undo.setEnabled(can_undo)
        self.act_redo.setEnabled(can_redo)
        undo, redo = self.corrector.undo_text(), self.corrector.redo_text()
        self.act_undo.setText(self.tr("&Undo {0}").format(undo) if can_undo and undo else self.tr("&Undo correction"))
        self.act_redo.setText(self.tr("Re&do {0}").format(redo) if can_redo and redo else self.tr("Re&do correction"))
        self.act_reset_pair.setEnabled(has_pair and editing.concerns(self.corrections, pair.number))
        self.act_reset_all.setEnabled(ready and not self.corrections.is_empty())
        self.act_cancel.setEnabled(self.analysing)

    def screenshot_ready(self) -> bool:
        """Analysis finished and every visible page painted sharp: the window is what a reader sees."""
        if self.analysing or not self.paths:
            return False
        return all(p.view.page_count == 0 or p.view.is_painted() for p in self.panes.values())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            QTimer.singleShot(0, self._refresh_icons)
        super().changeEvent(event)

    def _refresh_icons(self) -> None:
        for pane in self.panes.values():
            pane.view.viewport().update()
        self.pairs_view.viewport().update()


class _LoadFromStore:
    """Tells the worker to load the stored corrections once the documents' hashes are known."""

    def __init__(self, data_dir: str | os.PathLike[str] | None) -> None:
        self.data_dir = data_dir

    def load(self, advice_sha: str, response_sha: str) -> Corrections:
        from app.core.keeping.store import load_corrections

        return load_corrections(self.data_dir, advice_sha, response_sha)


def _union(rects: Any) -> tuple[float, float, float, float]:
    rs = list(rects)
    return (min(r[0] for r in rs), min(r[1] for r in rs), max(r[2] for r in rs), max(r[3] for r in rs))


def _guess_order(first: str, second: str) -> tuple[str, str]:
    """Advice first if a name says which is which ('reactie', 'response', 'antwoord' go right)."""
    words = ("reactie", "response", "antwoord", "reply", "kabinet")
    if any(w in Path(first).name.lower() for w in words) and not any(w in Path(second).name.lower() for w in words):
        return second, first
    return first, second
