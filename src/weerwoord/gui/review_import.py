"""File ▸ Import review (XFDF)…: a colleague's notes and highlights become notes on the open pair.

The file is read, checked and imported on the worker thread (with progress and cancel); the window stays
responsive, asks which document the review is about when the file does not say, and shows the notes added."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QProgressBar, QToolButton

from weerwoord.core.errors import StoreError
from weerwoord.gui.host import Host
from weerwoord.gui.note_keeping import NotesKeeping
from weerwoord.gui.note_pages import NotePages
from weerwoord.gui.open_pair import OpenPair
from weerwoord.gui.worker import SIDES, ReviewCancelled

if TYPE_CHECKING:
    from weerwoord.core.publishing.review import Imported, Review

SHOWN_REASONS = 8  # reasons listed in the message about annotations left out; the rest are counted
# left out without a word: Weerwoord's own marks (made again on every export) and notes that are here already
QUIET = ("own", "here")


def _t(text: str) -> str:
    return QCoreApplication.translate("notes", text)


class ReviewNotes(Protocol):
    """What an import needs of the notes it adds to (notes.py's controller): the pair's key, the store, the pages'
    texts, and the list that shows the notes added."""

    key: tuple[str, str] | None
    keeping: NotesKeeping
    pages: NotePages

    def added(self, notes: list[Any], op: Any) -> None: ...
    def op(self, kind: str, notes: list[Any]) -> Any: ...
    def show_panel(self) -> None: ...


class ReviewImporter(QObject):
    """One review import at a time: read on the worker, side chosen here, notes written on the worker."""

    finished = Signal(object, object)  # Imported or None, WeerwoordError or None

    def __init__(self, pair: OpenPair, host: Host, notes: ReviewNotes) -> None:
        super().__init__(host.window)
        self.pair = pair
        self.host = host
        self.notes = notes
        self._job = 0
        self.running = False
        self._path = Path()
        self._side: str | None = None
        self._comparison: Any = None  # the analysis the import is for: notes for another pair are not shown
        self.act_cancel = host.action(
            _t("Stop the review import"),
            self.cancel,
            None,
            "fa6s.xmark",
            _t("Stop importing the review; the notes imported so far stay (Undo removes them)"),
        )
        self.act_cancel.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(_t("Review import progress"))
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setDefaultAction(self.act_cancel)
        self.cancel_button.setAccessibleName(_t("Stop the review import"))
        self.cancel_button.hide()
        host.status_bar.addPermanentWidget(self.progress)
        host.status_bar.addPermanentWidget(self.cancel_button)
        worker = pair.worker
        worker.review_read.connect(self._read)
        worker.review_progress.connect(self._progress)
        worker.review_imported.connect(self._imported)

    def start(self, path: Path, side: str | None = None) -> bool:
        """Begin importing ``path``; False when another import runs or no pair is open. ``finished`` tells the end."""
        if self.running or self.notes.key is None or self.pair.comparison() is None:
            return False
        self._job += 1
        self._path = Path(path)
        self._side = side
        self._comparison = self.pair.comparison()
        self._set_running(True)
        self.notes.pages.need_texts()  # read first by the worker: the notes are placed on the page as soon as they come
        self.host.status_label.setText(_t("Reading the review {0}…").format(self._path.name))
        self.pair.worker.read_review(self._job, str(self._path))
        return True

    def cancel(self) -> None:
        if self.running:
            self.pair.worker.cancel_review()
            self.host.status_label.setText(_t("Stopping the review import…"))

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.progress.setRange(0, 0)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.act_cancel.setEnabled(running)

    def _read(self, job: int, review: Review | None, error: Any) -> None:
        if job != self._job:
            return
        if review is None:
            self._stop(None, error, _t("Review not imported"))
            return
        comparison = self._comparison if self.pair.comparison() is self._comparison else None
        side = self._side or _side_named(comparison, review)
        if side is None and comparison is not None:
            names = [Path(self.pair.paths.get(s, "")).name for s in SIDES]
            side = self.host.dialogs.choose_side(self.host.window, self._path.name, *names)
        store = self.notes.keeping.store() if side is not None and comparison is not None else None
        if side is None or store is None or self.notes.key is None:
            self._stop(None, None, "")
            return
        self.host.status_label.setText(_t("Importing the review {0}…").format(self._path.name))
        self.pair.worker.import_review(self._job, store, comparison, review, side, self.pair.passwords.get(side))

    def _progress(self, job: int, done: int, total: int) -> None:
        if job != self._job or not self.running:
            return
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.host.status_label.setText(_t("Importing note {0} of {1}…").format(done, total))

    def _imported(self, job: int, imported: Imported, error: Any) -> None:
        if job != self._job:
            return
        added = list(imported.added)
        if added and self.pair.comparison() is self._comparison:  # whole notes, in the store: shown, one undo step
            self.notes.added(added, self.notes.op("import", added))
            self.notes.show_panel()
        name = self._path.name
        if isinstance(error, ReviewCancelled):
            text = (
                _t("Import of {0} stopped: 1 note imported (Undo removes it; import it again for the rest).")
                if len(added) == 1
                else _t("Import of {0} stopped: {1} notes imported (Undo removes them; import it again for the rest).")
            )
            self.host.status_label.setText(text.format(name, len(added)))
            self._stop(imported, error, "")
            return
        if isinstance(error, StoreError):
            self.notes.keeping.save_failed(error)
            self._stop(imported, error, "")
            return
        if error is not None:
            self._stop(imported, error, _t("Review not imported"))
            return
        self.host.status_label.setText(
            _t("1 note imported from {0}.").format(name)
            if len(added) == 1
            else _t("{0} notes imported from {1}.").format(len(added), name)
        )
        told = [s for s in imported.skipped if s.code not in QUIET]
        if not added and not told:
            self.host.dialogs.info(
                self.host.window, _t("Nothing to import"), _t("{0} holds no new notes.").format(name)
            )
        elif told:
            lines = [_t("Page {0}: {1}").format(s.page, s.reason) for s in told[:SHOWN_REASONS]]
            if len(told) > SHOWN_REASONS:
                lines.append(_t("… and {0} more.").format(len(told) - SHOWN_REASONS))
            notes = _t("1 note") if len(added) == 1 else _t("{0} notes").format(len(added))
            left = (
                _t("1 annotation was left out")
                if len(told) == 1
                else _t("{0} annotations were left out").format(len(told))
            )
            head = _t("{0} imported from {1}; {2}:").format(notes, name, left)
            self.host.dialogs.info(self.host.window, _t("Review imported"), "\n".join([head, *lines]))
        self._stop(imported, None, "")

    def _stop(self, imported: Imported | None, error: Any, title: str) -> None:
        self._set_running(False)
        if error is not None and title:
            self.host.status_label.setText(_t("The review was not imported."))
            self.host.dialogs.error(self.host.window, title, error.message)
        self.finished.emit(imported, error)


def _side_named(comparison: Any, review: Review) -> str | None:
    """The document the review names in its ``<f href>``, if it is one of the open pair's."""
    from weerwoord.core.publishing.review import side_of

    if comparison is None or not review.href:
        return None
    return side_of(comparison, review.path, review.href)
