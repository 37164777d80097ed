"""One SQLite database kept safe, the shape the notes store and the register share.

One connection behind a lock; every change one ``BEGIN IMMEDIATE`` transaction, begun again for a while when
another process holds the database, rolled back whole on any error; the schema's version is
``PRAGMA user_version``, read again and migrated inside the write transaction (two programs opening an old
database at once cannot both migrate it); SQLite's complaints put in plain words (the log keeps SQLite's own).
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Self, TypeVar

from weerwoord.core.errors import StoreError
from weerwoord.core.words import N_, _

T = TypeVar("T")
Migration = Callable[[sqlite3.Connection], None]
_log = logging.getLogger(__name__)
_log.addHandler(logging.NullHandler())  # details go to the program's log when it keeps one, never to the terminal

DAMAGE = re.compile(r"not a database|malformed|corrupt|damaged", re.IGNORECASE)
READ_ONLY = re.compile(r"readonly|read-only|unable to open database file", re.IGNORECASE)
BUSY = re.compile(r"locked|busy", re.IGNORECASE)
BUSY_SECONDS = 10.0  # how long a database another process is creating or changing is waited for


def now() -> str:
    """The time of a change: ISO 8601, UTC, to the microsecond."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def retry_busy(step: Callable[[], T]) -> T:
    """``step()``, tried again for a while when another process holds the database (SQLite's own wait does not
    cover every case: changing the journal mode, a schema another process is writing)."""
    waited = 0.0
    while True:
        try:
            return step()
        except sqlite3.OperationalError as err:
            if not BUSY.search(str(err)) or waited >= BUSY_SECONDS:
                raise
            time.sleep(0.05)
            waited += 0.05


def plain(err: BaseException, what: str) -> str:
    """What went wrong in words, without SQLite's own (which the log keeps); ``what``: the database, in words."""
    text = str(err)
    _log.info("%s: %s", what, text)
    if BUSY.search(text):
        return _("another Weerwoord is using it right now; try again in a moment.")
    if "readonly" in text or "read-only" in text:
        return _("its folder or file is read-only.")
    if "disk is full" in text or "database or disk is full" in text:
        return _("the disk is full.")
    if "unable to open" in text:
        return _("the file or its folder cannot be reached (missing, or no permission).")
    if DAMAGE.search(text):
        return _("the file is damaged.")
    if "disk I/O" in text:
        return _("the disk reported an error while reading or writing it.")
    return _("SQLite reported a problem (the details are in the log).")


def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are begun explicitly), rows by column name."""
    if read_only:  # immutable: no -shm or -wal to create in a folder that takes none
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        db = sqlite3.connect(uri, uri=True, timeout=10.0, isolation_level=None, check_same_thread=False)
    else:
        db = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
    db.row_factory = sqlite3.Row
    return db


class Database:
    """One open database. Thread-safe (one connection behind a lock); close it when done.

    A subclass opens ``_db`` and calls :meth:`_migrate`; ``what`` names the database in messages (``N_``-marked,
    said with :meth:`said`).
    """

    what = N_("database")
    _db: sqlite3.Connection

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.read_only = False
        self._lock = threading.RLock()

    def said(self) -> str:
        """The database in words, in the language spoken now ("notes database")."""
        return _(self.what)

    def _read_only_error(self) -> StoreError:
        """What a change of a database opened read-only is refused with."""
        return StoreError(
            _("The {what} {path} is read-only: it can be read but not changed.").format(
                what=self.said(), path=self.path
            )
        )

    def _before_migrating(self, version: int) -> None:
        """Called before a database at schema ``version`` is migrated (a copy of it kept, say)."""

    def _migrate(self, migrations: Sequence[Migration]) -> None:
        """Bring the schema to ``len(migrations)``: ``migrations[i]`` takes it from user_version i to i + 1."""
        version = int(retry_busy(lambda: self._db.execute("PRAGMA user_version").fetchone())[0])
        target = len(migrations)
        if version > target:
            raise self._newer(version, target)
        if version == target:
            return
        if self.read_only:
            raise StoreError(
                _("The {what} {path} needs an update this version makes, but its folder is read-only.").format(
                    what=self.said(), path=self.path
                )
            )
        self._before_migrating(version)
        with self._transaction() as db:
            # read again inside the write transaction: another process may have created or updated the
            # database since (two windows started at once); every migration goes through here
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if version > target:
                raise self._newer(version, target)
            for step in range(version, target):
                migrations[step](db)
            if version < target:
                db.execute(f"PRAGMA user_version = {target}")

    def _newer(self, version: int, target: int) -> StoreError:
        return StoreError(
            _(
                "The {what} {path} was written by a newer version of Weerwoord (schema {version}, this version knows "
                "{target}). Please update Weerwoord."
            ).format(what=self.said(), path=self.path, version=version, target=target)
        )

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self.read_only:
                raise self._read_only_error()
            try:
                retry_busy(lambda: self._db.execute("BEGIN IMMEDIATE"))
            except sqlite3.Error as err:
                detail = plain(err, self.what)
                raise StoreError(
                    _("The {what} {path} cannot be changed: {detail}").format(
                        what=self.said(), path=self.path, detail=detail
                    )
                ) from err
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
                detail = plain(err, self.what)
                raise StoreError(
                    _("The change could not be saved to {path}: {detail}").format(path=self.path, detail=detail)
                ) from err

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.Error as err:
                detail = plain(err, self.what)
                raise StoreError(
                    _("The {what} {path} cannot be read: {detail}").format(
                        what=self.said(), path=self.path, detail=detail
                    )
                ) from err

    def integrity(self) -> str:
        """``"ok"`` or SQLite's first complaint."""
        return str(self._query("PRAGMA integrity_check")[0][0])
