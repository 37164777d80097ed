"""The worker's review import: an XFDF file read and checked, then its notes added to the store (cancellable)."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from weerwoord.core.errors import WeerwoordError
from weerwoord.core.words import _, speaking
from weerwoord.gui.worker_types import Jobs, ReviewCancelled

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

_log = logging.getLogger("weerwoord.gui.worker")


class ReviewJobs(Jobs):
    """A colleague's review on the worker thread: ``review_read``, then ``review_progress`` and ``review_imported``."""

    _review_cancel: threading.Event

    if TYPE_CHECKING:
        review_read: SignalInstance
        review_progress: SignalInstance
        review_imported: SignalInstance

    # --- called from the GUI thread ---------------------------------------------------------------

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

    # --- the worker thread -----------------------------------------------------------------------

    def _read_review(self, job: int, path: str) -> None:
        from weerwoord.core.publishing.review import load_review

        try:
            with speaking(self.language):
                review = load_review(path)
        except WeerwoordError as err:
            self.review_read.emit(job, None, err)
        except Exception as err:  # the core should only raise its own errors; never crash the window
            _log.exception("review could not be read")
            said = _("The review could not be read: {detail}").format(detail=err)
            self.review_read.emit(job, None, WeerwoordError(said))
        else:
            self.review_read.emit(job, review, None)

    def _import_review(
        self, job: int, store: Any, comparison: Any, review: Any, side: str, password: str | None
    ) -> None:
        from weerwoord.core.publishing.review import Imported, import_review

        done = Imported()
        step = max(1, len(review.annots) // 100)

        def progress(count: int, total: int) -> None:
            if count < total and (self._review_cancel.is_set() or self._stopping):
                raise ReviewCancelled(_("The import was stopped."))
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
            said = _("The review import stopped unexpectedly: {detail}").format(detail=err)
            self.review_imported.emit(job, done, WeerwoordError(said))
        else:
            self.review_imported.emit(job, done, None)
