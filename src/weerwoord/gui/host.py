"""What a controller may use of the window: a parent for dialogs and commands, the status line, the settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from weerwoord.gui import theme
from weerwoord.gui.dialogs import Dialogs

Keys = str | list[str] | QKeySequence.StandardKey | None


def make_action(
    owner: QWidget,
    text: str,
    slot: Callable[..., Any],
    shortcuts: Keys = None,
    icon: str | None = None,
    tip: str | None = None,
    checkable: bool = False,
) -> QAction:
    """A command of ``owner`` (its keys work wherever the focus is in it), its tooltip naming the keys."""
    action = QAction(text, owner)
    if icon:
        action.setIcon(theme.icon(icon))
    if isinstance(shortcuts, str):
        action.setShortcut(QKeySequence(shortcuts))
    elif isinstance(shortcuts, list):
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    elif shortcuts is not None:
        action.setShortcut(QKeySequence(shortcuts))
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    plain = text.replace("&", "").rstrip("…")
    action.setToolTip(f"{tip or plain} ({keys})" if keys else (tip or plain))
    action.setStatusTip(tip or plain)
    action.setCheckable(checkable)
    if checkable:
        action.toggled.connect(slot)
    else:
        action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


@dataclass
class Host:
    """The window as its controllers see it: never the whole window, only these."""

    window: QWidget  # the parent of dialogs, menus and commands
    dialogs: Dialogs
    settings: QSettings
    remember: bool  # False for --screenshot: leave the user's settings alone
    status_label: QLabel  # the status line's message (what is going on, what was done)
    status_bar: QStatusBar  # for passing messages and a controller's own progress widgets

    def action(
        self,
        text: str,
        slot: Callable[..., Any],
        shortcuts: Keys = None,
        icon: str | None = None,
        tip: str | None = None,
        checkable: bool = False,
    ) -> QAction:
        return make_action(self.window, text, slot, shortcuts, icon, tip, checkable)
