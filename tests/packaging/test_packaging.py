"""The packaging files: desktop entry and AppStream data validate, the icons match their sizes, the spec is complete."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
DESKTOP = LINUX / "nl.weerwoord.Weerwoord.desktop"
METAINFO = LINUX / "nl.weerwoord.Weerwoord.metainfo.xml"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_file_validates() -> None:
    run = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_validates() -> None:
    run = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_pdf_is_a_supported_type_not_a_forced_default() -> None:
    entries = dict(line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines() if "=" in line)
    types = entries["MimeType"].split(";")
    assert "application/pdf" in types
    assert "text/plain" not in types  # not offered for every text file; .txt responses open from the window
    assert not list(ROOT.joinpath("packaging").rglob("mimeapps.list"))  # nothing makes it the default viewer
    assert "LSHandlerRank" in (ROOT / "packaging" / "weerwoord.spec").read_text(encoding="utf-8")


def test_the_menu_entry_opens_the_window_with_no_one_or_two_files(tmp_path: Path) -> None:
    """The menu runs ``weerwoord open`` with no file; a file manager with one or two, in any order."""
    from weerwoord.cli import build_parser
    from weerwoord.gui.main import start_plan
    from weerwoord.paths import example_pair

    entries = dict(line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines() if "=" in line)
    program, *args = entries["Exec"].split()
    assert program == "weerwoord" and args == ["open", "%F"]
    parse = build_parser().parse_args
    assert start_plan(parse(["open"])) == ("start",)
    advice, response = (str(p) for p in example_pair())
    assert start_plan(parse(["open", response])) == ("one", response)
    assert start_plan(parse(["open", response, advice])) == ("pair", advice, response, None, None)
    assert start_plan(parse(["open", response, advice, "--advice-password", "pw"])) == (
        "pair",
        advice,
        response,
        None,
        "pw",
    )


def test_windows_build_reads_environment_names_with_brackets_whole() -> None:
    """PowerShell reads ``$env:ProgramFiles(x86)`` as ``$env:ProgramFiles`` followed by "(x86)"."""
    import re

    script = (ROOT / "packaging" / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "${env:ProgramFiles(x86)}" in script
    assert not re.search(r"(?<!\{)\$env:\w+\(", script)


def test_the_app_id_is_the_same_everywhere() -> None:
    """Wayland matches windows to the desktop file by the app id; macOS keeps settings under the bundle id."""
    from weerwoord.gui.main import APP_ID, ORGANISATION_DOMAIN

    assert DESKTOP.name == f"{APP_ID}.desktop" and METAINFO.name == f"{APP_ID}.metainfo.xml"
    assert f'"{APP_ID}"' in (ROOT / "packaging" / "weerwoord.spec").read_text(encoding="utf-8")
    assert APP_ID.lower() == ".".join([*reversed(ORGANISATION_DOMAIN.split(".")), "weerwoord"])


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def test_icons_have_their_sizes() -> None:
    for png in ICONS.glob("weerwoord-*.png"):
        size = int(png.stem.split("-")[1])
        assert _png_size(png.read_bytes()) == (size, size), png.name
    ico = (ICONS / "weerwoord.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (ICONS / "weerwoord.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # the 1024-pixel image macOS uses on Retina screens


def test_spec_bundles_the_resources_and_entry_point() -> None:
    spec = (ROOT / "packaging" / "weerwoord.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
    assert (ROOT / "packaging" / "weerwoord_main.py").is_file()
    assert "PySide6.QtNetwork" in spec  # excluded: nothing in the build can reach the network from Python
    assert (ROOT / "packaging" / "windows" / "weerwoord.iss").is_file()


def test_the_windows_installer_installs_and_uninstalls_silently_for_managed_laptops() -> None:
    """Not compiled here (no Windows): the settings and the documented commands that make it work unattended."""
    iss = (ROOT / "packaging" / "windows" / "weerwoord.iss").read_text(encoding="utf-8")
    setup = dict(line.split("=", 1) for line in iss.split("[Setup]")[1].split("\n[")[0].splitlines() if "=" in line)
    assert "commandline" in setup["PrivilegesRequiredOverridesAllowed"].split()  # /ALLUSERS, /CURRENTUSER
    assert setup["PrivilegesRequired"] == "lowest"  # per user without administrator rights
    assert "skipifsilent" in iss.split("[Run]")[1]  # a silent install does not start the program
    for documented in ("/VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS", 'unins000.exe" /VERYSILENT'):
        assert documented in iss
