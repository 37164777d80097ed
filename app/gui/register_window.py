"""The register window: every recommendation of a library of pairs, its commitments and a chart of verdicts.

The core builds the register (:func:`app.core.register.build.build`) on a thread of its own, whose pool of
processes is started with ``spawn`` (forking a process that runs Qt threads is not safe); edits go to the
register's database and the rows are assembled again from the kept analyses, without re-reading a file.
Double-clicking a row emits :attr:`RegisterWindow.openPair` (advice, response, number); the main window connects
it (:func:`open_register_window`). Folders and documents dropped on the window add their pairs (loose documents
are put into pairs by their content, as in a library's sub-folder).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import WeerwoordError
from app.core.register.build import Item, Loaded, Register, Row, assemble, build
from app.core.register.ledger import STATUSES, open_ledger
from app.gui.register_drop import dropped_paths

Index = QModelIndex | QPersistentModelIndex
VERDICT_COLOURS = {
    "agrees": "#2e7d32",
    "partly": "#f9a825",
    "disagrees": "#c62828",
    "noted": "#78909c",
    "unanswered": "#d0d0d0",
}
ALL = ""  # the filters' "any" entry


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("RegisterWindow", text)


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], object]
    editable: str = ""  # the field an edit changes


ROW_COLUMNS = (
    Column("Advisory body", lambda r: r.body),
    Column("Advice", lambda r: r.title),
    Column("Advice date", lambda r: r.advice_date),
    Column("Response date", lambda r: r.response_date),
    Column("No.", lambda r: r.number),
    Column("Recommendation", lambda r: " ".join(r.recommendation.split())),
    Column("Verdict", lambda r: r.verdict),
    Column("Commitments", lambda r: r.commitments),
    Column("Nearest deadline", lambda r: r.nearest_deadline),
    Column("Status", lambda r: r.status),
    Column("Follow-up", lambda r: f"{r.follow_up_date} {r.follow_up}".strip()),
    Column("Notes", lambda r: r.notes, editable="notes"),
)
ITEM_COLUMNS = (
    Column("Pair", lambda i: i.pair),
    Column("No.", lambda i: i.label),
    Column("Who", lambda i: i.who, editable="who"),
    Column("What", lambda i: i.what, editable="what"),
    Column("Deadline", lambda i: i.deadline, editable="deadline"),
    Column("Words", lambda i: i.deadline_text),
    Column("Status", lambda i: i.status, editable="status"),
    Column("Overdue", lambda i: _tr("overdue") if i.overdue else ""),
    Column("Reported", lambda i: f"{i.reported_date} {i.reported}".strip()),
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
            return _tr(self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return column.value(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.title in ("Recommendation", "What", "Follow-up", "Reported"):
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
        combo.addItems(list(STATUSES))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data()))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class VerdictChart(QWidget):
    """Stacked bars: the share of each verdict per advisory body and year, drawn with QPainter."""

    def __init__(self) -> None:
        super().__init__()
        self.groups: list[tuple[str, dict[str, int]]] = []
        self.setMinimumHeight(160)

    def minimumSizeHint(self) -> Any:
        return self.sizeHint()

    def set_rows(self, rows: Sequence[Row]) -> None:
        counts: dict[str, dict[str, int]] = {}
        for r in rows:
            label = f"{r.body or _tr('(body unknown)')} · {r.year or '?'}"
            counts.setdefault(label, {}).setdefault(r.verdict, 0)
            counts[label][r.verdict] += 1
        self.groups = sorted(counts.items())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        line = metrics.height() + 6
        label_width = min(320, max([metrics.horizontalAdvance(g) for g, _ in self.groups] + [80]) + 12)
        bar_left, bar_width = label_width + 8, max(40, self.width() - label_width - 24)
        y = 8
        # the key
        x = float(bar_left)
        for verdict, colour in VERDICT_COLOURS.items():
            painter.fillRect(QRectF(x, y + 3, 10, 10), QColor(colour))
            painter.setPen(self.palette().text().color())
            text = _tr(verdict)
            painter.drawText(int(x + 14), int(y + metrics.ascent() + 1), text)
            x += 24 + metrics.horizontalAdvance(text)
        y += line + 4
        for label, counts in self.groups:
            total = sum(counts.values()) or 1
            painter.setPen(self.palette().text().color())
            painter.drawText(
                8, int(y + metrics.ascent()), metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
            )
            x = float(bar_left)
            for verdict, colour in VERDICT_COLOURS.items():
                share = counts.get(verdict, 0) / total
                if share:
                    painter.fillRect(QRectF(x, y, bar_width * share, line - 6), QColor(colour))
                    x += bar_width * share
            y += line
        painter.end()

    def sizeHint(self) -> Any:
        size = super().sizeHint()
        size.setHeight(40 + len(self.groups) * (self.fontMetrics().height() + 6))
        return size


class _Builder(QObject):
    """Builds the register off the GUI thread; the result (or the error's message) comes back by signal."""

    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)

    def __init__(self, sources: list[str], data_dir: str | None, workers: int | None) -> None:
        super().__init__()
        self.sources, self.data_dir, self.workers = sources, data_dir, workers

    def run(self) -> None:
        try:
            register = build(
                self.sources,
                data_dir=self.data_dir,
                workers=self.workers,
                progress=lambda done, total, what: self.progress.emit(done, total),
                mp_context=multiprocessing.get_context("spawn"),
            )
        except WeerwoordError as err:
            self.failed.emit(err.message)
            return
        self.done.emit(register)


