"""The register's own SQLite database (``register.sqlite3`` in the data folder): what the reader keeps.

Commitments as items with a stable id (found again by their text anchor when a pair is analysed again), the
reader's status for each (open, done, dropped) with its history (who, when), edits of who, what and deadline,
edits of a pair's body, title and dates, and a note per recommendation.

Durability as the notes store: WAL, ``synchronous=FULL``, every change one transaction; the schema's version is
``PRAGMA user_version``, read and migrated inside the same write transaction (two programs opening an old
database at once cannot both migrate it).
"""

from __future__ import annotations

import getpass
import json
import os
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from weerwoord.core.errors import StoreError
from weerwoord.core.keeping.anchor import Anchor, resolve
from weerwoord.core.keeping.database import Database, connect, retry_busy
from weerwoord.core.register.commitments import Commitment
from weerwoord.core.words import N_, _
from weerwoord.paths import data_dir

FILENAME = "register.sqlite3"
Status = Literal["open", "done", "dropped"]
STATUSES: tuple[Status, ...] = ("open", "done", "dropped")
PAIR_FIELDS = ("body", "title", "advice_date", "response_date")
ITEM_FIELDS = ("who", "what", "deadline")


def _v1(db: sqlite3.Connection) -> None:
    db.execute(
        "CREATE TABLE pair_fields (pair_key TEXT NOT NULL, field TEXT NOT NULL"
        " CHECK (field IN ('body', 'title', 'advice_date', 'response_date')), value TEXT NOT NULL,"
        " author TEXT NOT NULL, modified TEXT NOT NULL, PRIMARY KEY (pair_key, field))"
    )
    # who, what, deadline: NULL while the reader has not changed them (the analysis's then stand)
    db.execute(
        "CREATE TABLE items (id INTEGER PRIMARY KEY AUTOINCREMENT, pair_key TEXT NOT NULL, number TEXT NOT NULL,"
        " anchor TEXT NOT NULL, who TEXT, what TEXT, deadline TEXT,"
        " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),"
        " created TEXT NOT NULL, modified TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX items_by_pair ON items (pair_key, number)")
    db.execute(
        "CREATE TABLE item_history (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " item_id INTEGER NOT NULL REFERENCES items (id), field TEXT NOT NULL, value TEXT NOT NULL,"
        " author TEXT NOT NULL, at TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX history_by_item ON item_history (item_id)")
    db.execute(
        "CREATE TABLE row_notes (pair_key TEXT NOT NULL, number TEXT NOT NULL, text TEXT NOT NULL,"
        " author TEXT NOT NULL, modified TEXT NOT NULL, PRIMARY KEY (pair_key, number))"
    )


def _v2(db: sqlite3.Connection) -> None:
    # what the register window reads: the library folder opened, what was dropped on it since, and the pairs'
    # folders the reader removed from it (a sub-folder of a library, left out when it is scanned)
    db.execute(
        "CREATE TABLE sources (position INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL UNIQUE,"
        " kind TEXT NOT NULL CHECK (kind IN ('library', 'added', 'left_out')), added TEXT NOT NULL)"
    )


# MIGRATIONS[i] takes the database from user_version i to i + 1. Append only; never edit one that shipped.
MIGRATIONS: Sequence[Callable[[sqlite3.Connection], None]] = (_v1, _v2)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def default_author() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "reader"


@dataclass(frozen=True)
class Change:
    """One entry of an item's history: the field (``status``, ``who``, …), its new value, who, when."""

    field: str
    value: str
    author: str
    at: str


@dataclass(frozen=True)
class StoredItem:
    id: int
    pair_key: str
    number: str
    anchor: Anchor
    who: str | None
    what: str | None
    deadline: str | None
    status: Status


_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


