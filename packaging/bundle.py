"""What the frozen build leaves out, and the licence notice for everything it ships (used by weerwoord.spec).

PyInstaller collects every Qt plugin of PySide6 and, on Linux, the system libraries they link to. Left out here:
the parts a desktop program that never touches the network does not use (Qt Network, the VNC server, TUIO touch
over the network, the full-screen embedded platforms), the GTK theme plugin (it would load the desktop's GTK
against the build machine's cairo and pango), libcups (the print plugin uses the system's own, which speaks to
the system's printing service), and every system library that only those needed. Each file that stays gets a
licence notice: the Python package's own licence files, Qt's (LGPL), Python's, or — for a library taken from the
build machine — its Debian copyright file. licenses/BUNDLED.txt lists every shipped library with its notice;
packaging/smoke_test.py checks that list against the built folder.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

# (part of a file's place in the build, why it is left out)
LEFT_OUT: tuple[tuple[str, str], ...] = (
    ("libQt6Network.so", "no network code: nothing in the program can reach the network"),
    ("plugins/platforms/libqvnc.so", "a VNC server, and Qt Network with it"),
    ("plugins/generic/libqtuiotouchplugin.so", "TUIO touch events received over the network"),
    ("plugins/platforms/libqeglfs.so", "full-screen embedded platform; the desktop uses xcb or wayland"),
    ("plugins/platforms/libqlinuxfb.so", "framebuffer platform of embedded devices"),
    ("plugins/platforms/libqminimalegl.so", "embedded platform"),
    ("plugins/platforms/libqvkkhrdisplay.so", "embedded Vulkan display platform"),
    ("plugins/egldeviceintegrations/", "the embedded platform's device back-ends"),
    ("libQt6EglFS", "the embedded platform's libraries (EglFSDeviceIntegration, EglFsKmsSupport)"),
    ("plugins/platformthemes/libqgtk3.so", "GTK theme: would mix the desktop's GTK with the bundled cairo/pango"),
    ("libcups.so", "the print plugin uses the system's libcups, which matches its printing service"),
)
# qtawesome's fonts: the window draws Font Awesome 6 solid icons only (src/weerwoord/gui/theme.py)
ICON_FONTS_KEPT = ("fontawesome6-solid-webfont",)
SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def left_out_because(dest: str) -> str | None:
    """Why a file at this place in the build is not shipped, or None when it is."""
    dest = dest.replace(os.sep, "/")
    for part, why in LEFT_OUT:
        if part.lower() in dest.lower():
            return why
    name = dest.rsplit("/", 1)[-1]
    if "qtawesome/fonts/" in dest and not name.startswith(ICON_FONTS_KEPT):
        return "an icon font the window does not use"
    return None


def _of_python(real: str) -> bool:
    """A file of the Python installation itself. Debian's python3 has the system's /usr as its prefix: there only
    the standard library's folders are Python's (its libpython and everything else in /usr/lib are the system's)."""
    base = os.path.realpath(sys.base_prefix).rstrip("/")
    if base in ("", "/usr"):
        return real.startswith(f"{base}/lib/python3")
    return real.startswith(f"{base}/")


def is_system(src: str) -> bool:
    """A library taken from the build machine (not from a Python package or the Python installation)."""
    real = os.path.realpath(src)
    return real.startswith(SYSTEM_DIRS) and "site-packages" not in real and not _of_python(real)


def needed(path: str) -> list[str]:
    """The libraries an ELF file links to by name (DT_NEEDED), read with objdump (which PyInstaller needs too)."""
    done = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False)
    return re.findall(r"^\s*NEEDED\s+(\S+)", done.stdout, flags=re.M)