class RegisterWindow(QMainWindow):
    """The register of one library folder: recommendations, commitments and a chart."""

    openPair = Signal(str, str, str)  # advice path, response path, recommendation number
    loaded = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None, data_dir: str | None = None, workers: int | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.workers = workers
        self.register: Register | None = None
        self._loaded: list[Loaded] = []
        self._thread: QThread | None = None
        self._builder: _Builder | None = None
        self.sources: list[str] = []  # the library folder and what was dropped since
        self._waiting: list[str] = []  # dropped while the register was being built
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("Register"))
        self.resize(1200, 700)

        bar = QToolBar(self.tr("Register"))
        bar.setObjectName("register-toolbar")
        self.addToolBar(bar)
        bar.addAction(self.tr("Open library…"), self.choose_folder)
        self.body_filter = self._filter_combo(bar, self.tr("Body"), "body")
        self.year_filter = self._filter_combo(bar, self.tr("Year"), "year")
        self.verdict_filter = self._filter_combo(bar, self.tr("Verdict"), "verdict")
        self.status_filter = self._filter_combo(bar, self.tr("Status"), "status")
        self.overdue_box = QCheckBox(self.tr("Overdue only"))
        self.overdue_box.toggled.connect(lambda on: self._set_filter(overdue_only=on))
        bar.addWidget(self.overdue_box)

        self.rows_model = TableModel(ROW_COLUMNS, self._edit_row)
        self.rows_proxy = RowFilter()
        self.rows_proxy.setSourceModel(self.rows_model)
        self.rows_view = self._table(self.rows_proxy)
        self.rows_view.doubleClicked.connect(self._open_row)
        self.items_model = TableModel(ITEM_COLUMNS, self._edit_item)
        self.items_proxy = RowFilter()
        self.items_proxy.setSourceModel(self.items_model)
        self.items_view = self._table(self.items_proxy)
        self.items_view.setItemDelegateForColumn(6, StatusDelegate(self.items_view))
        self.chart = VerdictChart()

        self.tabs = QTabWidget()
        self.tabs.addTab(self.rows_view, self.tr("Recommendations"))
        self.tabs.addTab(self.items_view, self.tr("Commitments"))
        chart_area = QScrollArea()
        chart_area.setWidgetResizable(True)
        chart_area.setWidget(self.chart)
        self.tabs.addTab(chart_area, self.tr("Verdicts by body and year"))
        self.status_label = QLabel(
            self.tr(
                "Open a library: a folder with one sub-folder per pair. Or drop the documents of pairs, or their"
                " folders, here."
            )
        )
        self.status_label.setWordWrap(True)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        self.setCentralWidget(central)

    # -- building ----------------------------------------------------------------------------------

    def _filter_combo(self, bar: QToolBar, label: str, name: str) -> QComboBox:
        bar.addWidget(QLabel(f" {label} "))
        combo = QComboBox()
        combo.setObjectName(f"filter-{name}")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _i: self._set_filter(**{name: combo.currentData() or ALL}))
        bar.addWidget(combo)
        return combo

    def _table(self, model: QSortFilterProxyModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the register's own order first
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setWordWrap(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()
        return view

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Library of pairs"))
        if folder:
            self.load(folder)

    def load(self, folder: str | os.PathLike[str]) -> None:
        """Build the register of ``folder`` on a thread; :attr:`loaded` (or :attr:`failed`) says when done."""
        if self._thread is not None:
            return
        self.sources = [str(folder)]
        self._start()

    def add_paths(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        """Add the pairs in ``paths`` (folders, documents) to the register shown; built again on a thread (the
        pairs already there come from the cache)."""
        new = [str(p) for p in paths if str(p) not in self.sources and str(p) not in self._waiting]
        if not new:
            return
        if self._thread is not None:
            self._waiting += new
            return
        self.sources += new
        self._start()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._offer(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._offer(event)

    def _offer(self, event: QDragMoveEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(paths)

    def _start(self) -> None:
        self.status_label.setText(self.tr("Reading the library…"))
        self._thread = QThread(self)
        self._builder = _Builder(list(self.sources), self.data_dir, self.workers)
        self._builder.moveToThread(self._thread)
        self._thread.started.connect(self._builder.run)
        self._builder.done.connect(self._built)
        self._builder.failed.connect(self._failed)
        self._builder.progress.connect(
            lambda done, total: self.status_label.setText(
                self.tr("Reading the library… {0} of {1}").format(done, total)
            )
        )
        self._thread.start()

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._builder = None

    def _failed(self, message: str) -> None:
        self._stop_thread()
        self.status_label.setText(message)
        self.failed.emit(message)
        self._start_waiting()

    def _built(self, register: Register) -> None:
        self._stop_thread()
        self._loaded = register.loaded
        self.show_register(register)
        self.loaded.emit()
        self._start_waiting()

    def _start_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        if waiting:
            self.add_paths(waiting)

    def show_register(self, register: Register) -> None:
        self.register = register
        self._loaded = register.loaded
        self.rows_model.set_records(register.rows)
        self.items_model.set_records(register.items)
        self.chart.set_rows(register.rows)
        self._fill(self.body_filter, sorted({r.body for r in register.rows if r.body}))
        self._fill(self.year_filter, sorted({r.year for r in register.rows if r.year}))
        self._fill(self.verdict_filter, sorted({r.verdict for r in register.rows}))
        self._fill(self.status_filter, list(STATUSES))
        text = self.tr("{0} pairs, {1} recommendations, {2} commitments ({3} overdue)").format(
            len(register.loaded), len(register.rows), len(register.items), sum(i.overdue for i in register.items)
        )
        if register.skipped:
            text += " · " + self.tr("skipped: {0}").format("; ".join(f"{n} ({why})" for n, why in register.skipped))
        self.status_label.setText(text)
        for view in (self.rows_view, self.items_view):
            view.resizeColumnsToContents()
            for column in range(view.model().columnCount()):
                view.setColumnWidth(column, min(view.columnWidth(column), 320))

    def _fill(self, combo: QComboBox, values: Sequence[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("all"), ALL)
        for value in values:
            combo.addItem(_tr(value) if value in VERDICT_COLOURS or value in STATUSES else value, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _set_filter(self, **values: Any) -> None:
        self.rows_proxy.set_filter(**values)
        shared = {k: v for k, v in values.items() if k != "verdict"}  # a commitment has no verdict of its own
        if shared:
            self.items_proxy.set_filter(**shared)

    # -- editing -----------------------------------------------------------------------------------

    def _reassemble(self) -> None:
        with open_ledger(self.data_dir) as ledger:
            register = assemble(self._loaded, ledger)
        if self.register is not None:
            register.skipped = self.register.skipped
        self.show_register(register)

    def _edit_item(self, item: Item, field: str, value: str) -> None:
        try:
            with open_ledger(self.data_dir) as ledger:
                if field == "status":
                    ledger.set_status(item.id, value)  # type: ignore[arg-type]
                else:
                    ledger.edit(item.id, field, value.strip())
        except (WeerwoordError, ValueError) as err:
            self.status_label.setText(str(err))
            return
        self._reassemble()

    def set_status(self, item_id: int, status: str) -> None:
        """Set a commitment's status (what the status column's choice does)."""
        item = next(i for i in self.items_model.records if i.id == item_id)
        self._edit_item(item, "status", status)

    def _edit_row(self, row: Row, field: str, value: str) -> None:
        try:
            with open_ledger(self.data_dir) as ledger:
                ledger.set_note(row.pair_key, row.number, value)
        except WeerwoordError as err:
            self.status_label.setText(err.message)
            return
        self._reassemble()

    def _open_row(self, index: QModelIndex) -> None:
        row = self.rows_proxy.data(index, Qt.ItemDataRole.UserRole)
        if isinstance(row, Row) and self.rows_model.columns[index.column()].editable == "":
            self.openPair.emit(row.advice_path, row.response_path, row.number)

    def closeEvent(self, event: Any) -> None:
        self._stop_thread()
        super().closeEvent(event)


_windows: list[RegisterWindow] = []


def open_register_window(
    parent: QWidget | None = None, folder: str | Path | None = None, data_dir: str | None = None
) -> RegisterWindow:
    """Show the register window (one per application), loading ``folder`` when given. The main window connects
    the returned window's ``openPair(advice, response, number)`` to opening that pair at that recommendation."""
    if not _windows:
        _windows.append(RegisterWindow(parent, data_dir=data_dir))
    window = _windows[0]
    window.show()
    window.raise_()
    window.activateWindow()
    if folder is not None:
        window.load(folder)
    return window
