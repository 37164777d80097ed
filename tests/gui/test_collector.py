"""The cycle collector frees garbage in the GUI thread, also garbage made while a worker thread allocates.

A Qt object in a reference cycle that the collector frees in a worker thread is destroyed outside its thread:
CI once died of a bus error so, in the register's build thread."""

from __future__ import annotations

import gc
import threading
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from weerwoord.core.reading.guard import collector_paused
from weerwoord.gui import collector


class _Cyclic:
    """Garbage only the collector can free (it refers to itself); says in which thread it was freed."""

    freed_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cyclic.freed_in.append(threading.current_thread().name)


def _allocate_a_lot() -> None:
    """What a reading thread does: many small objects, enough to fill every generation many times over."""
    kept = []
    for i in range(400_000):
        kept.append((i, [i]))
        if len(kept) > 1000:
            kept.clear()


def test_installed_once_and_automatic_collection_off(qapp: QApplication) -> None:
    first = collector.install(qapp)
    assert collector.install(qapp) is first
    assert not gc.isenabled()
    with collector_paused():  # the core's pause leaves it off afterwards
        pass
    assert not gc.isenabled()


def test_garbage_of_the_gui_thread_is_freed_in_it_not_in_a_worker(qtbot: QtBot, qapp: QApplication) -> None:
    collector.install(qapp)
    gc.collect()
    _Cyclic.freed_in.clear()
    holder: Any = _Cyclic()
    holder.qt = QObject()  # a Qt object of the GUI thread inside the cycle, as a closed window's would be
    del holder
    worker = threading.Thread(target=_allocate_a_lot, name="reader")
    worker.start()
    while worker.is_alive():
        qtbot.wait(20)
    assert _Cyclic.freed_in in ([], [threading.main_thread().name])
    qtbot.waitUntil(lambda: bool(_Cyclic.freed_in), timeout=10_000)
    assert _Cyclic.freed_in == [threading.main_thread().name]


def test_a_qthread_worker_reading_does_not_collect(qtbot: QtBot, qapp: QApplication) -> None:
    """The same with a QThread and the core's own pause around the work, as the analysis worker has it."""
    collector.install(qapp)
    gc.collect()
    _Cyclic.freed_in.clear()
    holder: Any = _Cyclic()
    del holder

    class Work(QThread):
        def run(self) -> None:
            threading.current_thread().name = "analysis"
            with collector_paused():
                _allocate_a_lot()
            _allocate_a_lot()

    work = Work()
    with qtbot.waitSignal(work.finished, timeout=60_000):
        work.start()
    qtbot.waitUntil(lambda: bool(_Cyclic.freed_in), timeout=10_000)
    assert _Cyclic.freed_in == [threading.main_thread().name]
