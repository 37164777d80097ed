"""The reader's notes in the window: the notes tab, adding and going to notes, the store behind them.

The parts: note_pages.py (where notes sit on the pages), note_typing.py (saving as you type), note_edits.py (undo),
notes_rows.py (the list's rows), notes_strip.py (the line in the detail); review_import.py (a colleague's review).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu

from weerwoord.core.errors import StoreError
from weerwoord.gui import note_anchors, theme
from weerwoord.gui.host import Host
from weerwoord.gui.note_edits import NoteEdits, Op
from weerwoord.gui.note_keeping import NotesKeeping
from weerwoord.gui.note_pages import NotePages
from weerwoord.gui.note_typing import NoteTyping
from weerwoord.gui.notes_actions import NotesActions
from weerwoord.gui.notes_panel import Key, NoteRow, NotesPanel
from weerwoord.gui.notes_rows import annotation_rows, note_row, number_at, side_of
from weerwoord.gui.notes_strip import NotesStrip
from weerwoord.gui.open_pair import OpenPair

if TYPE_CHECKING:  # the store (sqlite3) and the anchors (rapidfuzz) are imported when first used, not at start
    from weerwoord.core.keeping.anchor import Anchor
    from weerwoord.core.keeping.store import Note
    from weerwoord.gui.navigation import Navigator
    from weerwoord.gui.review_import import ReviewImporter
    from weerwoord.gui.window_layout import WindowLayout


def _resolved(path: str) -> str:
    return str(Path(path).resolve()) if path else ""


def _t(text: str) -> str:
    return QCoreApplication.translate("notes", text)


class NotesController(QObject):
    """The notes of the open pair of documents for one window."""

    changed = Signal()  # a note was added, saved, deleted or restored

    def __init__(self, pair: OpenPair, host: Host, ui: WindowLayout, navigator: Navigator) -> None:
        super().__init__(host.window)
        self.pair = pair
        self.host = host
        self.sidebar = ui.sidebar
        self.pairs_view = ui.pairs_view
        self.panes = ui.panes
        self.navigator = navigator
        self.key: tuple[str, str] | None = None
        self.generation = -1  # the pair's generation whose notes these are
        self.notes: dict[int, Note] = {}
        self.places: dict[int, tuple[str, int, list[Any]] | None] = {}  # id -> (side, page, rects); None: orphaned
        self.keeping = NotesKeeping(self, pair, host)
        self.typing = NoteTyping(self, pair, host)
        self.pages = NotePages(self, pair, host)
        self.edits = NoteEdits(self, host)
        self._importer: ReviewImporter | None = None
        self.panel = NotesPanel()
        self.actions = NotesActions(self, host, self.panel)
        self.act_add = self.actions.act_add
        self.panel.chosen.connect(lambda _key: self.flush())
        self.panel.activated.connect(self.go_to)
        self.panel.textEdited.connect(lambda: self.typing.typed())
        self.panel.editorLeft.connect(self.flush)
        self.panel.statusChosen.connect(self.edits.set_status)
        self.panel.chosen.connect(lambda _key: self.update_actions())
        self.sidebar.addTab(self.panel, theme.icon("fa6s.note-sticky"), _t("Notes"))
        self.sidebar.setAccessibleName(_t("Pairs, search and notes"))
        self.strip = NotesStrip(self.act_add, self._show_pair_notes)
        self.strip.put_into(ui.detail)
        self._update_strip()
        pair.analysisFinished.connect(self._analysis_finished)
        pair.closing.connect(self.pair_closed)
        self.pairs_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.pairs_view.customContextMenuRequested.connect(self._pairs_menu)
        pair.current.currentChanged.connect(lambda *_: self._update_strip())
        pair.textSelected.connect(lambda _side: self.update_actions())
        self.update_actions()

    def _update_strip(self) -> None:
        number = self.pair.current_number()
        count = sum(1 for n in self.notes.values() if n.number == number) if number else 0
        self.strip.show_count(number, count)

    def update_actions(self) -> None:
        ready = self.key is not None
        self.act_add.setEnabled(ready)
        self.actions.act_import.setEnabled(ready)
        self.actions.act_delete.setEnabled(ready and isinstance(self.panel.current_key(), int))
        self.actions.act_undo.setEnabled(ready and bool(self.edits.undo_ops))
        self.actions.act_redo.setEnabled(ready and bool(self.edits.redo_ops))

    def show_panel(self) -> None:
        self.sidebar.setCurrentWidget(self.panel)
        self.panel.list.setFocus()

    def flush(self) -> None:
        """Save the typed text now (the timer, leaving the editor, choosing another note, closing)."""
        self.typing.flush()

    # --- following the pair ----------------------------------------------------------------------

    def pair_closed(self) -> None:
        """Before another pair opens: save what was typed, forget this pair's notes."""
        self.flush()
        self.typing.forget()
        self.key = None
        self.notes = {}
        self.places = {}
        self.pages.clear()
        self.edits.forget()
        self.panel.set_rows([])
        self._update_strip()
        self.update_actions()

    def _analysis_finished(self) -> None:
        key = self.pair.keeper.key if self.pair.analysed is not None else None
        if key != self.key or self.pair.generation != self.generation:
            self.flush()
            self.key = key
            self.generation = self.pair.generation
            self.edits.forget()
            self.places = {}
            self.notes = {}
            if key is not None:
                self.keeping.load()
                self.typing.recover()
                self.pages.start(any(n.anchor is not None for n in self.notes.values()))
        comparison = self.pair.comparison()
        self.panel.set_numbers([p.number for p in comparison.pairs] if comparison is not None else [])
        self.refresh()
        self.update_actions()

    def place(self, note: Note) -> None:
        """Find ``note`` on its side's pages (asking for their texts when they are not read yet)."""
        self.pages.place(note)

    def all_notes(self) -> list[Note]:
        """The notes of the open pair as stored (typing saved first), oldest first: for export and print."""
        self.flush()
        return sorted(self.notes.values(), key=lambda n: (n.created, n.id))

    # --- the list --------------------------------------------------------------------------------

    def row(self, note: Note) -> NoteRow:
        indexed = side_of(note) in self.pages.indexes
        return note_row(note, indexed, self.places.get(note.id), self.typing.pending.get(note.id, note.text))

    def refresh(self, keep: Key | None = None) -> None:
        """Rebuild the list (keeping the current note), the pairs' markers and the detail's line."""
        ordered = sorted(self.notes.values(), key=lambda n: (n.created, n.id))
        rows = [self.row(n) for n in ordered] + annotation_rows(self.pages.doc_annots)
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
        text = self.pages.page_text(side, page, view)
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

    def number_at(self, side: str, page: int, rects: list[Any]) -> str | None:
        """The recommendation whose passage (or reply) the rectangles are in; else the one shown."""
        return number_at(self.pair.comparison(), side, page, rects) or self.pair.current_number()

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
        store = self.keeping.store()
        if store is None:
            return None
        try:
            note = store.add_note(*self.key, text, number=number, side=anchor.side if anchor else None, anchor=anchor)
            # remember where these versions came from, so a revised file finds its notes (see _carry_over)
            store.remember_pair(
                *self.key, _resolved(self.pair.paths.get("advice", "")), _resolved(self.pair.paths.get("response", ""))
            )
        except StoreError as err:
            self.keeping.save_failed(err)
            return None
        self.added([note], Op("add", [note]), {note.id: place} if place is not None else None)
        self.show_panel()
        self.panel.editor.setFocus()
        return note  # type: ignore[no-any-return]

    def op(self, kind: str, notes: list[Note]) -> Op:
        return Op(kind, notes)

    def added(
        self, notes: list[Note], op: Op | None, places: dict[int, tuple[str, int, list[Any]]] | None = None
    ) -> None:
        for note in notes:
            self.notes[note.id] = note
            if places and note.id in places and side_of(note) not in self.pages.indexes:
                self.places[note.id] = places[note.id]
            else:
                self.place(note)
        if op is not None:
            self.edits.did(op)
        if notes and any(not self.panel.shown(self.row(n)) for n in notes):
            self.panel.clear_filters()
        self.refresh(keep=notes[-1].id if notes else None)
        if notes:
            self.panel.select(notes[-1].id)
        self.changed.emit()

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
            annot = self.pages.doc_annots.get(side, [])[int(index)]
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
        return self.review_importer().start(Path(path), side)

    def review_importer(self) -> ReviewImporter:
        """The importer of colleagues' reviews into these notes, made on first use (its progress bar and Stop)."""
        if self._importer is None:
            from weerwoord.gui.review_import import ReviewImporter

            self._importer = ReviewImporter(self.pair, self.host, self)
        return self._importer

    def close(self) -> None:
        """The window closes: the last keystrokes are saved."""
        self.flush()
