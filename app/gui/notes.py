"""The reader's notes in the window: the store behind the notes tab, anchors, saving as you type, undo, XFDF import."""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from app.core.errors import StoreError
from app.gui import note_anchors, theme
from app.gui.host import Host
from app.gui.notes_panel import Key, NoteRow, NotesPanel
from app.gui.open_pair import OpenPair
from app.gui.worker import SIDES, DocAnnotation, OpenedDocument

if TYPE_CHECKING:  # the store (sqlite3) and the anchors (rapidfuzz) are imported when first used, not at start
    from app.core.keeping.anchor import Anchor, PageIndex
    from app.core.keeping.store import Note
    from app.core.publishing.export_pdf import PageText
    from app.gui.navigation import Navigator
    from app.gui.window_layout import WindowLayout

SAVE_DELAY_MS = 300  # typing is saved at most about three times a second, and always on leaving the editor
RETRY_MS = 5000  # after a failed save (a full disk), the typed text is tried again this often
TEXTS_WAIT_S = 120.0  # the review import waits at most this long for the page texts


def _resolved(path: str) -> str:
    return str(Path(path).resolve()) if path else ""


def _t(text: str) -> str:
    return QCoreApplication.translate("notes", text)


def side_word(side: str) -> str:
    return _t("advice") if side == "advice" else _t("response")


@dataclass
class _Op:
    """One undoable change to the notes (typing is undone in the editor itself)."""

    kind: str  # "add", "delete", "status", "import"
    notes: list[Note] = field(default_factory=list)
    old: str = ""
    new: str = ""


