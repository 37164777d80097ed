"""Python's cycle collector, run in the GUI thread only.

Left to itself the collector runs in whichever thread happens to allocate when a generation fills up: a worker
thread reading a document (the analysis, the register's build) can then free a window, a dialog or a timer of
the GUI thread that ended up in a reference cycle, and a Qt object destroyed outside its thread can bring the
whole process down (a bus error in CI, in the register's build thread, as a test's earlier window was
collected there). So, as PyQt/PySide applications commonly do, automatic collection is turned off once the
application exists and a timer in the GUI thread collects each generation when Python itself would have
(its thresholds kept). The core's ``collector_paused`` then finds the collector off and leaves it off.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500

_kept: list[QObject] = []  # the Python side of each collector stays alive as long as its application


class GuiThreadCollector(QObject):
    """Collects on a timer in the thread it lives in (the GUI thread), with Python's own thresholds."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start()

    def check(self) -> int:
        """Collect what Python would have collected by now; returns the number of objects found unreachable."""
        if gc.isenabled():  # something turned it on again (a library, a nested pause ended elsewhere)
            gc.disable()
        count0, count1, count2 = gc.get_count()
        found = 0
        if count0 > self.threshold[0]:
            found += gc.collect(0)
            if count1 > self.threshold[1]:
                found += gc.collect(1)
                if count2 > self.threshold[2]:
                    found += gc.collect(2)
        return found


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Turn automatic collection off and collect in ``app``'s thread instead (once per application)."""
    found = app.findChild(GuiThreadCollector)
    if isinstance(found, GuiThreadCollector):
        return found
    collector = GuiThreadCollector(app)
    _kept.append(collector)
    return collector
