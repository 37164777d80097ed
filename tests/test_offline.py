"""Offline, provably: compare, export and the window work with the network gone and never open an inet socket."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from weerwoord import paths

ROOT = Path(__file__).resolve().parent.parent

# Loaded at start-up by every Python process that has this folder on its path: any attempt to create an
# internet socket (or resolve a name) is written to $WEERWOORD_NET_LOG and fails.
GUARD = """
import os, socket, sys

_LOG = os.environ["WEERWOORD_NET_LOG"]
_INET = {socket.AF_INET, getattr(socket, "AF_INET6", -1)}


def _record(what):
    with open(_LOG, "a", encoding="utf-8") as fh:
        fh.write(f"{what} in {sys.argv[:2]}\\n")


class _GuardedSocket(socket.socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and (family in _INET or family == -1):
            _record(f"socket(family={family})")
            raise OSError("network use is not allowed in this test")
        super().__init__(family, type, proto, fileno)


def _no_lookup(*args, **kwargs):
    _record(f"getaddrinfo{args[:2]}")
    raise OSError("name lookup is not allowed in this test")


socket.socket = _GuardedSocket
socket.getaddrinfo = _no_lookup
socket.gethostbyname = _no_lookup
"""

NETWORK_MODULES = ("PySide6.QtNetwork", "urllib.request", "http.client", "requests", "httpx", "webbrowser")


def _commands(out: Path) -> dict[str, list[str]]:
    advice, response = (str(p) for p in paths.example_pair())
    return {
        "compare": ["compare", advice, response],
        "export": ["export", advice, response, "--out", str(out / "export")],
        "screenshot": ["open", advice, response, "--screenshot", str(out / "window.png")],
    }


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(QT_QPA_PLATFORM="offscreen", WEERWOORD_DATA_DIR=str(tmp_path / "data"), HOME=str(tmp_path / "home"))
    return env


def _check(name: str, run: subprocess.CompletedProcess[str], out: Path) -> None:
    assert run.returncode == 0, f"{name} failed offline:\n{run.stderr}"
    if name == "compare":
        data = json.loads(run.stdout)
        assert len(data["pairs"]) >= 5
    elif name == "export":
        written = sorted(p.name for p in (out / "export").iterdir())
        assert any(n.endswith(".pdf") for n in written) and any(n.endswith(".pairs.csv") for n in written), written
    else:
        assert (out / "window.png").stat().st_size > 10_000


@pytest.fixture
def guard(tmp_path: Path) -> Path:
    folder = tmp_path / "guard"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    return folder


def _guarded_env(tmp_path: Path, guard: Path) -> dict[str, str]:
    env = _env(tmp_path)
    env["PYTHONPATH"] = os.pathsep.join([str(guard), str(ROOT / "src")])
    env["WEERWOORD_NET_LOG"] = str(tmp_path / "net.log")
    return env


def test_the_guard_catches_a_connection(tmp_path: Path, guard: Path) -> None:
    env = _guarded_env(tmp_path, guard)
    code = (
        "import socket\n"
        "for attempt in (lambda: socket.create_connection(('127.0.0.1', 9), timeout=1), socket.socket):\n"
        "    try:\n"
        "        attempt()\n"
        "    except OSError:\n"
        "        pass\n"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    log = (tmp_path / "net.log").read_text(encoding="utf-8")
    assert "getaddrinfo('127.0.0.1', 9)" in log and "socket(family=" in log


@pytest.mark.parametrize("name", ["compare", "export", "screenshot"])
def test_works_without_opening_a_socket(name: str, tmp_path: Path, guard: Path) -> None:
    env = _guarded_env(tmp_path, guard)
    probe = "import atexit, sys\natexit.register(lambda: print('MODULES', *sorted(sys.modules), file=sys.stderr))\n"
    code = probe + "from weerwoord.cli import main\nraise SystemExit(main(sys.argv[1:]))"
    run = subprocess.run(
        [sys.executable, "-c", code, *_commands(tmp_path)[name]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    modules_line = next((line for line in run.stderr.splitlines() if line.startswith("MODULES ")), "")
    run.stderr = run.stderr.replace(modules_line, "")
    _check(name, run, tmp_path)
    log = tmp_path / "net.log"
    assert not log.exists(), f"network use: {log.read_text(encoding='utf-8')}"
    loaded = set(modules_line.split()[1:])
    assert loaded, "the module probe did not run"
    assert not loaded & set(NETWORK_MODULES)


def _unshare_works() -> bool:
    if not shutil.which("unshare"):
        return False
    try:
        return subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.mark.skipif(not _unshare_works(), reason="unshare -rn (a user and network namespace) is not permitted here")
@pytest.mark.parametrize("name", ["compare", "export", "screenshot"])
def test_works_in_a_network_namespace(name: str, tmp_path: Path) -> None:
    """In a fresh network namespace there is no interface but loopback: nothing outside can be reached."""
    run = subprocess.run(
        ["unshare", "-rn", sys.executable, "-m", "weerwoord", *_commands(tmp_path)[name]],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    _check(name, run, tmp_path)


def test_no_network_code_in_the_program() -> None:
    """No module of the program reaches for the network, a browser, or a PDF's scripts."""
    pattern = re.compile(
        r"\b(import (socket|webbrowser|urllib\.request|http\.client|requests|ssl)|QtNetwork|QNetwork\w+"
        r"|webbrowser\.|urlopen|get_js|\.script\b|javascript)",
        re.IGNORECASE,
    )
    found = []
    for path in sorted((ROOT / "src" / "weerwoord").rglob("*.py")):
        if path.name == "sanitize.py":
            continue  # it names JavaScript and launch actions to take them out of exported copies
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if pattern.search(line) and "offline" not in line.lower():
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


def test_urls_are_opened_only_for_local_files() -> None:
    """QDesktopServices.openUrl appears only with a local file (e.g. 'Open folder' after an export)."""
    for path in sorted((ROOT / "src" / "weerwoord").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"openUrl\(([^)]*\)?)", text):
            assert "fromLocalFile" in match.group(1), f"{path.relative_to(ROOT)}: {match.group(0)}"
