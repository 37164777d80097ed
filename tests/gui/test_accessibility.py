"""Every control can be named by a screen reader and explains itself; every menu entry has a shortcut."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QLineEdit, QMenu

from tests.gui.conftest import DOCS, open_and_wait


def test_controls_have_names_and_tooltips(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    open_and_wait(qtbot, window, DOCS / "en_conclusions_advice.pdf", DOCS / "en_conclusions_response.pdf")
    missing = []
    for widget in (
        window.findChildren(QAbstractButton)
        + window.findChildren(QLineEdit)
        + window.findChildren(QAbstractSpinBox)
        + window.findChildren(QAbstractItemView)
    ):
        if widget.parent() is not None and type(widget.parent()).__name__ in ("QTabBar", "QScrollBar"):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QLineEdit):
            continue  # the line edit inside a spin box, the clear button inside a line edit
        if widget.objectName().startswith("qt_") or type(widget).__name__ == "QHeaderView":
            continue  # Qt's own overflow buttons and the hidden header of the hits tree
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name or not widget.toolTip():
            missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__} {name!r}")
    assert not missing, "; ".join(missing)


def test_menu_entries_have_shortcuts(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    without = []
    for menu in window.menuBar().findChildren(QMenu):
        if menu is window.menus.recent_menu:
            continue
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            if action.shortcut().isEmpty():
                without.append(action.text())
    assert without == []
