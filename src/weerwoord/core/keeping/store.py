"""The reader's local SQLite store: notes, corrections (with undo history) and recently opened pairs.

Durability: the database runs in WAL mode with ``synchronous=FULL``. Every change is one
transaction; when a call returns, its commit is in the write-ahead log and fsynced, so it
survives the process being killed *and* a power cut or OS crash. (``NORMAL`` would survive a
killed process too, but may lose the last commits on power loss; a note is the reader's own
writing, worth one fsync — about a millisecond on an SSD.) A GUI that saves as you type should
still call :meth:`Store.update_note` at most a few times a second.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from weerwoord.core.errors import StoreError
from weerwoord.core.keeping.correction_history import HISTORY_LIMIT, CorrectionHistory
from weerwoord.core.keeping.corrections import Corrections
from weerwoord.core.keeping.database import DAMAGE, READ_ONLY, connect, now, plain, retry_busy
from weerwoord.core.keeping.notes_table import NOTE_STATUSES, Note, NoteRecords, NoteStatus, clean_text, default_author
from weerwoord.core.words import N_, _
from weerwoord.paths import data_dir

# what other modules use of the store, kept importable from here
__all__ = [
    "FILENAME",
    "HISTORY_LIMIT",
    "MIGRATIONS",
    "NOTE_STATUSES",
    "SCHEMA_VERSION",
    "Note",
    "NoteStatus",
    "RecentPair",
    "Store",
    "StoreDamaged",
    "clean_text",
    "default_author",
    "load_corrections",
    "now",
    "open_store",
    "store_path",
]

FILENAME = "weerwoord.sqlite3"
_log = logging.getLogger(__name__)
_log.addHandler(logging.NullHandler())  # details go to the program's log when it keeps one, never to the terminal


class StoreDamaged(StoreError):
    """The database was damaged and has been set aside (never deleted); a new one starts next time."""

    def __init__(self, message: str, damaged_path: Path) -> None:
        super().__init__(message)
        self.damaged_path = damaged_path


@dataclass(frozen=True)
class RecentPair:
    """A pair of documents the reader opened, with where the files were last seen."""

    advice_sha: str
    response_sha: str
    advice_path: str
    response_path: str
    opened_at: str


def _v1(db: sqlite3.Connection) -> None:
    db.execute(
        "CREATE TABLE pairs (advice_sha TEXT NOT NULL, response_sha TEXT NOT NULL,"
        " advice_path TEXT NOT NULL, response_path TEXT NOT NULL, opened_at TEXT NOT NULL,"
        " PRIMARY KEY (advice_sha, response_sha))"
    )
    db.execute(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " advice_sha TEXT NOT NULL, response_sha TEXT NOT NULL, number TEXT,"
        " side TEXT CHECK (side IN ('advice', 'response')), anchor TEXT,"
        " text TEXT NOT NULL DEFAULT '',"
        " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'question', 'follow-up', 'done')),"
        " author TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX notes_by_pair ON notes (advice_sha, response_sha, number)")


def _v2(db: sqlite3.Connection) -> None:
    # each save is a new version; ``corrections_head`` says which version is current (undo/redo)
    db.execute(
        "CREATE TABLE corrections (advice_sha TEXT NOT NULL, response_sha TEXT NOT NULL,"
        " version INTEGER NOT NULL, data TEXT NOT NULL, modified TEXT NOT NULL,"
        " PRIMARY KEY (advice_sha, response_sha, version))"
    )
    db.execute(
        "CREATE TABLE corrections_head (advice_sha TEXT NOT NULL, response_sha TEXT NOT NULL,"
        " version INTEGER NOT NULL, PRIMARY KEY (advice_sha, response_sha))"
    )
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


# MIGRATIONS[i] takes a database from user_version i to i + 1. Append only; never edit one that shipped.
MIGRATIONS: Sequence[Callable[[sqlite3.Connection], None]] = (_v1, _v2)
SCHEMA_VERSION = len(MIGRATIONS)


def store_path(override: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(override) / FILENAME


def open_store(override: str | os.PathLike[str] | None = None) -> Store:
    """Open (creating if needed) the store in ``data_dir(override)``. Raises :class:`StoreError`."""
    return Store(store_path(override))


def load_corrections(override: str | os.PathLike[str] | None, advice_sha: str, response_sha: str) -> Corrections:
    """The current corrections for a pair; empty when there is no store yet (none is created)."""
    path = store_path(override)
    if not path.exists():
        return Corrections()
    store = Store(path, backups=False)
    try:
        return store.load_corrections(advice_sha, response_sha)
    finally:
        store.close()


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


class Store(NoteRecords, CorrectionHistory):
    """One open store. Thread-safe (one connection behind a lock); close it when done.

    A store whose folder or file cannot be written to (a read-only data folder, a shared drive) is opened
    read-only: notes and corrections can be read, a change raises :class:`StoreError` saying why
    (:attr:`read_only`). A damaged database is set aside, what SQLite can still read of it is copied into a new
    one, and :class:`StoreDamaged` says so (the next open finds the new one). Once a day a copy is kept in
    ``backups/`` beside the database (:mod:`weerwoord.core.keeping.recovery`).
    """

    what = N_("notes database")

    def __init__(
        self,
        path: Path,
        migrations: Sequence[Callable[[sqlite3.Connection], None]] = MIGRATIONS,
        *,
        backups: bool = True,
    ):
        super().__init__(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            if not self.path.exists():
                said = _("The notes folder {path} cannot be created: {detail}.")
                raise StoreError(said.format(path=self.path.parent, detail=err.strerror or err)) from err
        self._db = self._connect_checked()
        try:
            self._migrate(migrations)
        except BaseException:
            self._db.close()
            raise
        if backups and not self.read_only:
            from weerwoord.core.keeping import recovery

            recovery.daily_backup(self)

    # -- opening -------------------------------------------------------------------------------

    def _writable(self) -> bool:
        """Whether the database (or, before it exists, its folder) can be written to."""
        if self.path.exists():
            return os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK)
        return os.access(self.path.parent, os.W_OK)

    def _connect_checked(self) -> sqlite3.Connection:
        try:
            db = retry_busy(lambda: connect(self.path))
        except sqlite3.Error as err:
            raise self._cannot(N_("The {what} {path} cannot be opened: {detail}"), err) from err
        try:
            retry_busy(lambda: db.execute("PRAGMA schema_version").fetchone())  # opens the file for real
        except sqlite3.Error as err:
            db.close()
            if DAMAGE.search(str(err)):
                raise self._set_aside(str(err)) from err
            if self.path.exists() and (READ_ONLY.search(str(err)) or not self._writable()):
                return self._connect_read_only(err)
            raise self._cannot(N_("The {what} {path} cannot be opened: {detail}"), err) from err
        try:
            rows = retry_busy(lambda: db.execute("PRAGMA integrity_check").fetchall())
            problems = [str(r[0]) for r in rows if str(r[0]) != "ok"]
            detail = problems[0] if problems else ""
        except sqlite3.DatabaseError as err:
            detail = str(err)
            if not DAMAGE.search(detail):  # locked, read-only, out of memory: not the file's fault
                db.close()
                if self.path.exists() and READ_ONLY.search(detail):
                    return self._connect_read_only(err)
                raise self._cannot(N_("The {what} {path} cannot be read: {detail}"), err) from err
        if detail:
            db.close()
            raise self._set_aside(detail)
        try:
            retry_busy(lambda: db.execute("PRAGMA journal_mode=WAL"))
            db.execute("PRAGMA synchronous=FULL")
        except sqlite3.Error as err:
            db.close()
            if READ_ONLY.search(str(err)) or not self._writable():
                return self._connect_read_only(err)
            raise self._cannot(N_("The {what} {path} cannot be used: {detail}"), err) from err
        return db

    def _cannot(self, sentence: str, err: sqlite3.Error) -> StoreError:
        """``sentence`` (``N_``-marked, with ``{what}``, ``{path}`` and ``{detail}``) said about ``err``."""
        detail = plain(err, self.what)
        return StoreError(_(sentence).format(what=self.said(), path=self.path, detail=detail))

    def _connect_read_only(self, why: sqlite3.Error) -> sqlite3.Connection:
        """Open the database for reading only (its folder or file takes no writing)."""
        try:
            db = connect(self.path, read_only=True)
            db.execute("PRAGMA schema_version").fetchone()
        except sqlite3.Error as err:
            raise self._cannot(N_("The {what} {path} cannot be opened, not even for reading: {detail}"), err) from err
        self.read_only = True
        _log.warning("notes database %s opened read-only: %s", self.path, why)
        return db

    def _set_aside(self, detail: str) -> StoreDamaged:
        """Move the damaged database away (never deleted), copy what can still be read of it into a new one."""
        _log.warning("notes database %s is damaged: %s", self.path, detail)
        damaged = self.path.with_name(f"{self.path.name}.damaged-{_stamp()}")
        n = 1
        while damaged.exists():
            n += 1
            damaged = self.path.with_name(f"{self.path.name}.damaged-{_stamp()}-{n}")
        try:
            os.replace(self.path, damaged)
            for extra in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + extra)
                if side.exists():
                    os.replace(side, damaged.with_name(damaged.name + extra))
        except OSError as err:
            return StoreDamaged(
                _(
                    "The notes database {path} is damaged and could not be set aside ({detail}). Copy it somewhere "
                    "safe, then move it away to start afresh."
                ).format(path=self.path, detail=err.strerror or err),
                self.path,
            )
        from weerwoord.core.keeping import recovery

        try:
            saved = recovery.salvage(damaged, self.path)
        except (StoreError, sqlite3.Error, OSError) as err:
            _log.warning("nothing could be recovered from %s: %s", damaged, err)
            saved = None
        if saved is None or not saved.anything:
            found = _("Nothing could be read from it; a new, empty notes database will be started.")
        else:
            found = _("What could still be read is in a new notes database: {summary}.").format(summary=saved.summary())
        return StoreDamaged(
            _(
                "The notes database was damaged. It has been kept, untouched, as {path}. {found} Your documents are "
                "not affected."
            ).format(path=damaged, found=found),
            damaged,
        )

    def backup(self, dest: Path) -> Path:
        """A consistent copy of the whole database (WAL included) at ``dest``."""
        try:
            target = sqlite3.connect(dest)
            try:
                with self._lock:
                    self._db.backup(target)
            finally:
                target.close()
        except (sqlite3.Error, OSError) as err:
            detail = plain(err, self.what)
            said = _("A backup of the notes database could not be written to {path}: {detail}")
            raise StoreError(said.format(path=dest, detail=detail)) from err
        return dest

    def _read_only_error(self) -> StoreError:
        return StoreError(
            _(
                "The notes folder {path} is read-only: your notes can be read but not changed. Copy the folder "
                "somewhere you can write to, or ask for write access."
            ).format(path=self.path.parent)
        )

    def _before_migrating(self, version: int) -> None:
        if version > 0:
            self.backup(self.path.with_name(f"{self.path.name}.backup-v{version}-{_stamp()}"))

    # -- pairs ---------------------------------------------------------------------------------

    def remember_pair(self, advice_sha: str, response_sha: str, advice_path: str, response_path: str) -> None:
        """Record that a pair was opened (for the "recent" list)."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO pairs VALUES (?, ?, ?, ?, ?) ON CONFLICT (advice_sha, response_sha) DO UPDATE"
                " SET advice_path = excluded.advice_path, response_path = excluded.response_path,"
                " opened_at = excluded.opened_at",
                (advice_sha, response_sha, str(advice_path), str(response_path), now()),
            )

    def recent_pairs(self, limit: int = 20) -> list[RecentPair]:
        rows = self._query("SELECT * FROM pairs ORDER BY opened_at DESC, rowid DESC LIMIT ?", (limit,))
        return [_recent(r) for r in rows]

    def earlier_versions(
        self, advice_path: str, response_path: str, advice_sha: str, response_sha: str
    ) -> list[RecentPair]:
        """Pairs opened from the same files but with other content (a revision), newest first."""
        rows = self._query(
            "SELECT * FROM pairs WHERE (advice_path = ? OR response_path = ?)"
            " AND NOT (advice_sha = ? AND response_sha = ?) ORDER BY opened_at DESC",
            (str(advice_path), str(response_path), advice_sha, response_sha),
        )
        return [_recent(r) for r in rows]

    # -- settings ------------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        rows = self._query("SELECT value FROM settings WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO settings VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def _recent(r: sqlite3.Row) -> RecentPair:
    return RecentPair(r["advice_sha"], r["response_sha"], r["advice_path"], r["response_path"], r["opened_at"])
