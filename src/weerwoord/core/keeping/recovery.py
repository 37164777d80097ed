"""The store's safety nets: what can be read of a damaged database copied into a new one, and daily backups."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from weerwoord.core.errors import StoreError
from weerwoord.core.words import _, n_, number

if TYPE_CHECKING:
    from weerwoord.core.keeping.store import Store

TABLES = ("notes", "corrections", "corrections_head", "pairs", "settings")
BATCH = 256  # rows read at a time while the file reads well
MAX_PROBES = 200_000  # rows tried one by one across damaged stretches, per table
BACKUP_FOLDER = "backups"
KEEP = 7  # daily backups kept

_log = logging.getLogger(__name__)
_log.addHandler(logging.NullHandler())  # details go to the program's log when it keeps one, never to the terminal


@dataclass
class Salvaged:
    """What :func:`salvage` copied, and how many rows it found but could not read, per table."""

    rows: dict[str, int] = field(default_factory=dict)
    unreadable: dict[str, int] = field(default_factory=dict)

    @property
    def anything(self) -> bool:
        return any(self.rows.values())

    def summary(self) -> str:
        """In words: '12 notes, corrections of 3 pairs and 5 recently opened pairs; 2 notes could not be read'."""
        notes = self.rows.get("notes", 0)
        parts = [n_("{n} note", "{n} notes", notes).format(n=number(notes))]
        corrected = self.rows.get("corrections_head", 0)
        if corrected:
            parts.append(
                n_("corrections of {n} pair", "corrections of {n} pairs", corrected).format(n=number(corrected))
            )
        pairs = self.rows.get("pairs", 0)
        if pairs:
            parts.append(n_("{n} recently opened pair", "{n} recently opened pairs", pairs).format(n=number(pairs)))
        if len(parts) > 1:
            text = _("{some} and {last}").format(some=", ".join(parts[:-1]), last=parts[-1])
        else:
            text = parts[0]
        lost = self.unreadable.get("notes", 0)
        if lost:
            text += "; " + n_(
                "{n} note stood on the damaged part and could not be read",
                "{n} notes stood on the damaged part and could not be read",
                lost,
            ).format(n=number(lost))
        return text


def salvage(damaged: Path, into: Path) -> Salvaged:
    """Copy every row SQLite can still read from the database ``damaged`` (only read) into a new store at ``into``.

    Table by table; within a table a batch at a time, and where a batch fails (a damaged page) one row at a time
    until the rows read again. Notes keep their ids, corrections their versions.
    """
    from weerwoord.core.keeping.store import Store

    result = Salvaged()
    found: dict[str, tuple[list[str], list[tuple[object, ...]]]] = {}
    try:
        src = sqlite3.connect(f"{Path(damaged).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return result
    try:
        for table in TABLES:
            probe = _Probe()
            columns, rows = _read_table(src, table, probe)
            found[table] = (columns, rows)
            result.unreadable[table] = probe.unreadable
    finally:
        src.close()
    if not any(rows for _, rows in found.values()):
        return result  # nothing to keep: the next start begins with an empty store, as before
    fresh = Store(into, backups=False)
    try:
        for table, (columns, rows) in found.items():
            result.rows[table] = _insert(fresh, table, columns, rows)
    finally:
        fresh.close()
    _log.warning("salvaged from %s: %s, unreadable %s", damaged, result.rows, result.unreadable)
    return result


def _read_table(src: sqlite3.Connection, table: str, probe: _Probe) -> tuple[list[str], list[tuple[object, ...]]]:
    try:
        columns = [d[0] for d in src.execute(f"SELECT * FROM {table} LIMIT 0").description]
    except sqlite3.DatabaseError:
        return [], []  # the table itself cannot be found (its schema stood on a damaged page)
    return columns, [row[1:] for row in _rows(src, table, ", ".join(columns), probe)]


def _insert(dest: Store, table: str, columns: list[str], rows: list[tuple[object, ...]]) -> int:
    known = _columns(dest, table)
    keep = [i for i, c in enumerate(columns) if c in known]
    if not keep or not rows:
        return 0
    names = ", ".join(columns[i] for i in keep)
    insert = f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({', '.join('?' for _ in keep)})"
    copied = 0
    with dest._transaction() as db:
        for row in rows:
            copied += db.execute(insert, [row[i] for i in keep]).rowcount
    return copied


class _Probe:
    unreadable = 0


def _columns(store: Store, table: str) -> set[str]:
    return {str(r[1]) for r in store._query(f"PRAGMA table_info({table})")}


def _rows(src: sqlite3.Connection, table: str, names: str, probe: _Probe) -> Iterator[tuple[object, ...]]:
    """The rows of ``table`` that can be read, in rowid order: ``(rowid, *columns)``."""
    try:
        top = src.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError:
        top = None
    last = 0
    probes = 0
    while True:
        try:
            batch = src.execute(
                f"SELECT rowid, {names} FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT {BATCH}", (last,)
            ).fetchall()
        except sqlite3.DatabaseError:
            if top is None or last >= int(top) or probes >= MAX_PROBES:
                return
            last += 1  # the damaged stretch, one row at a time
            probes += 1
            try:
                row = src.execute(f"SELECT rowid, {names} FROM {table} WHERE rowid = ?", (last,)).fetchone()
            except sqlite3.DatabaseError:
                probe.unreadable += 1
                continue
            if row is not None:
                yield tuple(row)
            continue
        if not batch:
            return
        yield from (tuple(r) for r in batch)
        last = int(batch[-1][0])


def backup_folder(store_path: Path) -> Path:
    return Path(store_path).parent / BACKUP_FOLDER


def daily_backup(store: Store, keep: int = KEEP, today: date | None = None) -> Path | None:
    """Copy the store (SQLite's backup API: consistent while in use) to ``backups/weerwoord-YYYY-MM-DD.sqlite3``
    once a day, keeping the newest ``keep``; None when there is nothing to do. A store without notes or
    corrections is not copied, and a backup that fails is logged, never a reason to stop."""
    folder = backup_folder(store.path)
    dest = folder / f"weerwoord-{(today or date.today()).isoformat()}.sqlite3"
    if dest.exists():
        return None
    try:
        if not store._query("SELECT EXISTS (SELECT 1 FROM notes) OR EXISTS (SELECT 1 FROM corrections)")[0][0]:
            return None
        folder.mkdir(exist_ok=True)
        tmp = folder / f".{dest.name}.tmp"
        store.backup(tmp)
        os.replace(tmp, dest)
    except (OSError, StoreError) as err:
        _log.warning("the daily backup of the notes could not be written to %s: %s", folder, err)
        return None
    for old in sorted(folder.glob("weerwoord-*.sqlite3"))[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return dest


def backups(store_path: Path) -> list[Path]:
    """The daily backups beside the store at ``store_path``, newest first."""
    return sorted(backup_folder(store_path).glob("weerwoord-*.sqlite3"), reverse=True)
