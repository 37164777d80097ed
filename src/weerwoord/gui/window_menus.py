"""The main window's menu bar and toolbar, and the few commands that belong to no controller (quit, help, register)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolButton

from weerwoord.gui import looks, theme
from weerwoord.gui.correct_actions import CorrectActions
from weerwoord.gui.host import Host
from weerwoord.gui.navigation import Navigator
from weerwoord.gui.page_commands import PageCommands
from weerwoord.gui.pair_loading import PairLoader
from weerwoord.gui.recent_pairs import RecentPairs
from weerwoord.gui.searching import Searcher
from weerwoord.gui.view_commands import ViewCommands


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _fill(menu: QMenu | Any, actions: list[QAction | None]) -> None:
    """Add ``actions`` to a menu or toolbar, a separator for each None."""
    for act in actions:
        menu.addAction(act) if act else menu.addSeparator()


class WindowMenus:
    """Builds File, Edit, View, Pair, Correct and Help, and the toolbar, from the commands of the window's parts."""

    def __init__(
        self,
        window: QMainWindow,
        host: Host,
        loader: PairLoader,
        recent: RecentPairs,
        parts: tuple[PageCommands, Searcher, ViewCommands, Navigator, CorrectActions],
        controllers: tuple[Any, Any, Any, Any],  # the notes, the exporter, the briefing printer, the side panels
        show_register: Callable[[], Any],
    ) -> None:
        self.window = window
        self.host = host
        page, search, view, nav, correct = parts
        notes, exporter, printer, side = controllers
        a = host.action
        self.act_quit = a(_t("&Quit"), window.close, "Ctrl+Q", None, _t("Close the window"))
        self.act_about = a(_t("&About Weerwoord"), self.about, "Ctrl+F1", None, _t("Version and licence"))
        self.act_shortcuts = a(
            _t("&Keyboard shortcuts"),
            self.show_shortcuts,
            ["F1", "?"],
            "fa6s.keyboard",
            _t("Every command that has a key"),
        )
        self.act_language = a(
            _t("&Language…"),
            self.choose_language,
            "Ctrl+Shift+Alt+L",
            "fa6s.language",
            _t("Dutch or English menus and messages"),
        )
        view.add_toggles(host)
        t = _t
        bar = window.menuBar()
        file_menu = bar.addMenu(t("&File"))
        file_menu.addAction(loader.act_open)
        self.recent_menu = file_menu.addMenu(t("Open &recent"))
        self.recent_menu.aboutToShow.connect(lambda: recent.fill(self.recent_menu))
        file_menu.addAction(notes.actions.act_import)
        file_menu.addSeparator()
        file_menu.addActions([exporter.act_export, printer.act_print])
        file_menu.addSeparator()
        act_register = file_menu.addAction(theme.icon("fa6s.table-list"), t("&Register of recommendations…"))
        act_register.setShortcut(QKeySequence("Ctrl+Shift+G"))
        act_register.setStatusTip(t("Recommendations, replies and commitments across a library of pairs"))
        act_register.triggered.connect(show_register)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(t("&Edit"))
        _fill(edit_menu, [page.act_copy, None, search.act_find, search.act_find_next, search.act_find_prev])
        edit_menu.addAction(exporter.act_copy_table)
        edit_menu.addSeparator()
        edit_menu.addActions([notes.act_add, notes.actions.act_delete, notes.actions.act_undo, notes.actions.act_redo])
        view_menu = bar.addMenu(t("&View"))
        _fill(
            view_menu,
            [
                view.act_zoom_in,
                view.act_zoom_out,
                view.act_fit_width,
                view.act_fit_page,
                view.act_zoom_sync,
                view.act_goto,
                None,
                view.act_focus_list,
                view.act_focus_advice,
                view.act_focus_response,
                notes.actions.act_show,
                None,
                side.act_contents,
                side.act_marks_list,
            ],
        )
        legend = view_menu.addMenu(t("&Marks shown"))
        legend.addActions(list(view.act_legend.values()))
        view_menu.addSeparator()
        view_menu.addAction(self.act_language)
        pair_menu = bar.addMenu(t("&Pair"))
        _fill(
            pair_menu, [nav.act_next, nav.act_prev, nav.act_passage_next, nav.act_passage_prev, None, loader.act_cancel]
        )
        c = correct
        menu = bar.addMenu(t("&Correct"))
        _fill(menu, [c.act_relink, c.act_link_selection, c.act_unanswered, c.act_verdict, None])
        menu.addActions(list(c.act_add_marks.values()))
        _fill(
            menu,
            [
                c.act_remove_mark,
                c.act_add_rec,
                c.act_edit_rec,
                c.act_find_more,
                None,
                c.act_cut_reply,
                c.act_cut_like,
                c.act_extend_reply,
                c.act_merge_sections,
                c.act_split_section,
                None,
                c.act_undo,
                c.act_redo,
                None,
                c.act_reset_pair,
                c.act_reset_all,
                None,
                c.act_export_corrections,
                c.act_import_corrections,
            ],
        )
        help_menu = bar.addMenu(t("&Help"))
        help_menu.addAction(loader.act_example)
        help_menu.addAction(self.act_shortcuts)
        help_menu.addSeparator()
        from weerwoord.gui.crash_dialog import report_action

        self.act_report = report_action(self.window)
        help_menu.addAction(self.act_report)
        help_menu.addAction(self.act_about)
        self._toolbar(loader, nav, view, search)

    def _toolbar(self, loader: PairLoader, nav: Navigator, view: ViewCommands, search: Searcher) -> None:
        tools = self.window.addToolBar(_t("Main"))
        tools.setObjectName("main-toolbar")
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        _fill(
            tools,
            [
                loader.act_open,
                None,
                nav.act_prev,
                nav.act_next,
                None,
                view.act_zoom_out,
                view.act_zoom_in,
                view.act_fit_width,
                view.act_fit_page,
                None,
                search.act_find,
                None,
            ],
        )
        for icon_only in (
            loader.act_open,
            view.act_fit_width,
            view.act_fit_page,
            view.act_zoom_in,
            view.act_zoom_out,
            search.act_find,
        ):
            button = tools.widgetForAction(icon_only)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        legend_label = QLabel(_t("  Marks: "))
        tools.addWidget(legend_label)
        for act in view.act_legend.values():
            tools.addAction(act)
        tools.addWidget(looks.others_legend())
        for act in [
            loader.act_open,
            nav.act_prev,
            nav.act_next,
            view.act_zoom_in,
            view.act_zoom_out,
            view.act_fit_width,
            view.act_fit_page,
            search.act_find,
            *view.act_legend.values(),
        ]:
            button = tools.widgetForAction(act)
            if button is not None:
                button.setAccessibleName(act.text().replace("&", "").rstrip("…"))

    def about(self) -> None:
        from weerwoord.gui.about import summary_html

        self.host.dialogs.about(self.window, summary_html())

    def show_shortcuts(self) -> None:
        """The shortcut sheet, built from this window's actions (not modal: it can stay open)."""
        from weerwoord.gui.shortcuts_sheet import ShortcutsSheet

        sheet = ShortcutsSheet(self.window)
        sheet.show()
        self.shortcuts_sheet = sheet

    def choose_language(self) -> None:
        """Ask for the language and change to it at once (or, if it cannot be done while running, at the next start)."""
        from weerwoord.gui import retranslate
        from weerwoord.gui.dialogs import fit_title
        from weerwoord.gui.i18n import LanguageDialog, chosen_language

        dialog = LanguageDialog(self.window, self.host.settings)
        fit_title(dialog)
        chosen = dialog.exec()
        dialog.deleteLater()
        if chosen and not retranslate.switch(self.window, chosen_language(self.host.settings)):
            self.host.dialogs.info(
                self.window, _t("Language"), _t("The new language is used the next time you start Weerwoord.")
            )
