"""File ▸ Import review (XFDF)… runs on the worker: the window keeps working during a large import, cancel
leaves the notes database as the window shows it, and the limits are said in plain words."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.gui.conftest import FakeDialogs, open_and_wait
from weerwoord.core.keeping.store import open_store
from weerwoord.core.publishing import review
from weerwoord.gui.worker import ReviewCancelled

NOTES = 1500  # a review this size froze the window for many seconds when it was imported on its thread
LONG = "x" * 1_000_000  # one note of a megabyte: left out, with its reason
GATE_S = 60.0  # how long the worker waits, mid-import, for the window to show it ran (never reached when it does)


def _big_review(path: Path, response: Path) -> Path:
    items = "".join(
        f'<text page="{i % 2}" rect="60,{700 - i % 40 * 12},80,{712 - i % 40 * 12}" name="r{i}" title="Els">'
        f"<contents>Opmerking {i}</contents></text>"
        for i in range(NOTES)
    )
    items += f'<text page="0" rect="60,60,80,80" name="long" title="Els"><contents>{LONG}</contents></text>'
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/"><f href="{response.name}"/>'
        f"<annots>{items}</annots></xfdf>",
        encoding="utf-8",
    )
    return path


def _stop_worker_midway(window: Any, at: int, then: Callable[[], None]) -> threading.Event:
    """Hold the worker inside the import once it has done ``at`` notes, until the window (its event loop, on a
    timer) has shown that progress and done ``then``; returns the event the window sets."""
    window_ran = threading.Event()
    held: list[int] = []

    def on_worker(job: int, done: int, total: int) -> None:  # runs on the worker thread, inside the import
        if done >= at and not held:
            held.append(done)
            window_ran.wait(GATE_S)

    # connected after the importer's own: Qt calls slots in the order they were connected, so the progress the
    # window shows is posted to it before the worker stops here
    bar = window.notes.review_importer().progress
    window.worker.review_progress.connect(on_worker, Qt.ConnectionType.DirectConnection)
    timer = QTimer(window)
    timer.setInterval(5)

    def on_window() -> None:  # the window's own thread, during the import
        if held and bar.value() >= at and not window_ran.is_set():
            then()
            window_ran.set()

    timer.timeout.connect(on_window)
    timer.start()
    return window_ran


def _open(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> tuple[Any, FakeDialogs]:
    dialogs = FakeDialogs()
    window = make_window(dialogs)
    open_and_wait(qtbot, window, *example)
    return window, dialogs


def _import(qtbot: Any, window: Any, path: Path) -> tuple[Any, Any]:
    window.dialogs.xfdf_answer = str(path)
    with qtbot.waitSignal(window.notes.review_importer().finished, timeout=300_000) as blocker:
        window.notes.actions.act_import.trigger()
    return blocker.args[0], blocker.args[1]


def test_a_large_review_is_imported_while_the_window_keeps_working(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    window, dialogs = _open(qtbot, make_window, example)
    xfdf = _big_review(tmp_path / "review.xfdf", example[1])
    seen: list[str] = []
    window_ran = _stop_worker_midway(window, NOTES // 3, lambda: seen.append(window.ui.status_label.text()))
    imported, error = _import(qtbot, window, xfdf)
    assert window_ran.is_set()  # the window's timer ran, and showed the progress, while the worker was importing
    assert seen and seen[0].startswith("Importing note")
    assert error is None and len(imported.added) == NOTES
    assert len(window.notes.notes) == NOTES and not window.notes.review_importer().running
    # the megabyte note was left out and the reader told why, once
    assert [s.code for s in imported.skipped] == ["long"]
    assert len(dialogs.infos) == 1 and "longer than 20000 characters" in dialogs.infos[0]
    assert window.ui.status_label.text() == f"{NOTES} notes imported from review.xfdf."
    # one step to undo
    window.notes.actions.act_undo.trigger()
    assert window.notes.notes == {}


def test_cancel_leaves_the_store_as_the_window_shows_it(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    window, dialogs = _open(qtbot, make_window, example)
    xfdf = _big_review(tmp_path / "review.xfdf", example[1])
    at = NOTES // 4
    window_ran = _stop_worker_midway(window, at, window.notes.review_importer().cancel_button.click)
    imported, error = _import(qtbot, window, xfdf)
    assert window_ran.is_set() and isinstance(error, ReviewCancelled)
    assert dialogs.errors == []  # stopping is no error
    kept = len(imported.added)
    assert at <= kept < NOTES
    assert "stopped" in window.ui.status_label.text() and str(kept) in window.ui.status_label.text()
    key = window.keeper.key
    with open_store(tmp_path / "data") as store:
        stored = {n.id: n.text for n in store.list_notes(*key)}
    # every note in the database is whole and shown; nothing half-written, nothing missing
    assert stored == {n.id: n.text for n in window.notes.notes.values()}
    assert sorted(stored.values()) == sorted(f"Opmerking {i}" for i in range(kept))
    # importing the file again adds the rest, nothing twice
    window.worker.review_progress.disconnect()
    imported, error = _import(qtbot, window, xfdf)
    assert error is None and len(imported.added) == NOTES - kept
    with open_store(tmp_path / "data") as store:
        texts = [n.text for n in store.list_notes(*key)]
    assert sorted(texts) == sorted(f"Opmerking {i}" for i in range(NOTES))


def test_limits_and_bad_files_are_said_in_plain_words(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, dialogs = _open(qtbot, make_window, example)
    head = f'<?xml version="1.0"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/"><f href="{example[1].name}"/>'
    many = tmp_path / "many.xfdf"
    many.write_text(
        head
        + "<annots>"
        + "".join(f'<text page="0" rect="1,1,2,2" name="n{i}"/>' for i in range(12))
        + "</annots></xfdf>"
    )
    swelling = tmp_path / "swelling.xfdf"
    swelling.write_text(
        '<?xml version="1.0"?><!DOCTYPE xfdf [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<xfdf xmlns="http://ns.adobe.com/xfdf/"><annots><text page="0" rect="1,1,2,2"><contents>&b;&b;&b;</contents>'
        "</text></annots></xfdf>"
    )
    broken = tmp_path / "broken.xfdf"
    broken.write_text(head + "<annots><text page=")
    big = tmp_path / "big.xfdf"
    big.write_bytes(b" " * 2_000_000)
    monkeypatch.setattr(review, "MAX_ANNOTATIONS", 10)
    monkeypatch.setattr(review, "MAX_BYTES", 1_000_000)
    expected = {
        many: "many.xfdf holds 12 annotations; a review may hold at most 10.",
        swelling: "swelling.xfdf declares its own XML entities",
        broken: "broken.xfdf cannot be read as an XFDF annotation file",
        big: "big.xfdf is too large for a review (2 MB; at most 1 MB).",
    }
    for path, message in expected.items():
        dialogs.errors.clear()
        imported, error = _import(qtbot, window, path)
        assert imported is None and error is not None
        assert len(dialogs.errors) == 1 and dialogs.errors[0].startswith(message)
        assert "Traceback" not in dialogs.errors[0] and not window.notes.review_importer().running
    assert window.notes.notes == {}
    assert window.notes.review_importer().act_cancel.isEnabled() is False
