"""GUI tests run offscreen (WEERWOORD_ONSCREEN=1 to watch), with settings and data in temporary folders."""

from __future__ import annotations

import os

if not os.environ.get("WEERWOORD_ONSCREEN"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from weerwoord import paths
from weerwoord.gui.dialogs import Dialogs

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _check_parent(parent: Any) -> None:
    """What Qt does with a dialog's parent: anything but a widget or None is a TypeError."""
    if parent is not None and not isinstance(parent, QWidget):
        raise TypeError(f"a dialog's parent must be a QWidget or None, not {type(parent).__name__}")


class FakeDialogs(Dialogs):
    """Answers every question at once, from the attributes a test sets, and records what was shown."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.password_answer: str | None = None
        self.password_asked: list[tuple[str, bool]] = []
        self.reply_choice: str | None = None
        self.verdict_choice: tuple[str, str] | None = None
        self.number_answer: str | None = None
        self.open_answer: tuple[str, str] | None = None
        self.infos: list[str] = []
        self.export_asked: list[tuple[str, set[str]]] = []
        self.overwrite_asked: list[list[str]] = []
        self.exported: list[list[str]] = []

    def error(self, parent: Any, title: str, message: str) -> None:
        _check_parent(parent)
        self.errors.append(message)

    def password(self, parent: Any, filename: str, wrong: bool) -> str | None:
        _check_parent(parent)
        self.password_asked.append((filename, wrong))
        return self.password_answer

    def open_pair(self, parent: Any, advice: str, response: str) -> tuple[str, str] | None:
        _check_parent(parent)
        return self.open_answer

    def choose_reply(self, parent: Any, number: str, replies: Any, current: str | None) -> str | None:
        _check_parent(parent)
        return self.reply_choice

    def verdict(self, parent: Any, number: str, current: str) -> tuple[str, str] | None:
        _check_parent(parent)
        return self.verdict_choice

    def number(self, parent: Any, suggestion: str) -> str | None:
        _check_parent(parent)
        return self.number_answer

    def about(self, parent: Any, text: str) -> None:
        _check_parent(parent)

    confirm_answer = True
    confirmed: tuple[str, ...] = ()
    proposals_answer: list[Any] | None = None
    edit_answer: tuple[str, str] | None = None
    corrections_file_answer: str | None = None

    def confirm(self, parent: Any, title: str, message: str) -> bool:
        _check_parent(parent)
        self.confirmed = (*self.confirmed, title)
        return self.confirm_answer

    def proposals(self, parent: Any, proposals: Any) -> list[Any] | None:
        _check_parent(parent)
        return list(proposals) if self.proposals_answer is None else self.proposals_answer

    def edit_recommendation(self, parent: Any, number: str, text: str) -> tuple[str, str] | None:
        _check_parent(parent)
        return self.edit_answer

    def choose_corrections_file(self, parent: Any, start: str, save: bool) -> str | None:
        _check_parent(parent)
        return self.corrections_file_answer
        pass

    # export, print and review import: answers set by the test, what was shown recorded
    export_answer: tuple[str, set[str]] | None = None
    overwrite_answer = False
    xfdf_answer: str | None = None
    side_answer: str | None = None
    print_answer = True

    def info(self, parent: Any, title: str, message: str) -> None:
        _check_parent(parent)
        self.infos.append(message)

    def export_options(self, parent: Any, folder: str, chosen: set[str]) -> tuple[str, set[str]] | None:
        _check_parent(parent)
        self.export_asked.append((folder, set(chosen)))
        return self.export_answer

    def confirm_overwrite(self, parent: Any, folder: str, names: list[str]) -> bool:
        _check_parent(parent)
        self.overwrite_asked.append(list(names))
        return self.overwrite_answer

    def export_done(self, parent: Any, folder: str, names: list[str]) -> None:
        _check_parent(parent)
        self.exported.append(list(names))

    def choose_xfdf(self, parent: Any, start: str) -> str | None:
        _check_parent(parent)
        return self.xfdf_answer

    def choose_side(self, parent: Any, filename: str, advice: str, response: str) -> str | None:
        _check_parent(parent)
        return self.side_answer

    def print_setup(self, parent: Any, printer: Any) -> bool:
        _check_parent(parent)
        return self.print_answer


@pytest.fixture(autouse=True)
def _collector_in_gui_thread(qapp: QApplication) -> None:
    """As the app does (``gui.main``): the cycle collector runs in the GUI thread only, never in a worker."""
    from weerwoord.gui import collector

    collector.install(qapp)


@pytest.fixture
def example() -> tuple[Path, Path]:
    advice, response = paths.example_pair()
    if not (advice.is_file() and response.is_file()):
        pytest.skip("the shipped example is not in resources/example")
    return advice, response


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path, settings: QSettings) -> Iterator[Callable[..., Any]]:
    """A factory for main windows on a temporary data folder, closed after the test."""
    from weerwoord.gui.window import MainWindow

    windows: list[MainWindow] = []

    def make(dialogs: FakeDialogs | None = None, data_dir: Path | None = None) -> MainWindow:
        window = MainWindow(settings, str(data_dir or tmp_path / "data"), dialogs or FakeDialogs())
        window.resize(1400, 900)
        window.show()
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def open_and_wait(qtbot: Any, window: Any, advice: Path | str, response: Path | str, **kw: Any) -> None:
    """Open a pair and wait until the analysis is done and the visible pages are painted."""
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.open_pair(advice, response, **kw)
    qtbot.waitUntil(window.screenshot_ready, timeout=20_000)


def pytest_configure(config: pytest.Config) -> None:
    """A Python exception raised in a slot fails the test: pytest-qt's capture must stay on."""
    if config.getini("qt_no_exception_capture"):
        raise pytest.UsageError("qt_no_exception_capture is set: exceptions in slots would pass unnoticed")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform plugin warns that it cannot pass size hints to a window manager it lacks."""
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


def select_in_reply(qtbot: Any, window: Any, number: str, count: int = 4) -> str:
    """Select the first ``count`` words of the reply to recommendation ``number``; returns them."""
    window.navigator.select_number(number)
    pair = window.pair.current_pair()
    view = window.panes["response"].view
    span = pair.reply.run.spans()[0]
    qtbot.waitUntil(lambda: span.page in view._words, timeout=10_000)
    line = span.rects[0]
    words = view._words[span.page]
    inside = [
        i
        for i, w in enumerate(words)
        if w[0] >= line[0] - 1 and w[2] <= line[2] + 1 and line[1] - 1 <= (w[1] + w[3]) / 2 <= line[3] + 1
    ]
    view.select_words((span.page, inside[0]), (span.page, inside[count - 1]))
    view.setFocus()
    return " ".join(words[i][4] for i in inside[:count])


def answer_modal(qtbot: Any, fill: Callable[[QWidget], None], timeout: int = 15_000) -> list[QWidget]:
    """Answer the next modal dialog the window opens: ``fill`` gets the real dialog (and accepts or rejects it).

    Returns a list that holds the dialog once it was answered; a dialog that never opens fails the test when
    the caller waits on the list.
    """
    answered: list[QWidget] = []
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog in answered:
            return
        timer.stop()
        answered.append(dialog)
        fill(dialog)

    timer.timeout.connect(poll)
    timer.start()
    answered_timer.append(timer)  # kept alive until the test ends
    return answered


answered_timer: list[QTimer] = []


@pytest.fixture(autouse=True)
def _stop_answer_timers() -> Iterator[None]:
    yield
    for timer in answered_timer:
        timer.stop()
    answered_timer.clear()


MODAL_LIMIT_S = 30.0  # no test leaves a question open this long: it would wait for an answer forever (CI hangs)


@pytest.fixture(autouse=True)
def _no_modal_left_open(qtbot: Any) -> Iterator[None]:
    """Close a modal dialog that stays open unanswered, and fail the test that left it: a real dialog nobody
    answers would otherwise block the whole suite."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    opened: dict[int, float] = {}
    stuck: list[str] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            opened.clear()
            return
        since = opened.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - since > MODAL_LIMIT_S:
            stuck.append(dialog.windowTitle() or type(dialog).__name__)
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

    timer = QTimer()
    timer.setInterval(500)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    assert not stuck, f"a modal dialog was left open with no one to answer it: {stuck}"
