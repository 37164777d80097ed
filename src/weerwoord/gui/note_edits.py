"""The notes' own undo: adding, deleting, importing and the status of notes (typing is undone in the editor)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from weerwoord.core.errors import StoreError
from weerwoord.gui.host import Host

if TYPE_CHECKING:  # the store (sqlite3) is imported when first used, not at start
    from weerwoord.core.keeping.store import Note


def _t(text: str) -> str:
    return QCoreApplication.translate("notes", text)


@dataclass
class Op:
    """One undoable change to the notes (typing is undone in the editor itself)."""

    kind: str  # "add", "delete", "status", "import"
    notes: list[Note] = field(default_factory=list)
    old: str = ""
    new: str = ""


class NoteEdits(QObject):
    """Changes to the stored notes, each kept as an Op to undo and redo."""

    def __init__(self, ctl: Any, host: Host) -> None:
        super().__init__(ctl)
        self.ctl = ctl  # the notes controller: its notes, list, store and ``changed``
        self.host = host
        self.undo_ops: list[Op] = []
        self.redo_ops: list[Op] = []

    def did(self, op: Op) -> None:
        """``op`` was done: it can be undone, and what was undone before can no longer be redone."""
        self.undo_ops.append(op)
        self.redo_ops.clear()

    def forget(self) -> None:
        self.undo_ops.clear()
        self.redo_ops.clear()

    def set_status(self, status: str) -> None:
        key = self.ctl.panel.editing()
        note = self.ctl.notes.get(key) if isinstance(key, int) else None
        if note is None or note.status == status:
            return
        if self._write_status(note.id, status):
            self.undo_ops.append(Op("status", [note], note.status, status))
            self.redo_ops.clear()
            self.ctl.refresh(keep=note.id)

    def _write_status(self, note_id: int, status: str) -> bool:
        self.ctl.flush()
        store = self.ctl.keeping.store()
        note = self.ctl.notes.get(note_id)
        if store is None or note is None:
            return False
        try:
            stamp = store.update_note(note_id, status=status)
        except StoreError as err:
            self.ctl.keeping.save_failed(err)
            return False
        self.ctl.notes[note_id] = dataclasses.replace(note, status=status, modified=stamp)
        self.ctl.changed.emit()
        return True

    def delete_current(self) -> None:
        key = self.ctl.panel.current_key()
        if not isinstance(key, int) or key not in self.ctl.notes:
            return
        self.ctl.flush()
        removed = self._remove([key])
        if removed:
            self.undo_ops.append(Op("delete", removed))
            self.redo_ops.clear()
            self.host.status_label.setText(_t("Note deleted. Undo note change (Ctrl+Alt+Z) brings it back."))
            self.ctl.refresh()

    def _remove(self, ids: list[int]) -> list[Note]:
        """Delete notes from the store; returns them as they were (for undo)."""
        store = self.ctl.keeping.store()
        if store is None:
            return []
        removed = []
        for note_id in ids:
            try:
                note = store.get_note(note_id) or self.ctl.notes.get(note_id)
                store.delete_note(note_id)
            except StoreError as err:
                self.ctl.keeping.save_failed(err)
                break
            if note is not None:
                removed.append(note)
            self.ctl.notes.pop(note_id, None)
            self.ctl.places.pop(note_id, None)
        self.ctl.changed.emit()
        return removed

    def _restore(self, notes: list[Note]) -> list[Note]:
        store = self.ctl.keeping.store()
        if store is None:
            return []
        back = []
        for note in notes:
            try:
                back.append(store.restore_note(note))
            except StoreError as err:
                self.ctl.keeping.save_failed(err)
                break
        self.ctl.added(back, None)
        return back

    def undo(self) -> None:
        self.ctl.flush()
        if self.undo_ops:
            op = self.undo_ops.pop()
            self.redo_ops.append(self._apply(op, backwards=True))
            self.ctl.refresh()

    def redo(self) -> None:
        self.ctl.flush()
        if self.redo_ops:
            op = self.redo_ops.pop()
            self.undo_ops.append(self._apply(op, backwards=False))
            self.ctl.refresh()

    def _apply(self, op: Op, backwards: bool) -> Op:
        """Undo (``backwards``) or redo ``op``; returns the op to keep for the other direction."""
        creates = op.kind in ("add", "import")
        if op.kind == "status":
            note = op.notes[0]
            self._write_status(note.id, op.old if backwards else op.new)
            return op
        if creates == backwards:  # undo an add, or redo a delete: remove (keeping what was typed since)
            return Op(op.kind, self._remove([n.id for n in op.notes]))
        return Op(op.kind, self._restore(op.notes))
