"""The sidebar's reading aids shown from the View menu: the documents' contents and the list of marks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabWidget, QWidget

from weerwoord.gui import theme
from weerwoord.gui.host import Host
from weerwoord.gui.marks_list import MarksList, MarksPanel
from weerwoord.gui.open_pair import OpenPair
from weerwoord.gui.outline_panel import Contents, ContentsPanel
from weerwoord.gui.window_layout import WindowLayout
from weerwoord.gui.worker import PdfWorker


def _t(text: str) -> str:
    return QCoreApplication.translate("side_panels", text)


class TabsThatFit(QObject):
    """A tab widget's tabs keep their whole words in a narrow sidebar: the icons go first, then the words are elided.

    Four tabs with icons need about 400 px in Dutch ("Aanbevelingen", "Zoeken", "Notities", "Inhoud") and Qt
    would hide the first behind scroll arrows in a 370 px sidebar; without their icons they need about 320.
    The icons come back when the sidebar is wide enough. Each tab's tooltip is its word (seen when elided).
    """

    ICON_ROOM = 4  # the space Qt keeps between a tab's icon and its word

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.icons: dict[QWidget, QIcon] = {}
        bar = tabs.tabBar()
        bar.setUsesScrollButtons(False)
        bar.setElideMode(Qt.TextElideMode.ElideRight)  # the last resort, when even the words alone do not fit
        tabs.installEventFilter(self)
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        bar = self.tabs.tabBar()
        pages = [self.tabs.widget(i) for i in range(bar.count())]
        for i, page in enumerate(pages):
            if page is not None and not bar.tabIcon(i).isNull():
                self.icons[page] = bar.tabIcon(i)
            word = bar.tabText(i).replace("&", "")
            if bar.tabToolTip(i) != word:
                bar.setTabToolTip(i, word)
        shown = [i for i in range(bar.count()) if bar.isTabVisible(i)]
        bare = sum(bar.tabSizeHint(i).width() - self._icon_width(i) for i in shown)
        with_icons = bare + len(shown) * (bar.iconSize().width() + self.ICON_ROOM) <= self.tabs.width()
        for i, page in enumerate(pages):
            has = not bar.tabIcon(i).isNull()
            if with_icons and not has and page in self.icons:
                self.tabs.setTabIcon(i, self.icons[page])
            elif not with_icons and has:
                self.tabs.setTabIcon(i, QIcon())

    def _icon_width(self, i: int) -> int:
        bar = self.tabs.tabBar()
        return 0 if bar.tabIcon(i).isNull() else bar.iconSize().width() + self.ICON_ROOM


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
        self.tabs_fit = TabsThatFit(ui.sidebar)

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
