"""Every dialog outside dialogs.py's small ones shows its title whole on a 1366×768 screen, in Dutch and English.

The title as an X11 window manager shows it: Qt adds " — Weerwoord" (tests/gui/test_dialog_titles.py's measure).
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tests.gui.conftest import answer_modal
from tests.gui.test_dialog_titles import _needs
from weerwoord.gui import i18n
from weerwoord.gui.crash_dialog import CrashDialog
from weerwoord.gui.dialogs import Dialogs
from weerwoord.gui.register_window import RegisterWindow
from weerwoord.gui.shortcuts_sheet import ShortcutsSheet

SCREEN = 1366


def _proposals(kind: str) -> list[Any]:
    why = "begint zoals het antwoord dat u afbakende op 1"
    return [SimpleNamespace(number=str(n), text="Tekst", page=2, why=why, kind=kind) for n in (2, 3)]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_dialog_shows_its_title_whole(
    qtbot: Any, qapp: QApplication, make_window: Any, settings: QSettings, language: str
) -> None:
    settings.setValue(i18n.SETTING, language)
    i18n.install(qapp, language)
    printer = QPrinter()
    try:
        window = make_window(Dialogs())
        d = window.dialogs
        asks: dict[str, Callable[[], object]] = {
            "about": lambda: d.about(window, "Weerwoord"),
            "export": lambda: d.export_options(window, "/tmp", {"briefing"}),
            "overwrite": lambda: d.confirm_overwrite(window, "/tmp", ["briefing.pdf"]),
            "export done": lambda: d.export_done(window, "/tmp", ["briefing.pdf"]),
            "replies like these": lambda: d.proposals(window, _proposals("reply")),
            "recommendations like these": lambda: d.proposals(window, _proposals("recommendation")),
            "print": lambda: d.print_setup(window, printer),
            "crash": lambda: CrashDialog("Traceback …", window).exec(),
            "shortcuts": lambda: ShortcutsSheet(window, window).exec(),
        }
        cut = []
        for name, ask in asks.items():
            seen: list[tuple[str, int]] = []

            def close(dialog: QWidget, seen: list[tuple[str, int]] = seen) -> None:
                seen.append((dialog.windowTitle(), dialog.width()))
                if isinstance(dialog, QMessageBox):
                    dialog.done(QMessageBox.StandardButton.Cancel)
                else:
                    assert isinstance(dialog, QDialog)
                    dialog.reject()

            answered = answer_modal(qtbot, close)
            ask()
            assert answered, name
            title, width = seen[0]
            if not _needs(title) <= width <= SCREEN:
                cut.append(f"{name}: {title!r} {width}, needs {_needs(title)}")
        register = RegisterWindow(window)  # a main window of its own, 1200 px: its title has room
        qtbot.addWidget(register)
        assert _needs(register.windowTitle()) <= register.width() <= SCREEN
        assert not cut, cut
    finally:
        i18n.remove(qapp)
        QLocale.setDefault(QLocale.c())
