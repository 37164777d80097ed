"""The shipped DejaVu Sans is the application font, and a machine without fontconfig setup stays quiet."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from weerwoord import paths
from weerwoord.gui import fonts

ROOT = Path(__file__).resolve().parents[2]

NO_SYSTEM_FONTCONFIG = """
import os, sys
from weerwoord.gui import fonts
fonts.SYSTEM_CONFIGS = ()  # as on a machine without /etc/fonts
os.environ.pop("FONTCONFIG_FILE", None)
from weerwoord.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_dejavu_is_the_application_font(qapp: QApplication) -> None:
    before = QFont(qapp.font())
    try:
        assert fonts.install(qapp) == "DejaVu Sans"
        assert qapp.font().family() == "DejaVu Sans"
    finally:
        qapp.setFont(before)


def test_the_fonts_and_their_licence_are_shipped() -> None:
    for name in (*fonts.FILES, "LICENSE-DejaVu.txt", "fonts.conf"):
        assert (fonts.fonts_dir() / name).is_file(), name
    assert "Bitstream" in (fonts.fonts_dir() / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_window_without_system_fontconfig_is_quiet(tmp_path: Path) -> None:
    """With no fontconfig configuration the shipped one is used: no warning from fontconfig or Qt."""
    advice, response = paths.example_pair()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("FONTCONFIG_FILE", None)
    out = tmp_path / "window.png"
    run = subprocess.run(
        [sys.executable, "-c", NO_SYSTEM_FONTCONFIG, "open", str(advice), str(response), "--screenshot", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert out.stat().st_size > 10_000
