"""The reader's notes in the store: the note, its checks, and adding, changing, listing and carrying notes over."""

from __future__ import annotations

import getpass
import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Literal

from weerwoord.core.errors import StoreError
from weerwoord.core.keeping.anchor import SIDES, Anchor, Side
from weerwoord.core.keeping.database import Database, now
from weerwoord.core.words import _

NoteStatus = Literal["open", "question", "follow-up", "done"]
NOTE_STATUSES: tuple[NoteStatus, ...] = ("open", "question", "follow-up", "done")


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


def default_author() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "reader"


# control characters a note may not hold: all but tab and newline (a form feed pasted from a PDF made the
# exported XFDF malformed and the Word briefing fail, so that pair could no longer be exported)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text: str) -> str:
    """``text`` without control characters other than newline and tab (a carriage return becomes a newline)."""
    if text.isprintable():
        return text
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


class NoteRecords(Database):
    """The notes table of the store (:class:`~weerwoord.core.keeping.store.Store` is one)."""

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
        if number is not NoteRecords._UNSET:
            sets.append("number = ?")
            params.append(number)
        if anchor is not NoteRecords._UNSET:
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
                raise StoreError(_("Note {id} no longer exists.").format(id=note_id))
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
                raise StoreError(_("Note {id} cannot be restored: it still exists.").format(id=note.id)) from err
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


def _check(status: str, side: str | None) -> None:
    if status not in NOTE_STATUSES:
        said = _("Unknown note status {status}; use one of {statuses}.")
        raise StoreError(said.format(status=repr(status), statuses=", ".join(NOTE_STATUSES)))
    if side is not None and side not in SIDES:
        raise StoreError(_("Unknown document side {side}; use 'advice' or 'response'.").format(side=repr(side)))


def _anchor_json(anchor: Anchor | object | None) -> str | None:
    return json.dumps(anchor.to_json(), ensure_ascii=False) if isinstance(anchor, Anchor) else None


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
