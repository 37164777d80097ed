"""GUI tests run offscreen (WEERWOORD_ONSCREEN=1 to watch), with settings and data in temporary folders."""

from __future__ import annotations

import os

if not os.environ.get("WEERWOORD_ONSCREEN"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from app import paths
from app.gui.dialogs import Dialogs

DOCS = Path(__file__).resolve().parent.parent / "docs"


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
        self.errors.append(message)

    def password(self, parent: Any, filename: str, wrong: bool) -> str | None:
        self.password_asked.append((filename, wrong))
        return self.password_answer

    def open_pair(self, parent: Any, advice: str, response: str) -> tuple[str, str] | None:
        return self.open_answer

    def choose_reply(self, parent: Any, number: str, replies: Any, current: str | None) -> str | None:
        return self.reply_choice

    def verdict(self, parent: Any, number: str, current: str) -> tuple[str, str] | None:
        return self.verdict_choice

    def number(self, parent: Any, suggestion: str) -> str | None:
        return self.number_answer

    def about(self, parent: Any, text: str) -> None:
        pass

    # export, print and review import: answers set by the test, what was shown recorded
    export_answer: tuple[str, set[str]] | None = None
    overwrite_answer = False
    xfdf_answer: str | None = None
    side_answer: str | None = None
    print_answer = True

    def info(self, parent: Any, title: str, message: str) -> None:
        self.infos.append(message)

    def export_options(self, parent: Any, folder: str, chosen: set[str]) -> tuple[str, set[str]] | None:
        self.export_asked.append((folder, set(chosen)))
        return self.export_answer

    def confirm_overwrite(self, parent: Any, folder: str, names: list[str]) -> bool:
        self.overwrite_asked.append(list(names))
        return self.overwrite_answer

    def export_done(self, parent: Any, folder: str, names: list[str]) -> None:
        self.exported.append(list(names))

    def choose_xfdf(self, parent: Any, start: str) -> str | None:
        return self.xfdf_answer

    def choose_side(self, parent: Any, filename: str, advice: str, response: str) -> str | None:
        return self.side_answer

    def print_setup(self, parent: Any, printer: Any) -> bool:
        return self.print_answer


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
    from app.gui.window import MainWindow

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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform plugin warns that it cannot pass size hints to a window manager it lacks."""
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


def select_in_reply(qtbot: Any, window: Any, number: str, count: int = 4) -> str:
    """Select the first ``count`` words of the reply to recommendation ``number``; returns them."""
    window.select_number(number)
    pair = window.current_pair()
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
