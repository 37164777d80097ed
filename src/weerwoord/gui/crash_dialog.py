"""An unexpected error shown to the reader: what happened, the details to copy, the log folder; Report a problem."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from weerwoord import diagnostics
from weerwoord.gui.titles import fit_title

log = logging.getLogger(__name__)
Hook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def _t(text: str) -> str:
    return QCoreApplication.translate("crash_dialog", text)


class CrashDialog(QDialog):
    """The details of an unexpected error, with "Copy details" and "Open log folder"."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Unexpected error"))
        self.details = details
        layout = QVBoxLayout(self)
        intro = QLabel(
            _t(
                "Weerwoord ran into an unexpected error. Your notes are saved as you type; you can go on working, "
                "but if the window behaves oddly, close it and start again. Please report the problem with the "
                "details below (Help ▸ Report a problem)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(_t("Error details"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(_t("Copy details"))
        self.folder_button = QPushButton(_t("Open log folder"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(open_log_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)
        fit_title(self)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def open_log_folder() -> bool:
    folder = diagnostics.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def install_hook(parent: QWidget | None = None, show: Callable[[str], None] | None = None) -> Hook:
    """Make ``sys.excepthook`` log an unexpected error and show it in a :class:`CrashDialog`.

    When another hook was installed before (pytest-qt's capture, a debugger's), the error is handed to it
    instead of showing a dialog, so that a test fails rather than waits for a click.
    """
    previous = sys.excepthook
    showing: list[bool] = []

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        text = diagnostics.details(kind, error, tb)
        log.error("unexpected error\n%s", text)
        if previous is not sys.__excepthook__:
            previous(kind, error, tb)
            return
        if issubclass(kind, KeyboardInterrupt) or showing:  # one dialog at a time, not one per paint event
            return
        showing.append(True)
        try:
            (show or (lambda details: CrashDialog(details, parent).exec()))(text)
        finally:
            showing.clear()

    sys.excepthook = hook
    return hook


def report_action(window: Any) -> QAction:
    """Help ▸ Report a problem: where the log is and what to include (nothing is sent from here)."""
    action = QAction(_t("&Report a problem…"), window)
    action.setShortcut("Shift+F1")
    action.setStatusTip(_t("Where the log is and what to include in a report"))
    action.triggered.connect(lambda: window.dialogs.info(window, _t("Report a problem"), diagnostics.report_advice()))
    return action
