"""The worker's jobs on the documents shown: opening them, drawing pages, word boxes, search, page texts and notes."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QImage

from weerwoord.core.errors import DocumentError, NotADocument
from weerwoord.core.words import _
from weerwoord.gui.worker_types import SIDES, DocAnnotation, Jobs, OpenedDocument, SearchHit, Word, WorkerState

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

NOTE_KINDS = ("Text", "Highlight", "FreeText")  # annotations listed as notes from the document
OWN_TITLE = "Weerwoord"  # the author of the verdicts and marks an export adds (not notes)
WORD_PAGES = 48  # the word boxes of at most this many pages are kept here, the most recently used


class PageJobs(Jobs):
    """Opening, rendering, words, search and page texts, on the worker thread; results as signals."""

    if TYPE_CHECKING:
        opened: SignalInstance
        open_failed: SignalInstance
        rendered: SignalInstance
        words_ready: SignalInstance
        searched: SignalInstance
        texts_ready: SignalInstance
        annots_ready: SignalInstance

    # --- called from the GUI thread ---------------------------------------------------------------

    def search(self, generation: int, phrase: str) -> None:
        self._submit(lambda: self._search(generation, phrase))

    def read_texts(self, generation: int, texts: bool = True) -> None:
        """The annotations already in each document and, if ``texts``, the text of every page (as the export
        reads it) with its search index: ``texts_ready``; without: ``annots_ready``."""
        self._submit(lambda: self._read_texts(generation, texts))

    # --- the worker thread -----------------------------------------------------------------------

    def _close_all(self) -> None:
        for doc in self._state.docs.values():
            with contextlib.suppress(Exception):  # a broken handle must not stop the worker
                doc.close()
        self._state = WorkerState()

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
                damaged = NotADocument(
                    _("{name} is damaged: a page cannot be read.").format(name=Path(path).name), path
                )
                self.open_failed.emit(generation, side, damaged)
                continue
            self._state.docs[side] = doc
            self._state.shas[side] = sha
            self.opened.emit(generation, OpenedDocument(side, path, sizes))

    def _render(self, generation: int, side: str, page: int, scale: float) -> None:
        import pymupdf

        doc = self._state.docs.get(side)
        if doc is None or not 1 <= page <= doc.page_count:
            return
        from weerwoord.core.reading.guard import render_scale

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
        from weerwoord.core.publishing.export_pdf import page_text

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
            from weerwoord.core.keeping.anchor import index_pages

            search = index_pages([t.text for t in texts])
            self.texts_ready.emit(generation, side, (texts, search), annots)


def _open_document(path: str, password: str | None) -> tuple[Any, str]:
    """Open ``path`` for display with the reader's opener (the same checks and messages, text laid out as the
    reader lays it out), from bytes read while the file stood still; returns the document and their sha256."""
    from weerwoord.core.reading.reader import load_bytes, open_pdf

    sha = hashlib.sha256(load_bytes(path)).hexdigest()
    doc: Any = open_pdf(path, password, expect_sha=sha)  # held in memory: a later replacement changes nothing shown
    try:
        doc.load_page(0)  # a damaged page tree fails here, not later in a render
    except Exception as err:  # MuPDF: "Invalid number of pages" and the like
        doc.close()
        said = _("{name} is damaged: its list of pages cannot be read.").format(name=Path(path).name)
        raise NotADocument(said, path) from err
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
