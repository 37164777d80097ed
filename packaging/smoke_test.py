"""Smoke-test a frozen build headless: --version, compare (JSON checked), export, and a window screenshot.

    .venv/bin/python packaging/smoke_test.py dist/weerwoord          (Linux, Windows)
    .venv/bin/python packaging/smoke_test.py dist/Weerwoord.app      (macOS)

The program runs with no display (Qt's offscreen platform), in a fresh network namespace when
``unshare -rn`` is permitted, with a temporary home and data folder, in English and in Dutch. Any output on
stderr that is not in ALLOWED fails the test, as qutebrowser's release script does for its frozen build.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# stderr lines that are expected and harmless, with the reason (none so far)
ALLOWED: tuple[tuple[str, str], ...] = ()
VERDICTS = {"agrees", "partly", "disagrees", "noted", "unanswered"}
# the oldest system the Linux build is for: Debian 12 (README, "Installing", says why not older)
SUPPORTED_GLIBC = "2.36"


def executable(dist: Path) -> Path:
    """The console program inside a one-folder build or a macOS .app."""
    candidates = [
        dist / "weerwoord-cli.exe",
        dist / "weerwoord.exe",
        dist / "Contents" / "MacOS" / "weerwoord-cli",
        dist / "Contents" / "MacOS" / "weerwoord",
        dist / "weerwoord",
    ]
    for path in candidates:
        if path.is_file():
            return path
    raise SystemExit(f"no weerwoord program in {dist}")


def example(program: Path) -> tuple[Path, Path]:
    """The example pair as shipped inside the build (not the checkout's copy)."""
    contents = program.parent.parent
    for base in (program.parent / "_internal", contents / "Resources", contents / "Frameworks"):
        folder = base / "resources" / "example"
        if folder.is_dir():
            return folder / "aiv-109-advies-reconstructie.pdf", folder / "kabinetsreactie-aiv-109.pdf"
    raise SystemExit("the example is not bundled in the build")


def offline_prefix() -> list[str]:
    if shutil.which("unshare"):
        try:
            if subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=30).returncode == 0:
                return ["unshare", "-rn"]
        except (OSError, subprocess.SubprocessError):
            pass
    return []


class Smoke:
    """Runs the program and collects failures and timings."""

    def __init__(self, program: Path, work: Path) -> None:
        self.program = program
        self.work = work
        self.prefix = offline_prefix()
        self.failures: list[str] = []
        self.timings: list[tuple[str, float]] = []

    def env(self, lang: str) -> dict[str, str]:
        drop = ("DISPLAY", "WAYLAND_DISPLAY", "FONTCONFIG_FILE", "LC_ALL", "LC_MESSAGES", "LANGUAGE")
        env = {k: v for k, v in os.environ.items() if k not in drop}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            HOME=str(self.work / "home"),
            XDG_CONFIG_HOME=str(self.work / "config"),
            XDG_CACHE_HOME=str(self.work / "cache"),
            WEERWOORD_DATA_DIR=str(self.work / "data"),
            LANG=lang,  # the interface language follows it (the locale need not be installed)
            LC_CTYPE="C.UTF-8",  # a UTF-8 character set that every glibc has, so Qt does not warn
        )
        return env

    def run(self, label: str, args: list[str], lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str] | None:
        start = time.monotonic()
        try:
            done = subprocess.run(
                [*self.prefix, str(self.program), *args],
                env=self.env(lang),
                capture_output=True,
                text=True,
                timeout=300,
                cwd=self.work,
            )
        except subprocess.TimeoutExpired:
            self.failures.append(f"{label}: did not finish in 300 s")
            return None
        self.timings.append((label, time.monotonic() - start))
        unexpected = [line for line in done.stderr.splitlines() if not any(re.search(p, line) for p, _why in ALLOWED)]
        if done.returncode != 0:
            self.failures.append(f"{label}: exit code {done.returncode}\n{done.stderr}")
        elif unexpected:
            self.failures.append(f"{label}: unexpected output on stderr:\n" + "\n".join(unexpected))
        return done

    def check(self, label: str, ok: bool, why: str) -> None:
        if not ok:
            self.failures.append(f"{label}: {why}")


def internal(program: Path) -> Path:
    """The folder beside the program that holds the libraries, resources and licences."""
    for folder in (program.parent / "_internal", program.parent.parent / "Frameworks"):
        if folder.is_dir():
            return folder
    return program.parent


def glibc_floor(files: list[Path]) -> tuple[int, ...]:
    """The newest GNU C library version any of the files asks for (the oldest Linux it can run on)."""
    floor: tuple[int, ...] = (0,)
    for path in files:
        done = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=False)
        for version in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", done.stdout):
            floor = max(floor, tuple(int(n) for n in version.split(".")))
    return floor


