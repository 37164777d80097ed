"""The View menu's commands: zoom and fit, go to a page, move the keyboard between list and panes, marks shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction

from weerwoord.gui import theme, zooming
from weerwoord.gui.host import Host
from weerwoord.gui.page_view import PageView
from weerwoord.gui.pairs_list import PairsView
from weerwoord.gui.pane import Pane


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class ViewCommands(QObject):
    """Zoom (both panes together or the one in use), page boxes, keyboard focus and the legend's toggles."""

    def __init__(self, host: Host, panes: dict[str, Pane], pairs_view: PairsView) -> None:
        super().__init__(host.window)
        self.panes = panes
        self.settings: QSettings = host.settings
        self.remember = host.remember
        for pane in panes.values():
            pane.view.zoomStep.connect(lambda d, v=pane.view: self.zoom_step(d, v))
        a = host.action
        self.act_zoom_in = a(
            _t("Zoom &in"),
            lambda: self.zoom_step(1),
            ["Ctrl++", "Ctrl+="],
            "fa6s.magnifying-glass-plus",
            _t("Make the pages larger"),
        )
        self.act_zoom_out = a(
            _t("Zoom &out"),
            lambda: self.zoom_step(-1),
            ["Ctrl+-"],
            "fa6s.magnifying-glass-minus",
            _t("Make the pages smaller"),
        )
        self.act_fit_width = a(
            _t("Fit &width"),
            lambda: self.set_zoom("width"),
            "Ctrl+0",
            "fa6s.arrows-left-right",
            _t("Pages as wide as the panes"),
        )
        self.act_fit_page = a(
            _t("Fit &page"), lambda: self.set_zoom("page"), "Ctrl+9", "fa6s.expand", _t("Whole pages in view")
        )
        self.act_goto = a(
            _t("&Go to page…"),
            self.focus_page_box,
            "Ctrl+G",
            None,
            _t("Type a page number for the pane that has focus"),
        )
        self.act_focus_list = a(
            _t("Go to the &list"),
            pairs_view.setFocus,
            "Ctrl+L",
            None,
            _t("Move the keyboard focus to the list of pairs"),
        )
        self.act_focus_advice = a(
            _t("Go to the &advice"),
            panes["advice"].view.setFocus,
            "Ctrl+1",
            None,
            _t("Move the keyboard focus to the advice pages"),
        )
        self.act_focus_response = a(
            _t("Go to the &response"),
            panes["response"].view.setFocus,
            "Ctrl+2",
            None,
            _t("Move the keyboard focus to the response pages"),
        )

    def add_toggles(self, host: Host) -> None:
        """Zoom together, and one toggle per kind of mark (made after the other commands, as the menus list them)."""
        self.act_zoom_sync = zooming.sync_action(self)
        self.act_legend: dict[str, QAction] = {}
        for i, category in enumerate(theme.CATEGORY_LOOKS, start=1):
            word = theme.category_word(category)
            act = host.action(
                word,
                lambda on, c=category: self.toggle_category(c, on),
                f"Alt+{i}",
                None,
                QCoreApplication.translate("MainWindow", "Show or hide {0} marks").format(word.lower()),
                checkable=True,
            )
            act.setIcon(theme.legend_icon(category))
            act.setChecked(True)
            self.act_legend[category] = act

    def set_zoom(self, mode: str, factor: float | None = None) -> None:
        zooming.set_zoom(self, mode, factor)

    def zoom_step(self, direction: int, source: PageView | None = None) -> None:
        zooming.step(self, direction, source)

    def focus_page_box(self) -> None:
        pane = self.panes["response"] if self.panes["response"].view.hasFocus() else self.panes["advice"]
        pane.page.setFocus()
        pane.page.selectAll()

    def toggle_category(self, category: str, shown: bool) -> None:
        for pane in self.panes.values():
            if shown:
                pane.view.hidden_categories.discard(category)
            else:
                pane.view.hidden_categories.add(category)
            pane.view.viewport().update()
