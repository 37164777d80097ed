"""The one thread that owns every PyMuPDF call: opening, rendering, word boxes, search and analysis."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import threading
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QImage

from app.core.errors import (
    AnalysisAborted,
    DocumentError,
    ExportError,
    FileChanged,
    NotADocument,
    WeerwoordError,
)

_log = logging.getLogger(__name__)
SIDES = ("advice", "response")

# (x0, y0, x1, y1, text, block, line) in page coordinates
Word = tuple[float, float, float, float, str, int, int]


@dataclass
class OpenedDocument:
    """What the window needs to lay out a document before any page is drawn."""

    side: str
    path: str
    page_sizes: list[tuple[float, float]]


@dataclass
class SearchHit:
    """One occurrence of the searched phrase: where, and the line around it."""

    side: str
    page: int
    rects: list[tuple[float, float, float, float]]
    context: str


@dataclass
class Analysed:
    """The documents as the core read them and the comparison (or the error that stopped it)."""

    advice: Any = None  # app.core.model.Document
    response: Any = None
    comparison: Any = None  # app.core.model.Comparison
    corrections: Any = None  # the app.core.keeping.corrections.Corrections applied
    error: WeerwoordError | None = None
    warning: str = ""  # a problem that did not stop the analysis (the store could not be read)


@dataclass
class DocAnnotation:
    """An annotation already in an opened PDF (a reviewer's note or highlight), as plain data."""

    side: str
    page: int  # 1-based
    kind: str  # PyMuPDF's type name: "Text", "Highlight", "FreeText"
    rect: tuple[float, float, float, float]
    author: str
    content: str
    date: str  # as the PDF has it (D:YYYYMMDD…)
    quote: str = ""  # the words under a highlight


class ExportCancelled(ExportError):
    """The reader stopped the export; the files written before are complete."""


class ReviewCancelled(WeerwoordError):
    """The reader stopped a review import; the notes added before are whole and stay."""


NOTE_KINDS = ("Text", "Highlight", "FreeText")  # annotations listed as notes from the document
OWN_TITLE = "Weerwoord"  # the author of the verdicts and marks an export adds (not notes)


WORD_PAGES = 48  # the word boxes of at most this many pages are kept here, the most recently used


@dataclass
class _State:
    docs: dict[str, Any] = field(default_factory=dict)  # side -> pymupdf.Document
    shas: dict[str, str] = field(default_factory=dict)  # side -> sha256 of the bytes shown
    generation: int = -1  # the pair these documents belong to
    words: OrderedDict[tuple[str, int], list[Word]] = field(default_factory=OrderedDict)


class PdfWorker(QThread):
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
    review_read = Signal(int, object, object)  # job, app.core.publishing.review.Review or None, error or None
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
        self._state = _State()
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

    def analyse(
        self,
        generation: int,
        paths: dict[str, str],
        passwords: dict[str, str | None],
        corrections: Any,
    ) -> None:
        """Read both documents with the core and analyse them (cancellable)."""
        self._cancel.clear()
        self._submit(lambda: self._analyse(generation, paths, passwords, corrections))

    def reanalyse(self, generation: int, advice: Any, response: Any, corrections: Any) -> None:
        """Analyse documents already read, with new corrections (no PyMuPDF involved)."""
        self._submit(lambda: self._reanalyse(generation, advice, response, corrections))

    def cancel_analysis(self) -> None:
        self._cancel.set()

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

    def search(self, generation: int, phrase: str) -> None:
        self._submit(lambda: self._search(generation, phrase))

    def read_texts(self, generation: int, texts: bool = True) -> None:
        """The annotations already in each document and, if ``texts``, the text of every page (as the export
        reads it) with its search index: ``texts_ready``; without: ``annots_ready``."""
        self._submit(lambda: self._read_texts(generation, texts))

    def export(
        self,
        job: int,
        comparison: Any,
        notes: list[Any],
        out_dir: str,
        force: bool,
        only: set[str] | None,
        passwords: dict[str, str | None],
    ) -> None:
        """Run the core's export_all here, where PyMuPDF lives (cancellable between files)."""
        self._export_cancel.clear()
        self._submit(lambda: self._export(job, comparison, notes, out_dir, force, only, passwords))

    def cancel_export(self) -> None:
        self._export_cancel.set()

    def read_review(self, job: int, path: str) -> None:
        """Read and check an XFDF review here, off the window thread: ``review_read``."""
        self._review_cancel.clear()
        self._submit(lambda: self._read_review(job, path))

    def import_review(
        self, job: int, store: Any, comparison: Any, review: Any, side: str, password: str | None
    ) -> None:
        """Add a review read by ``read_review`` to ``store`` as notes on ``side`` (cancellable between notes):
        ``review_progress``, then ``review_imported``."""
        self._submit(lambda: self._import_review(job, store, comparison, review, side, password))

    def cancel_review(self) -> None:
        self._review_cancel.set()

    def print_briefing(self, job: int, comparison: Any, notes: list[Any], dpi: int) -> None:
        """Make the briefing PDF and send its pages, one by one, as shapes and text for printing (a page that is
        anything more as an image at ``dpi``)."""
        self._submit(lambda: self._print_briefing(job, comparison, notes, dpi))

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

    def _close_all(self) -> None:
        for doc in self._state.docs.values():
            with contextlib.suppress(Exception):  # a broken handle must not stop the worker
                doc.close()
        self._state = _State()

    def _open(self, generation: int, paths: dict[str, str], passwords: dict[str, str | None]) -> None:
        self._close_all()
        self._state.generation = generation
        for side in SIDES:
            path = paths[side]
            try:
                doc, sha = _open_document(path, passwords.get(side))
            except DocumentError as err:
                self.open_failed.emit(generation, side, err)
                continue
            try:
                sizes = [(float(p.rect.width), float(p.rect.height)) for p in doc]
            except Exception:  # a page that cannot even be loaded: the file is damaged
                doc.close()
                damaged = NotADocument(f"{Path(path).name} is damaged: a page cannot be read.", path)
                self.open_failed.emit(generation, side, damaged)
                continue
            self._state.docs[side] = doc
            self._state.shas[side] = sha
            self.opened.emit(generation, OpenedDocument(side, path, sizes))

    def _check_shown(self, generation: int, side: str, analysed: Any) -> None:
        """Refuse an analysis of another version of a file than the one on screen (replaced in between)."""
        shown = self._state.shas.get(side) if self._state.generation == generation else None
        if shown is not None and shown != analysed.sha256:
            name = Path(analysed.path).name
            raise FileChanged(
                f"{name} was replaced while it was being opened: the pages shown are not the version analysed. "
                "Open the pair again.",
                analysed.path,
            )

    def _render(self, generation: int, side: str, page: int, scale: float) -> None:
        import pymupdf

        doc = self._state.docs.get(side)
        if doc is None or not 1 <= page <= doc.page_count:
            return
        from app.core.reading.guard import render_scale

        try:
            rect = doc[page - 1].rect
            # a giant page (40 × 14,400 pt) is drawn smaller and stretched over its place, never as a 1 GB image
            drawn = render_scale(rect.width, rect.height, scale)
            pix = doc[page - 1].get_pixmap(matrix=pymupdf.Matrix(drawn, drawn), alpha=False)  # type: ignore[no-untyped-call]
        except Exception:  # a damaged page draws as blank rather than stopping the worker
            return
        image = QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888).copy()
        self.rendered.emit(generation, side, page, scale, image)

    def _words(self, generation: int, side: str, page: int) -> None:
        doc = self._state.docs.get(side)
        if doc is None or not 1 <= page <= doc.page_count:
            return
        self.words_ready.emit(generation, side, page, self._page_words(side, page))

    def _page_words(self, side: str, page: int) -> list[Word]:
        key = (side, page)
        cache = self._state.words
        words = cache.get(key)
        if words is None:
            raw = self._state.docs[side][page - 1].get_text("words", sort=False)
            words = [(float(w[0]), float(w[1]), float(w[2]), float(w[3]), str(w[4]), int(w[5]), int(w[6])) for w in raw]
            cache[key] = words
            while len(cache) > WORD_PAGES:  # scrolling through 360 pages kept about 40 MB of them
                cache.popitem(last=False)
        else:
            cache.move_to_end(key)
        return words

    def _search(self, generation: int, phrase: str) -> None:
        hits: list[SearchHit] = []
        needle = phrase.strip()
        if needle:
            for side in SIDES:
                doc = self._state.docs.get(side)
                if doc is None:
                    continue
                for index in range(doc.page_count):
                    page = doc[index]
                    for quad_rect in page.search_for(needle):
                        rect = (quad_rect.x0, quad_rect.y0, quad_rect.x1, quad_rect.y1)
                        context = _context(self._page_words(side, index + 1), rect)
                        hits.append(SearchHit(side, index + 1, [rect], context))
                    self._serve_all_quick()
        merged = _merge_hits(hits, self._page_words, needle)
        self.searched.emit(generation, phrase, merged)

    def _read_texts(self, generation: int, with_texts: bool) -> None:
        from app.core.publishing.export_pdf import page_text

        for side in SIDES:
            doc = self._state.docs.get(side)
            if doc is None or generation != self._generation:
                continue
            texts = []
            annots: list[DocAnnotation] = []
            try:
                for index in range(doc.page_count):
                    page = doc[index]
                    if with_texts:
                        texts.append(page_text(page))
                    annots.extend(_note_annots(side, index + 1, page))
                    self._serve_all_quick()
            except Exception:  # a damaged page: its notes stay unresolved rather than stopping the worker
                if with_texts:
                    self.texts_ready.emit(generation, side, None, [])
                continue
            if not with_texts:
                self.annots_ready.emit(generation, side, annots)
                continue
            # the search index of the page texts is built here too: on the GUI thread it froze the window
            from app.core.keeping.anchor import index_pages

            search = index_pages([t.text for t in texts])
            self.texts_ready.emit(generation, side, (texts, search), annots)

    def _export(
        self,
        job: int,
        comparison: Any,
        notes: list[Any],
        out_dir: str,
        force: bool,
        only: set[str] | None,
        passwords: dict[str, str | None],
    ) -> None:
        from app.core.publishing.export import export_all

        def progress(done: int, total: int, what: str) -> None:
            if done < total and (self._export_cancel.is_set() or self._stopping):
                raise ExportCancelled("The export was cancelled. The files written before it stopped are complete.")
            self.export_progress.emit(job, done, total, what)
            self._serve_all_quick()

        try:
            written = export_all(
                comparison,
                notes,
                out_dir,
                force,
                progress,
                advice_password=passwords.get("advice"),
                response_password=passwords.get("response"),
                only=only,
                output_language=self.language,  # the files speak the window's language
            )
        except WeerwoordError as err:
            self.exported.emit(job, [], err)
        except Exception as err:  # the core should only raise its own errors; never crash the window
            _log.exception("export stopped unexpectedly")
            self.exported.emit(job, [], ExportError(f"The export stopped unexpectedly: {err}"))
        else:
            self.exported.emit(job, written, None)

    def _read_review(self, job: int, path: str) -> None:
        from app.core.publishing.review import load_review
        from app.core.words import speaking

        try:
            with speaking(self.language):
                review = load_review(path)
        except WeerwoordError as err:
            self.review_read.emit(job, None, err)
        except Exception as err:  # the core should only raise its own errors; never crash the window
            _log.exception("review could not be read")
            self.review_read.emit(job, None, WeerwoordError(f"The review could not be read: {err}"))
        else:
            self.review_read.emit(job, review, None)

    def _import_review(
        self, job: int, store: Any, comparison: Any, review: Any, side: str, password: str | None
    ) -> None:
        from app.core.publishing.review import Imported, import_review
        from app.core.words import speaking

        done = Imported()
        step = max(1, len(review.annots) // 100)

        def progress(count: int, total: int) -> None:
            if count < total and (self._review_cancel.is_set() or self._stopping):
                raise ReviewCancelled("The import was stopped.")
            if count % step == 0 or count == total:
                self.review_progress.emit(job, count, total)
            self._serve_all_quick()

        try:
            with speaking(self.language):  # the reasons for what was left out in the window's language
                import_review(store, comparison, review, side, password=password, progress=progress, into=done)  # type: ignore[arg-type]
        except WeerwoordError as err:
            self.review_imported.emit(job, done, err)
        except Exception as err:
            _log.exception("review import stopped unexpectedly")
            self.review_imported.emit(job, done, WeerwoordError(f"The review import stopped unexpectedly: {err}"))
        else:
            self.review_imported.emit(job, done, None)

    def _print_briefing(self, job: int, comparison: Any, notes: list[Any], dpi: int) -> None:
        import pymupdf

        from app.core.publishing.briefing import briefing_pdf
        from app.core.publishing.print_page import page_drawing
        from app.core.words import speaking

        try:
            with speaking(self.language):  # the briefing in the window's language, as its export
                data = briefing_pdf(comparison, notes)
            doc: Any = pymupdf.open("pdf", data)  # type: ignore[no-untyped-call]
            try:
                for index in range(doc.page_count):
                    if self._stopping:
                        break
                    drawing = page_drawing(doc[index])
                    image = None
                    if not drawing.vector:
                        pix = doc[index].get_pixmap(dpi=dpi, alpha=False)
                        image = QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888)
                        image = image.copy()
                    self.briefing_page.emit(job, index, doc.page_count, drawing, image)
                    self._serve_all_quick()
            finally:
                doc.close()
        except WeerwoordError as err:
            self.briefing_done.emit(job, err)
        except Exception as err:
            self.briefing_done.emit(job, WeerwoordError(f"The briefing could not be made for printing: {err}"))
        else:
            self.briefing_done.emit(job, None)

    def _analyse(
        self, generation: int, paths: dict[str, str], passwords: dict[str, str | None], corrections: Any
    ) -> None:
        from app.core.analysis.compare import analyse
        from app.core.reading import reader
        from app.core.reading.guard import collector_paused
        from app.core.words import speaking

        def progress(done: int, total: int, what: str) -> None:
            self.progress.emit(generation, done, total, what)
            self._serve_all_quick()

        def cancelled() -> bool:
            return self._cancel.is_set() or self._stopping

        gc.unfreeze()  # the previous pair's model may be collected again (see _frozen)
        result = Analysed()
        # one pause of the cycle collector over both readings and the analysis, the objects frozen before it
        # ends: otherwise the first collection after each reading walks all of them (88 ms for the big advice)
        with collector_paused():
            try:
                result.advice = reader.read_document(
                    paths["advice"], passwords.get("advice"), progress=progress, cancelled=cancelled
                )
                result.response = reader.read_document(
                    paths["response"], passwords.get("response"), progress=progress, cancelled=cancelled
                )
                for side in SIDES:  # what is shown, noted and exported is the version analysed
                    self._check_shown(generation, side, getattr(result, side))
                if cancelled():
                    raise AnalysisAborted("The analysis was cancelled.")
                reader.refuse_same_documents(result.advice, result.response)  # the same text twice is no pair
                if hasattr(corrections, "load"):
                    try:
                        corrections = corrections.load(result.advice.sha256, result.response.sha256)
                    except WeerwoordError as err:
                        result.warning = err.message
                        corrections = None
                result.corrections = corrections
                with speaking(self.language):
                    result.comparison = analyse(result.advice, result.response, corrections)
            except WeerwoordError as err:
                result.error = err
            except Exception as err:  # the core should only raise its own errors; never crash the window
                _log.exception("analysis stopped unexpectedly")
                result.error = WeerwoordError(f"The analysis stopped unexpectedly: {err}")
            _frozen()
        self.analysed.emit(generation, result)

    def _reanalyse(self, generation: int, advice: Any, response: Any, corrections: Any) -> None:
        from app.core.analysis.compare import analyse
        from app.core.reading.guard import collector_paused
        from app.core.words import speaking

        gc.unfreeze()
        result = Analysed(advice, response, corrections=corrections)
        with collector_paused():
            try:
                with speaking(self.language):
                    result.comparison = analyse(advice, response, corrections)
            except WeerwoordError as err:
                result.error = err
            except Exception as err:
                _log.exception("analysis stopped unexpectedly")
                result.error = WeerwoordError(f"The analysis stopped unexpectedly: {err}")
            _frozen()
        self.analysed.emit(generation, result)


