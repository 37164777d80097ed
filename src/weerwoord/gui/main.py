"""Starting the window: which pair to open first, and the offscreen ``--screenshot`` mode."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject

from weerwoord import paths
from weerwoord.core.errors import FileMissing, UsageError, WeerwoordError

_log = logging.getLogger(__name__)
_qt_log = logging.getLogger("qt")

APP_ID = "nl.weerwoord.Weerwoord"  # the desktop file's name, the AppStream id and the macOS bundle id
ORGANISATION_DOMAIN = "weerwoord.nl"  # the app id's reversed domain
INTERRUPTED = 130  # the exit code of a program stopped by Ctrl+C
SCREENSHOT_SIZE = (1600, 1000)
SCREENSHOT_TIMEOUT = 180.0  # seconds


def run(args: argparse.Namespace | None) -> int:
    """Open the window (``args`` from ``weerwoord open``, or None) and run until it closes."""
    screenshot = getattr(args, "screenshot", None) if args is not None else None
    if screenshot:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif _no_display():
        raise UsageError(
            "No display is available to show the window (DISPLAY and WAYLAND_DISPLAY are not set). "
            "Without a display, use 'weerwoord compare', 'weerwoord export' "
            "or 'weerwoord open … --screenshot FILE.png'."
        )
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from weerwoord import diagnostics
    from weerwoord.gui import collector, fonts, i18n

    if not logging.getLogger().handlers:  # --debug set it up already
        diagnostics.setup_logging(debug=bool(getattr(args, "debug", False)))
    diagnostics.enable_faulthandler()
    qInstallMessageHandler(_qt_message)
    fonts.prepare_fontconfig()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Weerwoord")
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setApplicationName("Weerwoord")
    app.setApplicationDisplayName("Weerwoord")
    app.setDesktopFileName(APP_ID)  # Wayland's app id: the desktop file's name, for its icon and its windows
    collector.install(app)  # before any worker thread starts
    fonts.install(app)
    i18n.install(app, i18n.chosen_language(QSettings()))
    _set_window_icon(app)

    from weerwoord.gui.window import MainWindow

    data_dir = getattr(args, "data_dir", None) if args is not None else None
    if screenshot:
        assert args is not None
        if not args.response:
            raise UsageError("--screenshot needs both documents: the advice and the response")
        return _screenshot(app, args, data_dir)
    window = MainWindow(QSettings(), data_dir)
    from weerwoord.gui import crash_dialog

    crash_dialog.install_hook(window)
    opener = FileOpenEvents(window)
    app.installEventFilter(opener)
    _stop_on_interrupt(app, window)
    window.showMaximized() if window.start_maximised else window.show()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: _log.info("window open"))
    plan = start_plan(args)
    if plan[0] == "one":
        window.open_one(plan[1])  # e.g. from a file manager: the window asks for the other document
    elif plan[0] == "pair":
        window.open_pair(*plan[1:])
    else:
        first = start_pair(window)
        if first is not None:
            window.open_pair(*first)
    return int(app.exec())


def start_plan(args: argparse.Namespace | None) -> tuple[Any, ...]:
    """What the window opens first, from ``weerwoord open [FILE [FILE]]`` (the menu's ``open %F``).

    ``("start",)`` with no files (the last pair, or the example); ``("one", path)`` with one (the window asks
    for the other); ``("pair", advice, response, advice_password, response_password)`` with two, in either
    order: which is the advice is told by their text (``order.order_pair``), the passwords follow their files.
    """
    advice = getattr(args, "advice", None) if args is not None else None
    response = getattr(args, "response", None) if args is not None else None
    if args is None or not advice:
        return ("start",)
    if not response:
        return ("one", advice)
    from weerwoord.core.reading.order import order_pair

    first, second = order_pair(advice, response)
    passwords = (args.advice_password, args.response_password)
    if first != advice:
        passwords = passwords[::-1]
    return ("pair", first, second, *passwords)


def _no_display() -> bool:
    """On Linux and other X11/Wayland systems, no screen to open a window on (Qt would abort)."""
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _set_window_icon(app: object) -> None:
    """The app icon (resources/icons) on every window, where the platform shows one."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    icons = paths.resources_dir() / "icons"
    icon = QIcon()
    for png in sorted(icons.glob("weerwoord-*.png")):
        icon.addFile(str(png))
    if not icon.isNull():
        app.setWindowIcon(icon)


def _qt_message(mode: object, context: object, message: str) -> None:
    """Qt's own messages go to the log (a windowed program on Windows and macOS has no standard error), and to
    standard error where there is one; offscreen, the plugin's note that it has no window manager to pass size
    hints to is dropped."""
    if "propagateSizeHints" in message and os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return
    from PySide6.QtCore import QtMsgType

    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)  # type: ignore[call-overload]
    _qt_log.log(level, "%s", message)
    if level >= logging.WARNING and sys.stderr is not None:
        sys.stderr.write(message + "\n")


