"""The worker's analysis: both documents read by the core and compared (cancellable), or compared again."""

from __future__ import annotations

import gc
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from weerwoord.core.errors import AnalysisAborted, FileChanged, WeerwoordError
from weerwoord.core.words import _, speaking
from weerwoord.gui.worker_types import SIDES, Analysed, Jobs

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

_log = logging.getLogger("weerwoord.gui.worker")


class AnalysisJobs(Jobs):
    """Reading and analysing a pair on the worker thread: ``progress`` while it runs, then ``analysed``."""

    _cancel: threading.Event

    if TYPE_CHECKING:
        progress: SignalInstance
        analysed: SignalInstance

    # --- called from the GUI thread ---------------------------------------------------------------

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

    # --- the worker thread -----------------------------------------------------------------------

    def _check_shown(self, generation: int, side: str, analysed: Any) -> None:
        """Refuse an analysis of another version of a file than the one on screen (replaced in between)."""
        shown = self._state.shas.get(side) if self._state.generation == generation else None
        if shown is not None and shown != analysed.sha256:
            name = Path(analysed.path).name
            raise FileChanged(
                _(
                    "{name} was replaced while it was being opened: the pages shown are not the version analysed. "
                    "Open the pair again."
                ).format(name=name),
                analysed.path,
            )

    def _analyse(
        self, generation: int, paths: dict[str, str], passwords: dict[str, str | None], corrections: Any
    ) -> None:
        from weerwoord.core.analysis.compare import analyse
        from weerwoord.core.reading import reader
        from weerwoord.core.reading.guard import collector_paused

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
                    raise AnalysisAborted(_("The analysis was cancelled."))
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
                result.error = WeerwoordError(_("The analysis stopped unexpectedly: {detail}").format(detail=err))
            _frozen()
        self.analysed.emit(generation, result)

    def _reanalyse(self, generation: int, advice: Any, response: Any, corrections: Any) -> None:
        from weerwoord.core.analysis.compare import analyse
        from weerwoord.core.reading.guard import collector_paused

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
                result.error = WeerwoordError(_("The analysis stopped unexpectedly: {detail}").format(detail=err))
            _frozen()
        self.analysed.emit(generation, result)


def _frozen() -> None:
    """Keep the objects alive now (above all the documents and the analysis, a million of them for a big pair)
    out of Python's cycle collector until the next analysis: every later collection of the older generations
    walked them all again, and held up the window meanwhile (a 50 ms stall as scrolling began)."""
    gc.freeze()
