"""The wheel is a real package: built without network, installed in a fresh environment, it runs `compare`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PIP_WHEEL = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index"]
EXAMPLE = ("aiv-109-advies-reconstructie.pdf", "kabinetsreactie-aiv-109.pdf")


def test_every_package_of_weerwoord_is_listed_for_the_wheel() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    src = ROOT / "src"
    on_disk = {".".join(p.parent.relative_to(src).parts) for p in (src / "weerwoord").rglob("__init__.py")}
    assert on_disk | {"weerwoord._resources"} == listed


def test_the_build_requirements_fit_the_metadata() -> None:
    """A licence given as an SPDX expression (PEP 639) needs setuptools 77; 76 refuses the project (tried)."""
    from packaging.requirements import Requirement

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert isinstance(pyproject["project"]["license"], str)
    (setuptools,) = [Requirement(r) for r in pyproject["build-system"]["requires"] if r.startswith("setuptools")]
    assert not setuptools.specifier.contains("76.1.0") and setuptools.specifier.contains("77.0.0")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built from a copy of the working tree (a build writes build/ and *.egg-info next to its sources)."""
    base = tmp_path_factory.mktemp("wheel")
    tree = base / "tree"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("src", "resources"):
        shutil.copytree(ROOT / name, tree / name, ignore=skip)
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, tree / name)
    done = subprocess.run(
        [*PIP_WHEEL, "-w", str(base / "dist"), str(tree)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = (base / "dist").glob("weerwoord-*.whl")
    return built


def test_the_wheel_carries_the_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        f"weerwoord/_resources/{p.relative_to(ROOT / 'resources').as_posix()}" for p in (ROOT / "resources").rglob("*")
    }
    assert {n for n in shipped if (ROOT / "resources" / n.removeprefix("weerwoord/_resources/")).is_file()} <= names
    assert "weerwoord/_resources/language/function-nl.txt" in names
    assert not any(n.startswith(("tests/", "resources/")) for n in names)
    wheel_metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    assert b"\nLicense-Expression: AGPL-3.0-or-later\n" in wheel_metadata


def test_installed_from_the_wheel_it_compares_the_example_outside_the_repository(wheel: Path, tmp_path: Path) -> None:
    """A fresh environment; the libraries it needs come from this one (no network), the program from the wheel."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    purelib = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # a plain path line: this environment's packages, after the new one's own (its editable `weerwoord` is not run)
    (purelib / "_weerwoord_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "WEERWOORD_DATA_DIR", "VIRTUAL_ENV")}
    env["WEERWOORD_DATA_DIR"] = str(tmp_path / "data")
    where = subprocess.run(
        [str(python), "-c", "import weerwoord.paths as p; print(p.__file__); print(p.resources_dir())"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    ).stdout.split("\n")
    assert Path(where[0]).is_relative_to(venv) and Path(where[1]).is_relative_to(venv), where
    resources = Path(where[1])
    run = subprocess.run(
        [str(bin_dir / "weerwoord"), "compare", *(str(resources / "example" / name) for name in EXAMPLE)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0 and run.stderr == "", run.stderr
    assert len(json.loads(run.stdout)["pairs"]) == 10