def _stop_on_interrupt(app: Any, window: Any) -> None:
    """Ctrl+C in the terminal closes the window as its close button does (notes saved) and ends with 130.

    Python runs a signal handler only between its own bytecodes: a timer gives it a turn every 200 ms while
    Qt's event loop waits."""
    import signal

    from PySide6.QtCore import QTimer

    def interrupted(signum: int, frame: object) -> None:
        _log.info("interrupted (Ctrl+C): closing the window")
        window.close()
        app.exit(INTERRUPTED)

    try:
        signal.signal(signal.SIGINT, interrupted)
    except ValueError:  # not the main thread (an embedding program): leave Ctrl+C to it
        return
    tick = QTimer(window)
    tick.setObjectName("interrupt-tick")
    tick.timeout.connect(lambda: None)
    tick.start(200)


class FileOpenEvents(QObject):
    """macOS "Open With" and a Finder double-click arrive as QFileOpenEvent, one per file: the files that come
    together (within ``WAIT_MS``) are opened as :func:`start_plan` opens files given on the command line."""

    WAIT_MS = 400

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QTimer

        super().__init__(window)
        self.window = window
        self.files: list[str] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.WAIT_MS)
        self.timer.timeout.connect(self.open_files)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()  # type: ignore[attr-defined]
            if path:
                self.files.append(path)
                self.timer.start()
            return True
        return False

    def open_files(self) -> None:
        files, self.files = self.files[-2:], []
        if not files:
            return
        args = argparse.Namespace(
            advice=files[0],
            response=files[1] if len(files) > 1 else None,
            advice_password=None,
            response_password=None,
        )
        plan = start_plan(args)
        if plan[0] == "one":
            self.window.open_one(plan[1])
        elif plan[0] == "pair":
            self.window.open_pair(*plan[1:])


def start_pair(window: object) -> tuple[str, str] | None:
    """The example the first time, the last pair after that (if its files are still there)."""
    from weerwoord.gui.window import MainWindow

    assert isinstance(window, MainWindow)
    if window.settings.value("start/opened-before", False) in (True, "true"):
        for advice, response in window.recent_pairs()[:1]:
            if Path(advice).is_file() and Path(response).is_file():
                return advice, response
    advice_path, response_path = paths.example_pair()
    if advice_path.is_file() and response_path.is_file():
        return str(advice_path), str(response_path)
    return None


def _screenshot(app: object, args: argparse.Namespace, data_dir: str | None) -> int:
    """Load the pair, select recommendation ``--pair``, wait until all is painted, save the window."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from weerwoord.gui.dialogs import Dialogs
    from weerwoord.gui.window import MainWindow

    assert isinstance(app, QApplication)

    class ScreenshotDialogs(Dialogs):
        """Nothing may block: errors end the run through the analysis result instead."""

        def error(self, parent: object, title: str, message: str) -> None:
            pass

        def password(self, parent: object, filename: str, wrong: bool) -> str | None:
            return None

    for path in (args.advice, args.response):
        if not Path(path).is_file():
            raise FileMissing(f"The file {Path(path).name} does not exist or cannot be read.", path)
    out = Path(args.screenshot)
    if out.suffix.lower() != ".png":
        raise UsageError("--screenshot needs a file name ending in .png")
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Weerwoord", "screenshot")
    window = MainWindow(settings, data_dir, ScreenshotDialogs(), remember=False)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    failure: list[WeerwoordError] = []

    def finished(gen: int, result: object) -> None:
        error = getattr(result, "error", None)
        if error is not None:
            failure.append(error)

    window.worker.analysed.connect(finished)
    _, advice, response, advice_password, response_password = start_plan(args)
    window.open_pair(advice, response, advice_password, response_password, select=str(args.pair) if args.pair else None)
    deadline = time.monotonic() + SCREENSHOT_TIMEOUT
    try:
        while not (window.screenshot_ready() and window.comparison() is not None):
            app.processEvents()
            if failure:
                raise failure[0]
            if time.monotonic() > deadline:
                raise WeerwoordError("The window did not finish loading in time.")
            time.sleep(0.005)
        if args.pair and window.current_number() != str(args.pair):
            numbers = ", ".join(p.number for p in window.comparison().pairs)
            raise UsageError(f"There is no recommendation numbered {args.pair} (there are: {numbers}).")
        # let the scroll to the selected pair settle and its pages render
        settle = time.monotonic() + 0.2
        while time.monotonic() < settle or not window.screenshot_ready():
            app.processEvents()
            time.sleep(0.005)
            if time.monotonic() > deadline:
                break
        image = window.grab()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise WeerwoordError(f"The picture could not be written to {out}.")
    finally:
        window.close()
    return 0
