"""Help ▸ Keyboard shortcuts: a sheet built from the window's own actions and shortcuts, so it cannot go stale."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from weerwoord.gui.titles import fit_title


def _t(text: str) -> str:
    return QCoreApplication.translate("shortcuts", text)


@dataclass(frozen=True)
class Row:
    """One command on the sheet: where it lives, what it does, its keys."""

    group: str
    command: str
    keys: str


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


def collect(window: QMainWindow) -> list[Row]:
    """Every action with a shortcut, grouped by the menu that holds it; then the QShortcuts and the rest."""
    rows: list[Row] = []
    seen: set[int] = set()

    def walk(menu: QMenu, group: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{group} ▸ {_plain(sub.title())}")
                continue
            if id(action) in seen:
                continue
            keys = _keys(action.shortcuts())
            if keys:
                seen.add(id(action))
                rows.append(Row(group, _plain(action.text()), keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(menu.title()))
    other = _t("Elsewhere in the window")
    for action in window.findChildren(QAction):
        if id(action) in seen or action.isSeparator() or not action.isVisible():
            continue
        keys = _keys(action.shortcuts())
        if keys and action.text():
            seen.add(id(action))
            rows.append(Row(other, _plain(action.text()), keys))
    for shortcut in window.findChildren(QShortcut):
        keys = _keys(shortcut.keys())
        if keys and shortcut.isEnabled():
            rows.append(Row(other, _plain(shortcut.whatsThis() or shortcut.objectName()), keys))
    return rows


class ShortcutsSheet(QDialog):
    """The sheet: a filterable tree, one branch per menu."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.rows = collect(window)  # before this sheet has widgets of its own
        self.setWindowTitle(_t("Keyboard shortcuts"))
        self.setAccessibleName(_t("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_t("Filter: type part of a command or a key"))
        self.filter.setAccessibleName(_t("Filter the shortcuts"))
        self.filter.setToolTip(_t("Show only the commands whose name or keys contain this text"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([_t("Command"), _t("Keys")])
        self.tree.setAccessibleName(_t("Commands and their keys"))
        self.tree.setToolTip(_t("Every command of the window that has a key, by menu"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for row in self.rows:
            group = groups.get(row.group)
            if group is None:
                group = QTreeWidgetItem([row.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                groups[row.group] = group
                self.tree.addTopLevelItem(group)
            group.addChild(QTreeWidgetItem([row.command, row.keys]))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(620, 640)
        fit_title(self)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is None:
                continue
            shown = 0
            for j in range(group.childCount()):
                child = group.child(j)
                if child is None:
                    continue
                hit = not needle or needle in child.text(0).lower() or needle in child.text(1).lower()
                child.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)
