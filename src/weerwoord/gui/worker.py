"""The one thread that owns every PyMuPDF call: opening, rendering, word boxes, search and analysis.

The thread, its queue and its signals are here; the jobs by kind: worker_pages.py (opening, drawing, words, search,
page texts), worker_analysis.py, worker_export.py (export and print), worker_review.py (a review's notes). What it
hands the window (worker_types.py) is imported from here too.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QImage

from weerwoord.gui.worker_analysis import AnalysisJobs
from weerwoord.gui.worker_export import ExportJobs
from weerwoord.gui.worker_pages import PageJobs
from weerwoord.gui.worker_review import ReviewJobs
from weerwoord.gui.worker_types import (
    SIDES,
    Analysed,
    DocAnnotation,
    ExportCancelled,
    OpenedDocument,
    ReviewCancelled,
    SearchHit,
    Word,
    WorkerState,
)

__all__ = [
    "SIDES",
    "Analysed",
    "DocAnnotation",
    "ExportCancelled",
    "OpenedDocument",
    "PdfWorker",
    "ReviewCancelled",
    "SearchHit",
    "Word",
]


class PdfWorker(PageJobs, AnalysisJobs, ExportJobs, ReviewJobs, QThread):
    """Runs jobs one at a time; rendering requests jump the queue and are served during analysis too.

    Results travel back as signals carrying plain data and QImages; widgets are never touched here.
    """

    opened = Signal(int, object)  # generation, OpenedDocument
    open_failed = Signal(int, str, object)  # generation, side, DocumentError
    rendered = Signal(int, str, int, float, QImage)  # generation, side, page, scale, image
    words_ready = Signal(int, str, int, object)  # generation, side, page, list[Word]
    progress = Signal(int, int, int, str)  # generation, done, total, what
    analysed = Signal(int, object)  # generation, Analysed
    searched = Signal(int, str, object)  # generation, phrase, list[SearchHit]
    # generation, side, (list[PageText], PageIndex) or None if a page could not be read, list[DocAnnotation]
    texts_ready = Signal(int, str, object, object)
    annots_ready = Signal(int, str, object)  # generation, side, list[DocAnnotation]: read without the texts
    export_progress = Signal(int, int, int, str)  # job, done, total, what
    exported = Signal(int, object, object)  # job, list[Path] written, WeerwoordError or None
    # job, page index, page count, PageDrawing (shapes and text, for the printer), QImage or None (a page that is
    # not plain shapes and text, printed as a picture)
    briefing_page = Signal(int, int, int, object, object)
    briefing_done = Signal(int, object)  # job, WeerwoordError or None
    review_read = Signal(int, object, object)  # job, weerwoord.core.publishing.review.Review or None, error or None
    review_progress = Signal(int, int, int)  # job, done, total
    # job, Imported (the notes added, also when it stopped), WeerwoordError (ReviewCancelled too) or None
    review_imported = Signal(int, object, object)

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Condition()
        self._jobs: deque[Callable[[], None]] = deque()
        self._renders: dict[str, list[tuple[int, float]]] = {s: [] for s in SIDES}
        self._word_requests: deque[tuple[str, int]] = deque()
        self._stopping = False
        self._cancel = threading.Event()
        self._export_cancel = threading.Event()
        self._review_cancel = threading.Event()
        self._generation = 0
        self.language = "en"  # the language of the analysis's sentences: the window sets its own
        self._state = WorkerState()
        self._first_side = 0  # the side whose render requests are served first: the two take turns
        self.setObjectName("pdf-worker")

    # --- called from the GUI thread ---------------------------------------------------------------

    def open_pair(self, generation: int, paths: dict[str, str], passwords: dict[str, str | None]) -> None:
        """Open both documents for display (closing the previous ones)."""
        with self._lock:
            self._generation = generation
            self._renders = {s: [] for s in SIDES}
            self._word_requests.clear()
            self._jobs.append(lambda: self._open(generation, paths, passwords))
            self._lock.notify()

    def request_renders(self, side: str, wanted: list[tuple[int, float]]) -> None:
        """Replace the pending render requests of one side: (page, scale) pairs, most wanted first."""
        with self._lock:
            self._renders[side] = list(wanted)
            self._lock.notify()

    def request_words(self, side: str, page: int) -> None:
        with self._lock:
            if (side, page) not in self._word_requests:
                self._word_requests.append((side, page))
                self._lock.notify()

    def stop(self) -> None:
        with self._lock:
            self._stopping = True
            self._cancel.set()
            self._lock.notify()
        self.wait(10_000)

    def _submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            self._jobs.append(job)
            self._lock.notify()

    # --- the worker thread -----------------------------------------------------------------------

    def run(self) -> None:
        while True:
            with self._lock:
                while not self._stopping and not self._has_work():
                    self._lock.wait()
                if self._stopping:
                    break
            if self._serve_quick():
                continue
            with self._lock:
                job = self._jobs.popleft() if self._jobs else None
            if job is not None:
                job()
        self._close_all()

    def _has_work(self) -> bool:
        return bool(self._jobs or self._word_requests or any(self._renders.values()))

    def _serve_quick(self) -> bool:
        """Serve one render or word request if there is one; True if something was served."""
        with self._lock:
            request: tuple[str, int, float] | None = None
            for i in (self._first_side, 1 - self._first_side):
                side = SIDES[i]
                if self._renders[side]:
                    page, scale = self._renders[side].pop(0)
                    request = (side, page, scale)
                    self._first_side = 1 - i  # both panes' first pages before either's next ones
                    break
            words = None if request else (self._word_requests.popleft() if self._word_requests else None)
            generation = self._generation
        if request is not None:
            self._render(generation, *request)
            return True
        if words is not None:
            self._words(generation, *words)
            return True
        return False

    def _serve_all_quick(self) -> None:
        while not self._stopping and self._serve_quick():
            pass
