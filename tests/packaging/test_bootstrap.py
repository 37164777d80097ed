"""packaging/bootstrap.sh as an ordinary user: libraries found without /sbin on the PATH, no sudo means one line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BOOTSTRAP = ROOT / "packaging" / "bootstrap.sh"
USER_PATH = "/usr/local/bin:/usr/bin:/bin"  # an ordinary Debian user's: no /sbin, no /usr/sbin

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("apt-get"), reason="the set-up of a Debian-like Linux"
)


def _bash(script: str, path: str, user: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``script`` after the bootstrap's functions (read from stdin, so another user needs no access)."""
    command = ["bash", "-c", f"{BOOTSTRAP.read_text(encoding='utf-8')}\n{script}"]
    if user:
        command = [shutil.which("runuser") or "runuser", "-u", user, "--", *command]
    env = {"PATH": path, "HOME": "/nonexistent" if user else os.environ.get("HOME", "/"), "LANG": "C.UTF-8"}
    return subprocess.run(
        command, capture_output=True, text=True, cwd="/", env=env, stdin=subprocess.DEVNULL, timeout=60
    )


def test_libraries_are_found_without_sbin_on_the_path() -> None:
    """ldconfig is in /sbin: found there, or the libraries in the usual folders, as root's full PATH finds them."""
    full = _bash("ww_missing_libs display", "/usr/local/sbin:/usr/sbin:/sbin:" + USER_PATH)
    ordinary = _bash("ww_missing_libs display", USER_PATH)
    assert full.returncode == ordinary.returncode == 0, full.stderr + ordinary.stderr
    assert ordinary.stdout == full.stdout
    assert "libfontconfig1" not in ordinary.stdout  # installed wherever Qt runs, as the test suite does here


def test_without_ldconfig_the_library_folders_are_looked_in() -> None:
    with_cache = _bash(
        'for l in libfontconfig.so.1 libnotthere.so.9; do ww_has_lib "$l" "$(ww_ld_cache)" && echo 0 || echo 1; done',
        USER_PATH,
    )
    without = _bash(
        'for l in libfontconfig.so.1 libnotthere.so.9; do ww_has_lib "$l" "" && echo 0 || echo 1; done', USER_PATH
    )
    assert with_cache.stdout.split() == without.stdout.split() == ["0", "1"]


def _ordinary_user() -> str | None:
    if os.geteuid() != 0:
        return None
    if not shutil.which("runuser"):
        pytest.skip("runuser is needed to act as an ordinary user")
    return "nobody"


def test_an_ordinary_user_without_sudo_is_told_the_one_line_and_it_stops() -> None:
    user = _ordinary_user()
    if (
        user is None
        and shutil.which("sudo")
        and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0
    ):
        pytest.skip("this user may use sudo without a password: the bootstrap would install")
    run = _bash("ww_apt_install libweerwoord-test0 libweerwoord-test1; echo reached", USER_PATH, user)
    assert run.returncode != 0 and "reached" not in run.stdout
    lines = [line for line in run.stderr.splitlines() if "apt-get install" in line]
    assert lines == ["  sudo apt-get install libweerwoord-test0 libweerwoord-test1"], run.stderr
