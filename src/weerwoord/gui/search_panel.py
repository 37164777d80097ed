"""Search both documents at once: a phrase box and the hits listed per document."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from weerwoord.gui import theme
from weerwoord.gui.worker import SearchHit


def _t(text: str) -> str:
    return QCoreApplication.translate("search", text)


class SearchPanel(QWidget):
    """The phrase box and the hits; the window moves through them with F3 / Shift+F3."""

    searchRequested = Signal(str)
    hitChosen = Signal(int)  # index into hits

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.current = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(_t("Search both documents"))
        self.edit.setAccessibleName(_t("Search phrase"))
        self.edit.setToolTip(_t("Type a phrase and press Enter; F3 and Shift+F3 step through the hits"))
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(lambda: self.searchRequested.emit(self.edit.text()))
        row.addWidget(self.edit, 1)
        self.prev_button = QToolButton()
        self.next_button = QToolButton()
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self.summary = QLabel(_t("Type a phrase and press Enter."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        theme.keep_selection_readable(self.tree)  # the system's highlight under its text: below 4.5:1
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(_t("Search hits per document"))
        self.tree.setToolTip(_t("Click a hit to show it on the page"))
        self.tree.itemActivated.connect(self._chosen)
        self.tree.itemClicked.connect(self._chosen)
        layout.addWidget(self.tree, 1)

    def set_step_actions(self, previous: QAction, following: QAction) -> None:
        self.prev_button.setDefaultAction(previous)
        self.next_button.setDefaultAction(following)
        self.prev_button.setAccessibleName(_t("Previous hit"))
        self.next_button.setAccessibleName(_t("Next hit"))

    def show_hits(self, phrase: str, hits: list[SearchHit]) -> None:
        self.hits = hits
        self.current = -1
        self.tree.clear()
        groups = {
            "advice": QTreeWidgetItem([_t("Advice")]),
            "response": QTreeWidgetItem([_t("Response")]),
        }
        for side, group in groups.items():
            group.setIcon(0, theme.icon("fa6s.file-lines"))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            count = 0
            for index, hit in enumerate(hits):
                if hit.side != side:
                    continue
                count += 1
                child = QTreeWidgetItem([_t("p. {0}: {1}").format(hit.page, hit.context)])
                child.setData(0, Qt.ItemDataRole.UserRole, index)
                child.setToolTip(0, hit.context)
                group.addChild(child)
            hits_said = _t("{0} — 1 hit") if count == 1 else _t("{0} — {1} hits")
            group.setText(0, hits_said.format(group.text(0), count))
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        if hits:
            said = _t("“{0}”: 1 hit.") if len(hits) == 1 else _t("“{0}”: {1} hits. F3 for the next one.")
            self.summary.setText(said.format(phrase, len(hits)))
        else:
            self.summary.setText(_t("“{0}” does not occur in either document.").format(phrase))

    def select(self, index: int) -> None:
        self.current = index
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is None:
                continue
            for c in range(group.childCount()):
                child = group.child(c)
                if child is not None and child.data(0, Qt.ItemDataRole.UserRole) == index:
                    self.tree.setCurrentItem(child)
                    return

    def _chosen(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(index, int):
            self.hitChosen.emit(index)
