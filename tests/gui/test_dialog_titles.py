"""Small dialogs are wide enough for a window manager to show their titles whole, in English and in Dutch."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tests.gui.conftest import answer_modal
from weerwoord.gui import i18n
from weerwoord.gui.dialogs import Dialogs

BUTTONS = 120  # a title bar's icon and three buttons take at least this much (openbox, xfwm4, KWin, Windows)


def _needs(title: str) -> int:
    """The title as an X11 window manager shows it (Qt adds the program's name) and the title bar's buttons."""
    font = QFont(QApplication.font())
    font.setBold(True)
    shown = f"{title} — {QApplication.applicationDisplayName()}"
    return QFontMetrics(font).horizontalAdvance(shown) + BUTTONS


@pytest.mark.parametrize("language", ["en", "nl"])
def test_small_dialogs_show_their_titles_whole(
    qtbot: Any, qapp: QApplication, make_window: Any, settings: QSettings, language: str
) -> None:
    settings.setValue(i18n.SETTING, language)
    i18n.install(qapp, language)
    try:
        window = make_window(Dialogs())
        d = window.dialogs
        asks = {
            "password": lambda: d.password(window, "advies.pdf", False),
            "number": lambda: d.number(window, "12"),
            "verdict": lambda: d.verdict(window, "12", "agrees"),
            "error": lambda: d.error(window, "Sections of two recommendations", "?"),
            "confirm": lambda: d.confirm(window, "Reset every correction of this pair?", "?"),
            "info": lambda: d.info(window, "Nothing to merge in this selection", "?"),
            "side": lambda: d.choose_side(window, "review.xfdf", "a.pdf", "b.pdf"),
            "edit": lambda: d.edit_recommendation(window, "12", "Text"),
            "language": window.menus.choose_language,
        }
        cut = []
        for name, ask in asks.items():
            seen: list[tuple[str, int]] = []

            def close(dialog: QWidget, seen: list[tuple[str, int]] = seen) -> None:
                seen.append((dialog.windowTitle(), dialog.width()))
                if isinstance(dialog, QMessageBox):
                    dialog.done(QMessageBox.StandardButton.Cancel)  # as Esc: nothing chosen
                else:
                    assert isinstance(dialog, QDialog)
                    dialog.reject()

            answered = answer_modal(qtbot, close)
            ask()
            assert answered, name
            title, width = seen[0]
            if width < _needs(title):
                cut.append(f"{name}: {title!r} {width} < {_needs(title)}")
        assert not cut, cut
    finally:
        i18n.remove(qapp)
        QLocale.setDefault(QLocale.c())
