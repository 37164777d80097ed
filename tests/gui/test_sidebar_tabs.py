"""The sidebar's four tabs show their whole words in a narrow sidebar, in English and in Dutch (no scroll arrows)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QTabBar, QToolButton

from weerwoord.gui import i18n, window_state


def _whole(bar: QTabBar) -> list[str]:
    """What is wrong with the tab bar as shown: a tab cut, hidden or squeezed, or Qt's scroll arrows."""
    wrong = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect = bar.tabRect(i)
        if rect.left() < 0 or rect.right() > bar.width():
            wrong.append(f"{bar.tabText(i)!r} outside the bar: {rect} in {bar.width()}")
        if rect.width() < bar.tabSizeHint(i).width():
            wrong.append(f"{bar.tabText(i)!r} squeezed: {rect.width()} < {bar.tabSizeHint(i).width()}")
        if bar.tabToolTip(i) != bar.tabText(i):
            wrong.append(f"{bar.tabText(i)!r} has the tooltip {bar.tabToolTip(i)!r}")
    wrong += [f"scroll button {b.objectName()}" for b in bar.findChildren(QToolButton) if b.isVisible()]
    return wrong


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_sidebar_tabs_fit_with_contents_shown(
    qtbot: Any, qapp: QApplication, make_window: Any, settings: QSettings, language: str
) -> None:
    settings.setValue(i18n.SETTING, language)
    i18n.install(qapp, language)
    try:
        window = make_window()
        window.side_panels.act_contents.setChecked(True)
        bar = window.ui.sidebar.tabBar()
        assert bar.count() == 4 and all(bar.isTabVisible(i) for i in range(4))
        for width, height in ((1366, 768), (1600, 1000), (1222, 700)):  # the last: the narrowest sidebar, 330 px
            window.resize(width, height)
            window_state.lay_out(window, width, height)
            qtbot.waitUntil(lambda w=width: window.ui.sidebar.width() == window.ui.splitter.sizes()[0])
            QApplication.processEvents()
            assert not _whole(bar), (width, window.ui.sidebar.width(), _whole(bar))
        wide = window.ui.sidebar.width()
        window.ui.splitter.setSizes([480, 600, 600])
        qtbot.waitUntil(lambda: window.ui.sidebar.width() > wide)
        QApplication.processEvents()
        assert all(not bar.tabIcon(i).isNull() for i in range(4))  # room enough: the icons are back
        assert not _whole(bar)
    finally:
        i18n.remove(qapp)
        QLocale.setDefault(QLocale.c())
