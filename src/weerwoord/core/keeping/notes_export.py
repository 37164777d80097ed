"""Every note of every pair in one JSON file: the reader's writing out of the database in one step."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from weerwoord.core.keeping import atomic
from weerwoord.core.keeping.store import Note, Store, now, open_store

SCHEMA = "weerwoord.notes/1"


def notes_json(store: Store) -> dict[str, Any]:
    """All notes grouped by pair, with the files each pair was last opened from (when the store knows them)."""
    places = {(p.advice_sha, p.response_sha): p for p in store.recent_pairs(limit=1_000_000)}
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for note in store.all_notes():
        key = (note.advice_sha, note.response_sha)
        if key not in pairs:
            seen = places.get(key)
            pairs[key] = {
                "advice": {"sha256": key[0], "path": seen.advice_path if seen else None},
                "response": {"sha256": key[1], "path": seen.response_path if seen else None},
                "notes": [],
            }
        pairs[key]["notes"].append(_note_json(note))
    return {"schema": SCHEMA, "exported": now(), "pairs": list(pairs.values())}


def _note_json(note: Note) -> dict[str, Any]:
    return {
        "id": note.id,
        "recommendation": note.number,
        "side": note.side,
        "quote": note.anchor.to_json() if note.anchor is not None else None,
        "text": note.text,
        "status": note.status,
        "author": note.author,
        "created": note.created,
        "modified": note.modified,
    }


def export_all_notes(dest: str | os.PathLike[str], data_dir: str | os.PathLike[str] | None = None) -> int:
    """Write every note in the store of ``data_dir`` to ``dest`` (JSON, whole or not at all); the number of notes.

    Works on a read-only data folder too. Raises :class:`StoreError` or :class:`ExportError`."""
    with open_store(data_dir) as store:
        data = notes_json(store)
    atomic.write_text(Path(dest), json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return sum(len(p["notes"]) for p in data["pairs"])
