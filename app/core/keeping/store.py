"""The reader's local SQLite store: notes, corrections (with undo history) and recently opened pairs.

Durability: the database runs in WAL mode with ``synchronous=FULL``. Every change is one
transaction; when a call returns, its commit is in the write-ahead log and fsynced, so it
survives the process being killed *and* a power cut or OS crash. (``NORMAL`` would survive a
killed process too, but may lose the last commits on power loss; a note is the reader's own
writing, worth one fsync — about a millisecond on an SSD.) A GUI that saves as you type should
still call :meth:`Store.update_note` at most a few times a second.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, TypeVar

from app.core.errors import StoreError
from app.core.keeping.anchor import SIDES, Anchor, Side
from app.core.keeping.corrections import Corrections
from app.paths import data_dir

FILENAME = "weerwoord.sqlite3"
T = TypeVar("T")
_log = logging.getLogger(__name__)
_log.addHandler(logging.NullHandler())  # details go to the program's log when it keeps one, never to the terminal
NoteStatus = Literal["open", "question", "follow-up", "done"]
NOTE_STATUSES: tuple[NoteStatus, ...] = ("open", "question", "follow-up", "done")
HISTORY_LIMIT = 200  # correction versions kept per pair for undo
_DAMAGE = re.compile(r"not a database|malformed|corrupt|damaged", re.IGNORECASE)


class StoreDamaged(StoreError):
    """The database was damaged and has been set aside (never deleted); a new one starts next time."""

    def __init__(self, message: str, damaged_path: Path) -> None:
        super().__init__(message)
        self.damaged_path = damaged_path


@dataclass(frozen=True)
class Note:
    """A note of the reader on a pair of documents, optionally on a recommendation and a passage."""

    id: int
    advice_sha: str
    response_sha: str
    number: str | None
    side: Side | None
    anchor: Anchor | None
    text: str
    status: NoteStatus
    author: str
    created: str  # ISO 8601, UTC
    modified: str


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


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def default_author() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "reader"


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


_READ_ONLY = re.compile(r"readonly|read-only|unable to open database file", re.IGNORECASE)
_BUSY = re.compile(r"locked|busy", re.IGNORECASE)
BUSY_SECONDS = 10.0  # how long a database another process is creating or changing is waited for


def _retry_busy(step: Callable[[], T]) -> T:
    """``step()``, tried again for a while when another process holds the database (SQLite's own wait does not
    cover every case: changing the journal mode, a schema another process is writing)."""
    waited = 0.0
    while True:
        try:
            return step()
        except sqlite3.OperationalError as err:
            if not _BUSY.search(str(err)) or waited >= BUSY_SECONDS:
                raise
            time.sleep(0.05)
            waited += 0.05


def _plain(err: BaseException) -> str:
    """What went wrong in words, without SQLite's own (which the log keeps)."""
    text = str(err)
    _log.info("notes database: %s", text)
    if _BUSY.search(text):
        return "another Weerwoord is using it right now; try again in a moment."
    if "readonly" in text or "read-only" in text:
        return "its folder or file is read-only."
    if "disk is full" in text or "database or disk is full" in text:
        return "the disk is full."
    if "unable to open" in text:
        return "the file or its folder cannot be reached (missing, or no permission)."
    if _DAMAGE.search(text):
        return "the file is damaged."
    if "disk I/O" in text:
        return "the disk reported an error while reading or writing it."
    return "SQLite reported a problem (the details are in the log)."


# control characters a note may not hold: all but tab and newline (a form feed pasted from a PDF made the
# exported XFDF malformed and the Word briefing fail, so that pair could no longer be exported)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text: str) -> str:
    """``text`` without control characters other than newline and tab (a carriage return becomes a newline)."""
    if text.isprintable():
        return text
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


