"""The time and memory guard: limits from arguments or the environment, plain messages, checked per page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hardening.badfiles import GOOD_ADVICE, many_pages_pdf, resident_ballast
from weerwoord.core.errors import AnalysisAborted, DocumentError
from weerwoord.core.reading import reader
from weerwoord.core.reading.guard import Guard, rss_mb


def test_time_limit_names_the_file_and_the_page() -> None:
    now = [0.0]
    guard = Guard(Path("/x/Groot rapport.pdf"), seconds=10, clock=lambda: now[0])
    guard.check(1, 50)
    now[0] = 11.0
    with pytest.raises(AnalysisAborted) as caught:
        guard.check(7, 50)
    message = str(caught.value)
    assert message.startswith("Groot rapport.pdf is too large to analyse")
    assert "page 7 of 50" in message and "\n" not in message
    assert isinstance(caught.value, DocumentError) and caught.value.exit_code == 3


def test_word_limit() -> None:
    guard = Guard("a.pdf", words=100)
    guard.add_words(100)
    guard.check()
    guard.add_words(1)
    with pytest.raises(AnalysisAborted, match="too much text"):
        guard.check()


def test_memory_limit() -> None:
    if rss_mb() is None:
        pytest.skip("this platform does not report memory cheaply")
    guard = Guard("a.pdf", memory_mb=1)
    ballast = resident_ballast(64)
    with pytest.raises(AnalysisAborted, match="too much memory"):
        guard.check()
    ballast.close()


def test_limits_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEERWOORD_GUARD_SECONDS", "3.5")
    monkeypatch.setenv("WEERWOORD_GUARD_WORDS", "1000")
    monkeypatch.setenv("WEERWOORD_GUARD_MB", "nonsense")  # ignored: the default stands
    guard = Guard("a.pdf")
    assert (guard.seconds, guard.words) == (3.5, 1000)
    assert guard.memory_mb > 1000


def test_the_reader_stops_at_the_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    big = many_pages_pdf(tmp_path / "big.pdf", 300)
    monkeypatch.setenv("WEERWOORD_GUARD_WORDS", "2000")
    with pytest.raises(AnalysisAborted, match=r"big\.pdf holds too much text .* page \d+ of 300"):
        reader.read_document(big)


def test_a_normal_document_is_far_below_the_limits() -> None:
    doc = reader.read_document(GOOD_ADVICE)
    assert doc.page_count == 3


def test_a_very_long_page_is_drawn_at_a_scale_that_fits_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from weerwoord.core.reading.guard import RENDER_MEGAPIXELS, render_scale

    assert render_scale(595, 842, 3.0) == 3.0  # A4 at 300 %: as asked
    scale = render_scale(40, 14_400, 6.0)  # 40 × 14,400 pt at 600 %: 20.7 million pixels asked
    assert scale == 6.0 or 40 * 14_400 * scale**2 <= RENDER_MEGAPIXELS * 1e6
    monkeypatch.setenv("WEERWOORD_GUARD_RENDER_MP", "1")
    scale = render_scale(40, 14_400, 6.0)
    assert scale < 6.0 and abs(40 * 14_400 * scale**2 - 1e6) < 1e3
