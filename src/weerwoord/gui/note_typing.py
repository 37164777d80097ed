"""Notes saved as the reader types: at most about three times a second, and kept when the disk refuses them."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel

from weerwoord.core.errors import StoreError
from weerwoord.gui.host import Host
from weerwoord.gui.open_pair import OpenPair

SAVE_DELAY_MS = 300  # typing is saved at most about three times a second, and always on leaving the editor
RETRY_MS = 5000  # after a failed save (a full disk), the typed text is tried again this often


def _t(text: str) -> str:
    return QCoreApplication.translate("notes", text)


class NoteTyping(QObject):
    """The typed text not yet saved, per note; saving it, and what is said when that fails."""

    def __init__(self, ctl: Any, pair: OpenPair, host: Host) -> None:
        super().__init__(ctl)
        self.ctl = ctl  # the notes controller: its key, notes, store, list and ``changed``
        self.pair = pair
        self.host = host
        self.pending: dict[int, str] = {}  # note id -> typed text not yet saved (kept until a save succeeds)
        self.failing = False  # the last save failed: said once, retried, kept in the recovery file
        self.timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.unsaved_label = QLabel()
        self.unsaved_label.setAccessibleName(_t("Unsaved notes"))
        self.unsaved_label.hide()
        host.status_bar.addPermanentWidget(self.unsaved_label)

    def forget(self) -> None:
        """Another pair: what could not be saved is in the recovery file, restored when the pair opens again."""
        self.pending = {}
        self.timer.stop()

    def _recovery(self) -> Path:
        from weerwoord.core.keeping.unsaved import recovery_path

        return recovery_path(self.pair.keeper.data_dir)

    def _not_saved(self, err: StoreError | None) -> None:
        """A save of typed text failed: keep it (memory and recovery file), say so, try again soon."""
        from weerwoord.core.keeping import unsaved

        kept = self.ctl.key is not None and all(
            unsaved.keep(self._recovery(), self.ctl.key, note_id, text) for note_id, text in self.pending.items()
        )
        self.unsaved_label.setText(
            _t("⚠ Note not saved yet: retrying") if kept else _t("⚠ Note not saved: keep the window open")
        )
        self.unsaved_label.setToolTip(err.message if err is not None else "")
        self.unsaved_label.show()
        if not self.failing:
            self.failing = True
            message = err.message if err is not None else _t("The notes database cannot be used.")
            self.host.dialogs.error(
                self.host.window,
                _t("Note not saved"),
                message
                + "\n\n"
                + _t("What you typed is kept and saved as soon as the disk allows: Weerwoord tries again shortly."),
            )
        self.timer.start(RETRY_MS)

    def _saved(self) -> None:
        if self.failing or self.unsaved_label.isVisible():
            self.failing = False
            self.unsaved_label.hide()
            self.host.status_bar.showMessage(_t("Your note is saved."), 5000)

    def recover(self) -> None:
        """Text typed in an earlier session whose save failed: put it back into its notes and save it."""
        from weerwoord.core.keeping import unsaved

        if self.ctl.key is None:
            return
        for note_id, text in unsaved.for_pair(self._recovery(), self.ctl.key).items():
            if note_id in self.ctl.notes:
                self.pending[note_id] = text
            else:
                unsaved.drop(self._recovery(), self.ctl.key, note_id)
        if self.pending:
            count = len(self.pending)
            self.flush()
            self.host.status_bar.showMessage(
                _t("Recovered the unsaved text of {0} note(s) from the last session.").format(count), 10000
            )

    def typed(self) -> None:
        key = self.ctl.panel.editing()
        if isinstance(key, int):
            self.pending[key] = self.ctl.panel.text()
            if not self.timer.isActive():
                self.timer.start(SAVE_DELAY_MS)

    def flush(self) -> None:
        """Save the typed text now (the timer, leaving the editor, choosing another note, closing).

        Text stays pending until the store has it: a failed save keeps it, writes it to the recovery file beside
        the store (restored on the next start) and tries again.
        """
        from weerwoord.core.keeping import unsaved

        self.timer.stop()
        if not self.pending or self.ctl.key is None:
            return
        for note_id, text in list(self.pending.items()):
            note = self.ctl.notes.get(note_id)
            if note is None or note.text == text:
                del self.pending[note_id]
                unsaved.drop(self._recovery(), self.ctl.key, note_id)
                continue
            store = self.ctl.keeping.store()
            if store is None:
                self._not_saved(None)
                return
            try:
                stamp = store.update_note(note_id, text=text)
            except StoreError as err:
                self._not_saved(err)
                return
            if self.pending.get(note_id) == text:
                del self.pending[note_id]
            unsaved.drop(self._recovery(), self.ctl.key, note_id)
            self.ctl.notes[note_id] = dataclasses.replace(note, text=text, modified=stamp)
            self.ctl.panel.update_row(self.ctl.row(self.ctl.notes[note_id]))
            self.ctl.changed.emit()
        self._saved()
