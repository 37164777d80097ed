"""Read the lock (packaging/lock/*.txt) and compare it with the packages an environment has installed.

    .venv/bin/python packaging/lockcheck.py packaging/lock/dev.txt    # exit 1 and a list when they differ

The frozen build runs the same check (packaging/weerwoord.spec), so what is bundled is what the lock says.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.utils import canonicalize_name
from packaging.version import Version

_PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;\\]+)\s*(?:;(?P<marker>[^\\]*))?")


@dataclass(frozen=True)
class Pin:
    """One locked package: its name (canonical), exact version, marker (or None) and file hashes."""

    name: str
    version: str
    marker: Marker | None
    hashes: tuple[str, ...]

    def applies(self, environment: dict[str, str] | None = None) -> bool:
        return self.marker is None or self.marker.evaluate(environment)


def read_lock(path: Path) -> list[Pin]:
    """The pins of a lock written by `uv pip compile --generate-hashes` (or pip-compile)."""
    pins: list[Pin] = []
    text = path.read_text(encoding="utf-8")
    # a requirement goes on over lines ending in a backslash; comments stand on lines of their own
    for entry in re.split(r"\n(?=\S)", text):
        entry = entry.strip()
        if not entry or entry.startswith("#"):
            continue
        match = _PIN.match(entry)
        if not match:
            raise ValueError(f"{path.name}: not an exact pin: {entry.splitlines()[0]}")
        marker = match["marker"].strip() if match["marker"] else ""
        pins.append(
            Pin(
                name=canonicalize_name(match["name"]),
                version=match["version"],
                marker=Marker(marker) if marker else None,
                hashes=tuple(re.findall(r"--hash=(sha256:[0-9a-f]{64})", entry)),
            )
        )
    return pins


def mismatches(lock: Path) -> list[str]:
    """What this Python's installed packages differ in from the lock's pins that apply here, one line each."""
    out = []
    for pin in read_lock(lock):
        if not pin.applies():
            continue
        try:
            have = metadata.version(pin.name)
        except metadata.PackageNotFoundError:
            out.append(f"{pin.name}: not installed (the lock says {pin.version})")
            continue
        if Version(have) != Version(pin.version):
            out.append(f"{pin.name}: {have} installed, the lock says {pin.version}")
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    wrong = mismatches(Path(argv[0]))
    for line in wrong:
        print(line)
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