def check_contents(smoke: Smoke, program: Path) -> None:
    """Nothing that was meant to be left out is in the build; every library has its licence notice."""
    from bundle import left_out_because

    inside = internal(program)
    files = [p for p in inside.rglob("*") if p.is_file() and not p.is_symlink()]  # links point inside
    shipped = [str(p.relative_to(inside)).replace(os.sep, "/") for p in files]
    unwanted = [name for name in shipped if left_out_because(name)]
    smoke.check("contents", not unwanted, f"shipped though left out: {unwanted}")
    libraries = [p for p in files if re.search(r"\.(so(\.[\d.]+)?|dll|pyd|dylib)$", p.name)]
    index = inside / "licenses" / "BUNDLED.txt"
    if not index.is_file():
        smoke.failures.append("licences: no licenses/BUNDLED.txt")
        return
    notices = dict(line.split("\t") for line in index.read_text(encoding="utf-8").splitlines() if line)
    for lib in libraries:
        name = str(lib.relative_to(inside)).replace(os.sep, "/")
        notice = notices.get(name)
        folder = inside / "licenses" / notice if notice else None
        smoke.check(
            "licences",
            folder is not None and folder.is_dir() and any(folder.iterdir()),
            f"{name}: no licence notice ({notice or 'not listed in BUNDLED.txt'})",
        )
    if sys.platform.startswith("linux") and shutil.which("objdump"):
        floor = glibc_floor([program, *libraries])
        said = ".".join(map(str, floor))
        print(f"  needs GNU C library {said} or newer (supported base: Debian 12, glibc {SUPPORTED_GLIBC})")
        smoke.check("glibc", floor <= tuple(int(n) for n in SUPPORTED_GLIBC.split(".")), f"needs glibc {said}")


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return 0, 0
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path, help="dist/weerwoord (or dist/Weerwoord.app)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder with the outputs")
    args = parser.parse_args()
    program = executable(args.dist.resolve())
    advice, response = example(program)
    work = Path(tempfile.mkdtemp(prefix="weerwoord-smoke-"))
    smoke = Smoke(program, work)
    print(f"smoke test of {program}" + (" (no network: unshare -rn)" if smoke.prefix else " (network not isolated)"))

    from weerwoord import __version__

    done = smoke.run("--version", ["--version"])
    if done is not None:
        lines = done.stdout.strip().splitlines()
        smoke.check(
            "--version",
            bool(lines)
            and lines[0] == f"weerwoord {__version__}"
            and all(any(line.startswith(f"{name}: ") for line in lines) for name in ("Python", "PyMuPDF", "Qt"))
            and "not available" not in done.stdout,
            f"printed {done.stdout!r}",
        )

    done = smoke.run("compare", ["compare", str(advice), str(response)])
    if done is not None and done.returncode == 0:
        try:
            data = json.loads(done.stdout)
            pairs = data["pairs"]
            smoke.check("compare", len(pairs) == 10, f"{len(pairs)} recommendations, expected 10")
            smoke.check("compare", all(p["verdict"] in VERDICTS for p in pairs), "a verdict outside the five")
            smoke.check("compare", sum(p["verdict"] == "agrees" for p in pairs) >= 5, "fewer than 5 agreements")
        except (ValueError, KeyError, TypeError) as err:
            smoke.failures.append(f"compare: the JSON is not as expected ({err})")

    out = work / "export"
    done = smoke.run("export", ["export", str(advice), str(response), "--out", str(out)])
    if done is not None and done.returncode == 0:
        written = sorted(p.name for p in out.iterdir()) if out.is_dir() else []
        smoke.check("export", sum(n.endswith(".pdf") for n in written) >= 3, f"wrote {written}")
        smoke.check("export", any(n.endswith("pairs.csv") for n in written), f"no pairs.csv in {written}")

    shots = []
    for lang in ("en_GB.UTF-8", "nl_NL.UTF-8"):
        shot = work / f"window-{lang.split('.')[0]}.png"
        label = f"open --screenshot ({lang})"
        done = smoke.run(label, ["open", str(advice), str(response), "--screenshot", str(shot)], lang)
        if done is not None and done.returncode == 0:
            smoke.check(label, png_size(shot) == (1600, 1000), f"picture is {png_size(shot)}")
            shots.append(shot.read_bytes())
    if len(shots) == 2:
        smoke.check("open --screenshot", shots[0] != shots[1], "the Dutch window looks the same as the English one")

    check_contents(smoke, program)
    for label, seconds in smoke.timings:
        print(f"  {label:<32} {seconds:6.2f} s")
    if args.keep:
        print(f"outputs kept in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    if smoke.failures:
        print("FAILED:\n" + "\n".join(f"- {f}" for f in smoke.failures))
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # bundle.py beside it
    raise SystemExit(main())
