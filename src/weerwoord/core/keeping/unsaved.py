"""Note text typed but not yet in the store (a failed save): kept in a small file beside it until a save succeeds."""

from __future__ import annotations

import json
import os
from pathlib import Path

from weerwoord.core.errors import ExportError
from weerwoord.core.keeping.atomic import write_text
from weerwoord.core.keeping.store import store_path

FILENAME = "unsaved-notes.json"

Key = tuple[str, str]  # (advice sha256, response sha256)


def recovery_path(override: str | os.PathLike[str] | None = None) -> Path:
    """The recovery file: in the store's folder, next to the store."""
    return store_path(override).with_name(FILENAME)


def load(path: Path) -> dict[tuple[str, str, int], str]:
    """Every kept text by (advice sha, response sha, note id); empty when there is no file or it cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {(str(e["advice"]), str(e["response"]), int(e["note"])): str(e["text"]) for e in data["notes"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def save(path: Path, texts: dict[tuple[str, str, int], str]) -> bool:
    """Write ``texts`` whole or not at all (the file is removed when there are none). False when it failed."""
    try:
        if not texts:
            path.unlink(missing_ok=True)
            return True
        entries = [{"advice": a, "response": r, "note": n, "text": t} for (a, r, n), t in sorted(texts.items())]
        write_text(path, json.dumps({"notes": entries}, ensure_ascii=False, indent=1))
        return True
    except (OSError, ExportError):
        return False


def keep(path: Path, key: Key, note_id: int, text: str) -> bool:
    """Add or replace one note's unsaved text."""
    texts = load(path)
    texts[(key[0], key[1], note_id)] = text
    return save(path, texts)


def drop(path: Path, key: Key, note_id: int) -> bool:
    """Forget one note's text (it is saved now)."""
    texts = load(path)
    if texts.pop((key[0], key[1], note_id), None) is None:
        return True
    return save(path, texts)


def for_pair(path: Path, key: Key) -> dict[int, str]:
    """The kept texts of one pair, by note id."""
    return {n: t for (a, r, n), t in load(path).items() if (a, r) == key}
