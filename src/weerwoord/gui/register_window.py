"""The register window: every recommendation of a library of pairs, its commitments and a chart of verdicts.

The core builds the register (:func:`weerwoord.core.register.build.build`) on a thread of its own, whose pool of
processes is started with ``spawn`` (forking a process that runs Qt threads is not safe); edits go to the
register's database and the rows are assembled again from the kept analyses, without re-reading a file.
Double-clicking a row emits :attr:`RegisterWindow.openPair` (advice, response, number); the main window connects
it (:func:`open_register_window`). Folders and documents dropped on the window add their pairs (loose documents
are put into pairs by their content, as in a library's sub-folder). The register's database keeps what the
register was built from — the library folder, what was dropped since, the pairs removed — so the window shows
the same library when it opens again (:meth:`RegisterWindow.restore`).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from weerwoord.core.errors import WeerwoordError
from weerwoord.core.register.build import Item, Loaded, Register, Row, assemble, build
from weerwoord.core.register.ledger import STATUSES, Ledger, open_ledger
from weerwoord.core.words import speaking
from weerwoord.gui.register_chart import VerdictChart
from weerwoord.gui.register_drop import dropped_paths
from weerwoord.gui.register_removal import PairRemover
from weerwoord.gui.register_table import ALL, ITEM_COLUMNS, ROW_COLUMNS, RowFilter, StatusDelegate, TableModel, word


def window_language() -> str:
    """The language the window speaks ('nl' when the Dutch catalogue is installed: it sets Dutch as the default
    locale), which the core's words in the register (why a pair was skipped) follow too."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def counts_said(pairs: int, rows: int, items: int) -> str:
    """'1 pair, 7 recommendations, 1 commitment' with each count's own singular."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("RegisterWindow", text)

    return ", ".join(
        [
            tr("1 pair") if pairs == 1 else tr("{0} pairs").format(pairs),
            tr("1 recommendation") if rows == 1 else tr("{0} recommendations").format(rows),
            tr("1 commitment") if items == 1 else tr("{0} commitments").format(items),
        ]
    )


class _Builder(QObject):
    """Builds the register off the GUI thread; the result (or the error's message) comes back by signal."""

    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)

    def __init__(
        self, sources: list[str], data_dir: str | None, workers: int | None, leave_out: frozenset[str]
    ) -> None:
        super().__init__()
        self.sources, self.data_dir, self.workers, self.leave_out = sources, data_dir, workers, leave_out
        self.language = window_language()

    def run(self) -> None:
        try:
            with speaking(self.language):
                register = build(
                    self.sources,
                    data_dir=self.data_dir,
                    workers=self.workers,
                    progress=lambda done, total, what: self.progress.emit(done, total),
                    mp_context=multiprocessing.get_context("spawn"),
                    leave_out=self.leave_out,
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

    def __init__(
        self,
        parent: QWidget | None = None,
        data_dir: str | None = None,
        workers: int | None = None,
        settings: QSettings | None = None,
    ):
        super().__init__(parent)
        self.data_dir = data_dir
        self.remover = PairRemover(self, settings)
        self.workers = workers
        self.register: Register | None = None
        self._loaded: list[Loaded] = []
        self._thread: QThread | None = None
        self._builder: _Builder | None = None
        self.sources: list[str] = []  # the library folder and what was dropped since
        self.left_out: frozenset[str] = frozenset()  # pairs' folders the reader removed
        self._waiting: list[str] = []  # dropped while the register was being built
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("Register"))
        self.resize(1200, 700)

        bar = QToolBar(self.tr("Register"))
        bar.setObjectName("register-toolbar")
        self.addToolBar(bar)
        bar.addAction(self.tr("Open library…"), self.choose_folder)
        self.act_remove = bar.addAction(self.tr("Remove pair"), self.remove_selected)
        self.act_remove.setToolTip(self.tr("Take the selected recommendation's pair out of the register"))
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
        layout.addWidget(self.remover.bar)
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
        """Build the register of ``folder`` on a thread; :attr:`loaded` (or :attr:`failed`) says when done. The
        folder kept before keeps what was dropped on it; another folder starts a library afresh."""
        if self._thread is not None or not self._keep(lambda ledger: ledger.open_library(str(folder))):
            return
        self._start()

    def restore(self) -> bool:
        """Build the register the window showed last (its library folder and what was dropped on it since);
        False when it kept none."""
        if self._thread is not None or not self._keep(lambda ledger: None) or not self.sources:
            return False
        self._start()
        return True

    def _keep(self, change: Callable[[Ledger], None]) -> bool:
        """Make ``change`` to what the register's database keeps of the library, and take the sources from it."""
        try:
            with open_ledger(self.data_dir) as ledger:
                change(ledger)
                kept = ledger.sources()
        except WeerwoordError as err:
            self.status_label.setText(err.message)
            return False
        self.sources, self.left_out = kept.paths, kept.left_out
        return True

    def add_paths(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        """Add the pairs in ``paths`` (folders, documents) to the register shown and to the library kept; built
        again on a thread (the pairs already there come from the cache)."""
        new = [str(p) for p in paths if str(p) not in self.sources and str(p) not in self._waiting]
        if not new:
            return
        if self._thread is not None:
            self._waiting += new
            return
        if self._keep(lambda ledger: ledger.add_sources(new)):
            self._start()

    def remove_pair(self, name: str) -> None:
        """Take the pair named ``name`` out of the register and out of the library kept (its rows go at once;
        Undo puts it back: :class:`weerwoord.gui.register_removal.PairRemover`)."""
        self.remover.remove([name])

    def remove_selected(self) -> None:
        """Remove pair: the selected rows' pairs, once the reader said yes (naming them)."""
        rows = [
            self.rows_proxy.data(i, Qt.ItemDataRole.UserRole) for i in self.rows_view.selectionModel().selectedRows()
        ]
        self.remover.ask_and_remove(list(dict.fromkeys(row.pair for row in rows if isinstance(row, Row))))

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
        self._builder = _Builder(list(self.sources), self.data_dir, self.workers, self.left_out)
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
        text = counts_said(len(register.loaded), len(register.rows), len(register.items))
        text = self.tr("{0} ({1} overdue)").format(text, sum(i.overdue for i in register.items))
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
            combo.addItem(word(value), value)
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
        settings = getattr(parent, "settings", None)  # the main window's: 'do not ask again' is kept there
        _windows.append(
            RegisterWindow(parent, data_dir=data_dir, settings=settings if isinstance(settings, QSettings) else None)
        )
    window = _windows[0]
    window.show()
    window.raise_()
    window.activateWindow()
    if folder is not None:
        window.load(folder)
    elif window.register is None:
        window.restore()
    return window
