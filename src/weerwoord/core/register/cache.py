"""Analyses of the library's pairs kept by the hashes of their files, so a second look costs no re-analysis.

One JSON file per pair under ``<data folder>/register-cache/``, named by the hash of its documents' hashes,
written whole or not at all. The folder is emptied when the engine changes: :func:`engine_version` is the
program's version plus a hash of the phrase rules and word lists (``resources/phrases/``, ``resources/language/``)
and of the reading and analysis code, which decide the recommendations, verdicts and commitments.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import weerwoord
from weerwoord.core.errors import ExportError
from weerwoord.core.keeping.atomic import STALE_SECONDS, write_text
from weerwoord.core.register.summary import PairSummary
from weerwoord.paths import data_dir, resources_dir

FOLDER = "register-cache"
_ENGINE_FILE = "engine"


@cache
def engine_version() -> str:
    """``"0.1.0+<12 hex>"``: the program's version and a hash of what decides an analysis — the phrase rules and
    word lists in resources/, and the reading and analysis code where it is there as source (a working copy updated
    without a new version number; a frozen program's version says it all)."""
    h = hashlib.sha256()
    core = Path(__file__).resolve().parent.parent
    sources = [
        *sorted((resources_dir() / "phrases").glob("*.toml")),
        *sorted((resources_dir() / "language").glob("*.txt")),
        *sorted((core / "reading").glob("*.py")),
        *sorted((core / "analysis").glob("*.py")),
    ]
    for path in sources:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return f"{weerwoord.__version__}+{h.hexdigest()[:12]}"


def pair_key(shas: Iterable[str]) -> str:
    """The cache's name for a set of documents (in any order)."""
    return hashlib.sha256("\n".join(sorted(shas)).encode()).hexdigest()


class Cache:
    """The cached summaries in one folder. A cache that cannot be written is not an error: it is skipped."""

    def __init__(self, override: str | os.PathLike[str] | None = None, version: str | None = None) -> None:
        self.folder = data_dir(override) / FOLDER
        self.version = version or engine_version()
        self.usable = True
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            marker = self.folder / _ENGINE_FILE
            old = marker.read_text(encoding="utf-8").strip() if marker.exists() else ""
            if old != self.version:
                for entry in self.folder.glob("*.json"):
                    entry.unlink()
                write_text(marker, self.version + "\n")
            now = time.time()
            for tmp in self.folder.glob(".*.tmp"):  # left by a run that was killed while writing
                if now - tmp.stat().st_mtime > STALE_SECONDS:
                    tmp.unlink()
        except (OSError, ExportError):
            self.usable = False

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def get(self, key: str) -> PairSummary | None:
        if not self.usable:
            return None
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            if data.get("engine") != self.version:
                return None
            return PairSummary.from_json(data["summary"])
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or unreadable: analysed again

    def put(self, key: str, summary: PairSummary) -> None:
        """Keep ``summary`` under ``key``: whole or not at all (a temporary file renamed), but not synced to the
        disk — an entry lost in a power cut is analysed again, and two syncs per pair cost more than reading
        a small pair's first page."""
        if not self.usable:
            return
        data = {"engine": self.version, "summary": summary.to_json()}
        path = self._path(key)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
