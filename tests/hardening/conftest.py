"""The window fixtures of tests/gui (offscreen, temporary settings and data) for the window hardening tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import FakeDialogs, make_window, settings

__all__ = ["FakeDialogs", "make_window", "settings"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform plugin warns that it cannot pass size hints to a window manager it lacks."""
    here = Path(__file__).resolve().parent
    for item in items:
        if Path(str(item.fspath)).resolve().parent == here:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))