class NotesController(QObject):
    """The notes of the open pair of documents for one window."""

    changed = Signal()  # a note was added, saved, deleted or restored

    def __init__(self, pair: OpenPair, host: Host, ui: WindowLayout, navigator: Navigator) -> None:
        super().__init__(host.window)
        self.pair = pair
        self.host = host
        self.sidebar = ui.sidebar
        self.detail = ui.detail
        self.pairs_view = ui.pairs_view
        self.panes = ui.panes
        self.navigator = navigator
        self.w: Any = host.window  # review_import.py reads its dialogs, paths and status line here
        self.key: tuple[str, str] | None = None
        self.notes: dict[int, Note] = {}
        self.places: dict[int, tuple[str, int, list[Any]] | None] = {}  # id -> (side, page, rects); None: orphaned
        self.texts: dict[str, list[PageText]] = {}
        self.indexes: dict[str, PageIndex] = {}
        self.sizes: dict[str, list[tuple[float, float]]] = {}
        self.doc_annots: dict[str, list[DocAnnotation]] = {}
        # The page texts and their index (about 90 MB for a 300-page advice) are read only once a note needs
        # them: a stored note with an anchor, a new one, a review import. Until then only the annotations.
        self._texts_wanted = False
        self._texts_read: set[str] = set()  # sides whose texts have arrived (or could not be read)
        self._generation = -1
        self._pending: dict[int, str] = {}  # note id -> typed text not yet saved (kept until a save succeeds)
        self._save_failing = False  # the last save failed: said once, retried, kept in the recovery file
        self._undo: list[_Op] = []
        self._redo: list[_Op] = []
        self._store_problem_shown = False
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self.unsaved_label = QLabel()
        self.unsaved_label.setAccessibleName(_t("Unsaved notes"))
        self.unsaved_label.hide()
        host.status_bar.addPermanentWidget(self.unsaved_label)

        self.panel = NotesPanel()
        self._build_actions()
        self.panel.chosen.connect(lambda _key: self.flush())
        self.panel.activated.connect(self.go_to)
        self.panel.textEdited.connect(self._typed)
        self.panel.editorLeft.connect(self.flush)
        self.panel.statusChosen.connect(self.set_status)
        self.panel.chosen.connect(lambda _key: self.update_actions())
        self.sidebar.addTab(self.panel, theme.icon("fa6s.note-sticky"), _t("Notes"))
        self.sidebar.setAccessibleName(_t("Pairs, search and notes"))
        self._build_strip()
        pair.worker.opened.connect(self._opened)
        pair.worker.texts_ready.connect(self._texts_ready)
        pair.worker.annots_ready.connect(self._annots_ready)
        pair.analysisFinished.connect(self._analysis_finished)
        pair.closing.connect(self.pair_closed)
        self.pairs_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.pairs_view.customContextMenuRequested.connect(self._pairs_menu)
        pair.current.currentChanged.connect(lambda *_: self._update_strip())
        pair.textSelected.connect(lambda _side: self.update_actions())
        self.update_actions()

    # --- construction ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        a = self.host.action
        self.act_add = a(
            _t("Add &note"),
            self.add_here,
            "Ctrl+N",
            "fa6s.note-sticky",
            _t("Add a note on the selected text, or else on the recommendation shown"),
        )
        self.act_delete = a(
            _t("&Delete note"),
            self.delete_current,
            "Ctrl+Shift+D",
            "fa6s.trash-can",
            _t("Delete the note chosen in the notes list (it can be undone)"),
        )
        self.act_undo = a(
            _t("U&ndo note change"),
            self.undo,
            "Ctrl+Alt+Z",
            "fa6s.rotate-left",
            _t("Undo adding, deleting, importing or the status change of a note"),
        )
        self.act_redo = a(
            _t("Redo note c&hange"),
            self.redo,
            "Ctrl+Alt+Shift+Z",
            "fa6s.rotate-right",
            _t("Redo the note change you undid"),
        )
        self.act_show = a(
            _t("Go to the n&otes"),
            self.show_panel,
            "Ctrl+3",
            None,
            _t("Show the notes and move the keyboard focus there"),
        )
        self.act_import = a(
            _t("&Import review (XFDF)…"),
            self.import_dialog,
            "Ctrl+I",
            "fa6s.file-import",
            _t("Add the notes of a colleague's review (an XFDF file from Acrobat or Weerwoord) to this pair"),
        )
        for act in (self.act_add, self.act_delete, self.act_undo, self.act_redo):
            self.panel.add_action_button(act)
        self.act_add.setIconText(_t("Add note"))
        self.panel.finish_buttons()

    def _build_strip(self) -> None:
        """A line in the pair's detail: how many notes this recommendation has, and buttons to add and show."""
        self.strip = QWidget()
        row = QHBoxLayout(self.strip)
        row.setContentsMargins(0, 2, 0, 2)
        self.strip_label = QLabel()
        self.strip_label.setAccessibleName(_t("Notes on this recommendation"))
        row.addWidget(self.strip_label, 1)
        add = QToolButton()
        add.setDefaultAction(self.act_add)
        add.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        add.setAccessibleName(_t("Add a note on this recommendation"))
        add.setAutoRaise(True)
        row.addWidget(add)
        self.strip_show = QToolButton()
        self.strip_show.setText(_t("Show"))
        self.strip_show.setIcon(theme.icon("fa6s.list"))
        self.strip_show.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.strip_show.setAccessibleName(_t("Show the notes on this recommendation"))
        self.strip_show.setToolTip(_t("List the notes on this recommendation in the notes tab"))
        self.strip_show.setAutoRaise(True)
        self.strip_show.clicked.connect(self._show_pair_notes)
        row.addWidget(self.strip_show)
        layout: Any = self.detail.layout()  # a QVBoxLayout
        layout.insertWidget(layout.indexOf(self.detail.correct_label), self.strip)
        self._update_strip()

    def _update_strip(self) -> None:
        number = self.pair.current_number()
        count = sum(1 for n in self.notes.values() if n.number == number) if number else 0
        self.strip.setVisible(number is not None)
        self.strip_label.setText(_t("No notes yet") if count == 0 else _t("Notes: {0}").format(count))
        self.strip_label.setToolTip(_t("Your notes on recommendation {0}").format(number) if number else "")
        self.strip_show.setEnabled(count > 0)

    def update_actions(self) -> None:
        ready = self.key is not None
        self.act_add.setEnabled(ready)
        self.act_import.setEnabled(ready)
        self.act_delete.setEnabled(ready and isinstance(self.panel.current_key(), int))
        self.act_undo.setEnabled(ready and bool(self._undo))
        self.act_redo.setEnabled(ready and bool(self._redo))

    def show_panel(self) -> None:
        self.sidebar.setCurrentWidget(self.panel)
        self.panel.list.setFocus()

    # --- the store -------------------------------------------------------------------------------

    def store(self, create: bool = True) -> Any:
        """The store, or None (no store yet and not ``create``, or it cannot be used: said once)."""
        from app.core.keeping.store import StoreDamaged

        try:
            return self.pair.keeper.store(create)
        except StoreDamaged as err:  # set aside; say so once and carry on with a fresh one
            self.host.dialogs.error(self.host.window, _t("Notes database damaged"), err.message)
            try:
                return self.pair.keeper.store(create)
            except StoreError as again:
                self._store_problem(again)
        except StoreError as err:
            self._store_problem(err)
        return None

    def _store_problem(self, err: StoreError) -> None:
        if not self._store_problem_shown:
            self._store_problem_shown = True
            self.host.dialogs.error(self.host.window, _t("Notes not available"), err.message)

    def save_failed(self, err: StoreError) -> None:
        self.host.dialogs.error(self.host.window, _t("Note not saved"), err.message)

    def _recovery(self) -> Path:
        from app.core.keeping.unsaved import recovery_path

        return recovery_path(self.pair.keeper.data_dir)

    def _typing_not_saved(self, err: StoreError | None) -> None:
        """A save of typed text failed: keep it (memory and recovery file), say so, try again soon."""
        from app.core.keeping import unsaved

        kept = self.key is not None and all(
            unsaved.keep(self._recovery(), self.key, note_id, text) for note_id, text in self._pending.items()
        )
        self.unsaved_label.setText(
            _t("⚠ Note not saved yet: retrying") if kept else _t("⚠ Note not saved: keep the window open")
        )
        self.unsaved_label.setToolTip(err.message if err is not None else "")
        self.unsaved_label.show()
        if not self._save_failing:
            self._save_failing = True
            message = err.message if err is not None else _t("The notes database cannot be used.")
            self.host.dialogs.error(
                self.host.window,
                _t("Note not saved"),
                message
                + "\n\n"
                + _t("What you typed is kept and saved as soon as the disk allows: Weerwoord tries again shortly."),
            )
        self._save_timer.start(RETRY_MS)

    def _typing_saved(self) -> None:
        if self._save_failing or self.unsaved_label.isVisible():
            self._save_failing = False
            self.unsaved_label.hide()
            self.host.status_bar.showMessage(_t("Your note is saved."), 5000)

    def _recover(self) -> None:
        """Text typed in an earlier session whose save failed: put it back into its notes and save it."""
        from app.core.keeping import unsaved

        if self.key is None:
            return
        for note_id, text in unsaved.for_pair(self._recovery(), self.key).items():
            if note_id in self.notes:
                self._pending[note_id] = text
            else:
                unsaved.drop(self._recovery(), self.key, note_id)
        if self._pending:
            count = len(self._pending)
            self.flush()
            self.host.status_bar.showMessage(
                _t("Recovered the unsaved text of {0} note(s) from the last session.").format(count), 10000
            )

    # --- following the window --------------------------------------------------------------------

    def pair_closed(self) -> None:
        """Before another pair opens: save what was typed, forget this pair's notes."""
        self.flush()
        self._pending = {}  # what could not be saved is in the recovery file, restored when the pair opens again
        self._save_timer.stop()
        self.key = None
        self.notes = {}
        self.places = {}
        self.texts = {}
        self.indexes = {}
        self.doc_annots = {}
        self.sizes = {}
        self._texts_wanted = False
        self._texts_read = set()
        self._undo.clear()
        self._redo.clear()
        self.panel.set_rows([])
        self._update_strip()
        self.update_actions()

    def _opened(self, gen: int, doc: OpenedDocument) -> None:
        if gen == self.pair.generation:
            self.sizes[doc.side] = list(doc.page_sizes)

    def _analysis_finished(self) -> None:
        key = self.pair.keeper.key if self.pair.analysed is not None else None
        if key != self.key or self.pair.generation != self._generation:
            self.flush()
            self.key = key
            self._generation = self.pair.generation
            self._undo.clear()
            self._redo.clear()
            self.places = {}
            self.notes = {}
            if key is not None:
                self._load()
                self._recover()
                self._texts_wanted = any(n.anchor is not None for n in self.notes.values())
                self._texts_read = set()
                self.pair.worker.read_texts(self.pair.generation, texts=self._texts_wanted)
        comparison = self.pair.comparison()
        self.panel.set_numbers([p.number for p in comparison.pairs] if comparison is not None else [])
        self.refresh()
        self.update_actions()

    def _load(self) -> None:
        store = self.store(create=False)
        if store is None or self.key is None:
            return
        try:
            self.notes = {n.id: n for n in store.list_notes(*self.key)}
            if not self.notes:
                self._carry_over(store)
        except StoreError as err:
            self._store_problem(err)

    def _carry_over(self, store: Any) -> None:
        """Files revised since notes were made on them: the notes come along, re-anchored or orphaned."""
        advice, response = _resolved(self.pair.paths.get("advice", "")), _resolved(self.pair.paths.get("response", ""))
        if not (advice and response) or self.key is None:
            return
        for earlier in store.earlier_versions(advice, response, *self.key):
            if not store.list_notes(earlier.advice_sha, earlier.response_sha):
                continue
            carried = store.carry_notes(earlier.advice_sha, earlier.response_sha, *self.key)
            store.remember_pair(*self.key, advice, response)
            self.notes = {n.id: n for n in carried}
            self.host.status_bar.showMessage(
                _t("{0} notes carried over from an earlier version of these documents.").format(len(carried)), 10000
            )
            return

    def ready(self) -> bool:
        """The documents' annotations are listed and, if notes need them, the page texts are read."""
        if self._texts_wanted:
            return set(self.sizes) <= self._texts_read
        return set(self.sizes) <= set(self.doc_annots)

    def need_texts(self) -> None:
        """Have the worker read the page texts of this pair (once), to place notes on them."""
        if not self._texts_wanted and self.key is not None and self.pair.generation == self._generation:
            self._texts_wanted = True
            self.pair.worker.read_texts(self.pair.generation, texts=True)

    def ensure_texts(self, side: str) -> bool:
        """Read the page texts of ``side`` now if they are not there, the window running meanwhile."""
        self.need_texts()
        if side in self._texts_read or side not in self.sizes or not self._texts_wanted:
            return side in self.texts
        generation = self.pair.generation
        deadline = time.monotonic() + TEXTS_WAIT_S
        loop = QEventLoop()

        def check() -> None:
            if (
                side in self._texts_read
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
        self._texts_read.add(side)
        if read is None:  # a damaged page: this side's notes stay unplaced
            return
        texts, index = read  # (the index is built on the worker thread)
        self.texts[side] = texts
        self.indexes[side] = index
        self.doc_annots[side] = annots
        for note in self.notes.values():
            if _side_of(note) == side:
                self._place(note)
        self.refresh()

    def _annots_ready(self, gen: int, side: str, annots: list[DocAnnotation]) -> None:
        if gen == self.pair.generation and side not in self.texts:
            self.doc_annots[side] = annots
            self.refresh()

    def _place(self, note: Note) -> None:
        side = _side_of(note)
        if note.anchor is None or side not in self.indexes:
            self.places.pop(note.id, None)
            if note.anchor is not None:
                self.need_texts()
            return
        found = note_anchors.place(note.anchor, self.indexes[side], self.texts[side])
        self.places[note.id] = None if found is None else (side, found[0], found[1])

    def all_notes(self) -> list[Note]:
        """The notes of the open pair as stored (typing saved first), oldest first: for export and print."""
        self.flush()
        return sorted(self.notes.values(), key=lambda n: (n.created, n.id))

    # --- the list --------------------------------------------------------------------------------

    def _row(self, note: Note) -> NoteRow:
        side = _side_of(note)
        if note.anchor is None:
            state, where = "general", ""
        elif side not in self.indexes and self.places.get(note.id) is None:
            state, where = "checking", ""
        else:
            place = self.places.get(note.id)
            if place is None:
                state, where = "orphaned", side_word(side)
            else:
                state, where = "attached", _t("{0} p. {1}").format(side_word(side), place[1])
        return NoteRow(
            key=note.id,
            number=note.number,
            status=note.status,
            author=note.author,
            date=note.modified[:10],
            state=state,
            where=where,
            text=self._pending.get(note.id, note.text),
            quote=note.anchor.exact if note.anchor else "",
        )

    def _doc_rows(self) -> list[NoteRow]:
        rows = []
        for side in SIDES:
            for i, a in enumerate(self.doc_annots.get(side, [])):
                date = a.date[2:10] if a.date.startswith("D:") else a.date[:8]
                if len(date) == 8 and date.isdigit():
                    date = f"{date[:4]}-{date[4:6]}-{date[6:]}"
                rows.append(
                    NoteRow(
                        key=f"doc:{side}:{i}",
                        number=None,
                        status="",
                        author=a.author,
                        date=date,
                        state="document",
                        where=_t("{0} p. {1}").format(side_word(side), a.page),
                        text=a.content,
                        quote=a.quote,
                    )
                )
        return rows

    def refresh(self, keep: Key | None = None) -> None:
        """Rebuild the list (keeping the current note), the pairs' markers and the detail's line."""
        ordered = sorted(self.notes.values(), key=lambda n: (n.created, n.id))
        rows = [self._row(n) for n in ordered] + self._doc_rows()
        self.panel.set_rows(rows, keep if keep is not None else self.panel.current_key())
        self._mark_pairs()
        self._update_strip()
        self.update_actions()

    def _mark_pairs(self) -> None:
        """Keep the pairs list's "has notes" marker in step with the notes."""
        numbers = {n.number for n in self.notes.values() if n.number}
        model = self.pair.model
        for i, entry in enumerate(model.entries):
            if entry.kind != "pair":
                continue
            has = entry.pair.number in numbers
            if entry.has_notes != has:
                entry.has_notes = has
                index = model.index(i)
                model.dataChanged.emit(index, index)

    def _show_pair_notes(self) -> None:
        number = self.pair.current_number()
        if number is not None:
            self.panel.status_filter.setCurrentIndex(0)
            self.panel.show_number(number)
            self.show_panel()

    # --- adding ----------------------------------------------------------------------------------

    def add_here(self) -> None:
        """Ctrl+N: on the selected words if a page has a selection, else on the recommendation shown."""
        view = self.pair.selection_pages()
        if view is not None:
            self.add_from_selection(view)
        else:
            self.add_note(self.pair.current_number())

    def add_from_selection(self, view: Any) -> Note | None:
        rects = view.selection_rects()
        if not rects:
            return None
        page = min(rects)
        side = view.side
        text = self._page_text(side, page, view)
        anchor = note_anchors.area_anchor(text, page, rects[page], side) if text is not None else None
        if anchor is None or text is None:
            self.host.dialogs.error(
                self.host.window,
                _t("Note not anchored"),
                _t("The selected words could not be found in the page's text."),
            )
            return None
        # where the new note is, is known: the selected words (the page texts are not needed to find it)
        place = (side, page, text.rects(anchor.start, anchor.end))
        return self.add_note(self.number_at(side, page, rects[page]), anchor=anchor, place=place)

    def _page_text(self, side: str, page: int, view: Any) -> PageText | None:
        texts = self.texts.get(side)
        if texts is not None and 0 < page <= len(texts):
            return texts[page - 1]
        words = view._words.get(page)  # the page text is still being read: build it from the view's words
        return note_anchors.text_from_words(words) if words else None

    def number_at(self, side: str, page: int, rects: list[Any]) -> str | None:
        """The recommendation whose passage (or reply) the rectangles are in; else the one shown."""
        comparison = self.pair.comparison()
        if comparison is not None:
            for pair in comparison.pairs:
                if side == "advice":
                    spans = pair.recommendation.run.spans()
                else:
                    spans = pair.reply.all_spans() if pair.reply is not None else []
                for span in spans:
                    if span.page == page and any(_overlap(r, s) for r in rects for s in span.rects):
                        return str(pair.number)
        return self.pair.current_number()

    def add_note(
        self,
        number: str | None,
        anchor: Anchor | None = None,
        text: str = "",
        place: tuple[str, int, list[Any]] | None = None,
    ) -> Note | None:
        if self.key is None:
            return None
        self.flush()
        store = self.store()
        if store is None:
            return None
        try:
            note = store.add_note(*self.key, text, number=number, side=anchor.side if anchor else None, anchor=anchor)
            # remember where these versions came from, so a revised file finds its notes (see _carry_over)
            store.remember_pair(
                *self.key, _resolved(self.pair.paths.get("advice", "")), _resolved(self.pair.paths.get("response", ""))
            )
        except StoreError as err:
            self.save_failed(err)
            return None
        self.added([note], _Op("add", [note]), {note.id: place} if place is not None else None)
        self.show_panel()
        self.panel.editor.setFocus()
        return note  # type: ignore[no-any-return]

    def op(self, kind: str, notes: list[Note]) -> _Op:
        return _Op(kind, notes)

    def added(
        self, notes: list[Note], op: _Op | None, places: dict[int, tuple[str, int, list[Any]]] | None = None
    ) -> None:
        for note in notes:
            self.notes[note.id] = note
            if places and note.id in places and _side_of(note) not in self.indexes:
                self.places[note.id] = places[note.id]
            else:
                self._place(note)
        if op is not None:
            self._undo.append(op)
            self._redo.clear()
        if notes and any(not self.panel.shown(self._row(n)) for n in notes):
            self.panel.clear_filters()
        self.refresh(keep=notes[-1].id if notes else None)
        if notes:
            self.panel.select(notes[-1].id)
        self.changed.emit()

    # --- editing ---------------------------------------------------------------------------------

    def _typed(self) -> None:
        key = self.panel.editing()
        if isinstance(key, int):
            self._pending[key] = self.panel.text()
            if not self._save_timer.isActive():
                self._save_timer.start(SAVE_DELAY_MS)

    def flush(self) -> None:
        """Save the typed text now (the timer, leaving the editor, choosing another note, closing).

        Text stays pending until the store has it: a failed save keeps it, writes it to the recovery file beside
        the store (restored on the next start) and tries again.
        """
        from app.core.keeping import unsaved

        self._save_timer.stop()
        if not self._pending or self.key is None:
            return
        for note_id, text in list(self._pending.items()):
            note = self.notes.get(note_id)
            if note is None or note.text == text:
                del self._pending[note_id]
                unsaved.drop(self._recovery(), self.key, note_id)
                continue
            store = self.store()
            if store is None:
                self._typing_not_saved(None)
                return
            try:
                stamp = store.update_note(note_id, text=text)
            except StoreError as err:
                self._typing_not_saved(err)
                return
            if self._pending.get(note_id) == text:
                del self._pending[note_id]
            unsaved.drop(self._recovery(), self.key, note_id)
            self.notes[note_id] = dataclasses.replace(note, text=text, modified=stamp)
            self.panel.update_row(self._row(self.notes[note_id]))
            self.changed.emit()
        self._typing_saved()

    def set_status(self, status: str) -> None:
        key = self.panel.editing()
        note = self.notes.get(key) if isinstance(key, int) else None
        if note is None or note.status == status:
            return
        if self._write_status(note.id, status):
            self._undo.append(_Op("status", [note], note.status, status))
            self._redo.clear()
            self.refresh(keep=note.id)

    def _write_status(self, note_id: int, status: str) -> bool:
        self.flush()
        store = self.store()
        note = self.notes.get(note_id)
        if store is None or note is None:
            return False
        try:
            stamp = store.update_note(note_id, status=status)
        except StoreError as err:
            self.save_failed(err)
            return False
        self.notes[note_id] = dataclasses.replace(note, status=status, modified=stamp)  # type: ignore[arg-type]
        self.changed.emit()
        return True

    def delete_current(self) -> None:
        key = self.panel.current_key()
        if not isinstance(key, int) or key not in self.notes:
            return
        self.flush()
        removed = self._remove([key])
        if removed:
            self._undo.append(_Op("delete", removed))
            self._redo.clear()
            self.host.status_label.setText(_t("Note deleted. Undo note change (Ctrl+Alt+Z) brings it back."))
            self.refresh()

    def _remove(self, ids: list[int]) -> list[Note]:
        """Delete notes from the store; returns them as they were (for undo)."""
        store = self.store()
        if store is None:
            return []
        removed = []
        for note_id in ids:
            try:
                note = store.get_note(note_id) or self.notes.get(note_id)
                store.delete_note(note_id)
            except StoreError as err:
                self.save_failed(err)
                break
            if note is not None:
                removed.append(note)
            self.notes.pop(note_id, None)
            self.places.pop(note_id, None)
        self.changed.emit()
        return removed

    def _restore(self, notes: list[Note]) -> list[Note]:
        store = self.store()
        if store is None:
            return []
        back = []
        for note in notes:
            try:
                back.append(store.restore_note(note))
            except StoreError as err:
                self.save_failed(err)
                break
        self.added(back, None)
        return back

    def undo(self) -> None:
        self.flush()
        if self._undo:
            op = self._undo.pop()
            self._redo.append(self._apply(op, backwards=True))
            self.refresh()

    def redo(self) -> None:
        self.flush()
        if self._redo:
            op = self._redo.pop()
            self._undo.append(self._apply(op, backwards=False))
            self.refresh()

    def _apply(self, op: _Op, backwards: bool) -> _Op:
        """Undo (``backwards``) or redo ``op``; returns the op to keep for the other direction."""
        creates = op.kind in ("add", "import")
        if op.kind == "status":
            note = op.notes[0]
            self._write_status(note.id, op.old if backwards else op.new)
            return op
        if creates == backwards:  # undo an add, or redo a delete: remove (keeping what was typed since)
            return _Op(op.kind, self._remove([n.id for n in op.notes]))
        return _Op(op.kind, self._restore(op.notes))

    # --- going to a note -------------------------------------------------------------------------

    def go_to(self, key: Key) -> None:
        """Select the note's recommendation and show its passage (or the annotation) on the page."""
        if isinstance(key, int):
            note = self.notes.get(key)
            if note is None:
                return
            if note.number:
                self.navigator.select_number(note.number)
            place = self.places.get(key)
            if place is not None and place[2]:
                side, page, rects = place
                view = self.panes[side].view
                view.ensure_visible(page, rects[0])
                view.flash(page, note_anchors.union(rects))
        elif isinstance(key, str) and key.startswith("doc:"):
            _, side, index = key.split(":")
            annot = self.doc_annots.get(side, [])[int(index)]
            view = self.panes[side].view
            view.ensure_visible(annot.page, annot.rect)
            view.flash(annot.page, annot.rect)

    def _pairs_menu(self, pos: QPoint) -> None:
        index = self.pairs_view.indexAt(pos)
        if index.isValid() and index.row() != self.pairs_view.currentIndex().row():
            self.navigator.select_row(index.row())
        if self.pair.current_number() is None:
            return
        menu = QMenu(self.host.window)
        menu.addAction(self.act_add)
        show = menu.addAction(theme.icon("fa6s.list"), _t("Show the notes on this recommendation"))
        show.triggered.connect(self._show_pair_notes)
        menu.exec(self.pairs_view.viewport().mapToGlobal(pos))

    # --- a colleague's review --------------------------------------------------------------------

    def import_dialog(self) -> None:
        if self.key is None:
            return
        start = str(Path(self.pair.paths.get("advice", "")).parent)
        path = self.host.dialogs.choose_xfdf(self.host.window, start)
        if path:
            self.import_xfdf(path)

    def import_xfdf(self, path: str | Path, side: str | None = None) -> bool:
        """Start turning the notes of an XFDF file into notes on this pair, on the worker (review_import.py)."""
        from app.gui.review_import import import_review

        return import_review(self, Path(path), side)

    def close(self) -> None:
        """The window closes: the last keystrokes are saved."""
        self.flush()


def _side_of(note: Note) -> str:
    return note.side or (note.anchor.side if note.anchor else None) or "advice"


def _overlap(a: Any, b: Any) -> bool:
    return bool(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
