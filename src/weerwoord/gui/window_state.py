"""The window's size, splitters, zoom, last pair and scroll positions: a sensible first start, restored after."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication

SCREEN_SHARE = 0.9  # of the screen's available area, on the first start
SMALL_SCREEN_HEIGHT = 900  # below this (1366×768 laptops) the first start fills the screen
SIDEBAR_SHARE = 0.27  # of the window's width: the pairs list and detail
SIDEBAR_MIN, SIDEBAR_MAX = 330, 480
LIST_SHARE = 0.52  # of the sidebar's height: the pairs list above the detail

MainWindow = Any  # src/weerwoord/gui/window.py's window, not imported: the window imports this module


def first_geometry(available: QRect) -> tuple[QRect, bool]:
    """The window's first rectangle on a screen's available area, and whether to start maximised."""
    width = round(available.width() * SCREEN_SHARE)
    height = round(available.height() * SCREEN_SHARE)
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect, available.height() < SMALL_SCREEN_HEIGHT


def lay_out(window: MainWindow, width: int, height: int) -> None:
    """Splitter shares for a window of this size: a sidebar of about a quarter, two equal panes."""
    side = max(SIDEBAR_MIN, min(SIDEBAR_MAX, round(width * SIDEBAR_SHARE)))
    pane = max(100, (width - side) // 2)
    window.ui.splitter.setSizes([side, pane, pane])
    box = max(300, height - 140)  # menus, toolbar, tabs and status bar
    window.ui.pairs_box.setSizes([round(box * LIST_SHARE), box - round(box * LIST_SHARE)])


def restore(window: MainWindow) -> None:
    """Geometry, splitters and zoom as left, or a first-start layout sized to the screen."""
    settings = window.settings
    geometry = settings.value("window/geometry") if window.remember else None
    window.start_maximised = False
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        for key, splitter in (("window/splitter", window.ui.splitter), ("window/pairs-splitter", window.ui.pairs_box)):
            state = settings.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
    else:
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            rect, maximised = first_geometry(screen.availableGeometry())
            window.setGeometry(rect)
            window.start_maximised = maximised and window.remember
            lay_out(window, rect.width(), rect.height())
    if not window.remember:
        return
    mode = str(settings.value("view/zoom-mode", "width"))
    try:
        factor = float(settings.value("view/zoom", 1.0))
    except (TypeError, ValueError):
        factor = 1.0
    window.set_zoom(mode if mode in ("width", "page", "custom") else "width", factor)


def save(window: MainWindow) -> None:
    if not window.remember:
        return
    settings = window.settings
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", window.ui.splitter.saveState())
    settings.setValue("window/pairs-splitter", window.ui.pairs_box.saveState())
    view = window.panes["advice"].view
    settings.setValue("view/zoom-mode", view.zoom_mode)
    settings.setValue("view/zoom", view.custom_zoom)
    save_place(window.loader.place)  # what the pair loader keeps of the reader's place
    settings.sync()


def _pair_key(window: MainWindow) -> list[str]:
    return [str(Path(window.paths.get(side, "")).resolve()) for side in ("advice", "response")]


def save_place(window: MainWindow) -> None:
    """The selected pair and where each pane was scrolled to, for the same two files next time."""
    if not window.remember or not window.paths or window.comparison() is None:
        return
    place: dict[str, Any] = {"pair": _pair_key(window), "number": window.current_number()}
    for side, pane in window.panes.items():
        place[side] = list(pane.view.anchor())
    window.settings.setValue("window/last-place", json.dumps(place))


def _last_place(window: MainWindow) -> dict[str, Any]:
    try:
        place = json.loads(str(window.settings.value("window/last-place", "{}")))
    except ValueError:
        return {}
    return place if isinstance(place, dict) and place.get("pair") == _pair_key(window) else {}


def last_number(window: MainWindow) -> str | None:
    """The pair selected when these two files were last closed."""
    if not window.remember:
        return None
    number = _last_place(window).get("number")
    return str(number) if number else None


def restore_scroll(window: MainWindow) -> None:
    """Scroll each pane back to where it was when these two files were last closed."""
    if not window.remember:
        return
    place = _last_place(window)
    for side, pane in window.panes.items():
        anchor = place.get(side)
        if isinstance(anchor, list) and len(anchor) == 2:
            try:
                pane.view.restore_anchor((int(anchor[0]), float(anchor[1])))
            except (TypeError, ValueError):
                continue
