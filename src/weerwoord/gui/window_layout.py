"""The main window's widgets and where they sit: notices, sidebar (pairs, detail, search), two panes, status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from weerwoord.gui import theme
from weerwoord.gui.analysis_notice import AnalysisNotice
from weerwoord.gui.detail import DetailPanel
from weerwoord.gui.detail_bar import detail_with_buttons
from weerwoord.gui.open_pair import OpenPair
from weerwoord.gui.page_cache import PageCache
from weerwoord.gui.pairs_list import PairsView
from weerwoord.gui.pane import Pane
from weerwoord.gui.search_panel import SearchPanel
from weerwoord.gui.worker import PdfWorker

BANNER_STYLE = "QLabel { background: #fff4ce; color: #4d3800; padding: 6px 10px; border-bottom: 1px solid #e0c060; }"


class WindowLayout:
    """Builds the window's widgets into ``window`` and holds them; who reacts to them is wired elsewhere.

    A new panel of the sidebar is a tab of ``sidebar`` (as the notes add theirs); a new strip above the panes
    goes into the central layout beside ``notice``.
    """

    def __init__(self, window: QMainWindow, pair: OpenPair, cache: PageCache, worker: PdfWorker) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setAccessibleName(QCoreApplication.translate("MainWindow", "Notice about the example"))
        self.banner.setText(
            QCoreApplication.translate(
                "MainWindow",
                "<b>Example:</b> AIV advice no. 109 with the cabinet's response of 18 April 2019. "
                "The advice shown here is a <b>reconstruction</b> written from the response, "
                "not the official AIV text; the response is the real letter.",
            )
        )
        self.banner.hide()
        layout.addWidget(self.banner)
        # the analysis's doubts (the documents disagree) and the other readings of the advice, one click away
        self.notice = AnalysisNotice()
        layout.addWidget(self.notice)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.sidebar = QTabWidget()
        self.sidebar.setAccessibleName(QCoreApplication.translate("MainWindow", "Pairs and search"))
        self.pairs_box = QSplitter(Qt.Orientation.Vertical)
        self.pairs_view = PairsView()
        self.pairs_view.setModel(pair.model)
        self.pairs_view.setSelectionModel(pair.current)
        self.pairs_view.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Recommendations and their verdicts")
        )
        self.pairs_view.setToolTip(
            QCoreApplication.translate("MainWindow", "One row per recommendation; J/K or F6/Shift+F6 to step")
        )
        self.detail = DetailPanel()
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(2)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(6, 4, 6, 2)
        self.summary.setAccessibleName(QCoreApplication.translate("MainWindow", "Summary of the verdicts"))
        list_layout.addWidget(self.summary)
        list_layout.addWidget(self.pairs_view, 1)
        self.pairs_box.addWidget(list_box)
        self.pairs_box.addWidget(detail_with_buttons(self.detail))
        self.pairs_box.setStretchFactor(0, 1)
        self.pairs_box.setStretchFactor(1, 1)
        self.pairs_box.setSizes([470, 530])
        self.sidebar.addTab(
            self.pairs_box, theme.icon("fa6s.list-check"), QCoreApplication.translate("MainWindow", "Pairs")
        )
        self.search_panel = SearchPanel()
        self.sidebar.addTab(
            self.search_panel, theme.icon("fa6s.magnifying-glass"), QCoreApplication.translate("MainWindow", "Search")
        )
        self.splitter.addWidget(self.sidebar)
        self.panes = {
            "advice": Pane("advice", QCoreApplication.translate("MainWindow", "Advice"), cache, worker),
            "response": Pane("response", QCoreApplication.translate("MainWindow", "Response"), cache, worker),
        }
        for pane in self.panes.values():
            self.splitter.addWidget(pane)
            pane.view.setAccessibleDescription(
                QCoreApplication.translate(
                    "MainWindow",
                    "The document's pages with the marks and the framed passage; arrow keys and Page Down scroll, "
                    "F7 turns on caret browsing to select words with the keyboard",
                )
            )
            pair.pages[pane.side] = pane.view
            pane.clear(
                QCoreApplication.translate(
                    "MainWindow",
                    "Open an advice and its response with File ▸ Open pair (Ctrl+O), or drop the two files here.",
                )
            )
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([380, 610, 610])
        layout.addWidget(self.splitter, 1)
        window.setCentralWidget(central)

        status = window.statusBar()
        self.status_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("MainWindow", "Analysis progress"))
        self.progress_bar.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.hide()
        status.addWidget(self.status_label, 1)
        status.addPermanentWidget(self.progress_bar)
        status.addPermanentWidget(self.cancel_button)
        QWidget.setTabOrder(self.pairs_view, self.detail.marks)
        QWidget.setTabOrder(self.detail.marks, self.panes["advice"].view)
        QWidget.setTabOrder(self.panes["advice"].view, self.panes["response"].view)
