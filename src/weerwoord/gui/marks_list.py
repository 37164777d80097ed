"""The marks list: every stance mark (category, words, the rule that found it, in words), filtered; one jumps to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from weerwoord.gui import theme
from weerwoord.gui.i18n import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QCoreApplication.translate("marks_list", text)


LANGUAGE_WORDS = {"nl": QT_TRANSLATE_NOOP("marks_list", "Dutch"), "en": QT_TRANSLATE_NOOP("marks_list", "English")}
# the middle part of a rule id (resources/phrases/<lang>.toml): what kind of phrase it finds
GROUP_WORDS = {
    "agree": QT_TRANSLATE_NOOP("marks_list", "{0} phrase of agreement “{1}”"),
    "dis": QT_TRANSLATE_NOOP("marks_list", "{0} phrase of disagreement “{1}”"),
    "res": QT_TRANSLATE_NOOP("marks_list", "{0} phrase of reservation “{1}”"),
    "commit": QT_TRANSLATE_NOOP("marks_list", "{0} phrase of commitment “{1}”"),
    "note": QT_TRANSLATE_NOOP("marks_list", "{0} phrase of taking note “{1}”"),
    "label": QT_TRANSLATE_NOOP("marks_list", "{0} verdict phrase “{1}”"),
}
GROUP_CATEGORY = {"agree": "agreement", "dis": "disagreement", "res": "reservation", "commit": "commitment"}


def rule_words(rule: str, category: str, manual: bool = False) -> str:
    """'Dutch phrase of agreement “ter harte”' for nl.agree.ter-harte; 'turned round by a negation' when it was."""
    if manual or rule == "manual":
        return _t("drawn by you")
    parts = rule.split(".", 2)
    if len(parts) != 3 or parts[1] not in GROUP_WORDS:
        return _t("rule {0}").format(rule)
    lang, group, slug = parts
    language = _t(LANGUAGE_WORDS[lang]) if lang in LANGUAGE_WORDS else lang
    said = _t(GROUP_WORDS[group]).format(language, slug.replace("-", " "))
    if GROUP_CATEGORY.get(group, category) != category:
        said += _t(", turned round by a negation")
    return said


def mark_tooltip(mark: Any) -> str:
    """The hover text of a mark in a list: its category and, in words, what found it."""
    return _t("{0} — found by the {1}").format(
        theme.category_word(mark.category), rule_words(mark.rule, mark.category, mark.manual)
    )


ALL = "all"
OTHERS = "others"  # marks about third parties


class MarksPanel(QWidget):
    """A sidebar panel: the marks of the selected recommendation (or of all), by category; Enter or a click jumps."""

    markChosen = Signal(str, int)  # recommendation number, index into its marks
    filterChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        row = QHBoxLayout()
        shown = QLabel(_t("&Show:"))
        self.category = QComboBox()
        self.category.setAccessibleName(_t("Kind of marks shown"))
        self.category.setToolTip(_t("Show every mark, one kind of mark, or the marks about others"))
        self.category.addItem(_t("All marks"), ALL)
        for category in theme.CATEGORY_LOOKS:
            self.category.addItem(theme.category_icon(category), theme.category_word(category), category)
        self.category.addItem(_t("About others"), OTHERS)
        self.category.view().setAccessibleName(_t("Kind of marks shown"))
        self.category.view().setToolTip(self.category.toolTip())
        shown.setBuddy(self.category)
        row.addWidget(shown)
        row.addWidget(self.category, 1)
        layout.addLayout(row)
        self.only_current = QCheckBox(_t("Only the selected &recommendation"))
        self.only_current.setChecked(True)
        self.only_current.setToolTip(_t("Untick to list the marks of every recommendation"))
        self.only_current.setAccessibleName(_t("Only the selected recommendation"))
        layout.addWidget(self.only_current)
        self.list = QListWidget()
        theme.keep_selection_readable(self.list)  # the system's highlight under its text: below 4.5:1
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(_t("Stance marks"))
        self.list.setToolTip(_t("Enter or a click shows the mark on the response's page"))
        layout.addWidget(self.list, 1)
        self.count = QLabel()
        self.count.setAccessibleName(_t("Number of marks listed"))
        layout.addWidget(self.count)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self.category.currentIndexChanged.connect(lambda _i: self.filterChanged.emit())
        self.only_current.toggled.connect(lambda _on: self.filterChanged.emit())

    def wanted(self, mark: Any) -> bool:
        kind = self.category.currentData()
        if kind == OTHERS:
            return not mark.about_recommendation
        return bool(kind == ALL or mark.category == kind)

    def fill(self, pairs: list[Any]) -> None:
        """List the marks of ``pairs`` that the filter lets through, in reading order."""
        self.list.clear()
        items = []
        for pair in pairs:
            for index, mark in enumerate(pair.marks):
                if not self.wanted(mark):
                    continue
                kind = theme.category_word(mark.category)
                if not mark.about_recommendation:
                    kind = _t("{0}, about others").format(kind)
                found = _t("found by the {0}").format(rule_words(mark.rule, mark.category, mark.manual))
                if not self.only_current.isChecked():
                    found += " · " + _t("recommendation {0}").format(pair.number)
                item = QListWidgetItem(theme.category_icon(mark.category), f"{kind}: “{mark.text}”\n{found}")
                item.setData(Qt.ItemDataRole.UserRole, (pair.number, index))
                item.setToolTip(f"{mark_tooltip(mark)} ({mark.rule})")
                items.append(item)
        for item in items:
            self.list.addItem(item)
        self.count.setText(_t("1 mark") if len(items) == 1 else _t("{0} marks").format(len(items)))
        if items:
            self.list.setCurrentItem(items[0])

    def _chosen(self, item: QListWidgetItem) -> None:
        number, index = item.data(Qt.ItemDataRole.UserRole)
        self.markChosen.emit(number, index)


class MarksList:
    """Fills the marks panel from the open pair and shows a chosen mark: its pair selected, the mark flashed."""

    def __init__(self, pair: Any, panel: MarksPanel, detail: Any, select_row: Any) -> None:
        self.pair = pair
        self.panel = panel
        self.detail = detail
        self.select_row = select_row  # the pairs list's row selecting
        pair.analysisFinished.connect(self.refill)
        pair.currentChanged.connect(self._current_changed)
        panel.filterChanged.connect(self.refill)
        panel.markChosen.connect(self.show_mark)

    def refill(self) -> None:
        comparison = self.pair.comparison()
        if comparison is None:
            self.panel.fill([])
        elif self.panel.only_current.isChecked():
            current = self.pair.current_pair()
            self.panel.fill([current] if current is not None else [])
        else:
            self.panel.fill(list(comparison.pairs))

    def _current_changed(self) -> None:
        if self.panel.only_current.isChecked():
            self.refill()

    def show_mark(self, number: str, index: int) -> None:
        if self.pair.current_number() != number:  # (only when all pairs' marks are listed: the list stays)
            self.select_row(self.pair.model.row_of_number(number))
        self.detail.marks.setCurrentRow(index)
        self.detail.markActivated.emit(index)
