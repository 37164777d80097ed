"""Offscreen window probe for the benchmark: first page painted, GUI-thread stalls while scrolling, peak memory.

Run by bench/run.py in a fresh process:  probe_gui.py first-page|scroll ADVICE RESPONSE
Prints one JSON line. Times are wall-clock (``time.time()``) so the parent can measure from process start.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    mode, advice, response = sys.argv[1:4]
    scroll_seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 20.0
    from PySide6.QtCore import QEventLoop, QSettings, QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(lambda *a: None)
    if os.environ.get("PROBE_DEBUG"):
        import gc

        gc_start = [0.0]

        def gc_log(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                gc_start[0] = time.perf_counter()
            elif info["generation"] == 2 or time.perf_counter() - gc_start[0] > 0.02:
                print("gc", info["generation"], round((time.perf_counter() - gc_start[0]) * 1000), file=sys.stderr)

        gc.callbacks.append(gc_log)
    app = QApplication(sys.argv[:1])
    from weerwoord.gui import collector

    collector.install(app)  # as the app does
    from weerwoord.gui.page_view import PageView
    from weerwoord.gui.window import MainWindow

    painted: dict[str, float] = {}
    original_paint = PageView.paintEvent

    def paint_event(self: PageView, event: object) -> None:
        original_paint(self, event)  # type: ignore[arg-type]
        if self.side not in painted and self.page_count > 0 and self.is_painted():
            painted[self.side] = time.time()

    PageView.paintEvent = paint_event  # type: ignore[method-assign]
    tmp = tempfile.mkdtemp(prefix="weerwoord-probe-")
    settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, str(Path(tmp) / "data"), remember=False)
    window.resize(1600, 1000)
    window.show()
    done = {"analysis": False}
    window.analysisFinished.connect(lambda: done.__setitem__("analysis", True))
    window.open_pair(advice, response)
    deadline = time.monotonic() + 300
    while len(painted) < 2 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    result: dict[str, object] = {"painted": painted}
    if mode == "first-page":
        view = window.panes["advice"].view
        result["scale"] = view.scale() if callable(getattr(view, "scale", None)) else None
        print(json.dumps(result))
        os._exit(0)  # the figure is taken; skip the orderly shutdown
    while not done["analysis"] and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    result["analysis_done"] = time.time()
    settle = time.monotonic() + 2.0  # what the window does right after the analysis is not scrolling
    while time.monotonic() < settle:
        app.processEvents()
        time.sleep(0.005)

    # scrolling: a heartbeat timer measures how long the event loop goes without running it
    gaps: list[float] = []
    last = [time.perf_counter()]

    where: list[int] = []
    current = [0]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        where.append(current[0])
        last[0] = now

    heartbeat = QTimer(interval=5)
    heartbeat.timeout.connect(beat)
    stalls: dict[str, float] = {}
    for side, seconds in (("advice", scroll_seconds), ("response", scroll_seconds / 4)):
        view = window.panes[side].view
        bar = view.verticalScrollBar()
        bar.setValue(0)
        total = bar.maximum()
        steps = max(1, int(seconds / 0.016))
        stepper = QTimer(interval=16)
        loop = QEventLoop()
        position = [0]

        def step(bar=bar, total=total, steps=steps, position=position, loop=loop) -> None:  # type: ignore[no-untyped-def]
            position[0] += 1
            current[0] = position[0]
            bar.setValue(min(total, int(total * position[0] / steps)))
            if position[0] >= steps:
                QTimer.singleShot(1000, loop.quit)  # let the last pages arrive and paint

        stepper.timeout.connect(step)
        gaps.clear()
        where.clear()
        last[0] = time.perf_counter()
        heartbeat.start()
        stepper.start()
        loop.exec()
        stepper.stop()
        heartbeat.stop()
        stalls[side] = max(gaps) * 1000 - 5 if gaps else 0.0
        if os.environ.get("PROBE_DEBUG"):
            worst = sorted(zip(gaps, where, strict=True), reverse=True)[:5]
            print(side, steps, [(round(g * 1000), w) for g, w in worst], file=sys.stderr)
        result[f"{side}_pages"] = view.page_count
    result["stall_ms"] = stalls
    result["peak_rss_mb"] = peak_rss_mb()
    result["cache_mb"] = window.cache.size / 2**20 if hasattr(window, "cache") else None
    print(json.dumps(result))
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
