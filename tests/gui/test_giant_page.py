"""A giant page is drawn smaller and stretched over its place, never as one enormous image."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymupdf

from tests.gui.conftest import DOCS


def test_a_giant_page_is_drawn_within_the_guard(qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("WEERWOORD_GUARD_RENDER_MP", "2")  # a low limit: the test page passes it at any zoom
    giant = tmp_path / "giant.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=14_400)
    page.insert_text((40, 60), "Een zeer lange pagina.", fontsize=11)
    doc.save(giant)
    doc.close()
    window = make_window()
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.open_pair(giant, DOCS / "en_conclusions_response.pdf")
    view = window.panes["advice"].view
    qtbot.waitUntil(lambda: window.cache.any_scale(window.pair.generation, "advice", 1) is not None, timeout=20_000)
    image = window.cache.any_scale(window.pair.generation, "advice", 1)
    assert image.width() * image.height() <= 2.05e6  # the guard's limit, not 400 × 14,400 × zoom²
    target = view.page_rect(1)
    assert target.height() > target.width() * 30  # the page keeps its place and shape in the pane
    view.grab()  # paints it stretched over that place without an error
