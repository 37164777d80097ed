"""The fonts shipped in resources/fonts (DejaVu Sans): loaded at start so the window looks the same everywhere."""

from __future__ import annotations

import os
from pathlib import Path

from weerwoord import paths

FAMILY = "DejaVu Sans"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")
SYSTEM_CONFIGS = ("/etc/fonts/fonts.conf", "/usr/local/etc/fonts/fonts.conf")


def fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


def prepare_fontconfig() -> None:
    """Before the QApplication exists: on a Linux machine without fontconfig's config, use our own.

    Without it fontconfig prints "Cannot load default config file" and Qt warns that it finds no fonts;
    the shipped config points fontconfig at the shipped fonts only and keeps its cache in a temporary folder.
    """
    if os.name != "posix" or os.environ.get("FONTCONFIG_FILE"):
        return
    if any(Path(p).is_file() for p in SYSTEM_CONFIGS):
        return
    conf = fonts_dir() / "fonts.conf"
    if conf.is_file():
        os.environ["FONTCONFIG_FILE"] = str(conf)
        os.environ.setdefault("FONTCONFIG_PATH", str(conf.parent))


def install(app: object) -> str | None:
    """Register the shipped fonts and make DejaVu Sans the application font; the family used, or None."""
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

    assert isinstance(app, QGuiApplication)
    loaded: set[str] = set()
    for name in FILES:
        path = fonts_dir() / name
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded.update(QFontDatabase.applicationFontFamilies(font_id))
    if FAMILY not in loaded:
        return None
    font = QFont(FAMILY)
    font.setPointSizeF(max(app.font().pointSizeF(), 9.0))
    app.setFont(font)
    return FAMILY
