"""Changing the language in the running window: every text as a window started in that language shows it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QDialog

from tests.gui.conftest import answer_modal, open_and_wait
from weerwoord.gui import i18n, retranslate


def texts(window: Any) -> Counter[str]:
    """Every text of the window's widgets and commands (as retranslate reads them), counted."""
    seen: Counter[str] = Counter()
    for obj in [window, *window.findChildren(retranslate.QWidget), *window.findChildren(retranslate.QAction)]:
        for read, _write in retranslate._properties(obj):
            if read():
                seen[read()] += 1
    return seen


def _opened(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> Any:
    window = make_window()
    open_and_wait(qtbot, window, *example)
    window.navigator.select_number("3")
    window.side_panels.act_contents.trigger()
    return window


def _switch(qtbot: Any, window: Any, language: str) -> None:
    """Through View ▸ Language…: the real dialog, the language chosen, OK; then the new analysis."""

    def choose(dialog: Any) -> None:
        combo = dialog.findChild(QComboBox)
        combo.setCurrentIndex(combo.findData(language))
        dialog.accept()

    answered = answer_modal(qtbot, choose)
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.menus.act_language.trigger()
    assert answered and isinstance(answered[0], QDialog)
    qtbot.waitUntil(window.screenshot_ready, timeout=20_000)
    window.navigator.select_number("3")


def test_dutch_and_back_as_if_started_in_it(
    qtbot: Any, qapp: QApplication, make_window: Any, settings: QSettings, example: tuple[Path, Path]
) -> None:
    try:
        settings.setValue(i18n.SETTING, "nl")
        i18n.install(qapp, "nl")
        dutch = texts(_opened(qtbot, make_window, example))
        settings.setValue(i18n.SETTING, "en")
        i18n.install(qapp, "en")
        window = _opened(qtbot, make_window, example)
        english = texts(window)
        assert "&Bestand" in dutch and "&File" in english
        _switch(qtbot, window, "nl")
        now = texts(window)
        assert now == dutch, f"missing: {dutch - now}\nextra: {now - dutch}"
        assert window.ui.detail.reason.text().startswith("De regering")  # the analysis's sentence, in Dutch
        _switch(qtbot, window, "en")
        now = texts(window)
        assert now == english, f"missing: {english - now}\nextra: {now - english}"
    finally:
        i18n.remove(qapp)
        QLocale.setDefault(QLocale.c())


def test_started_in_dutch_to_english(
    qtbot: Any, qapp: QApplication, make_window: Any, settings: QSettings, example: tuple[Path, Path]
) -> None:
    """A window started in Dutch has no English to go back to: its texts are read back through the catalogue."""
    try:
        settings.setValue(i18n.SETTING, "en")
        i18n.install(qapp, "en")
        english = texts(_opened(qtbot, make_window, example))
        settings.setValue(i18n.SETTING, "nl")
        i18n.install(qapp, "nl")
        window = _opened(qtbot, make_window, example)
        _switch(qtbot, window, "en")
        now = texts(window)
        assert now == english, f"missing: {english - now}\nextra: {now - english}"
    finally:
        i18n.remove(qapp)
        QLocale.setDefault(QLocale.c())