class Store:
    """One open store. Thread-safe (one connection behind a lock); close it when done.

    A store whose folder or file cannot be written to (a read-only data folder, a shared drive) is opened
    read-only: notes and corrections can be read, a change raises :class:`StoreError` saying why
    (:attr:`read_only`). A damaged database is set aside, what SQLite can still read of it is copied into a new
    one, and :class:`StoreDamaged` says so (the next open finds the new one). Once a day a copy is kept in
    ``backups/`` beside the database (:mod:`app.core.keeping.recovery`).
    """

    def __init__(
        self,
        path: Path,
        migrations: Sequence[Callable[[sqlite3.Connection], None]] = MIGRATIONS,
        *,
        backups: bool = True,
    ):
        self.path = Path(path)
        self.read_only = False
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            if not self.path.exists():
                raise StoreError(
                    f"The notes folder {self.path.parent} cannot be created: {err.strerror or err}."
                ) from err
        self._db = self._connect_checked()
        try:
            self._migrate(migrations)
        except BaseException:
            self._db.close()
            raise
        if backups and not self.read_only:
            from app.core.keeping import recovery

            recovery.daily_backup(self)

    # -- opening -------------------------------------------------------------------------------

    def _connect(self, read_only: bool = False) -> sqlite3.Connection:
        if read_only:  # immutable: no -shm or -wal to create in a folder that takes none
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            db = sqlite3.connect(uri, uri=True, timeout=10.0, isolation_level=None, check_same_thread=False)
        else:
            db = sqlite3.connect(self.path, timeout=10.0, isolation_level=None, check_same_thread=False)
        db.row_factory = sqlite3.Row
        return db

    def _writable(self) -> bool:
        """Whether the database (or, before it exists, its folder) can be written to."""
        if self.path.exists():
            return os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK)
        return os.access(self.path.parent, os.W_OK)

    def _connect_checked(self) -> sqlite3.Connection:
        try:
            db = _retry_busy(lambda: self._connect())
        except sqlite3.Error as err:
            raise StoreError(f"The notes database {self.path} cannot be opened: {_plain(err)}") from err
        try:
            _retry_busy(lambda: db.execute("PRAGMA schema_version").fetchone())  # opens the file for real
        except sqlite3.Error as err:
            db.close()
            if _DAMAGE.search(str(err)):
                raise self._set_aside(str(err)) from err
            if self.path.exists() and (_READ_ONLY.search(str(err)) or not self._writable()):
                return self._connect_read_only(err)
            raise StoreError(f"The notes database {self.path} cannot be opened: {_plain(err)}") from err
        try:
            rows = _retry_busy(lambda: db.execute("PRAGMA integrity_check").fetchall())
            problems = [str(r[0]) for r in rows if str(r[0]) != "ok"]
            detail = problems[0] if problems else ""
        except sqlite3.DatabaseError as err:
            detail = str(err)
            if not _DAMAGE.search(detail):  # locked, read-only, out of memory: not the file's fault
                db.close()
                if self.path.exists() and _READ_ONLY.search(detail):
                    return self._connect_read_only(err)
                raise StoreError(f"The notes database {self.path} cannot be read: {_plain(err)}") from err
        if detail:
            db.close()
            raise self._set_aside(detail)
        try:
            _retry_busy(lambda: db.execute("PRAGMA journal_mode=WAL"))
            db.execute("PRAGMA synchronous=FULL")
        except sqlite3.Error as err:
            db.close()
            if _READ_ONLY.search(str(err)) or not self._writable():
                return self._connect_read_only(err)
            raise StoreError(f"The notes database {self.path} cannot be used: {_plain(err)}") from err
        return db

    def _connect_read_only(self, why: sqlite3.Error) -> sqlite3.Connection:
        """Open the database for reading only (its folder or file takes no writing)."""
        try:
            db = self._connect(read_only=True)
            db.execute("PRAGMA schema_version").fetchone()
        except sqlite3.Error as err:
            raise StoreError(
                f"The notes database {self.path} cannot be opened, not even for reading: {_plain(err)}"
            ) from err
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
                f"The notes database {self.path} is damaged and could not be set aside"
                f" ({err.strerror or err}). Copy it somewhere safe, then move it away to start afresh.",
                self.path,
            )
        from app.core.keeping import recovery

        try:
            saved = recovery.salvage(damaged, self.path)
        except (StoreError, sqlite3.Error, OSError) as err:
            _log.warning("nothing could be recovered from %s: %s", damaged, err)
            saved = None
        if saved is None or not saved.anything:
            found = "Nothing could be read from it; a new, empty notes database will be started."
        else:
            found = f"What could still be read is in a new notes database: {saved.summary()}."
        return StoreDamaged(
            f"The notes database was damaged. It has been kept, untouched, as {damaged}. {found}"
            " Your documents are not affected.",
            damaged,
        )

    def _migrate(self, migrations: Sequence[Callable[[sqlite3.Connection], None]]) -> None:
        version = int(_retry_busy(lambda: self._db.execute("PRAGMA user_version").fetchone())[0])
        target = len(migrations)
        if version > target:
            raise StoreError(
                f"The notes database {self.path} was written by a newer version of Weerwoord"
                f" (schema {version}, this version knows {target}). Please update Weerwoord."
            )
        if version == target:
            return
        if self.read_only:
            raise StoreError(
                f"The notes database {self.path} needs an update this version makes, but its folder is read-only."
            )
        if version > 0:
            self.backup(self.path.with_name(f"{self.path.name}.backup-v{version}-{_stamp()}"))
        with self._transaction() as db:
            # read again inside the write transaction: another process may have created or updated the
            # database since (two windows started at once); every migration goes through here
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            for step in range(version, target):
                migrations[step](db)
            if version < target:
                db.execute(f"PRAGMA user_version = {target}")

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
            raise StoreError(f"A backup of the notes database could not be written to {dest}: {_plain(err)}") from err
        return dest

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self.read_only:
                raise StoreError(
                    f"The notes folder {self.path.parent} is read-only: your notes can be read but not changed."
                    " Copy the folder somewhere you can write to, or ask for write access."
                )
            try:
                _retry_busy(lambda: self._db.execute("BEGIN IMMEDIATE"))
            except sqlite3.Error as err:
                raise StoreError(f"The notes database {self.path} cannot be changed: {_plain(err)}") from err
            try:
                yield self._db
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as err:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise StoreError(f"The change could not be saved to {self.path}: {_plain(err)}") from err

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.Error as err:
                raise StoreError(f"The notes database {self.path} cannot be read: {_plain(err)}") from err

    def integrity(self) -> str:
        """``"ok"`` or SQLite's first complaint."""
        return str(self._query("PRAGMA integrity_check")[0][0])

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

    def carry_notes(self, from_advice: str, from_response: str, advice_sha: str, response_sha: str) -> list[Note]:
        """Copy the notes of an earlier version of a pair to this version (their anchors find their passages again,
        or the notes show as orphaned); the earlier version keeps its own. Returns the new notes."""
        with self._transaction() as db:
            rows = db.execute(
                "SELECT * FROM notes WHERE advice_sha = ? AND response_sha = ? ORDER BY id",
                (from_advice, from_response),
            ).fetchall()
            for r in rows:
                db.execute(
                    "INSERT INTO notes (advice_sha, response_sha, number, side, anchor, text, status, author,"
                    " created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        advice_sha,
                        response_sha,
                        r["number"],
                        r["side"],
                        r["anchor"],
                        r["text"],
                        r["status"],
                        r["author"],
                        r["created"],
                        r["modified"],
                    ),
                )
        return self.list_notes(advice_sha, response_sha)

    # -- notes ---------------------------------------------------------------------------------

    def add_note(
        self,
        advice_sha: str,
        response_sha: str,
        text: str = "",
        *,
        number: str | None = None,
        side: Side | None = None,
        anchor: Anchor | None = None,
        status: NoteStatus = "open",
        author: str | None = None,
        created: str | None = None,
        modified: str | None = None,
    ) -> Note:
        """Add a note; returns it with its id once it is safely on disk. ``created``/``modified``: the times of a
        note brought in from elsewhere (an imported review), else now."""
        _check(status, side)
        text = clean_text(text)
        stamp = created or now()
        changed = modified or stamp
        who = clean_text(author or default_author())
        if side is None and anchor is not None:
            side = anchor.side
        with self._transaction() as db:
            cur = db.execute(
                "INSERT INTO notes (advice_sha, response_sha, number, side, anchor, text, status, author,"
                " created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    advice_sha,
                    response_sha,
                    number,
                    side,
                    _anchor_json(anchor),
                    text,
                    status,
                    who,
                    stamp,
                    changed,
                ),
            )
            note_id = int(cur.lastrowid or 0)
        return Note(note_id, advice_sha, response_sha, number, side, anchor, text, status, who, stamp, changed)

    _UNSET: object = object()

    def update_note(
        self,
        note_id: int,
        *,
        text: str | None = None,
        status: NoteStatus | None = None,
        number: str | object | None = _UNSET,
        anchor: Anchor | object | None = _UNSET,
    ) -> str:
        """Change a note: one small UPDATE, cheap enough to call while typing. Returns the new time."""
        sets: list[str] = []
        params: list[object] = []
        if text is not None:
            sets.append("text = ?")
            params.append(clean_text(text))
        if status is not None:
            _check(status, None)
            sets.append("status = ?")
            params.append(status)
        if number is not Store._UNSET:
            sets.append("number = ?")
            params.append(number)
        if anchor is not Store._UNSET:
            if anchor is not None and not isinstance(anchor, Anchor):
                raise TypeError("anchor must be an Anchor or None")
            sets.append("anchor = ?")
            params.append(_anchor_json(anchor))
        stamp = now()
        sets.append("modified = ?")
        params.append(stamp)
        with self._transaction() as db:
            cur = db.execute(f"UPDATE notes SET {', '.join(sets)} WHERE id = ?", (*params, note_id))
            if cur.rowcount != 1:
                raise StoreError(f"Note {note_id} no longer exists.")
        return stamp

    def delete_note(self, note_id: int) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    def restore_note(self, note: Note) -> Note:
        """Put a deleted note back exactly as it was (same id and times): the undo of :meth:`delete_note`.

        Ids are never reused (AUTOINCREMENT), so the old id is free unless the note was never deleted.
        """
        _check(note.status, note.side)
        with self._transaction() as db:
            try:
                db.execute(
                    "INSERT INTO notes (id, advice_sha, response_sha, number, side, anchor, text, status, author,"
                    " created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        note.id,
                        note.advice_sha,
                        note.response_sha,
                        note.number,
                        note.side,
                        _anchor_json(note.anchor),
                        clean_text(note.text),
                        note.status,
                        note.author,
                        note.created,
                        note.modified,
                    ),
                )
            except sqlite3.IntegrityError as err:
                raise StoreError(f"Note {note.id} cannot be restored: it still exists.") from err
        return note

    def get_note(self, note_id: int) -> Note | None:
        rows = self._query("SELECT * FROM notes WHERE id = ?", (note_id,))
        return _note(rows[0]) if rows else None

    def list_notes(
        self,
        advice_sha: str,
        response_sha: str,
        number: str | None = None,
        status: NoteStatus | None = None,
    ) -> list[Note]:
        """Notes of a pair, oldest first; only those on recommendation ``number`` / of ``status``."""
        sql = "SELECT * FROM notes WHERE advice_sha = ? AND response_sha = ?"
        params: list[object] = [advice_sha, response_sha]
        if number is not None:
            sql += " AND number = ?"
            params.append(number)
        if status is not None:
            sql += " AND status = ?"
            params.append(status)
        return [_note(r) for r in self._query(sql + " ORDER BY created, id", params)]

    def all_notes(self) -> list[Note]:
        """Every note of every pair, by pair and then oldest first (what "export all notes" writes)."""
        rows = self._query("SELECT * FROM notes ORDER BY advice_sha, response_sha, created, id")
        return [_note(r) for r in rows]

    # -- corrections ---------------------------------------------------------------------------

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
            raise StoreError(f"The stored corrections for this pair cannot be read: {err}.") from err

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


