"""Where the notes sit on the pages: the page texts and their index, page sizes, the documents' own annotations.

The texts (about 90 MB for a 300-page advice) are read on the worker only once a note needs them: a stored note
with an anchor, a new one, a review import. Until then only the annotations are listed.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from weerwoord.gui import note_anchors
from weerwoord.gui.host import Host
from weerwoord.gui.notes_rows import side_of
from weerwoord.gui.open_pair import OpenPair
from weerwoord.gui.worker import DocAnnotation, OpenedDocument

if TYPE_CHECKING:  # the anchors (rapidfuzz) are imported when first used, not at start
    from weerwoord.core.keeping.anchor import PageIndex
    from weerwoord.core.keeping.store import Note
    from weerwoord.core.publishing.export_pdf import PageText

TEXTS_WAIT_S = 120.0  # the review import waits at most this long for the page texts


def _t(text: str) -> str:
    return QCoreApplication.translate("notes", text)


class NotePages(QObject):
    """The pages' texts of the open pair, as far as the notes need them, and where each note is found on them."""

    def __init__(self, ctl: Any, pair: OpenPair, host: Host) -> None:
        super().__init__(ctl)
        self.ctl = ctl  # the notes controller: its key, generation, notes and their places
        self.pair = pair
        self.host = host
        self.texts: dict[str, list[PageText]] = {}
        self.indexes: dict[str, PageIndex] = {}
        self.sizes: dict[str, list[tuple[float, float]]] = {}
        self.doc_annots: dict[str, list[DocAnnotation]] = {}
        self.wanted = False  # the page texts are wanted (else only the annotations are read)
        self.read: set[str] = set()  # sides whose texts have arrived (or could not be read)
        pair.worker.opened.connect(self._opened)
        pair.worker.texts_ready.connect(self._texts_ready)
        pair.worker.annots_ready.connect(self._annots_ready)

    def clear(self) -> None:
        """Another pair: nothing read yet."""
        self.texts = {}
        self.indexes = {}
        self.doc_annots = {}
        self.sizes = {}
        self.wanted = False
        self.read = set()

    def start(self, wanted: bool) -> None:
        """The notes are loaded: read the annotations, and the texts if ``wanted``."""
        self.wanted = wanted
        self.read = set()
        self.pair.worker.read_texts(self.pair.generation, texts=wanted)

    def page_text(self, side: str, page: int, view: Any) -> PageText | None:
        texts = self.texts.get(side)
        if texts is not None and 0 < page <= len(texts):
            return texts[page - 1]
        words = view._words.get(page)  # the page text is still being read: build it from the view's words
        return note_anchors.text_from_words(words) if words else None

    def _opened(self, gen: int, doc: OpenedDocument) -> None:
        if gen == self.pair.generation:
            self.sizes[doc.side] = list(doc.page_sizes)

    def ready(self) -> bool:
        """The documents' annotations are listed and, if notes need them, the page texts are read."""
        if self.wanted:
            return set(self.sizes) <= self.read
        return set(self.sizes) <= set(self.doc_annots)

    def need_texts(self) -> None:
        """Have the worker read the page texts of this pair (once), to place notes on them."""
        if not self.wanted and self.ctl.key is not None and self.pair.generation == self.ctl.generation:
            self.wanted = True
            self.pair.worker.read_texts(self.pair.generation, texts=True)

    def ensure_texts(self, side: str) -> bool:
        """Read the page texts of ``side`` now if they are not there, the window running meanwhile."""
        self.need_texts()
        if side in self.read or side not in self.sizes or not self.wanted:
            return side in self.texts
        generation = self.pair.generation
        deadline = time.monotonic() + TEXTS_WAIT_S
        loop = QEventLoop()

        def check() -> None:
            if (
                side in self.read
                or self.pair.generation != generation
                or not self.pair.worker.isRunning()
                or time.monotonic() > deadline
            ):
                loop.quit()

        poll = QTimer(interval=20)
        poll.timeout.connect(check)
        self.host.status_label.setText(_t("Reading the text of the documents…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            poll.start()
            loop.exec()
        finally:
            poll.stop()
            QGuiApplication.restoreOverrideCursor()
            self.host.status_label.setText("")
        return self.pair.generation == generation and side in self.texts

    def _texts_ready(
        self, gen: int, side: str, read: tuple[list[PageText], PageIndex] | None, annots: list[DocAnnotation]
    ) -> None:
        if gen != self.pair.generation:
            return
        self.read.add(side)
        if read is None:  # a damaged page: this side's notes stay unplaced
            return
        texts, index = read  # (the index is built on the worker thread)
        self.texts[side] = texts
        self.indexes[side] = index
        self.doc_annots[side] = annots
        for note in self.ctl.notes.values():
            if side_of(note) == side:
                self.place(note)
        self.ctl.refresh()

    def _annots_ready(self, gen: int, side: str, annots: list[DocAnnotation]) -> None:
        if gen == self.pair.generation and side not in self.texts:
            self.doc_annots[side] = annots
            self.ctl.refresh()

    def place(self, note: Note) -> None:
        side = side_of(note)
        if note.anchor is None or side not in self.indexes:
            self.ctl.places.pop(note.id, None)
            if note.anchor is not None:
                self.need_texts()
            return
        found = note_anchors.place(note.anchor, self.indexes[side], self.texts[side])
        self.ctl.places[note.id] = None if found is None else (side, found[0], found[1])
