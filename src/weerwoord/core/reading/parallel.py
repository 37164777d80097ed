"""A second process that reads part of the work while this one does the rest.

Reading the text of a page (MuPDF's text page, its dictionary and its words) is most of the work of an
analysis, and pages are independent, so on a machine with two or more cores a forked helper process reads part
of a long pair's pages and sends them back through a pipe; if it cannot be started or dies, the caller does
that work itself. How the pages are shared out is not fixed in advance: both processes take them one at a time
(:class:`Claims`), so the one that runs faster — the other core may be busy with something else — reads more.
Only where ``fork`` is safe and cheap: Linux, and a process running no other thread that Python knows of — the
command line. The window, whose Qt threads Python cannot see, reads in its one worker thread and does not use a
helper.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # multiprocessing is imported when a helper starts (8 ms a run saved otherwise)
    from multiprocessing.connection import Connection

MIN_PAGES = 40  # below this a helper costs more than it saves (the example pair, 25 pages: 0.288 s alone, 0.294 s with)


class Claims:
    """The pages of one document, shared out page by page between this process and a helper while they read.

    One process counts its pages from the front of the document, the other from the back; each takes a page by
    reading one byte from a pipe filled with one byte per page before the helper is forked. A byte is read by one
    process only, so no page is taken twice and no lock is held (a helper killed mid-page leaves nothing locked:
    its pages are missing, and the caller reads what is missing). Pages beyond what the pipe holds are left to
    the caller, as missing pages are.
    """

    def __init__(self, pages: int) -> None:
        """Only where a helper can start (:func:`available`: Linux), where a pipe can be made non-blocking."""
        self.pages = pages
        self._taken = 0
        read_end, write_end = os.pipe()
        try:
            os.set_blocking(write_end, False)
            with contextlib.suppress(BlockingIOError):  # a pipe holds 64 KiB: more pages than documents have
                os.write(write_end, b"\0" * pages)
        finally:
            os.close(write_end)  # an empty pipe now reads as its end: no page left
        self._fd: int | None = read_end

    def next(self, from_back: bool = False) -> int | None:
        """The index of the next page this process reads (0-based), or None when all pages are taken."""
        if self._fd is None or not os.read(self._fd, 1):
            return None
        k = self._taken
        self._taken += 1
        return self.pages - 1 - k if from_back else k

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class HelperLost(Exception):
    """The helper process ended without an answer (killed, out of memory); the caller reads its share."""


def available() -> bool:
    """Whether a helper may be forked here: Linux, two or more cores, not turned off with
    ``WEERWOORD_PROCESSES=1``, and this process runs no other thread (forking a process with threads can copy a
    lock another thread holds)."""
    if not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2:
        return False
    if os.environ.get("WEERWOORD_PROCESSES", "").strip() == "1":  # the user asked for one process
        return False
    if threading.active_count() > 1:
        return False
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


class Job:
    """One call running in the helper process; a generator's items arrive one by one."""

    def __init__(self, process: Any, conn: Connection) -> None:
        self._process = process
        self._conn = conn

    def ready(self) -> bool:
        """Whether an answer (or the helper's end) is waiting, so that :meth:`receive` returns at once."""
        try:
            return bool(self._conn.poll())
        except (EOFError, OSError):
            return True  # receive() tells what happened

    def receive(self) -> Any:
        """The next answer; the call's exception is raised here. :class:`HelperLost` if the helper died."""
        try:
            ok, value = self._conn.recv()
        except (EOFError, OSError) as err:
            self.stop()
            raise HelperLost(str(err) or "the helper process ended") from err
        if ok:
            return value
        self.stop()
        raise value

    def stop(self) -> None:
        """End the helper (its work is done, or the caller stopped: cancelled, or its own part failed)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._conn.close()


def start(fn: Callable[..., Any], *args: Any) -> Job | None:
    """Run ``fn(*args)`` in a forked helper; None where that is not possible (the caller does the work)."""
    if not available():
        return None
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    _widen(send.fileno())
    for stream in (sys.stdout, sys.stderr):  # nothing buffered here may be written twice
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    process = ctx.Process(target=_serve, args=(send, fn, args, receive, os.getpid()), daemon=True)
    try:
        process.start()
    except OSError:
        receive.close()
        send.close()
        return None
    send.close()
    return Job(process, receive)


PIPE_BYTES = 1 << 20  # Linux's largest pipe by default (/proc/sys/fs/pipe-max-size); 64 KiB otherwise


def _widen(fd: int) -> None:
    """Give the helper's pipe room for several batches of pages (a page takes some 30 KB), so the helper goes
    on reading while this process is busy laying out instead of waiting for it to take the next batch."""
    with contextlib.suppress(ImportError, OSError, AttributeError):  # a smaller limit, or no F_SETPIPE_SZ
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)


def _serve(
    conn: Connection,
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    parents_end: Connection | None = None,
    parent: int | None = None,
) -> None:
    if parents_end is not None:  # the fork copied the caller's end: without this, a pipe whose reader is gone
        parents_end.close()  # would still have one (this process) and a full pipe would block here forever
    if parent is not None:
        _end_with(parent)
    try:
        result = fn(*args)
        for answer in result if inspect.isgenerator(result) else [result]:
            conn.send((True, answer))
    except BaseException as err:  # sent back and raised in the caller, which decides what it means
        try:
            conn.send((False, err))
        except Exception as unsendable:  # an unpicklable error: the caller hears of it rather than waiting
            with contextlib.suppress(Exception):  # the caller is gone (interrupted): nobody to tell
                conn.send((False, HelperLost(f"the helper's answer could not be sent: {unsendable}")))
    finally:
        conn.close()


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _end_with(parent: int) -> None:
    """Let the kernel end this helper when the process that started it ends, killed included (Linux's
    PR_SET_PDEATHSIG); if it ended before this was asked, end now. Elsewhere the closed pipe ends it: its next
    answer finds no reader."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):  # no libc to be found: the pipe still ends it
            import ctypes
            import signal

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent:
        os._exit(0)
