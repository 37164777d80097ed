"""Zoom: both panes together (the default) or each on its own, the pane with the keyboard or the wheel."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from weerwoord.gui.page_view import PageView

ZOOM_STEPS = (0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
SYNC_KEY = "view/zoom-together"

MainWindow = Any  # src/weerwoord/gui/window.py's window, not imported: the window imports this module


def _t(text: str) -> str:
    return QCoreApplication.translate("zooming", text)


class SyncAction(QAction):
    """The toggle, and the pane that last had the keyboard (where a lone zoom goes)."""

    last: PageView | None = None


def sync_action(window: MainWindow) -> SyncAction:
    act = SyncAction(_t("Zoom both panes &together"), window)
    views: list[PageView] = [pane.view for pane in window.panes.values()]

    def focus_moved(_old: object, new: object) -> None:
        if new in views:
            act.last = new

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(focus_moved)
    act.setCheckable(True)
    act.setShortcut(QKeySequence("Ctrl+8"))  # beside Fit page (Ctrl+9) and Fit width (Ctrl+0)
    act.setChecked(str(window.settings.value(SYNC_KEY, "true")).lower() != "false")
    act.setToolTip(_t("Zoom and fit both documents alike; off: only the pane you are in"))

    def toggled(on: bool) -> None:
        if window.remember:
            window.settings.setValue(SYNC_KEY, on)

    act.toggled.connect(toggled)
    return act


def targets(window: MainWindow, source: PageView | None = None) -> list[PageView]:
    """The views a zoom applies to: both when together, else the one the wheel was in or the focused one."""
    views = [pane.view for pane in window.panes.values()]
    act = getattr(window, "act_zoom_sync", None)
    if not isinstance(act, SyncAction) or act.isChecked():
        return views
    if source is not None:
        return [source]
    focused = [v for v in views if v.hasFocus()]
    return focused or [act.last or views[0]]


def set_zoom(window: MainWindow, mode: str, factor: float | None = None, source: PageView | None = None) -> None:
    for view in targets(window, source):
        view.set_zoom(mode, factor)


def step(window: MainWindow, direction: int, source: PageView | None = None) -> None:
    views = targets(window, source)
    current = views[0].scale()
    if direction > 0:
        factor = next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1])
    else:
        factor = next((z for z in reversed(ZOOM_STEPS) if z < current - 0.01), ZOOM_STEPS[0])
    for view in views:
        view.set_zoom("custom", factor)
