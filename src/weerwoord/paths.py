"""Where the shipped resources and the user's data live."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The shipped resources: ``resources/`` at the top of a source checkout (also installed editable, this file
    being ``src/weerwoord/paths.py``) and in a frozen build; ``weerwoord/_resources`` in an installed wheel
    (``pyproject.toml`` maps the one onto the other)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    installed = here / "_resources"
    if installed.is_dir():
        return installed
    return here.parents[1] / "resources"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder for notes and corrections: ``override``, else $WEERWOORD_DATA_DIR, else the platform's."""
    if override:
        return Path(override)
    env = os.environ.get("WEERWOORD_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("Weerwoord", appauthor=False))


def example_pair() -> tuple[Path, Path]:
    """The shipped example: AIV advice 109 (reconstructed) and the cabinet's response."""
    base = resources_dir() / "example"
    return base / "aiv-109-advies-reconstructie.pdf", base / "kabinetsreactie-aiv-109.pdf"
