"""A second process that reads part of the work while this one does the rest.

Reading the text of a page (MuPDF's text page, its dictionary and its words) is most of the work of an
analysis, and pages are independent, so on a machine with two or more cores a forked helper process reads part
of a long document's pages (and, in :func:`app.core.reader.read_pair`, the whole response) and sends them back
through a pipe; if it cannot be started or dies, the caller does that work itself. Only where ``fork`` is safe
and cheap: Linux, and a process running no other thread that Python knows of — the command line. The window,
whose Qt threads Python cannot see, reads in its one worker thread and does not use a helper.
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

MIN_PAGES = 40  # below this the helper costs more than it saves (the example pair, 25 pages: 0.37 s alone, 0.40 s with)


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
    for stream in (sys.stdout, sys.stderr):  # nothing buffered here may be written twice
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    process = ctx.Process(target=_serve, args=(send, fn, args), daemon=True)
    try:
        process.start()
    except OSError:
        receive.close()
        send.close()
        return None
    send.close()
    return Job(process, receive)


def _serve(conn: Connection, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
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
