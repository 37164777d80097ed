"""What may be dropped on the register window: folders (a library, or one pair's) and documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from weerwoord.core.reading.reader import KNOWN_SUFFIXES


def dropped_paths(mime: QMimeData) -> list[str]:
    """The local folders and documents (PDF, XPS, EPUB, plain text) among a drag's URLs, in their order."""
    if not mime.hasUrls():
        return []
    paths: list[str] = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir() or (path.is_file() and path.suffix.lower() in KNOWN_SUFFIXES):
            paths.append(str(path))
    return paths
