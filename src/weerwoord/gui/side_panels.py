"""The sidebar's reading aids shown from the View menu: the documents' contents and the list of marks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from weerwoord.gui import theme
from weerwoord.gui.host import Host
from weerwoord.gui.marks_list import MarksList, MarksPanel
from weerwoord.gui.open_pair import OpenPair
from weerwoord.gui.outline_panel import Contents, ContentsPanel
from weerwoord.gui.window_layout import WindowLayout
from weerwoord.gui.worker import PdfWorker


def _t(text: str) -> str:
    return QCoreApplication.translate("side_panels", text)


class SidePanels:
    """One sidebar tab, hidden until asked for: the documents' contents (F4) and the marks list (F8) as its pages."""

    KEY = "view/contents"

    def __init__(self, pair: OpenPair, host: Host, ui: WindowLayout, worker: PdfWorker) -> None:
        self.host = host
        self.sidebar = ui.sidebar
        roles = {side: pane.role for side, pane in ui.panes.items()}
        self.contents_panel = panel = ContentsPanel(roles)
        self.marks_panel = MarksPanel()
        panel.tabs.addTab(self.marks_panel, theme.icon("fa6s.highlighter"), _t("Marks"))
        ui.sidebar.addTab(panel, theme.icon("fa6s.book-open"), _t("Contents"))
        self.contents = Contents(pair, panel, ui.panes, worker)

        def select_row(row: int) -> None:
            index = pair.model.index(row)
            ui.pairs_view.setCurrentIndex(index)
            ui.pairs_view.scrollTo(index)

        self.marks = MarksList(pair, self.marks_panel, ui.detail, select_row)
        ui.sidebar.currentChanged.connect(lambda _i: self.contents.request_thumbnails())
        self.act_contents = host.action(
            _t("&Contents and marks"),
            self.show_contents,
            "F4",
            "fa6s.book-open",
            _t("Each document's headings and pages, and the list of marks, in the sidebar"),
            checkable=True,
        )
        self.act_marks_list = host.action(
            _t("&Marks list"),
            lambda: self.go_to(self.marks_panel),
            "F8",
            "fa6s.highlighter",
            _t("Every stance mark in a list, by kind; choose one to see it on the page"),
        )
        shown = host.remember and str(host.settings.value(self.KEY, "false")).lower() == "true"
        ui.sidebar.setTabVisible(ui.sidebar.indexOf(panel), shown)
        self.act_contents.blockSignals(True)
        self.act_contents.setChecked(shown)
        self.act_contents.blockSignals(False)

    def show_contents(self, on: bool) -> None:
        """Show (and go to) or hide the Contents tab; shown, the keyboard goes to its list."""
        self.sidebar.setTabVisible(self.sidebar.indexOf(self.contents_panel), on)
        if on:
            self.go_to(self.contents_panel.tabs.currentWidget())
        if self.host.remember:
            self.host.settings.setValue(self.KEY, on)
        self.contents.request_thumbnails()

    def go_to(self, page: QWidget) -> None:
        """The Contents tab shown at ``page`` (a document's or the marks), the keyboard in its first list."""
        if not self.act_contents.isChecked():
            self.act_contents.setChecked(True)  # shows the tab (and comes back here)
        self.sidebar.setCurrentWidget(self.contents_panel)
        self.contents_panel.tabs.setCurrentWidget(page)
        target = self.marks_panel.list if page is self.marks_panel else getattr(page, "headings", page)
        target.setFocus()
