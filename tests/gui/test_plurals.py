"""Counts say '1 file', '2 files' (never '1 files'), in English and in Dutch: the real export dialogs driven."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.gui.conftest import answer_modal, open_and_wait
from weerwoord.gui import i18n, looks
from weerwoord.gui.dialogs import Dialogs
from weerwoord.gui.export_dialog import ExportDialog

SAID = {  # language: (one file, two files), as the export-done box and the status bar say them
    "en": ("1 file written to", "2 files written to"),
    "nl": ("1 bestand opgeslagen in", "2 bestanden opgeslagen in"),
}


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest, qapp: QApplication, settings: QSettings) -> Iterator[str]:
    settings.setValue(i18n.SETTING, request.param)
    i18n.install(qapp, request.param)
    yield request.param
    i18n.remove(qapp)
    QLocale.setDefault(QLocale.c())


def _export(qtbot: Any, window: Any, folder: Path, groups: set[str]) -> str:
    """File ▸ Export… through the real export dialog and the real 'Export done' box; the box's text."""

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.folder.setText(str(folder))
        for group, box in dialog.boxes.items():
            box.setChecked(group in groups)
        dialog.ok.click()

    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Close).click()

    chosen = answer_modal(qtbot, choose)
    with qtbot.waitSignal(window.exporter.finished, timeout=120_000) as blocker:
        window.exporter.act_export.trigger()
        qtbot.waitUntil(lambda: bool(chosen), timeout=15_000)
        done = answer_modal(qtbot, read)
        qtbot.waitUntil(lambda: bool(done), timeout=120_000)
    written, error = blocker.args
    assert error is None and len(written) == len(groups)
    return seen[0]


def test_export_done_says_one_file_and_two_files(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path, language: str
) -> None:
    window = make_window(Dialogs())
    open_and_wait(qtbot, window, *example)
    one, two = SAID[language]
    text = _export(qtbot, window, tmp_path / "one", {"briefing_pdf"})
    assert text.startswith(one), text
    assert window.ui.status_label.text().startswith(one)
    text = _export(qtbot, window, tmp_path / "two", {"briefing_pdf", "briefing_docx"})
    assert text.startswith(two), text
    assert window.ui.status_label.text().startswith(two)


def test_window_counts_have_their_singular(qtbot: Any, make_window: Any, language: str) -> None:
    """The window's other counts: the recommendations summary and the status bar's counts."""
    from types import SimpleNamespace

    window = make_window()
    one = SimpleNamespace(pairs=[SimpleNamespace(verdict="agrees")])
    two = SimpleNamespace(pairs=[SimpleNamespace(verdict="agrees")] * 2)
    word = {"en": ("1 recommendation<", "2 recommendations<"), "nl": ("1 aanbeveling<", "2 aanbevelingen<")}
    assert word[language][0] in looks.summary(one)
    assert word[language][1] in looks.summary(two)
    said = looks.status_counts(1, 1, 1)
    assert ("1 reply not linked" if language == "en" else "1 reactie") in said, said
    assert window is not None
