"""Whole-or-nothing writes: the file is flushed to disk through a handle Windows would accept."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from weerwoord.core.keeping import atomic


@pytest.mark.skipif(sys.platform == "win32", reason="reads the handle's mode with fcntl (Linux, macOS)")
def test_the_file_is_fsynced_through_a_handle_open_for_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to fsync a read-only handle (EBADF); here one would pass, so the mode is checked instead."""
    import fcntl

    modes: list[int] = []
    fsync = os.fsync

    def checking_fsync(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode):  # the folder's handle (for the rename) is read-only everywhere
            modes.append(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE)
        fsync(fd)

    monkeypatch.setattr(os, "fsync", checking_fsync)
    target = tmp_path / "out.txt"
    atomic.write_text(target, "hele tekst")
    assert target.read_text(encoding="utf-8") == "hele tekst"
    assert modes and all(mode in (os.O_WRONLY, os.O_RDWR) for mode in modes), modes
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
