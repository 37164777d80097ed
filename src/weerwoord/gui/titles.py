"""Dialogs wide enough for a window manager to show their titles whole (Qt adds " — Weerwoord" on X11).

A leaf module: every dialog's own module can call ``fit_title`` without importing ``dialogs.py`` (which imports
them).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QBoxLayout, QGridLayout, QSizePolicy, QSpacerItem, QWidget

TITLE_ROOM = 170  # logical pixels a title bar keeps for its icon and buttons (close, maximise, minimise)


def title_width(title: str) -> int:
    """How wide a dialog must be for a window manager to show ``title`` whole: the title in bold, and its buttons.

    On X11 Qt adds the program's name to every title ("Verdict on recommendation 12 — Weerwoord").
    """
    name = QApplication.applicationDisplayName()
    shown = title if not name or title.endswith(name) else f"{title} — {name}"
    font = QFont(QApplication.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(shown) + TITLE_ROOM


def fit_title(dialog: QWidget) -> None:
    """Make ``dialog`` at least as wide as its title needs (a small dialog cut "Verdict on recommendation 12").

    A message box or input dialog sizes itself from its layout: a spacer as wide as the title goes into it.
    """
    need = title_width(dialog.windowTitle())
    dialog.setMinimumWidth(max(dialog.minimumWidth(), need))
    layout = dialog.layout()
    if layout is None:
        return
    margins = layout.contentsMargins()
    spacer = QSpacerItem(need - margins.left() - margins.right(), 0, QSizePolicy.Policy.Minimum)
    if isinstance(layout, QGridLayout):
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
    elif isinstance(layout, QBoxLayout):
        layout.addItem(spacer)
