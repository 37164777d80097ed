"""The register's tables: the columns of recommendations and commitments, their model, filter and status editor.

Cells hold the register's codes (``agrees``, ``open``); what is shown is the word for each in the window's
language, and a status is edited by choosing a word whose code is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from weerwoord.core.register.build import Item, Row
from weerwoord.core.register.ledger import STATUSES
from weerwoord.gui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "RegisterWindow"
ALL = ""  # the filters' "any" entry
VERDICT_COLOURS = {
    "agrees": "#2e7d32",
    "partly": "#f9a825",
    "disagrees": "#c62828",
    "noted": "#78909c",
    "unanswered": "#d0d0d0",
}
VERDICT_WORDS = {
    "agrees": QT_TRANSLATE_NOOP("RegisterWindow", "Agrees"),
    "partly": QT_TRANSLATE_NOOP("RegisterWindow", "Partly"),
    "disagrees": QT_TRANSLATE_NOOP("RegisterWindow", "Disagrees"),
    "noted": QT_TRANSLATE_NOOP("RegisterWindow", "Noted only"),
    "unanswered": QT_TRANSLATE_NOOP("RegisterWindow", "No reply"),
}
STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("RegisterWindow", "open"),
    "done": QT_TRANSLATE_NOOP("RegisterWindow", "done"),
    "dropped": QT_TRANSLATE_NOOP("RegisterWindow", "dropped"),
}


def tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP under the register's context) in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def word(code: str) -> str:
    """A verdict's or status's code as the window shows it; any other value as it is."""
    known = VERDICT_WORDS.get(code) or STATUS_WORDS.get(code)
    return tr(known) if known else code


@dataclass(frozen=True)
class Column:
    title: str  # English, marked for the catalogue; shown through tr()
    value: Callable[[Any], object]
    editable: str = ""  # the field an edit changes
    coded: bool = False  # the value is a code (verdict, status), shown as its word
    long: bool = field(default=False)  # running text: shown whole in a tooltip


ROW_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "Advisory body"), lambda r: r.body),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "Advice"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "Advice date"), lambda r: r.advice_date),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "Response date"), lambda r: r.response_date),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "No."), lambda r: r.number),
    Column(
        QT_TRANSLATE_NOOP("RegisterWindow", "Recommendation"), lambda r: " ".join(r.recommendation.split()), long=True
    ),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "Verdict"), lambda r: r.verdict, coded=True),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "Commitments"), lambda r: r.commitments),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "Nearest deadline"), lambda r: r.nearest_deadline),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "Status"), lambda r: r.status, coded=True),
    Column(
        QT_TRANSLATE_NOOP("RegisterWindow", "Follow-up"),
        lambda r: f"{r.follow_up_date} {r.follow_up}".strip(),
        long=True,
    ),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "Notes"), lambda r: r.notes, editable="notes"),
)
ITEM_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "Pair"), lambda i: i.pair),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "No."), lambda i: i.label),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "Who"), lambda i: i.who, editable="who"),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "What"), lambda i: i.what, editable="what", long=True),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "Deadline"), lambda i: i.deadline, editable="deadline"),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "Words"), lambda i: i.deadline_text),
    Column(QT_TRANSLATE_NOOP("RegisterWindow", "Status"), lambda i: i.status, editable="status", coded=True),
    Column(
        QT_TRANSLATE_NOOP("RegisterWindow", "Overdue"),
        lambda i: tr(QT_TRANSLATE_NOOP("RegisterWindow", "overdue")) if i.overdue else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("RegisterWindow", "Reported"),
        lambda i: f"{i.reported_date} {i.reported}".strip(),
        long=True,
    ),
)


class TableModel(QAbstractTableModel):
    """Rows or items of the register; an edit is handed to ``on_edit(record, field, text)``."""

    def __init__(self, columns: Sequence[Column], on_edit: Callable[[Any, str, str], None]) -> None:
        super().__init__()
        self.columns = columns
        self.records: list[Any] = []
        self.on_edit = on_edit

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(record)
            return word(str(value)) if column.coded else value
        if role == Qt.ItemDataRole.EditRole:
            return column.value(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.long:
            return str(column.value(record))
        overdue = getattr(record, "overdue", False) and column.title in ("Nearest deadline", "Deadline", "Overdue")
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QColor("#c62828")
        if role == Qt.ItemDataRole.UserRole:
            return record
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.columns[index.column()]
        if role != Qt.ItemDataRole.EditRole or not column.editable:
            return False
        self.on_edit(self.records[index.row()], column.editable, str(value))
        return True


class RowFilter(QSortFilterProxyModel):
    """Rows by body, year, verdict, status and overdue (an empty filter lets all through)."""

    def __init__(self) -> None:
        super().__init__()
        self.body = self.year = self.verdict = self.status = ALL
        self.overdue_only = False
        self.setSortRole(Qt.ItemDataRole.DisplayRole)

    def set_filter(self, **values: Any) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        record = model.data(model.index(source_row, 0, source_parent), Qt.ItemDataRole.UserRole)
        row: Row | None = record if isinstance(record, Row) else None
        if row is None:  # an item: its pair's body and year, its own status
            item: Item = record
            return (
                self.body in (ALL, item.body)
                and self.year in (ALL, item.year)
                and self.status in (ALL, item.status)
                and (item.overdue or not self.overdue_only)
            )
        return (
            self.body in (ALL, row.body)
            and self.year in (ALL, row.year)
            and self.verdict in (ALL, row.verdict)
            and self.status in (ALL, row.status)
            and (row.overdue or not self.overdue_only)
        )


class StatusDelegate(QStyledItemDelegate):
    """A choice of open, done, dropped for a commitment's status."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for status in STATUSES:
            combo.addItem(word(status), status)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())
