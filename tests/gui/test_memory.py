"""What the window keeps while a long document is scrolled through: bounded, whatever the number of pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import open_and_wait
from weerwoord.gui import worker_pages
from weerwoord.gui.page_cache import PageCache
from weerwoord.gui.page_view import WORD_PAGES, PageView


class _Renderer:
    def request_renders(self, side: str, wanted: list[tuple[int, float]]) -> None:
        pass

    def request_words(self, side: str, page: int) -> None:
        pass


def test_the_view_keeps_the_words_of_the_recent_pages_and_of_the_selection(qtbot: Any) -> None:
    view = PageView("advice", PageCache(), _Renderer())
    qtbot.addWidget(view)
    view.set_document(1, [(595.0, 842.0)] * 100)
    word = (10.0, 10.0, 40.0, 20.0, "woord", 0, 0)
    for page in range(1, 6):
        view.set_words(page, [word, word])
    view.select_words((3, 0), (5, 1))  # a selection over pages 3 to 5
    for page in range(6, 101):
        view.set_words(page, [word])
    assert len(view._words) <= WORD_PAGES + 3
    assert {3, 4, 5, 100} <= set(view._words) and 6 not in view._words
    assert view.selected_text() == " ".join(["woord"] * 6)


def test_the_worker_keeps_the_words_of_the_recent_pages(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker_pages, "WORD_PAGES", 5)  # the worker's page jobs keep the words
    window = make_window()
    open_and_wait(qtbot, window, *example)
    worker, view = window.worker, window.panes["advice"].view
    for page in range(1, view.page_count + 1):
        worker.request_words("advice", page)
    qtbot.waitUntil(lambda: ("advice", view.page_count) in worker._state.words, timeout=20_000)
    assert len(worker._state.words) == 5


def test_the_analysis_is_kept_out_of_the_cycle_collector_until_the_next(
    qtbot: Any, make_window: Any, example: tuple[Path, Path]
) -> None:
    """Later collections do not walk the documents and the analysis again (they stalled the window)."""
    import gc

    window = make_window()
    open_and_wait(qtbot, window, *example)
    frozen = gc.get_freeze_count()
    assert frozen > 0
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    open_and_wait(qtbot, window, *example)
    assert gc.get_freeze_count() > 0
