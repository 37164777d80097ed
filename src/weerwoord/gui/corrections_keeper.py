"""Where the reader's corrections and notes for the open pair are kept: the core's SQLite store."""

from __future__ import annotations

import os
from typing import Any

from weerwoord.core.keeping.corrections import Corrections


class CorrectionsKeeper:
    """The corrections of one pair of documents (keyed by their sha256), with undo and reset.

    The store is opened on first use, so merely viewing documents creates no files.
    """

    def __init__(self, data_dir: str | os.PathLike[str] | None) -> None:
        self.data_dir = data_dir
        self.key: tuple[str, str] | None = None
        self._store: Any = None

    def _open(self) -> Any:
        if self._store is None:
            from weerwoord.core.keeping.store import open_store

            self._store = open_store(self.data_dir)
        return self._store

    def store(self, create: bool = True) -> Any:
        """The open store (the notes use it too); None when there is none yet and ``create`` is False.

        Raises the core's StoreError (StoreDamaged when the file was damaged and has been set aside:
        asking again then opens a fresh one).
        """
        if self._store is None and not create:
            from weerwoord.core.keeping.store import store_path

            if not store_path(self.data_dir).exists():
                return None
        return self._open()

    def set_pair(self, advice_sha: str, response_sha: str) -> None:
        self.key = (advice_sha, response_sha)

    def load(self) -> Corrections:
        if self.key is None:
            return Corrections()
        if self._store is not None:
            return self._store.load_corrections(*self.key)  # type: ignore[no-any-return]
        from weerwoord.core.keeping.store import load_corrections

        return load_corrections(self.data_dir, *self.key)

    def save(self, corrections: Corrections) -> None:
        if self.key is not None:
            self._open().save_corrections(*self.key, corrections)

    def undo(self) -> Corrections | None:
        if self.key is None:
            return None
        return self._open().undo_corrections(*self.key)  # type: ignore[no-any-return]

    def redo(self) -> Corrections | None:
        if self.key is None:
            return None
        return self._open().redo_corrections(*self.key)  # type: ignore[no-any-return]

    def can_undo(self) -> bool:
        """Whether a stored version comes before the current one (a store from an earlier session counts)."""
        store = self._existing()
        return store is not None and self.key is not None and bool(store.can_undo(*self.key))

    def can_redo(self) -> bool:
        store = self._existing()
        return store is not None and self.key is not None and bool(store.can_redo(*self.key))

    def _existing(self) -> Any:
        """The store when there is one and a pair is open (opening none), else None."""
        if self.key is None:
            return None
        try:
            return self.store(create=False)
        except Exception:  # a store problem surfaces when saving; here it only means "nothing to undo"
            return None

    def reset(self) -> None:
        if self.key is not None:
            self._open().reset_corrections(*self.key)

    def noted_numbers(self) -> set[str]:
        """Recommendation numbers that have notes (only when a store already exists)."""
        if self.key is None:
            return set()
        try:
            from weerwoord.core.keeping.store import store_path

            if self._store is None and not store_path(self.data_dir).exists():
                return set()
            return {n.number for n in self._open().list_notes(*self.key) if n.number}
        except Exception:  # notes are a nicety here; a store problem surfaces when saving
            return set()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