def _frozen() -> None:
    """Keep the objects alive now (above all the documents and the analysis, a million of them for a big pair)
    out of Python's cycle collector until the next analysis: every later collection of the older generations
    walked them all again, and held up the window meanwhile (a 50 ms stall as scrolling began)."""
    gc.freeze()


def _open_document(path: str, password: str | None) -> tuple[Any, str]:
    """Open ``path`` for display with the reader's opener (the same checks and messages, text laid out as the
    reader lays it out), from bytes read while the file stood still; returns the document and their sha256."""
    from app.core.reading.reader import load_bytes, open_pdf

    sha = hashlib.sha256(load_bytes(path)).hexdigest()
    doc: Any = open_pdf(path, password, expect_sha=sha)  # held in memory: a later replacement changes nothing shown
    try:
        doc.load_page(0)  # a damaged page tree fails here, not later in a render
    except Exception as err:  # MuPDF: "Invalid number of pages" and the like
        doc.close()
        raise NotADocument(f"{Path(path).name} is damaged: its list of pages cannot be read.", path) from err
    return doc, sha


def _note_annots(side: str, page_no: int, page: Any) -> list[DocAnnotation]:
    """A page's notes and highlights from other people (not the verdicts and marks an export adds)."""
    out = []
    for annot in page.annots():
        kind = annot.type[1]
        info = annot.info
        if kind not in NOTE_KINDS or info.get("title") == OWN_TITLE:
            continue
        rect = annot.rect
        quote = ""
        if kind == "Highlight":
            with contextlib.suppress(Exception):
                quote = " ".join(page.get_textbox(rect).split())
        out.append(
            DocAnnotation(
                side,
                page_no,
                kind,
                (float(rect.x0), float(rect.y0), float(rect.x1), float(rect.y1)),
                str(info.get("title", "")),
                str(info.get("content", "")),
                str(info.get("modDate", "") or info.get("creationDate", "")),
                quote,
            )
        )
    return out


