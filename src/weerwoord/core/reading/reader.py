"""Reading a file into the document model: words with rectangles, reading order, furniture set aside.

The entry of the reading stage: :func:`read_document` and :func:`read_pair` (with a helper process for long
pairs). Opening the file is :mod:`~weerwoord.core.reading.opening`'s (re-exported here), reading a page
:mod:`~weerwoord.core.reading.extraction`'s, laying the pages out :mod:`~weerwoord.core.reading.layout`'s.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from weerwoord.core.errors import AnalysisAborted, NotADocument, NoTextLayer, SameDocument, TextNotDecodable
from weerwoord.core.model import Document, Rect
from weerwoord.core.reading import layout, parallel
from weerwoord.core.reading.extraction import BoxTrial, extract_checked, garbled, has_images
from weerwoord.core.reading.grid import Pieced, carried_over
from weerwoord.core.reading.guard import Guard, collector_paused
from weerwoord.core.reading.language import detect_language
from weerwoord.core.reading.opening import (
    KNOWN_SUFFIXES,
    TEXT_SUFFIXES,
    load_bytes,
    open_bytes,
    open_pdf,
    sha256_of,
)
from weerwoord.core.reading.page_lines import Line, PageLines
from weerwoord.core.words import _

# what other stages and the window use of opening a file, under the reading stage's entry
__all__ = [
    "KNOWN_SUFFIXES",
    "TEXT_SUFFIXES",
    "ProgressFn",
    "load_bytes",
    "open_pdf",
    "read_document",
    "read_pair",
    "refuse_same",
    "refuse_same_documents",
    "sha256_of",
]


ProgressFn = Callable[[int, int, str], None]


def read_document(
    path: str | Path,
    password: str | None = None,
    *,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
    lang: str = "auto",
    plain_pages: int = 0,
) -> Document:
    """Read ``path`` into a :class:`Document` (body blocks in reading order, furniture and footnotes apart).

    ``plain_pages``: keep the plain text of that many first pages as :attr:`Document.first_pages`, taken from
    the pages as they are read (a fixed-layout document only; the register reads dates and names from it)."""
    with collector_paused():
        reading = _Reading(Path(path), password)
        reading.plain_pages = plain_pages
        try:
            reading.extract(0, reading.n, progress, cancelled)
            return reading.finish(lang)
        finally:
            reading.close()


def read_pair(
    advice: str | Path,
    response: str | Path,
    advice_password: str | None = None,
    response_password: str | None = None,
    *,
    lang: str = "auto",
    share_pages: bool = True,
) -> tuple[Document, Document]:
    """Read an advice and its response: the same two documents as :func:`read_document` gives.

    With ``share_pages`` a forked helper process (:mod:`weerwoord.core.reading.parallel`, where that is safe) reads
    pages of both: the advice's from the back while this process reads them from the front, then the response's from
    the front while this process lays out the advice and then reads the response's from the back. Pages are
    taken one at a time, so whichever process runs faster reads more; this process lays out both documents.
    A document's errors are raised in the same order as reading them one after the other (of two damaged
    pages of one document, the one found first).
    """
    with collector_paused():
        first = _Reading(Path(advice), advice_password)
        try:
            second = _Reading(Path(response), response_password)
        except BaseException:
            first.close()
            raise
        job: parallel.Job | None = None
        shares: list[parallel.Claims] = []
        try:
            refuse_same(first.path, first.data, second.path, second.data)
            if share_pages and first.n + second.n >= parallel.MIN_PAGES and parallel.available():
                shares = [parallel.Claims(first.n), parallel.Claims(second.n)]
                job = parallel.start(
                    _help_read,
                    str(first.path),
                    advice_password,
                    str(second.path),
                    response_password,
                    *shares,
                    first.data,
                    second.data,
                )
            if job is None:
                first.extract(0, first.n)
                advice_doc = first.finish(lang)
                second.extract(0, second.n)
                return advice_doc, second.finish(lang)
            exchange = _Exchange(job, (first, second))
            first.extract_shared(shares[0], from_back=False, between=exchange.collect)
            exchange.wait_for(0)
            first.fill_in()
            advice_doc = first.finish(lang, between=exchange.collect)  # the response's pages come in meanwhile
            second.extract_shared(shares[1], from_back=True, between=exchange.collect)
            exchange.wait_for(1)
            second.fill_in()
            return advice_doc, second.finish(lang)
        finally:
            if job is not None:
                job.stop()
            for share in shares:
                share.close()
            first.close()
            second.close()


def refuse_same(advice: Path, advice_data: bytes, response: Path, response_data: bytes) -> None:
    """Raise :class:`SameDocument` when the advice and the response are one file, or two copies of one: compared
    with itself, every recommendation would be its own reply."""
    if advice_data != response_data:
        return
    same_file = False
    with contextlib.suppress(OSError):
        same_file = os.path.samefile(advice, response)
    if same_file:
        raise SameDocument(
            _(
                "The advice and the response are the same file ({name}). Give the advisory report first and the "
                "government's response second."
            ).format(name=advice.name)
        )
    raise SameDocument(
        _(
            "{advice} and {response} have the same content: the advice and the response must be two different "
            "documents."
        ).format(advice=advice.name, response=response.name)
    )


def refuse_same_documents(advice: Document, response: Document) -> None:
    """:func:`refuse_same` for two documents already read one by one (the window reads them so): the same content
    is refused, by its hash."""
    if advice.sha256 == response.sha256:
        a, r = Path(advice.path), Path(response.path)
        refuse_same(a, advice.sha256.encode(), r, response.sha256.encode())


class _Exchange:
    """This process's side of reading a pair with a helper: it takes in the helper's pages as they come.

    The helper sends its pages a few at a time, which this process collects between its own pages and, while
    it lays out the advice, between the pages it lays out. The helper's error in a document is raised when this
    process has come to that document, as reading one after the other would; if the helper is lost, its
    missing pages are read here (:meth:`_Reading.fill_in`).
    """

    def __init__(self, job: parallel.Job, readings: tuple[_Reading, _Reading]) -> None:
        self.job: parallel.Job | None = job
        self.readings = readings
        self.finished = [False, False]
        self.errors: list[BaseException | None] = [None, None]

    def collect(self) -> None:
        """Take in what the helper has sent so far, without waiting."""
        while self.job is not None and self.job.ready():
            self._receive()
        if self.errors[0] is not None:
            raise self.errors[0]

    def wait_for(self, doc: int) -> None:
        """Wait until the helper has sent all its pages of document ``doc`` (or is lost); raise its error."""
        while self.job is not None and not self.finished[doc]:
            self._receive()
        error = self.errors[doc]
        if error is not None:
            raise error

    def _receive(self) -> None:
        assert self.job is not None
        try:
            doc, pages, finished, error = self.job.receive()
        except parallel.HelperLost:
            self.job = None
            return
        self.readings[doc].add_wire(pages)
        self.finished[doc] = finished
        if error is not None:
            self.errors[doc] = error


class _Reading:
    """One document being read: the open file, its guard and the pages read so far (by this process or a
    helper)."""

    def __init__(self, path: Path, password: str | None, data: bytes | None = None) -> None:
        self.path = path
        self.data = load_bytes(path) if data is None else data  # every page comes from these bytes
        self.doc = open_bytes(path, self.data, password)
        self.n = self.doc.page_count
        self.guard = Guard(path, damaged=bool(getattr(self.doc, "is_repaired", False)))
        self.pages: list[PageLines] = []
        self.boxes = BoxTrial()
        self.plain_pages = 0  # the first pages whose plain text is kept

    def extract(
        self, start: int, stop: int, progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None
    ) -> None:
        for i in range(start, stop):
            if cancelled is not None and cancelled():
                raise AnalysisAborted(_("The analysis was cancelled."))
            self.read_page(i)
            if progress is not None:
                progress(i + 1, self.n, _("Reading {name}").format(name=self.path.name))

    def read_page(self, i: int) -> None:
        """Read page ``i`` (0-based)."""
        plain = i < self.plain_pages
        self._add(extract_checked(self.doc, i, self.path, self.boxes, self.guard, plain), i + 1)

    def extract_shared(self, share: parallel.Claims, from_back: bool, between: Callable[[], None]) -> None:
        """Read the pages this process takes from ``share`` (from the front, or from the back), until none is
        left; ``between`` is called after each page."""
        while (i := share.next(from_back)) is not None:
            self.read_page(i)
            between()

    def fill_in(self) -> None:
        """Read the pages nobody sent (a lost helper's), and put all pages in order."""
        have = {pg.number for pg in self.pages}
        for i in range(self.n):
            if i + 1 not in have:
                self.read_page(i)
        self.pages.sort(key=lambda pg: pg.number)

    def add_wire(self, wire: list[WirePage]) -> None:
        """Add pages the helper sent."""
        for number, width, height, lines, tables, boxes, pieced in wire:
            page = PageLines(number, width, height, [_unwire(line) for line in lines], tables, boxes=boxes)
            page.pieced = pieced
            self._add(page, number)

    def _add(self, page: PageLines, number: int) -> None:
        self.pages.append(page)
        self.guard.add_words(sum(len(line.words) for line in page.lines))
        self.guard.check(number, self.n)

    def finish(self, lang: str, between: Callable[[], None] | None = None) -> Document:
        """The document from its pages (the file is closed here); ``between`` is called once per page laid out."""
        doc, p, pages = self.doc, self.path, self.pages
        n = self.n
        try:
            words = sum(len(line.words) for pg in pages for line in pg.lines)
            if words == 0:
                if any(has_images(doc[i]) for i in range(min(n, 5))):
                    raise NoTextLayer(
                        _(
                            "{name} has no text layer — it looks scanned. Text recognition (OCR) is not built in; "
                            "run the file through an OCR tool first."
                        ).format(name=p.name),
                        str(p),
                    )
                if getattr(doc, "is_repaired", False):
                    raise NotADocument(
                        _(
                            "{name} is damaged: it had to be repaired to open (it may have been cut short) and no "
                            "text could be read from what is left of it."
                        ).format(name=p.name),
                        str(p),
                    )
                raise NoTextLayer(_("{name} contains no text: its pages are blank.").format(name=p.name), str(p))
            if garbled(pages):
                raise TextNotDecodable(
                    _(
                        "The text of {name} cannot be decoded: its fonts carry no map from their shapes to letters, "
                        "so what reads as text is a jumble of symbols. Run the file through an OCR tool, or ask for a "
                        'copy saved with its fonts\' text ("PDF/A" or "searchable").'
                    ).format(name=p.name),
                    str(p),
                )
            try:
                title = (doc.metadata or {}).get("title") or ""
            except Exception:  # damaged metadata is no reason to refuse the text
                title = ""
            reflowable = bool(doc.is_reflowable)
            repaired = bool(getattr(doc, "is_repaired", False))
        finally:
            self.close()
        page_sizes = [(pg.width, pg.height) for pg in pages]
        guard_check = self.guard.check

        def check() -> None:
            guard_check()
            if between is not None:
                between()

        for before, page in itertools.pairwise(pages):
            if page.pieced and not page.tables and page.number == before.number + 1:
                page.tables = carried_over(before.tables, page.pieced)  # a table carried over from the page before
        result = layout.build(pages, plain_text=reflowable, check=check)
        text_sample = " ".join(b.text for b in result.blocks[:400])
        language = lang if lang in ("nl", "en") else detect_language(text_sample)
        if not title.strip():
            title = layout.guess_title(result.blocks) or p.stem
        return Document(
            path=str(p),
            sha256=hashlib.sha256(self.data).hexdigest(),
            title=" ".join(title.split()),
            page_count=len(pages),
            language=language,
            page_sizes=page_sizes,
            blocks=result.blocks,
            footnotes=result.footnotes,
            furniture=result.furniture,
            body_size=result.body_size,
            repaired=repaired,
            first_pages=[] if reflowable else [pg.text or "" for pg in pages[: self.plain_pages]],
        )

    def close(self) -> None:
        if not self.doc.is_closed:
            self.doc.close()


WirePage = tuple[int, float, float, list[tuple[Any, ...]], list[list[list[Rect]]], list[Rect], list[Pieced]]


HELPER_BATCH = 8  # pages per message from the helper: a message that fits the pipe's buffer


def _unwire(fields: tuple[Any, ...]) -> Line:
    """A line as :func:`_wire` sent it."""
    line = Line(*fields[:8])
    line.opens_bold = fields[8]
    line.bold_x = fields[9]
    return line


def _wire(pages: list[PageLines]) -> list[WirePage]:
    """Pages as plain tuples, to send between processes."""
    return [
        (
            pg.number,
            pg.width,
            pg.height,
            [
                (
                    ln.page,
                    ln.bbox,
                    ln.words,
                    ln.size,
                    ln.bold,
                    ln.italic,
                    ln.rotated,
                    ln.plain,
                    ln.opens_bold,
                    ln.bold_x,
                )
                for ln in pg.lines
            ],
            pg.tables,
            pg.boxes,
            pg.pieced,
        )
        for pg in pages
    ]


def _help_read(
    advice: str,
    advice_password: str | None,
    response: str,
    response_password: str | None,
    advice_share: parallel.Claims,
    response_share: parallel.Claims,
    advice_data: bytes | None = None,
    response_data: bytes | None = None,
) -> Iterator[tuple[int, list[WirePage], bool, BaseException | None]]:
    """In the helper process: the advice's pages it takes from the back, then the response's it takes from the
    front, sent a few at a time (the caller collects them between its own pages and the pages it lays out).
    Each item: the document (0, 1), pages as plain tuples (cheap to send), whether that document is done, and
    the error that stopped it. ``*_data``: the bytes the caller read, handed over by the fork, so that both
    processes read the same version of a file that may have changed since."""
    work = (
        (advice, advice_password, advice_share, True, advice_data),
        (response, response_password, response_share, False, response_data),
    )
    for doc, (path, password, share, from_back, data) in enumerate(work):
        sent = 0
        reading = _Reading(Path(path), password, data)
        try:
            while (i := share.next(from_back)) is not None:
                reading.read_page(i)
                if len(reading.pages) - sent >= HELPER_BATCH:
                    yield doc, _wire(reading.pages[sent:]), False, None
                    sent = len(reading.pages)
        except Exception as err:  # the document's own error: the caller raises it in its turn
            yield doc, _wire(reading.pages[sent:]), True, err
            return
        finally:
            reading.close()
        yield doc, _wire(reading.pages[sent:]), True, None
