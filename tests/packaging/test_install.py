"""packaging/linux/install.sh on a stand-in build: it installs for a user or a prefix, and --uninstall removes
exactly what it installed (the user's own files, even in the same folders, stay)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ID = "nl.weerwoord.Weerwoord"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux installer")


def _build(where: Path) -> Path:
    """A one-folder build as packaging/build.sh lays it out, with a shell script for the program."""
    dist = where / "dist" / "weerwoord"
    icons = dist / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    source = ROOT / "resources" / "icons"
    for icon in [*source.glob("weerwoord-*.png"), source / "weerwoord.svg"]:
        shutil.copy(icon, icons)
    (dist / "_internal" / "libsomething.so").write_bytes(b"\x7fELF")
    program = dist / "weerwoord"
    program.write_text("#!/bin/sh\necho weerwoord 0.1.0\n", encoding="utf-8")
    program.chmod(0o755)
    for name in (f"{ID}.desktop", f"{ID}.metainfo.xml", "install.sh"):
        shutil.copy(LINUX / name, dist / name)
    return dist


def _tree(top: Path) -> dict[str, str]:
    """Every file, link and folder under top, with what a link points to."""
    out = {}
    for path in sorted(top.rglob("*")):
        rel = str(path.relative_to(top))
        if path.is_symlink():
            out[rel] = "-> " + os.readlink(path)
        elif path.is_dir():
            out[rel] = "dir"
        else:
            out[rel] = path.read_bytes().hex()[:64]
    return out


def _run(script: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8", **env}
    return subprocess.run(["bash", str(script), *args], capture_output=True, text=True, env=environ, timeout=60)


def test_installed_for_the_user_then_uninstalled_leaves_the_home_as_it_was(tmp_path: Path) -> None:
    dist = _build(tmp_path / "build")
    home = tmp_path / "home"
    # the user's own things, some in the folders the installer writes to
    (home / ".local" / "share" / "applications").mkdir(parents=True)
    (home / ".local" / "share" / "applications" / "org.example.Other.desktop").write_text("[Desktop Entry]\n")
    (home / ".local" / "share" / "Weerwoord").mkdir()
    (home / ".local" / "share" / "Weerwoord" / "notes.sqlite3").write_bytes(b"the user's notes")
    (home / ".local" / "bin").mkdir()
    (home / ".local" / "bin" / "mytool").write_text("#!/bin/sh\n")
    before = _tree(home)

    run = _run(dist / "install.sh", home)
    assert run.returncode == 0, run.stderr
    prefix = home / ".local" / "opt" / "weerwoord"
    link = home / ".local" / "bin" / "weerwoord"
    assert os.readlink(link) == str(prefix / "weerwoord")
    assert subprocess.run([str(link)], capture_output=True, text=True).stdout == "weerwoord 0.1.0\n"
    desktop = (home / ".local" / "share" / "applications" / f"{ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={prefix}/weerwoord open %F" in desktop.splitlines()
    assert (home / ".local" / "share" / "metainfo" / f"{ID}.metainfo.xml").is_file()
    assert (home / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{ID}.svg").is_file()
    assert (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{ID}.png").is_file()
    assert (prefix / "_internal" / "libsomething.so").is_file()

    # installed again (a newer version over it): the same result, nothing doubled or left behind
    installed = _tree(home)
    assert _run(dist / "install.sh", home).returncode == 0
    assert _tree(home) == installed

    # removed with the copy of the script inside the install, as the message says
    run = _run(prefix / "install.sh", home, "--uninstall")
    assert run.returncode == 0, run.stderr
    assert _tree(home) == before


def test_a_prefix_install_and_uninstall_touch_nothing_else(tmp_path: Path) -> None:
    dist = _build(tmp_path / "build")
    home, system = tmp_path / "home", tmp_path / "system"
    home.mkdir()
    (system / "usr" / "share" / "applications").mkdir(parents=True)
    (system / "usr" / "share" / "applications" / "mimeinfo.cache").write_text("[MIME Cache]\n")
    (system / "usr" / "local" / "bin").mkdir(parents=True)
    places = {
        "PREFIX": str(system / "opt" / "weerwoord"),
        "BIN": str(system / "usr" / "local" / "bin"),
        "DATA": str(system / "usr" / "share"),
    }
    before_home, before_system = _tree(home), _tree(system)
    assert _run(dist / "install.sh", home, **places).returncode == 0
    assert (system / "usr" / "local" / "bin" / "weerwoord").is_symlink()
    assert _tree(home) == before_home
    run = _run(dist / "install.sh", home, "--uninstall", **places)
    assert run.returncode == 0, run.stderr
    assert _tree(system) == before_system


def test_uninstall_leaves_what_is_not_its_own(tmp_path: Path) -> None:
    dist = _build(tmp_path / "build")
    home = tmp_path / "home"
    bin_dir = home / ".local" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "weerwoord").symlink_to("/usr/bin/true")  # another weerwoord: kept, and said
    run = _run(dist / "install.sh", home)
    assert run.returncode == 0 and "left alone" in run.stderr
    apps = home / ".local" / "share" / "applications"
    (apps / "mine.desktop").write_text("[Desktop Entry]\n")  # added to a folder the installer made
    assert _run(dist / "install.sh", home, "--uninstall").returncode == 0
    assert os.readlink(bin_dir / "weerwoord") == "/usr/bin/true"
    assert (apps / "mine.desktop").is_file() and not (apps / f"{ID}.desktop").exists()
    assert not (home / ".local" / "opt").exists()


def test_nothing_is_removed_where_it_installed_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    prefix = home / "somewhere"
    prefix.mkdir(parents=True)
    (prefix / "keep.txt").write_text("mine")
    script = _build(tmp_path / "build") / "install.sh"
    run = _run(script, home, "--uninstall", PREFIX=str(prefix))
    assert run.returncode != 0 and (prefix / "keep.txt").is_file()
    run = _run(script, home, PREFIX=str(prefix))  # nor installed over a folder it did not make
    assert run.returncode != 0 and "not made by this script" in run.stderr
    assert [p.name for p in prefix.iterdir()] == ["keep.txt"]
