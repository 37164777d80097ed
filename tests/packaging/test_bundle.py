"""packaging/bundle.py: what the frozen build leaves out, on PySide6's real plugins and this system's libraries."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle", ROOT / "packaging" / "bundle.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = _load()


def test_network_vnc_gtk_and_unused_icon_fonts_are_left_out() -> None:
    out = bundle.left_out_because
    for dest in (
        "PySide6/Qt/lib/libQt6Network.so.6",
        "libQt6Network.so.6",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "qtawesome/fonts/materialdesignicons6-webfont-6.9.96.ttf",
        "qtawesome/fonts/fontawesome5-solid-webfont-5.15.4.ttf",
    ):
        assert out(dest), dest
    for dest in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "qtawesome/fonts/fontawesome6-solid-webfont-6.7.2.ttf",
        "qtawesome/fonts/fontawesome6-solid-webfont-charmap-6.7.2.json",
    ):
        assert out(dest) is None, dest


def test_the_window_draws_only_the_icon_font_that_is_shipped() -> None:
    """Every icon name in src/weerwoord/ is a Font Awesome 6 solid one (fa6s.…), the one font the build keeps."""
    used = set()
    for path in (ROOT / "src" / "weerwoord").rglob("*.py"):
        used |= set(
            re.findall(r"[\"'](fa5s|fa5r|fa5b|fa6s|fa6r|fa6b|fa|ei|mdi6|mdi|ph|ri|msc)\.[a-z0-9-]+", path.read_text())
        )
    assert used == {"fa6s"}
    assert bundle.ICON_FONTS_KEPT == ("fontawesome6-solid-webfont",)


def _lib(name: str) -> str:
    for folder in ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib"):
        if Path(folder, name).is_file():
            return str(Path(folder, name))
    pytest.skip(f"{name} is not on this system")


def test_under_debians_python_the_system_libraries_stay_the_systems(monkeypatch: pytest.MonkeyPatch) -> None:
    """Debian's python3 has /usr as its prefix (the ordinary user's set-up in .ci/run): the libraries in /usr/lib stay
    the system's (pruning and the Debian licence notices go by it); only the standard library's modules are Python's."""
    monkeypatch.setattr(sys, "base_prefix", "/usr")
    assert bundle.is_system("/usr/lib/x86_64-linux-gnu/libgnutls.so.30")
    assert not bundle.is_system("/usr/lib/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so")
    monkeypatch.setattr(sys, "base_prefix", "/opt/python3.11")  # a Python of its own (pyenv, python.org)
    assert bundle.is_system("/usr/lib/x86_64-linux-gnu/libgnutls.so.30")
    assert not bundle.is_system("/opt/python3.11/lib/libpython3.11.so.1.0")
    assert not bundle.is_system("/usr/lib/venv/lib/python3.11/site-packages/PySide6/Qt/lib/libQt6Core.so.6")


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("objdump"), reason="Linux, objdump")
def test_prune_drops_what_is_left_out_and_the_system_libraries_only_they_needed() -> None:
    """libcups goes (the system's serves the print plugin), and with it gnutls, which only libcups links to;
    libxcb, which the xcb platform links to, stays; a library nothing links to stays (found some other way)."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    toc = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", str(qt / "plugins/platforms/libqxcb.so"), "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", str(qt / "plugins/platforms/libqvnc.so"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", str(qt / "lib/libQt6Network.so.6"), "BINARY"),
        (
            "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
            str(qt / "plugins/printsupport/libcupsprintersupport.so"),
            "BINARY",
        ),
        ("libcups.so.2", _lib("libcups.so.2"), "BINARY"),
        ("libgnutls.so.30", _lib("libgnutls.so.30"), "BINARY"),
        ("libxcb.so.1", _lib("libxcb.so.1"), "BINARY"),
        ("libsqlite3.so.0", _lib("libsqlite3.so.0"), "BINARY"),
    ]
    kept, removed = bundle.prune(toc)
    assert [dest for dest, _src, _kind in kept] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "libxcb.so.1",
        "libsqlite3.so.0",
    ]
    assert {dest for dest, _why in removed} == {
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "libcups.so.2",
        "libgnutls.so.30",
    }