class Ledger(Database):
    """One open register database. Thread-safe (one connection behind a lock); close it when done."""

    what = N_("register database")

    def __init__(self, path: Path, migrations: Sequence[Callable[[sqlite3.Connection], None]] = MIGRATIONS):
        super().__init__(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = retry_busy(lambda: connect(self.path))
        except (OSError, sqlite3.Error) as err:
            raise StoreError(
                _("The register database {path} cannot be opened: {detail}.").format(path=self.path, detail=err)
            ) from err
        try:
            retry_busy(lambda: self._db.execute("PRAGMA journal_mode=WAL"))
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate(migrations)
        except sqlite3.Error as err:
            self._db.close()
            raise StoreError(
                _("The register database {path} cannot be used: {detail}.").format(path=self.path, detail=err)
            ) from err
        except BaseException:
            self._db.close()
            raise

    # -- items ---------------------------------------------------------------------------------

    def identify(self, pairs: Sequence[tuple[str, Sequence[Commitment], dict[str, str]]]) -> list[list[int]]:
        """For each ``(pair_key, commitments, replies)``: the ids of the commitments in order. An item kept
        earlier whose anchor finds the same sentence (verbatim, or in the revised reply ``replies[number]``)
        keeps its id; a new one becomes an open item. One transaction for all."""
        with self._transaction() as db:
            out: list[list[int]] = []
            stamp = now()
            for pair_key, found, replies in pairs:
                rows = db.execute("SELECT * FROM items WHERE pair_key = ? ORDER BY id", (pair_key,)).fetchall()
                kept = [_item(r) for r in rows]
                claimed: set[int] = set()
                ids: list[int] = []
                for c in found:
                    anchor = Anchor.from_json(c.anchor)
                    match = _match(anchor, c, [k for k in kept if k.id not in claimed], replies.get(c.number, ""))
                    if match is None:
                        cur = db.execute(
                            "INSERT INTO items (pair_key, number, anchor, created, modified) VALUES (?, ?, ?, ?, ?)",
                            (pair_key, c.number, json.dumps(c.anchor, ensure_ascii=False), stamp, stamp),
                        )
                        match = int(cur.lastrowid or 0)
                    claimed.add(match)
                    ids.append(match)
                out.append(ids)
            return out

    def items(self, ids: Sequence[int] | None = None) -> dict[int, StoredItem]:
        rows = self._query("SELECT * FROM items")
        wanted = set(ids) if ids is not None else None
        return {r["id"]: _item(r) for r in rows if wanted is None or r["id"] in wanted}

    def set_status(self, item_id: int, status: Status, author: str | None = None) -> None:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        self._change(item_id, "status", status, author)

    def edit(self, item_id: int, field: str, value: str | None, author: str | None = None) -> None:
        """Change who, what or the deadline (ISO 8601 or '' for undated); ``None`` returns to the analysis's."""
        if field not in ITEM_FIELDS:
            raise ValueError(f"unknown field {field!r}")
        if field == "deadline" and value:
            datetime.strptime(value, "%Y-%m-%d")  # ValueError: not an ISO date
        self._change(item_id, field, value, author)

    def _change(self, item_id: int, field: str, value: str | None, author: str | None) -> None:
        stamp = now()
        with self._transaction() as db:
            cur = db.execute(f"UPDATE items SET {field} = ?, modified = ? WHERE id = ?", (value, stamp, item_id))
            if cur.rowcount != 1:
                raise StoreError(_("There is no commitment {id} in the register.").format(id=item_id))
            db.execute(
                "INSERT INTO item_history (item_id, field, value, author, at) VALUES (?, ?, ?, ?, ?)",
                (item_id, field, "" if value is None else value, author or default_author(), stamp),
            )

    def history(self, item_id: int) -> list[Change]:
        rows = self._query("SELECT * FROM item_history WHERE item_id = ? ORDER BY id", (item_id,))
        return [Change(r["field"], r["value"], r["author"], r["at"]) for r in rows]

    def all_history(self) -> dict[int, list[Change]]:
        out: dict[int, list[Change]] = {}
        for r in self._query("SELECT * FROM item_history ORDER BY id"):
            out.setdefault(r["item_id"], []).append(Change(r["field"], r["value"], r["author"], r["at"]))
        return out

    # -- pairs and rows ------------------------------------------------------------------------

    def set_pair_field(self, pair_key: str, field: str, value: str | None, author: str | None = None) -> None:
        """The reader's body, title, advice date or response date of a pair (``None``: the documents' again)."""
        if field not in PAIR_FIELDS:
            raise ValueError(f"unknown field {field!r}")
        with self._transaction() as db:
            if value is None:
                db.execute("DELETE FROM pair_fields WHERE pair_key = ? AND field = ?", (pair_key, field))
            else:
                db.execute(
                    "INSERT OR REPLACE INTO pair_fields VALUES (?, ?, ?, ?, ?)",
                    (pair_key, field, value, author or default_author(), now()),
                )

    def pair_fields(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for r in self._query("SELECT pair_key, field, value FROM pair_fields"):
            out.setdefault(r["pair_key"], {})[r["field"]] = r["value"]
        return out

    def set_note(self, pair_key: str, number: str, text: str, author: str | None = None) -> None:
        with self._transaction() as db:
            if text.strip():
                db.execute(
                    "INSERT OR REPLACE INTO row_notes VALUES (?, ?, ?, ?, ?)",
                    (pair_key, number, text, author or default_author(), now()),
                )
            else:
                db.execute("DELETE FROM row_notes WHERE pair_key = ? AND number = ?", (pair_key, number))

    def notes(self) -> dict[tuple[str, str], str]:
        return {(r["pair_key"], r["number"]): r["text"] for r in self._query("SELECT * FROM row_notes")}

    # -- the library the window keeps ----------------------------------------------------------

    def sources(self) -> Sources:
        rows = self._query("SELECT path, kind FROM sources ORDER BY position")
        library = next((r["path"] for r in rows if r["kind"] == "library"), "")
        added = tuple(r["path"] for r in rows if r["kind"] == "added")
        return Sources(library, added, frozenset(r["path"] for r in rows if r["kind"] == "left_out"))

    def open_library(self, folder: str) -> None:
        """``folder`` is the library from now on. Another folder than the one kept starts afresh (what was
        added to and removed from the old one is forgotten); the same folder keeps them."""
        with self._transaction() as db:
            kept = db.execute("SELECT path FROM sources WHERE kind = 'library'").fetchone()
            if kept is None or kept["path"] != folder:
                db.execute("DELETE FROM sources")
                db.execute("INSERT INTO sources (path, kind, added) VALUES (?, 'library', ?)", (folder, now()))

    def add_sources(self, paths: Sequence[str]) -> None:
        """Folders and documents dropped on the register, kept after those there already (a library's pair
        removed before comes back where it was)."""
        with self._transaction() as db:
            for path in paths:
                back = db.execute("DELETE FROM sources WHERE path = ? AND kind = 'left_out'", (path,))
                if back.rowcount == 0:
                    db.execute(
                        "INSERT OR IGNORE INTO sources (path, kind, added) VALUES (?, 'added', ?)", (path, now())
                    )

    def remove_pair(self, folder: str, files: Sequence[str]) -> None:
        """A pair taken out of the register: its documents or its folder when they were added as such, else
        its folder is left out of the library it is a sub-folder of."""
        given = [folder, *files]
        with self._transaction() as db:
            marks = ",".join("?" * len(given))
            cur = db.execute(f"DELETE FROM sources WHERE kind = 'added' AND path IN ({marks})", given)
            if cur.rowcount == 0:
                cur = db.execute("DELETE FROM sources WHERE kind = 'library' AND path = ?", (folder,))
            if cur.rowcount == 0:
                db.execute(
                    "INSERT OR IGNORE INTO sources (path, kind, added) VALUES (?, 'left_out', ?)", (folder, now())
                )

    def restore_sources(self, before: Sources) -> None:
        """Make the kept sources ``before`` again, in one transaction (the reader's undo of a removal): the same
        library, what was added in the same order, the same sub-folders left out. A crash halfway leaves the
        sources as they were before the call, never half of each."""
        with self._transaction() as db:
            db.execute("DELETE FROM sources")
            rows = ([(before.library, "library")] if before.library else []) + [(p, "added") for p in before.added]
            rows += [(p, "left_out") for p in sorted(before.left_out)]
            stamp = now()
            db.executemany(
                "INSERT OR IGNORE INTO sources (path, kind, added) VALUES (?, ?, ?)", [(p, k, stamp) for p, k in rows]
            )


@dataclass(frozen=True)
class Sources:
    """The library the register window keeps: the folder opened (or ''), what was dropped since (folders and
    documents, in order) and the pairs' folders the reader removed."""

    library: str = ""
    added: tuple[str, ...] = ()
    left_out: frozenset[str] = frozenset()

    @property
    def paths(self) -> list[str]:
        """What the register is built from: the library folder first, then what was added."""
        return ([self.library] if self.library else []) + list(self.added)


def _item(r: sqlite3.Row) -> StoredItem:
    return StoredItem(
        r["id"], r["pair_key"], r["number"], Anchor.from_json(json.loads(r["anchor"])), r["who"], r["what"],
        r["deadline"], r["status"],
    )  # fmt: skip


def _match(anchor: Anchor, c: Commitment, kept: Sequence[StoredItem], reply: str) -> int | None:
    same_number = [k for k in kept if k.number == c.number]
    exact = _norm(anchor.exact)
    verbatim = [k for k in same_number if _norm(k.anchor.exact) == exact]
    if verbatim:
        # repeats of one sentence: the one whose context is the same
        verbatim.sort(key=lambda k: (k.anchor.prefix != anchor.prefix) + (k.anchor.suffix != anchor.suffix))
        return verbatim[0].id
    if not reply:
        return None
    for k in same_number:
        pos = resolve(k.anchor, [reply])
        if pos is not None and pos.start < anchor.end and anchor.start < pos.end:
            return k.id
    return None


def ledger_path(override: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(override) / FILENAME


def open_ledger(override: str | os.PathLike[str] | None = None) -> Ledger:
    """The register database in ``data_dir(override)`` (made when missing). Raises :class:`StoreError`."""
    return Ledger(ledger_path(override))
