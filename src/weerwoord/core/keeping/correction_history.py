"""The reader's corrections in the store: each save a new version, undo and redo by moving the current one."""

from __future__ import annotations

import json
import sqlite3

from weerwoord.core.errors import StoreError
from weerwoord.core.keeping.corrections import Corrections
from weerwoord.core.keeping.database import Database, now
from weerwoord.core.words import _

HISTORY_LIMIT = 200  # correction versions kept per pair for undo


class CorrectionHistory(Database):
    """The corrections tables of the store (:class:`~weerwoord.core.keeping.store.Store` is one)."""

    def _head(self, advice_sha: str, response_sha: str) -> int:
        rows = self._query(
            "SELECT version FROM corrections_head WHERE advice_sha = ? AND response_sha = ?",
            (advice_sha, response_sha),
        )
        return int(rows[0][0]) if rows else 0

    def load_corrections(self, advice_sha: str, response_sha: str) -> Corrections:
        """The current corrections (empty: the automatic analysis stands)."""
        rows = self._query(
            "SELECT c.data FROM corrections c"
            " JOIN corrections_head h USING (advice_sha, response_sha, version)"
            " WHERE c.advice_sha = ? AND c.response_sha = ?",
            (advice_sha, response_sha),
        )
        if not rows:
            return Corrections()
        try:
            return Corrections.from_json(json.loads(rows[0][0]))
        except (ValueError, TypeError, KeyError) as err:
            said = _("The stored corrections for this pair cannot be read: {detail}.")
            raise StoreError(said.format(detail=err)) from err

    def save_corrections(self, advice_sha: str, response_sha: str, corrections: Corrections) -> int:
        """Store a new version (dropping any redo versions); returns its version number."""
        data = json.dumps(corrections.to_json(), ensure_ascii=False, sort_keys=True)
        with self._transaction() as db:
            head = _head_in(db, advice_sha, response_sha)
            version = head + 1
            db.execute(
                "DELETE FROM corrections WHERE advice_sha = ? AND response_sha = ? AND version >= ?",
                (advice_sha, response_sha, version),
            )
            db.execute(
                "INSERT INTO corrections VALUES (?, ?, ?, ?, ?)",
                (advice_sha, response_sha, version, data, now()),
            )
            db.execute(
                "DELETE FROM corrections WHERE advice_sha = ? AND response_sha = ? AND version <= ?",
                (advice_sha, response_sha, version - HISTORY_LIMIT),
            )
            _set_head(db, advice_sha, response_sha, version)
        return version

    def replace_corrections(self, advice_sha: str, response_sha: str, corrections: Corrections) -> bool:
        """Write ``corrections`` over the current version, as no new step (the same corrections, stored anew: marks
        kept by offsets given their anchors). False when there is no current version."""
        data = json.dumps(corrections.to_json(), ensure_ascii=False, sort_keys=True)
        with self._transaction() as db:
            head = _head_in(db, advice_sha, response_sha)
            if head <= 0:
                return False
            db.execute(
                "UPDATE corrections SET data = ? WHERE advice_sha = ? AND response_sha = ? AND version = ?",
                (data, advice_sha, response_sha, head),
            )
        return True

    def undo_corrections(self, advice_sha: str, response_sha: str) -> Corrections | None:
        """Step back one version; returns the corrections now current, or None if there is nothing to undo."""
        with self._transaction() as db:
            head = _head_in(db, advice_sha, response_sha)
            if head <= 0:
                return None
            oldest = db.execute(
                "SELECT MIN(version) FROM corrections WHERE advice_sha = ? AND response_sha = ?",
                (advice_sha, response_sha),
            ).fetchone()[0]
            target = head - 1
            if oldest is not None and target < int(oldest) and int(oldest) > 1:
                return None  # the versions before were pruned
            _set_head(db, advice_sha, response_sha, target)
        return self.load_corrections(advice_sha, response_sha)

    def redo_corrections(self, advice_sha: str, response_sha: str) -> Corrections | None:
        """Step forward one version after an undo; None if there is nothing to redo."""
        with self._transaction() as db:
            head = _head_in(db, advice_sha, response_sha)
            exists = db.execute(
                "SELECT 1 FROM corrections WHERE advice_sha = ? AND response_sha = ? AND version = ?",
                (advice_sha, response_sha, head + 1),
            ).fetchone()
            if not exists:
                return None
            _set_head(db, advice_sha, response_sha, head + 1)
        return self.load_corrections(advice_sha, response_sha)

    def can_undo(self, advice_sha: str, response_sha: str) -> bool:
        return self._head(advice_sha, response_sha) > 0

    def can_redo(self, advice_sha: str, response_sha: str) -> bool:
        head = self._head(advice_sha, response_sha)
        return bool(
            self._query(
                "SELECT 1 FROM corrections WHERE advice_sha = ? AND response_sha = ? AND version = ?",
                (advice_sha, response_sha, head + 1),
            )
        )

    def reset_corrections(self, advice_sha: str, response_sha: str) -> None:
        """Back to the automatic analysis; saved as a new (empty) version, so it can be undone."""
        self.save_corrections(advice_sha, response_sha, Corrections())


def _head_in(db: sqlite3.Connection, advice_sha: str, response_sha: str) -> int:
    row = db.execute(
        "SELECT version FROM corrections_head WHERE advice_sha = ? AND response_sha = ?",
        (advice_sha, response_sha),
    ).fetchone()
    return int(row[0]) if row else 0


def _set_head(db: sqlite3.Connection, advice_sha: str, response_sha: str, version: int) -> None:
    db.execute(
        "INSERT INTO corrections_head VALUES (?, ?, ?) ON CONFLICT (advice_sha, response_sha)"
        " DO UPDATE SET version = excluded.version",
        (advice_sha, response_sha, version),
    )
