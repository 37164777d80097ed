"""Opening a pair: both documents on the worker, their pages as they come, then the analysis and what it found."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence

from weerwoord import paths
from weerwoord.core.errors import PasswordRequired, WeerwoordError, WrongPassword
from weerwoord.core.keeping.corrections import Corrections
from weerwoord.gui import looks, window_state
from weerwoord.gui.host import Host
from weerwoord.gui.navigation import Navigator
from weerwoord.gui.open_pair import OpenPair
from weerwoord.gui.page_cache import PageCache
from weerwoord.gui.recent_pairs import RecentPairs
from weerwoord.gui.searching import Searcher
from weerwoord.gui.window_layout import WindowLayout
from weerwoord.gui.worker import Analysed, OpenedDocument, Word

# The analysis starts once both panes show their first pages (it competes with them for Python's lock), or
# after this long if a pane cannot paint (hidden, collapsed).
ANALYSIS_WAIT_MS = 1000


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class PairLoader:
    """Opens pairs on the worker and takes in its answers: pages, words, progress, the analysis, errors."""

    def __init__(
        self,
        pair: OpenPair,
        host: Host,
        ui: WindowLayout,
        cache: PageCache,
        navigator: Navigator,
        searcher: Searcher,
        recent: RecentPairs,
    ) -> None:
        self.pair = pair
        self.host = host
        self.ui = ui
        self.cache = cache
        self.navigator = navigator
        self.searcher = searcher
        self.recent = recent
        self.place = _Place(pair, host, ui)
        self._reported = -1  # the generation whose error has been shown
        self._restore_place = False  # scroll the panes back to where they were when this pair was closed
        self._analysis_waiting = -1  # the generation whose analysis waits for its first pages to be shown
        self._failed_sides: set[str] = set()  # sides of this generation that could not be opened
        self._analysis_due = QTimer(host.window, singleShot=True, interval=ANALYSIS_WAIT_MS)
        self._analysis_due.timeout.connect(self._submit_analysis)
        worker = pair.worker
        worker.opened.connect(self._opened)
        worker.open_failed.connect(self._open_failed)
        worker.rendered.connect(self._rendered)
        worker.words_ready.connect(self._words_ready)
        worker.progress.connect(self._progress)
        worker.analysed.connect(self._analysed)
        for pane in ui.panes.values():
            pane.view.pagesShown.connect(self._pages_shown)
        a = host.action
        self.act_open = a(
            _t("&Open pair…"),
            self.open_dialog,
            QKeySequence.StandardKey.Open,
            "fa6s.folder-open",
            _t("Open an advice and its response"),
        )
        self.act_example = a(
            _t("Open &example"),
            self.open_example,
            "Ctrl+Shift+E",
            "fa6s.book-open",
            _t("Open the shipped example: AIV advice 109 and the cabinet's response"),
        )
        self.act_cancel = a(
            _t("&Cancel analysis"),
            self.cancel_analysis,
            "Ctrl+.",
            "fa6s.xmark",
            _t("Stop the analysis; the documents stay open"),
        )
        ui.cancel_button.setDefaultAction(self.act_cancel)
        recent.chosen.connect(lambda advice, response: self.open_pair(advice, response))

    def open_pair(
        self,
        advice: str | Path,
        response: str | Path,
        advice_password: str | None = None,
        response_password: str | None = None,
        select: str | None = None,
    ) -> None:
        """Show both documents at once and start the analysis; results arrive as signals."""
        pair, ui = self.pair, self.ui
        pair.closing.emit()
        window_state.save_place(self.place)
        pair.generation += 1
        gen = pair.generation
        pair.paths = {"advice": str(advice), "response": str(response)}
        pair.passwords = {"advice": advice_password, "response": response_password}
        pair.analysed = None
        pair.pending_number = select or window_state.last_number(self.place)
        self._restore_place = select is None and pair.pending_number is not None
        pair.corrections = Corrections()
        pair.keeper.key = None
        pair.model.set_comparison(None)
        ui.detail.show_message(
            QCoreApplication.translate("MainWindow", "Analysing…"),
            QCoreApplication.translate("MainWindow", "Finding the recommendations and the replies."),
        )
        self.searcher.forget()
        self._failed_sides = set()
        for side, pane in ui.panes.items():
            pane.clear(QCoreApplication.translate("MainWindow", "Opening {0}…").format(Path(pair.paths[side]).name))
        example = paths.example_pair()
        ui.banner.setVisible(
            Path(advice).resolve() == example[0].resolve() or Path(response).resolve() == example[1].resolve()
        )
        self.host.window.setWindowTitle(
            QCoreApplication.translate("MainWindow", "{0} ↔ {1} — Weerwoord").format(
                Path(advice).name, Path(response).name
            )
        )
        pair.worker.open_pair(gen, pair.paths, pair.passwords)
        self._start_analysis()
        self.recent.add(str(Path(advice).resolve()), str(Path(response).resolve()))
        if self.host.remember:
            self.host.settings.setValue("start/opened-before", True)

    def _start_analysis(self) -> None:
        self.pair.analysing = True
        self.ui.progress_bar.setRange(0, 0)
        self.ui.progress_bar.show()
        self.ui.cancel_button.show()
        self.ui.status_label.setText(QCoreApplication.translate("MainWindow", "Analysing…"))
        # The analysis is handed to the worker once the first pages are on screen: run alongside, it holds
        # Python's lock most of the time and the first paint waited for it (about 0.2 s on a big pair).
        self._analysis_waiting = self.pair.generation
        window = self.host.window
        if window.isVisible() and not window.isMinimized():
            self._analysis_due.start()
        else:
            self._submit_analysis()
        self.pair.stateChanged.emit()

    def _submit_analysis(self) -> None:
        pair = self.pair
        if self._analysis_waiting != pair.generation:
            return
        self._analysis_waiting = -1
        self._analysis_due.stop()
        pair.worker.analyse(pair.generation, pair.paths, pair.passwords, _LoadFromStore(pair.keeper.data_dir))

    def _pages_shown(self, gen: int = -1) -> None:
        """A pane painted its first pages (or a side failed to open): start the analysis when both are done."""
        generation = self.pair.generation
        if self._analysis_waiting != generation:
            return
        for side, pane in self.ui.panes.items():
            if side not in self._failed_sides and not (pane.view.generation == generation and pane.view.shown()):
                return
        self._submit_analysis()

    def cancel_analysis(self) -> None:
        self._submit_analysis()  # still waiting: hand it over, so that the worker stops it as it always does
        self.pair.worker.cancel_analysis()

    def open_dialog(self) -> None:
        pair_paths = self.pair.paths
        chosen = self.host.dialogs.open_pair(
            self.host.window, pair_paths.get("advice", ""), pair_paths.get("response", "")
        )
        if chosen:
            self.open_pair(*chosen)

    def open_one(self, path: str) -> None:
        """One document given: ask for the other, with this one in the place its name suggests."""
        advice, response = guess_order(path, "")
        chosen = self.host.dialogs.open_pair(self.host.window, advice, response)
        if chosen:
            self.open_pair(*chosen)

    def open_two(self, first: str, second: str) -> None:
        """Two documents dropped: confirm which is which, then open them."""
        chosen = self.host.dialogs.open_pair(self.host.window, *guess_order(first, second))
        if chosen:
            self.open_pair(*chosen)

    def open_example(self) -> None:
        advice, response = paths.example_pair()
        if not advice.exists() or not response.exists():
            self.host.dialogs.error(
                self.host.window,
                QCoreApplication.translate("MainWindow", "Example missing"),
                QCoreApplication.translate("MainWindow", "The example documents are not in {0}.").format(advice.parent),
            )
            return
        self.open_pair(advice, response)

    # --- the worker's answers --------------------------------------------------------------------

    def _opened(self, gen: int, doc: OpenedDocument) -> None:
        if gen != self.pair.generation:
            return
        self.ui.panes[doc.side].set_document(gen, Path(doc.path).name, doc.page_sizes)
        self.navigator.show_on_pages()

    def _open_failed(self, gen: int, side: str, err: WeerwoordError) -> None:
        pair = self.pair
        if gen != pair.generation:
            return
        self._failed_sides.add(side)
        self.ui.panes[side].clear(err.message)
        self._pages_shown()
        if isinstance(err, PasswordRequired | WrongPassword):
            if self._reported == gen:
                return
            self._reported = gen
            name = Path(pair.paths[side]).name
            password = self.host.dialogs.password(self.host.window, name, isinstance(err, WrongPassword))
            if password:
                pw = dict(pair.passwords)
                pw[side] = password
                self.open_pair(pair.paths["advice"], pair.paths["response"], pw["advice"], pw["response"])
            return
        # other problems are reported once, in the core's words, when its analysis stops on them

    def _report(self, gen: int, err: WeerwoordError) -> None:
        if self._reported == gen:
            return
        self._reported = gen
        self.host.dialogs.error(self.host.window, QCoreApplication.translate("MainWindow", "Weerwoord"), err.message)

    def _rendered(self, gen: int, side: str, page: int, scale: float, image: Any) -> None:
        if gen != self.pair.generation:
            return
        self.cache.put((gen, side, page, scale), image)
        self.ui.panes[side].view.page_arrived(page)

    def _words_ready(self, gen: int, side: str, page: int, words: list[Word]) -> None:
        if gen == self.pair.generation:
            self.ui.panes[side].view.set_words(page, words)

    def _progress(self, gen: int, done: int, total: int, what: str) -> None:
        if gen != self.pair.generation:
            return
        if total > 0:
            self.ui.progress_bar.setRange(0, total)
            self.ui.progress_bar.setValue(done)
        self.ui.status_label.setText(what)

    def _analysed(self, gen: int, result: Analysed) -> None:
        pair, ui = self.pair, self.ui
        if gen != pair.generation:
            return
        pair.analysing = False
        ui.progress_bar.hide()
        ui.cancel_button.hide()
        if result.advice is not None and result.response is not None:
            pair.keeper.set_pair(result.advice.sha256, result.response.sha256)
            if result.corrections is not None:
                pair.corrections = result.corrections
            for side, doc in (("advice", result.advice), ("response", result.response)):
                ui.panes[side].view.set_furniture(looks.furniture(doc))
        if result.error is not None:
            self._failed(gen, result)
            return
        if result.warning:
            self.host.dialogs.error(
                self.host.window,
                QCoreApplication.translate("MainWindow", "Corrections not loaded"),
                result.warning,
            )
        previous = pair.current_number()
        pair.analysed = result
        comparison = result.comparison
        pair.model.set_comparison(comparison, pair.keeper.noted_numbers())
        self.navigator.show_on_pages()
        ui.notice.show_for(comparison, pair.corrections.reading if pair.corrections else None)
        ui.summary.setText(looks.summary(comparison))
        answered = sum(1 for p in comparison.pairs if p.reply is not None)
        ui.status_label.setText(looks.status_counts(len(comparison.pairs), answered, len(comparison.unmatched_replies)))
        want = pair.pending_number or previous
        pair.pending_number = None
        row = pair.model.row_of_number(want) if want else -1
        self.navigator.select_row(row if row >= 0 else 0)
        if self._restore_place:
            self._restore_place = False
            window_state.restore_scroll(self.place)
        pair.analysisFinished.emit()
        pair.stateChanged.emit()

    def _failed(self, gen: int, result: Analysed) -> None:
        """The analysis stopped on an error: say so where the pages and the detail would be."""
        pair, ui = self.pair, self.ui
        error = result.error
        assert error is not None
        failed_path = getattr(error, "path", "")
        for side, pane in ui.panes.items():
            if failed_path and failed_path == pair.paths.get(side) and pane.view.page_count == 0:
                pane.clear(error.message)
        ui.status_label.setText(QCoreApplication.translate("MainWindow", "Analysis failed: {0}").format(error.message))
        ui.detail.show_message(QCoreApplication.translate("MainWindow", "No analysis"), error.message)
        if result.advice is not None and result.response is not None:
            # the documents were read: corrections (a missed recommendation) can still be made
            pair.analysed = result
            pair.model.set_comparison(None)
            self.navigator.show_on_pages()
        self._report(gen, error)
        pair.analysisFinished.emit()
        pair.stateChanged.emit()


class _Place:
    """What window_state needs to keep the reader's place in this pair (the pair, its panes, the settings)."""

    def __init__(self, pair: OpenPair, host: Host, ui: WindowLayout) -> None:
        self.pair = pair
        self.settings = host.settings
        self.remember = host.remember
        self.panes = ui.panes

    @property
    def paths(self) -> dict[str, str]:
        return self.pair.paths

    def comparison(self) -> Any:
        return self.pair.comparison()

    def current_number(self) -> str | None:
        return self.pair.current_number()


class _LoadFromStore:
    """Tells the worker to load the stored corrections once the documents' hashes are known."""

    def __init__(self, data_dir: str | os.PathLike[str] | None) -> None:
        self.data_dir = data_dir

    def load(self, advice_sha: str, response_sha: str) -> Corrections:
        from weerwoord.core.keeping.store import load_corrections

        return load_corrections(self.data_dir, advice_sha, response_sha)


def guess_order(first: str, second: str) -> tuple[str, str]:
    """Advice first if a name says which is which ('reactie', 'response', 'antwoord' go right)."""
    words = ("reactie", "response", "antwoord", "reply", "kabinet")
    if any(w in Path(first).name.lower() for w in words) and not any(w in Path(second).name.lower() for w in words):
        return second, first
    return first, second