def _context(words: list[Word], rect: tuple[float, float, float, float]) -> str:
    """The printed line around a hit, as a short snippet."""
    cy = (rect[1] + rect[3]) / 2
    line = [w for w in words if w[1] <= cy <= w[3]]
    line.sort(key=lambda w: w[0])
    text = " ".join(w[4] for w in line)
    return text if len(text) <= 90 else text[:87] + "…"


def _merge_hits(hits: list[SearchHit], words_of: Callable[[str, int], list[Word]], needle: str) -> list[SearchHit]:
    """Join the line pieces of one phrase broken over lines (PyMuPDF reports a rect per line) into one hit."""
    target = _squash(needle)
    merged: list[SearchHit] = []
    pending: SearchHit | None = None
    for hit in hits:
        if pending is not None and (pending.side, pending.page) == (hit.side, hit.page):
            pending.rects.extend(hit.rects)
            if target in _squash(_text_in(words_of(hit.side, hit.page), pending.rects)):
                merged.append(pending)
                pending = None
            continue
        if pending is not None:
            merged.append(pending)
            pending = None
        text = _squash(_text_in(words_of(hit.side, hit.page), hit.rects))
        if target in text or len(target) < 3:
            merged.append(hit)
        else:
            pending = hit
    if pending is not None:
        merged.append(pending)
    return merged


def _text_in(words: list[Word], rects: list[tuple[float, float, float, float]]) -> str:
    out = []
    for w in words:
        cy = (w[1] + w[3]) / 2
        if any(w[0] < r[2] and w[2] > r[0] and r[1] - 1 <= cy <= r[3] + 1 for r in rects):
            out.append(w[4])
    return " ".join(out)


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())
