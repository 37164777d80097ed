"""The notes store of the open pair (kept by the corrections keeper): opened when needed, problems said once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from weerwoord.core.errors import StoreError
from weerwoord.gui.host import Host
from weerwoord.gui.open_pair import OpenPair


def _t(text: str) -> str:
    return QCoreApplication.translate("notes", text)


def _resolved(path: str) -> str:
    return str(Path(path).resolve()) if path else ""


class NotesKeeping(QObject):
    """Reaches the store for the notes controller ``ctl``: its notes loaded, carried over from earlier versions."""

    def __init__(self, ctl: Any, pair: OpenPair, host: Host) -> None:
        super().__init__(ctl)
        self.ctl = ctl
        self.pair = pair
        self.host = host
        self._store_problem_shown = False

    def store(self, create: bool = True) -> Any:
        """The store, or None (no store yet and not ``create``, or it cannot be used: said once)."""
        from weerwoord.core.keeping.store import StoreDamaged

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

    def load(self) -> None:
        store = self.store(create=False)
        if store is None or self.ctl.key is None:
            return
        try:
            self.ctl.notes = {n.id: n for n in store.list_notes(*self.ctl.key)}
            if not self.ctl.notes:
                self._carry_over(store)
        except StoreError as err:
            self._store_problem(err)

    def _carry_over(self, store: Any) -> None:
        """Files revised since notes were made on them: the notes come along, re-anchored or orphaned."""
        advice, response = _resolved(self.pair.paths.get("advice", "")), _resolved(self.pair.paths.get("response", ""))
        if not (advice and response) or self.ctl.key is None:
            return
        for earlier in store.earlier_versions(advice, response, *self.ctl.key):
            if not store.list_notes(earlier.advice_sha, earlier.response_sha):
                continue
            carried = store.carry_notes(earlier.advice_sha, earlier.response_sha, *self.ctl.key)
            store.remember_pair(*self.ctl.key, advice, response)
            self.ctl.notes = {n.id: n for n in carried}
            said = (
                _t("1 note carried over from an earlier version of these documents.")
                if len(carried) == 1
                else _t("{0} notes carried over from an earlier version of these documents.").format(len(carried))
            )
            self.host.status_bar.showMessage(said, 10000)
            return