def _check(status: str, side: str | None) -> None:
    if status not in NOTE_STATUSES:
        raise StoreError(f"Unknown note status {status!r}; use one of {', '.join(NOTE_STATUSES)}.")
    if side is not None and side not in SIDES:
        raise StoreError(f"Unknown document side {side!r}; use 'advice' or 'response'.")


def _anchor_json(anchor: Anchor | object | None) -> str | None:
    return json.dumps(anchor.to_json(), ensure_ascii=False) if isinstance(anchor, Anchor) else None


def _recent(r: sqlite3.Row) -> RecentPair:
    return RecentPair(r["advice_sha"], r["response_sha"], r["advice_path"], r["response_path"], r["opened_at"])


def _note(row: sqlite3.Row) -> Note:
    anchor = Anchor.from_json(json.loads(row["anchor"])) if row["anchor"] else None
    side = row["side"] if row["side"] in SIDES else None
    return Note(
        id=int(row["id"]),
        advice_sha=row["advice_sha"],
        response_sha=row["response_sha"],
        number=row["number"],
        side=side,
        anchor=anchor,
        text=clean_text(row["text"]),  # a note stored before control characters were kept out
        status=row["status"],
        author=clean_text(row["author"]),
        created=row["created"],
        modified=row["modified"],
    )
