"""Write a file whole or not at all: a temporary file in the same folder, fsync, then an atomic rename."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from weerwoord.core.errors import ExportError
from weerwoord.core.words import _

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def explain(err: OSError, path: Path) -> ExportError:
    """Turn an OS error while writing ``path`` into a message a reader understands."""
    if err.errno in _FULL:
        return ExportError(
            _("The disk is full: {name} could not be written to {folder}.").format(name=path.name, folder=path.parent)
        )
    if err.errno in _DENIED:
        return ExportError(
            _("The folder {folder} cannot be written to (it is read-only or you have no permission).").format(
                folder=path.parent
            )
        )
    if err.errno == errno.ENOENT:
        return ExportError(_("The folder {folder} does not exist.").format(folder=path.parent))
    if err.errno == errno.ENAMETOOLONG:
        return ExportError(
            _("The name {name}… is too long for this system (a folder or file name may take 255 bytes).").format(
                name=path.name[:60]
            )
        )
    reason = err.strerror or str(err)
    said = _("{name} could not be written to {folder}: {reason}.")
    return ExportError(said.format(name=path.name, folder=path.parent, reason=reason))


def explain_folder(err: OSError, folder: Path) -> ExportError:
    """Turn an OS error while making or entering ``folder`` into a message a reader understands."""
    folder = Path(folder)
    if err.errno in _FULL:
        return ExportError(_("The disk is full: the folder {folder} could not be made.").format(folder=folder))
    if err.errno in _DENIED:
        return ExportError(
            _("The folder {folder} cannot be made or written to (it is read-only or you have no permission).").format(
                folder=folder
            )
        )
    if err.errno == errno.ENAMETOOLONG:
        return ExportError(
            _("The folder name {name}… is too long for this system (255 bytes at most).").format(name=folder.name[:60])
        )
    if err.errno in (errno.ENOTDIR, errno.EEXIST):
        return ExportError(
            _("The folder {folder} cannot be made: a file stands where it or a folder above it should.").format(
                folder=folder
            )
        )
    said = _("The folder {folder} cannot be made: {reason}.")
    return ExportError(said.format(folder=folder, reason=err.strerror or err))


@contextlib.contextmanager
def temp_path_for(path: Path) -> Iterator[Path]:
    """A fresh temporary path next to ``path``; on success it replaces ``path`` atomically.

    The body writes the temporary file (by name, e.g. PyMuPDF's ``save``). Whatever goes wrong,
    no temporary file is left behind and ``path`` keeps its old content.
    """
    path = Path(path)
    remove_stale(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise explain(err, path) from err
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _fsync_file(tmp)
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as err:
        _remove(tmp)
        raise explain(err, path) from err
    except ExportError as err:  # said by the writer of the temporary file: the reader knows the file it asked for
        _remove(tmp)
        err.message = err.message.replace(tmp.name, path.name)
        raise
    except Exception as err:
        _remove(tmp)
        known = _os_error_in(err)  # a library's own error type around an OS error (PyMuPDF's FzErrorSystem)
        if known is not None:
            raise explain(known, path) from err
        raise
    except BaseException:
        _remove(tmp)
        raise


STALE_SECONDS = 3600.0  # a temporary file this old was left by a write that was killed, not one under way


def remove_stale(path: Path, older_than: float = STALE_SECONDS) -> list[Path]:
    """Remove the temporary files of earlier writes of ``path`` that were killed before they could clean up
    (``.NAME.xxxxxxxx.tmp`` beside it, untouched for ``older_than`` seconds); returns those removed."""
    removed: list[Path] = []
    now = time.time()
    with contextlib.suppress(OSError):
        for tmp in Path(path).parent.glob(f".{glob.escape(Path(path).name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if now - tmp.stat().st_mtime > older_than and tmp.is_file():
                    tmp.unlink()
                    removed.append(tmp)
    return removed


def _os_error_in(err: Exception) -> OSError | None:
    """The OS error a library reported in words (``"cannot write …: No space left on device"``), else None."""
    text = str(err)
    for code in (*_FULL, *_DENIED, errno.ENAMETOOLONG):
        if os.strerror(code) in text:
            return OSError(code, os.strerror(code))
    return None


def write_with(path: Path, writer: Callable[[Path], None]) -> Path:
    """Let ``writer`` write a temporary file, then move it to ``path`` atomically."""
    with temp_path_for(path) as tmp:
        writer(tmp)
    return Path(path)


def write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically."""

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return write_with(path, write)


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    return write_bytes(path, text.encode("utf-8"))


def _mode_for(path: Path) -> int:
    """The permissions the file would get if written directly: the old file's, else 0666 minus umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def _fsync_file(path: Path) -> None:
    """Flush the written file to disk through a handle open for writing: Windows refuses to flush a read-only one
    (EBADF), which would fail every export there."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
