"""Time and memory limits for reading one document: a pathological file is stopped with a plain message."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from weerwoord.core.errors import AnalysisAborted
from weerwoord.core.words import N_, _, number

# Measured on a 2-core machine (bench/RESULTS.md): a dense 300-page advice reads in about 2.5 s and adds
# about 100 MB; a 1,000-page one therefore about 8 s and 350 MB.
# The limits stand well above that, so only a pathological file meets them.
SECONDS = 120.0
MEMORY_MB = 2048.0  # growth of the process while one document is read
WORDS = 10_000_000  # a dense 1,000-page report has about 700,000
# One page is checked before its text is taken out: MuPDF builds the whole page in memory at once, about 3.5 KB
# for each text operation that starts a line of its own (100,000 such operations: 350 MB and 3 s). A dense page
# set glyph by glyph has some 20,000; a page of ordinary text a few thousand.
PAGE_OPS = 100_000  # text operations of one page (its forms counted as often as it draws them)
PAGE_MB = 32.0  # the page's content streams, decompressed (a detailed map: a few MB)
SANE = N_("A report of 1,000 pages takes about 10 seconds.")
# One page drawn as one image: an A4 page at 300 % on a 2× screen is 9 million pixels. A 40 × 14,400 pt page
# at that zoom would be 1.1 GB and never painted.
RENDER_MEGAPIXELS = 40.0


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a document is read or analysed.

    Reading builds hundreds of thousands of small tuples (a word, its rectangle) that live until the analysis
    is done; every full collection walks all of them and finds next to nothing (the big benchmark pair: 8 full
    collections, 0.3 s of 2.5 s, 435 objects freed). Reference counting still frees everything else; the
    collector runs again afterwards. Nested uses are fine: only the outermost one turns it back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ[name])
    except (KeyError, ValueError):
        return default


def rss_mb() -> float | None:
    """The resident memory of this process in MB, where the platform tells it cheaply (else None)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    if sys.platform == "darwin":  # the peak, which is what a limit on growth needs
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    return None


class Guard:
    """Checked after every page: stops the reading with :class:`AnalysisAborted` when a limit is passed.

    Limits come from the arguments, else ``WEERWOORD_GUARD_SECONDS`` / ``_MB`` / ``_WORDS`` / ``_PAGE_OPS`` /
    ``_PAGE_MB``, else the defaults above. :meth:`check_page` is called before a page is read, with what its
    content holds, so that a single page cannot take the machine's memory before the check after it.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        seconds: float | None = None,
        memory_mb: float | None = None,
        words: int | None = None,
        page_ops: int | None = None,
        page_mb: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        damaged: bool = False,
    ) -> None:
        self.name = Path(path).name
        self.seconds = seconds if seconds is not None else _env_float("WEERWOORD_GUARD_SECONDS", SECONDS)
        self.memory_mb = memory_mb if memory_mb is not None else _env_float("WEERWOORD_GUARD_MB", MEMORY_MB)
        self.words = int(words if words is not None else _env_float("WEERWOORD_GUARD_WORDS", WORDS))
        self.page_ops = int(page_ops if page_ops is not None else _env_float("WEERWOORD_GUARD_PAGE_OPS", PAGE_OPS))
        self.page_mb = page_mb if page_mb is not None else _env_float("WEERWOORD_GUARD_PAGE_MB", PAGE_MB)
        self.damaged = damaged  # MuPDF repaired the file to open it: what it reads may be debris
        self._clock = clock
        self._start = clock()
        self._rss_start = rss_mb()
        self._words = 0
        self._checks = 0

    def add_words(self, words: int) -> None:
        self._words += words

    @property
    def page_bytes(self) -> int:
        return int(self.page_mb * 2**20)

    def check_page(self, page: int, pages: int, content_bytes: int, text_ops: int) -> None:
        """Raise :class:`AnalysisAborted` before page ``page`` is read if its content is beyond the page limits."""
        if pages:
            where = _("page {page} of {pages}").format(page=number(page), pages=number(pages))
        else:
            where = _("page {page}").format(page=number(page))
        if text_ops > self.page_ops:
            raise AnalysisAborted(
                _(
                    "{name} cannot be analysed: {where} holds about {ops} text operations, more than the {limit} a "
                    "page may have. Reading was stopped before that page."
                ).format(name=self.name, where=where, ops=number(text_ops), limit=number(self.page_ops))
                + " "
                + _(SANE)
            )
        if content_bytes > self.page_bytes:
            raise AnalysisAborted(
                _(
                    "{name} cannot be analysed: the drawing instructions of {where} take {size} MB, more than the "
                    "{limit} MB a page may have. Reading was stopped before that page."
                ).format(name=self.name, where=where, size=number(content_bytes / 2**20), limit=number(self.page_mb))
                + " "
                + _(SANE)
            )

    def check(self, page: int = 0, pages: int = 0) -> None:
        """Raise :class:`AnalysisAborted` if reading has taken too long, too much memory or too many words."""
        self._checks += 1
        where = ""
        if page and pages:
            where = " " + _("(at page {page} of {pages})").format(page=number(page), pages=number(pages))
        elapsed = self._clock() - self._start
        if elapsed > self.seconds:
            raise AnalysisAborted(
                _("{name} is too large to analyse: reading it was stopped after {seconds} seconds{where}.").format(
                    name=self.name, seconds=f"{elapsed:.0f}", where=where
                )
                + " "
                + _(SANE)
            )
        if self._words > self.words:
            raise AnalysisAborted(
                _("{name} holds too much text to analyse: more than {words} words{where}.").format(
                    name=self.name, words=number(self.words), where=where
                )
            )
        if self._rss_start is not None and self._checks % 8 == 1:
            now = rss_mb()
            if now is not None and now - self._rss_start > self.memory_mb:
                if self.damaged:
                    raise AnalysisAborted(
                        _(
                            "{name} is damaged (it had to be repaired to open, and may have been cut short): reading "
                            "what is left of it was stopped when it had taken {size} MB{where}. Ask for an undamaged "
                            "copy."
                        ).format(name=self.name, size=number(now - self._rss_start), where=where)
                    )
                raise AnalysisAborted(
                    _(
                        "{name} needs too much memory to analyse: reading it was stopped when it had taken {size} "
                        "MB{where}; the limit is {limit} MB."
                    ).format(
                        name=self.name, size=number(now - self._rss_start), where=where, limit=number(self.memory_mb)
                    )
                )


def render_scale(width: float, height: float, scale: float, megapixels: float | None = None) -> float:
    """The scale to draw a page of ``width`` × ``height`` points at: ``scale``, lowered where the image would pass
    ``megapixels`` (else ``WEERWOORD_GUARD_RENDER_MP``, else :data:`RENDER_MEGAPIXELS`) million pixels. The
    window draws the smaller image stretched over the page's place: blurred at that zoom, never a frozen window."""
    limit = megapixels if megapixels is not None else _env_float("WEERWOORD_GUARD_RENDER_MP", RENDER_MEGAPIXELS)
    pixels = max(width, 1.0) * max(height, 1.0) * scale * scale
    if pixels <= limit * 1e6 or scale <= 0:
        return scale
    return float(scale * (limit * 1e6 / pixels) ** 0.5)
