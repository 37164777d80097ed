"""A document replaced by another version after it was opened: the window refuses it in plain words, notes kept;
an export after the notes database was found damaged still writes its files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pymupdf
from PySide6.QtCore import Qt

from tests.gui.conftest import DOCS, FakeDialogs, open_and_wait
from weerwoord.core.keeping.store import open_store
from weerwoord.core.publishing.export import output_names

OTHER = DOCS / "blind10_nl_aiv_response.pdf"  # another response: a new version of the file, as far as hashes go


def _copy_pair(example: tuple[Path, Path], folder: Path) -> tuple[Path, Path]:
    folder.mkdir()
    advice, response = (folder / p.name for p in example)
    shutil.copyfile(example[0], advice)
    shutil.copyfile(example[1], response)
    return advice, response


def _replace(path: Path, by: Path) -> None:
    tmp = path.with_suffix(".new")
    shutil.copyfile(by, tmp)
    os.replace(tmp, path)  # as a program saving a new version does


def test_a_file_replaced_after_the_analysis_is_not_exported(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    advice, response = _copy_pair(example, tmp_path / "pair")
    dialogs = FakeDialogs()
    window = make_window(dialogs)
    open_and_wait(qtbot, window, advice, response)
    window.navigator.select_number("2")
    note = window.notes.add_note("2", text="Bespreken in het MT")
    assert note is not None
    key = window.keeper.key
    shown = window.panes["response"].view.page_count
    _replace(response, OTHER)
    out = tmp_path / "out"
    dialogs.export_answer = (str(out), {"annotated"})
    with qtbot.waitSignal(window.exporter.finished, timeout=120_000) as blocker:
        window.exporter.act_export.trigger()
    written, error = blocker.args
    assert written == [] and error is not None
    assert len(dialogs.errors) == 1
    assert response.name in dialogs.errors[0] and "changed since it was analysed" in dialogs.errors[0]
    assert "Traceback" not in dialogs.errors[0]
    assert not (out / output_names(window.comparison())["response_pdf"]).exists()
    # the window goes on showing the version analysed, the note is kept under it
    assert window.panes["response"].view.page_count == shown
    assert [n.text for n in window.notes.notes.values()] == ["Bespreken in het MT"]
    window.close()
    with open_store(tmp_path / "data") as store:
        assert [n.text for n in store.list_notes(*key)] == ["Bespreken in het MT"]


def test_a_file_replaced_between_showing_and_analysing_is_refused(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    advice, response = _copy_pair(example, tmp_path / "pair")
    dialogs = FakeDialogs()
    window = make_window(dialogs)

    def replace_once_shown(gen: int, doc: Any) -> None:  # on the worker, right after it opened the file
        if doc.side == "response" and response.read_bytes() != OTHER.read_bytes():
            _replace(response, OTHER)

    window.worker.opened.connect(replace_once_shown, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.open_pair(advice, response)
    window.worker.opened.disconnect(replace_once_shown)
    assert window.comparison() is None  # no analysis of a version other than the one shown
    assert len(dialogs.errors) == 1
    assert response.name in dialogs.errors[0] and "replaced" in dialogs.errors[0]
    assert "Open the pair again" in dialogs.errors[0]
    assert not window.exporter.act_export.isEnabled()
    # opened again, the new version is shown and analysed as one
    dialogs.errors.clear()
    open_and_wait(qtbot, window, advice, response)
    assert dialogs.errors == [] and window.comparison() is not None
    assert window.comparison().response.sha256 != window.comparison().advice.sha256
    assert window.panes["response"].view.page_count == pymupdf.open(OTHER).page_count


def test_export_works_after_the_notes_database_was_found_damaged(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "weerwoord.sqlite3").write_bytes(b"this is no database" * 100)
    dialogs = FakeDialogs()
    window = make_window(dialogs, data_dir=data)
    open_and_wait(qtbot, window, *example)
    qtbot.waitUntil(window.notes.pages.ready, timeout=30_000)
    out = tmp_path / "out"
    dialogs.export_answer = (str(out), {"annotated", "tables"})
    with qtbot.waitSignal(window.exporter.finished, timeout=120_000) as blocker:
        window.exporter.act_export.trigger()
    written, error = blocker.args
    assert error is None
    names = output_names(window.comparison())
    assert {names["advice_pdf"], names["response_pdf"], names["pairs_csv"]} <= {p.name for p in written}
    assert pymupdf.open(out / names["response_pdf"]).page_count >= 2
    # the reader was told once, in plain words, that the notes database was damaged and set aside
    told = [e for e in dialogs.errors if "damaged" in e]
    assert len(told) == 1 and str(data) in told[0]
    assert all("sqlite" not in e.casefold().replace("weerwoord.sqlite3", "") for e in dialogs.errors)
    assert list(data.glob("weerwoord.sqlite3.damaged-*"))
    assert dialogs.exported == [[p.name for p in written]]
