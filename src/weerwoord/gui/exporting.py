"""File ▸ Export… on the PyMuPDF worker, with progress and cancel; and Edit ▸ Copy table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressBar, QToolButton

from weerwoord.gui.host import Host
from weerwoord.gui.open_pair import OpenPair
from weerwoord.gui.worker import ExportCancelled


def _t(text: str) -> str:
    return QCoreApplication.translate("export", text)


def table_text(comparison: Any, notes: list[Any], language: str = "en") -> str:
    """The pairs table as tab-separated text (a header line, one line per recommendation), in ``language``."""
    from weerwoord.core.publishing import tables
    from weerwoord.core.words import speaking

    def clean(cell: str) -> str:
        return " ".join(cell.split())

    with speaking(language):
        lines = ["\t".join(tables.headers())]
        lines += ["\t".join(clean(c) for c in row.cells()) for row in tables.rows(comparison, notes)]
    return "\r\n".join(lines) + "\r\n"


class Exporter(QObject):
    """Asks where and what, runs the core's export on the worker thread, and reports what was written."""

    finished = Signal(object, object)  # list[Path] written, WeerwoordError or None

    def __init__(self, pair: OpenPair, host: Host, notes: Any) -> None:
        super().__init__(host.window)
        self.pair = pair
        self.host = host
        self.notes = notes  # the notes controller: its notes go into the exports
        self._job = 0
        self.running = False
        self.folder = ""
        a = host.action
        self.act_export = a(
            _t("&Export…"),
            self.export_dialog,
            "Ctrl+E",
            "fa6s.file-export",
            _t("Write annotated PDFs, the briefing report and the tables into a folder"),
        )
        self.act_copy_table = a(
            _t("Copy &table"),
            self.copy_table,
            "Ctrl+Shift+C",
            "fa6s.table",
            _t("Copy the table of pairs and verdicts, to paste into Word or an e-mail"),
        )
        self.act_cancel = a(
            _t("Cancel e&xport"),
            self.cancel,
            "Ctrl+Shift+.",
            "fa6s.xmark",
            _t("Stop the export after the file being written; finished files stay"),
        )
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(_t("Export progress"))
        self.progress.setToolTip(_t("How far the export is"))
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setDefaultAction(self.act_cancel)
        self.cancel_button.setAccessibleName(_t("Cancel the export"))
        self.cancel_button.hide()
        host.status_bar.addPermanentWidget(self.progress)
        host.status_bar.addPermanentWidget(self.cancel_button)
        pair.worker.export_progress.connect(self._progress)
        pair.worker.exported.connect(self._exported)
        pair.analysisFinished.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        ready = self.pair.comparison() is not None
        self.act_export.setEnabled(ready and not self.running)
        self.act_copy_table.setEnabled(ready)
        self.act_cancel.setEnabled(self.running)

    # --- export ----------------------------------------------------------------------------------

    def _default_folder(self) -> str:
        remembered = str(self.host.settings.value("export/folder", "") or "")
        if remembered and Path(remembered).is_dir():
            return remembered
        from weerwoord.core.publishing.export import default_folder

        comparison = self.pair.comparison()
        if comparison is not None:
            return str(default_folder(comparison))  # the documents folder, never inside the program's example
        advice = Path(self.pair.paths.get("advice", ""))
        return str(advice.parent / f"{advice.stem}-weerwoord")

    def export_dialog(self) -> None:
        from weerwoord.core.publishing.export import GROUPS

        if self.pair.comparison() is None or self.running:
            return
        raw = self.host.settings.value("export/groups", "")
        chosen = {g for g in str(raw or "").split(",") if g in GROUPS} or set(GROUPS)
        answer = self.host.dialogs.export_options(self.host.window, self._default_folder(), chosen)
        if answer is None:
            return
        folder, groups = answer
        existing = self.existing(folder, groups)
        force = False
        if existing:
            if not self.host.dialogs.confirm_overwrite(self.host.window, folder, existing):
                return
            force = True
        if self.host.remember:
            self.host.settings.setValue("export/folder", folder)
            self.host.settings.setValue("export/groups", ",".join(sorted(groups)))
        self.start(folder, groups, force)

    def existing(self, folder: str, groups: set[str]) -> list[str]:
        """The names of the files the export would replace."""
        from weerwoord.core.publishing.export import output_names, roles_of

        names = output_names(self.pair.comparison())
        return [names[r] for r in roles_of(groups) if (Path(folder) / names[r]).exists()]

    def start(self, folder: str, groups: set[str] | None, force: bool) -> None:
        """Export on the worker thread (the one that owns PyMuPDF); the answer comes as ``finished``."""
        comparison = self.pair.comparison()
        if comparison is None or self.running:
            return
        notes = self.notes.all_notes()
        self._job += 1
        self.running = True
        self.folder = folder
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.host.status_label.setText(_t("Exporting to {0}…").format(folder))
        self.pair.worker.export(self._job, comparison, notes, folder, force, groups, dict(self.pair.passwords))
        self.update_actions()

    def cancel(self) -> None:
        if self.running:
            self.pair.worker.cancel_export()
            self.host.status_label.setText(_t("Stopping the export after the current file…"))

    def _progress(self, job: int, done: int, total: int, what: str) -> None:
        if job != self._job:
            return
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.host.status_label.setText(what)

    def _exported(self, job: int, written: list[Path], error: Any) -> None:
        if job != self._job:
            return
        self.running = False
        self.progress.hide()
        self.cancel_button.hide()
        self.update_actions()
        if isinstance(error, ExportCancelled):
            self.host.status_label.setText(error.message)
        elif error is not None:
            self.host.status_label.setText(_t("Export failed."))
            self.host.dialogs.error(self.host.window, _t("Export failed"), error.message)
        else:
            said = (
                _t("1 file written to {0}.").format(self.folder)
                if len(written) == 1
                else _t("{0} files written to {1}.").format(len(written), self.folder)
            )
            self.host.status_label.setText(said)
            self.host.dialogs.export_done(self.host.window, self.folder, [p.name for p in written])
        self.finished.emit(written, error)

    # --- copy table ------------------------------------------------------------------------------

    def copy_table(self) -> None:
        """The pairs table on the clipboard as HTML (pastes as a table) and as tab-separated text."""
        from weerwoord.core.publishing import tables

        comparison = self.pair.comparison()
        if comparison is None:
            return
        notes = self.notes.all_notes()
        mime = QMimeData()
        mime.setHtml(tables.html_table(comparison, notes))
        mime.setText(table_text(comparison, notes, self.pair.worker.language))
        QGuiApplication.clipboard().setMimeData(mime)
        count = len(comparison.pairs)
        self.host.status_label.setText(
            _t("The table of 1 pair is on the clipboard.")
            if count == 1
            else _t("The table of {0} pairs is on the clipboard.").format(count)
        )
