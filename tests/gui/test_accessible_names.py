"""What a screen reader hears: every control of the main window named, in English and in Dutch; pages described
and announced as documents with the page shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)

from tests.gui.conftest import open_and_wait
from weerwoord.gui import i18n, retranslate

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QTabBar)


def _heard(widget: QWidget) -> tuple[str, str, Any]:
    """(name, description, role) as the accessibility bridge hands them to Orca or NVDA."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None and face.isValid(), type(widget).__name__
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description), face.role()


def _qt_inside(widget: QWidget) -> bool:
    """Qt's own parts of a control (a spin box's line edit, a combo's popup list, scroll bars, headers)."""
    parent = widget.parentWidget()
    return (
        widget.objectName().startswith("qt_")
        or isinstance(widget, QScrollBar | QHeaderView)
        or isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit | QTabBar)
        or any(widget is combo.view() for combo in widget.window().findChildren(QComboBox))
    )


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_control_is_named_and_the_pages_described(
    qtbot: Any, qapp: QApplication, make_window: Any, settings: QSettings, example: tuple[Path, Path], language: str
) -> None:
    settings.setValue(i18n.SETTING, language)
    i18n.install(qapp, language)
    try:
        window = make_window()
        open_and_wait(qtbot, window, *example)
        window.navigator.select_number("3")
        window.side_panels.act_contents.trigger()  # the panels shown from the View menu, too
        untranslated = {
            s for _c, s, nl in retranslate.catalogue("nl") if retranslate._plain(s) != retranslate._plain(nl)
        }
        nameless, english = [], []
        controls = [w for w in window.findChildren(QWidget) if isinstance(w, CONTROLS) and not _qt_inside(w)]
        assert len(controls) > 40, len(controls)  # the walk reaches the window's controls
        for widget in controls:
            name, _description, _role = _heard(widget)
            where = f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}"
            if not name.strip():
                nameless.append(where)
            elif language == "nl" and (name in untranslated or retranslate._plain(name) in untranslated):
                english.append(f"{where}: {name!r}")
        assert not nameless, nameless
        assert not english, english
        for tabs in window.findChildren(QTabBar):
            assert all(tabs.tabText(i).strip() for i in range(tabs.count()))
        page_said = {"en": "Page {0} of {1}", "nl": "Pagina {0} van {1}"}[language]
        for pane in window.ui.panes.values():
            name, description, role = _heard(pane.view)
            assert name and len(description) > 40, (name, description)
            assert role == QAccessible.Role.Document, role  # announced as a document, not a generic pane
            value = QAccessible.queryAccessibleInterface(pane.view).text(QAccessible.Text.Value)
            assert value == page_said.format(pane.view.current_page, pane.view.page_count), value
            assert pane.view.current_page >= 1
            assert pane.view.focusPolicy() & Qt.FocusPolicy.TabFocus
        heard = {side: _heard(pane.view)[:2] for side, pane in window.ui.panes.items()}
        assert heard["advice"] != heard["response"]
        if language == "nl":
            assert heard["advice"][0] == "Pagina's: Advies", heard
            assert "pijltoetsen" in heard["advice"][1], heard
        else:
            assert heard["advice"][0] == "Advice pages", heard
    finally:
        i18n.remove(qapp)
        QLocale.setDefault(QLocale.c())