def _reached(roots: Iterable[str], by_name: dict[str, str]) -> set[str]:
    """Names of the libraries in by_name (name → file) that the roots link to, directly or not."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        for name in needed(todo.pop()):
            if name in by_name and name not in seen:
                seen.add(name)
                todo.append(by_name[name])
    return seen


def prune(binaries: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """The binaries (PyInstaller's TOC) without what is left out and the system libraries only that needed.

    A system library none of the original files links to (found by PyInstaller some other way) stays.
    """
    removed = [(dest, why) for dest, _src, _kind in binaries if (why := left_out_because(dest))]
    gone = {dest for dest, _why in removed}
    kept = [entry for entry in binaries if entry[0] not in gone]
    if not sys.platform.startswith("linux"):
        return kept, removed
    system = {os.path.basename(dest): src for dest, src, _kind in binaries if is_system(src)}
    before = _reached((src for _dest, src, _kind in binaries if not is_system(src)), system)
    still = {name: src for name, src in system.items() if name not in {os.path.basename(d) for d in gone}}
    after = _reached((src for dest, src, _kind in kept if not is_system(src)), still)
    orphans = before - after
    removed += [
        (dest, "needed only by what was left out") for dest, _s, _k in kept if os.path.basename(dest) in orphans
    ]
    return [e for e in kept if os.path.basename(e[0]) not in orphans], removed


def debian_packages(paths: Iterable[str]) -> dict[str, str]:
    """The Debian package of each file (by its real path), for those dpkg knows."""
    asked: dict[str, str] = {}
    for path in paths:
        real = os.path.realpath(path)
        asked[real] = path
        if real.startswith("/usr/lib/"):
            asked[real.removeprefix("/usr")] = path  # dpkg lists some libraries under /lib (before merged /usr)
    done = subprocess.run(["dpkg", "-S", *asked], capture_output=True, text=True, check=False)
    out = {}
    for line in done.stdout.splitlines():
        package, _, file = line.partition(": ")
        if file in asked and "," not in package:
            out[asked[file]] = package.split(":")[0]
    return out


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _distribution_of(src: str, top_levels: dict[str, list[str]]) -> str | None:
    parts = Path(src).parts
    if "site-packages" in parts:
        top = parts[parts.index("site-packages") + 1]
        top = top.split(".")[0]  # a module file: rapidfuzz.so, _cffi_backend.cpython-311-….so
        names = top_levels.get(top)
        if names:
            return names[0]
        if top.endswith(".libs"):  # auditwheel's folder of vendored libraries, e.g. pymupdf_lite.libs
            return top.removesuffix(".libs")
    return None


def licences(
    root: Path, pure: Iterable[tuple[str, str, str]], binaries: list[tuple[str, str, str]]
) -> tuple[list[tuple[str, str]], str]:
    """(file, folder in the build) of every licence notice, and licenses/BUNDLED.txt: each library → its notice."""
    top_levels = metadata.packages_distributions()
    dists = {"PySide6-Essentials", "shiboken6"}
    for module, _src, _kind in pure:
        dists.update(top_levels.get(module.split(".")[0], []))
    out = [
        (str(root / "LICENSE"), "licenses/weerwoord"),
        (str(root / "resources/fonts/LICENSE-DejaVu.txt"), "licenses/dejavu-fonts"),
        (str(root / "packaging/licenses/LGPL-3.0.txt"), "licenses/qt-pyside6"),
        (str(root / "packaging/licenses/GPL-3.0.txt"), "licenses/qt-pyside6"),
    ]
    python_licence = (
        Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt"
    )
    if python_licence.is_file():
        out.append((str(python_licence), "licenses/python"))
    folder_of: dict[str, str] = {}  # canonical distribution name → its folder under licenses/
    for name in sorted(dists):
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for f in dist.files or []:
            if any(word in f.name.upper() for word in ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")):
                out.append((str(f.locate()), f"licenses/{dist.metadata['Name']}"))
                folder_of[_canonical(dist.metadata["Name"])] = dist.metadata["Name"]
    system = [src for _dest, src, _kind in binaries if is_system(src)]
    packages = debian_packages(system) if system and sys.platform.startswith("linux") else {}
    for package in sorted(set(packages.values())):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            out.append((str(copyright_file), f"licenses/debian/{package}"))
    index = []
    for dest, src, _kind in sorted(binaries):
        if src in packages:
            notice = f"debian/{packages[src]}"
        elif os.path.realpath(src).startswith(os.path.realpath(sys.base_prefix)) and "site-packages" not in src:
            notice = "python"
        else:
            dist_name = _canonical(_distribution_of(src, top_levels) or "?")
            if dist_name in ("pyside6-essentials", "shiboken6"):
                notice = "qt-pyside6"  # the wheels carry no licence file: the LGPL texts of packaging/licenses
            else:
                notice = folder_of.get(dist_name, "?")
        index.append(f"{dest}\t{notice}")
    return out, "\n".join(index) + "\n"
