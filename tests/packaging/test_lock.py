"""The lock (packaging/lock/): it covers pyproject.toml, pins one version per package with hashes, and is used."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
LOCKS = ROOT / "packaging" / "lock"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# the systems and Pythons the lock is made for (update.sh: --universal, Python 3.11 and newer)
ENVIRONMENTS = [
    {"python_version": v, "python_full_version": f"{v}.0", "sys_platform": p, "platform_system": s, "os_name": o}
    | {"implementation_name": "cpython", "platform_python_implementation": "CPython", "platform_machine": "x86_64"}
    for v in ("3.11", "3.12", "3.13", "3.14")
    for p, s, o in (("linux", "Linux", "posix"), ("win32", "Windows", "nt"), ("darwin", "Darwin", "posix"))
]


def _lockcheck() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lockcheck", ROOT / "packaging" / "lockcheck.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["lockcheck"] = module  # dataclasses looks its module up while making the class
    spec.loader.exec_module(module)
    return module


lockcheck = _lockcheck()


def _wanted(lock: str) -> list[Requirement]:
    """What pyproject.toml asks for that the given lock must hold."""
    project = PYPROJECT["project"]
    wanted = [Requirement(r) for r in project["dependencies"]]
    if lock in ("dev.txt", "build.txt"):
        wanted += [Requirement(r) for r in project["optional-dependencies"]["dev"]]
    if lock == "app.txt":  # the bootstrap installs Weerwoord without build isolation, with the lock's setuptools
        wanted += [Requirement(r) for r in PYPROJECT["build-system"]["requires"]]
    if lock == "build.txt":
        wanted.append(Requirement("pyinstaller"))
    return wanted


@pytest.mark.parametrize("lock", ["app.txt", "dev.txt", "build.txt"])
def test_the_lock_covers_every_dependency_with_an_allowed_version(lock: str) -> None:
    pins = lockcheck.read_lock(LOCKS / lock)
    for env in ENVIRONMENTS:
        here = {p.name: p.version for p in pins if p.applies(env)}
        for req in _wanted(lock):
            if req.marker is not None and not req.marker.evaluate(env):
                continue
            name = canonicalize_name(req.name)
            assert name in here, f"{lock} lacks {req.name} on {env['sys_platform']}, Python {env['python_version']}"
            assert req.specifier.contains(here[name], prereleases=True), (
                f"{lock} pins {req.name} {here[name]}, which pyproject.toml excludes ({req}) "
                f"on {env['sys_platform']}, Python {env['python_version']}"
            )


def test_the_known_broken_qt_releases_are_excluded_and_not_locked() -> None:
    qt = [Requirement(r) for r in PYPROJECT["project"]["dependencies"] if r.startswith("PySide6-Essentials")]
    for broken in ("6.7.0", "6.8.0", "6.8.0.1", "6.9.0", "6.10.1"):
        assert not all(r.specifier.contains(broken) for r in qt), broken
    for lock in LOCKS.glob("*.txt"):
        (pyside,) = [p for p in lockcheck.read_lock(lock) if p.name == "pyside6-essentials"]
        assert pyside.version not in ("6.7.0", "6.8.0", "6.8.0.1", "6.9.0", "6.10.1", "6.12.0"), lock.name


def test_every_pin_is_exact_with_hashes_and_one_version_in_all_locks() -> None:
    versions: dict[str, set[str]] = {}
    for lock in sorted(LOCKS.glob("*.txt")):
        pins = lockcheck.read_lock(lock)
        assert pins, lock.name
        for pin in pins:
            assert pin.hashes, f"{lock.name}: {pin.name} has no hash"
            versions.setdefault(pin.name, set()).add(pin.version)
    assert {name: v for name, v in versions.items() if len(v) > 1} == {}


def test_a_pin_that_is_not_exact_is_refused(tmp_path: Path) -> None:
    lock = tmp_path / "lock.txt"
    lock.write_text("rapidfuzz>=3.0 \\\n    --hash=sha256:" + "0" * 64 + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not an exact pin"):
        lockcheck.read_lock(lock)


def test_mismatches_names_a_package_whose_version_differs_from_the_lock(tmp_path: Path) -> None:
    from importlib import metadata

    lock = tmp_path / "lock.txt"
    have = metadata.version("rapidfuzz")
    lock.write_text(
        f"rapidfuzz=={have} \\\n    --hash=sha256:{'0' * 64}\n"
        f"platformdirs==0.0.1 \\\n    --hash=sha256:{'1' * 64}\n"
        f"weerwoord-not-a-package==1.0 ; sys_platform == 'nowhere' \\\n    --hash=sha256:{'2' * 64}\n",
        encoding="utf-8",
    )
    wrong = lockcheck.mismatches(lock)
    assert len(wrong) == 1 and wrong[0].startswith("platformdirs: ") and "0.0.1" in wrong[0]


@pytest.mark.skipif(
    not (Path(sys.prefix) / ".weerwoord-installed").is_file(), reason="this environment was not made by the bootstrap"
)
def test_the_environment_the_bootstrap_made_is_the_locked_one() -> None:
    assert lockcheck.mismatches(LOCKS / "dev.txt") == []


def _bootstrap(root: Path, script: str) -> subprocess.CompletedProcess[str]:
    text = (ROOT / "packaging" / "bootstrap.sh").read_text(encoding="utf-8")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(root), "LANG": "C.UTF-8"}
    return subprocess.run(
        ["bash", "-c", f'{text}\nWW_ROOT="{root}"; WW_VENV="{root}/.venv"\n{script}'],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="the bootstrap is a shell script")
def test_the_bootstrap_installs_the_lock_with_hashes_then_weerwoord_alone(tmp_path: Path) -> None:
    """A stand-in Python records what pip is asked; the lock and pyproject.toml are the real ones."""
    (tmp_path / "packaging" / "lock").mkdir(parents=True)
    for name in ("app.txt", "dev.txt"):
        (tmp_path / "packaging" / "lock" / name).write_bytes((LOCKS / name).read_bytes())
    (tmp_path / "pyproject.toml").write_bytes((ROOT / "pyproject.toml").read_bytes())
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    calls = tmp_path / "calls"
    (bin_dir / "python").write_text(f'#!/bin/sh\necho "$*" >>"{calls}"\n', encoding="utf-8")
    (bin_dir / "python").chmod(0o755)

    run = _bootstrap(tmp_path, "ww_venv dev")
    assert run.returncode == 0, run.stderr
    lines = calls.read_text(encoding="utf-8").splitlines()
    pip = "-m pip --disable-pip-version-check install -q"
    assert lines == [
        f"{pip} --require-hashes --no-deps -r {tmp_path}/packaging/lock/dev.txt",
        f"{pip} --no-deps --no-build-isolation -e {tmp_path}",
        "-m pip --disable-pip-version-check check",
    ]

    # done once: the app afterwards needs nothing more; a new lock installs again
    assert _bootstrap(tmp_path, "ww_venv && ww_venv dev").returncode == 0
    assert len(calls.read_text(encoding="utf-8").splitlines()) == 3
    with (tmp_path / "packaging" / "lock" / "dev.txt").open("a", encoding="utf-8") as lock:
        lock.write("# changed\n")
    assert _bootstrap(tmp_path, "ww_venv dev").returncode == 0
    assert len(calls.read_text(encoding="utf-8").splitlines()) == 6


def test_the_frozen_build_installs_and_checks_the_lock() -> None:
    build = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    assert "--require-hashes --no-deps -r packaging/lock/build.txt" in build
    windows = (ROOT / "packaging" / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "--require-hashes --no-deps -r packaging\\lock\\build.txt" in windows
    spec = (ROOT / "packaging" / "weerwoord.spec").read_text(encoding="utf-8")
    assert 'mismatches(ROOT / "packaging" / "lock" / "build.txt")' in spec
