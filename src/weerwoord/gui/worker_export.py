"""The worker's output jobs: the core's export into a folder (cancellable), the briefing's pages for the printer."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QImage

from weerwoord.core.errors import ExportError, WeerwoordError
from weerwoord.core.words import _, speaking
from weerwoord.gui.worker_types import ExportCancelled, Jobs

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

_log = logging.getLogger("weerwoord.gui.worker")


class ExportJobs(Jobs):
    """Export and print on the worker thread, where PyMuPDF lives; progress and pages as signals."""

    _export_cancel: threading.Event

    if TYPE_CHECKING:
        export_progress: SignalInstance
        exported: SignalInstance
        briefing_page: SignalInstance
        briefing_done: SignalInstance

    # --- called from the GUI thread ---------------------------------------------------------------

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

    def print_briefing(self, job: int, comparison: Any, notes: list[Any], dpi: int) -> None:
        """Make the briefing PDF and send its pages, one by one, as shapes and text for printing (a page that is
        anything more as an image at ``dpi``)."""
        self._submit(lambda: self._print_briefing(job, comparison, notes, dpi))

    # --- the worker thread -----------------------------------------------------------------------

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
        from weerwoord.core.publishing.export import export_all

        def progress(done: int, total: int, what: str) -> None:
            if done < total and (self._export_cancel.is_set() or self._stopping):
                raise ExportCancelled(_("The export was cancelled. The files written before it stopped are complete."))
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
            self.exported.emit(job, [], ExportError(_("The export stopped unexpectedly: {detail}").format(detail=err)))
        else:
            self.exported.emit(job, written, None)

    def _print_briefing(self, job: int, comparison: Any, notes: list[Any], dpi: int) -> None:
        import pymupdf

        from weerwoord.core.publishing.briefing import briefing_pdf
        from weerwoord.core.publishing.print_page import page_drawing

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
            said = _("The briefing could not be made for printing: {detail}").format(detail=err)
            self.briefing_done.emit(job, WeerwoordError(said))
        else:
            self.briefing_done.emit(job, None)
