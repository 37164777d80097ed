"""The helper process ends with its caller: killed, the caller leaves no helper blocked behind it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CALLER = r"""
import os, sys, time
from weerwoord.core.reading import parallel

def endless():
    while True:
        yield b"x" * 65536  # fills the pipe: the helper blocks in send until someone reads

job = parallel.start(endless)
if job is None:
    print("none", flush=True)
    sys.exit(0)
print(job._process.pid, flush=True)
time.sleep(300)
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has ended; nobody may be left to reap it in a container


@pytest.mark.skipif(not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2, reason="no helper here")
@pytest.mark.parametrize("how", ["sigkill", "sigterm"])
def test_killing_the_caller_ends_its_helper(how: str) -> None:
    caller = subprocess.Popen(
        [sys.executable, "-c", CALLER],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert caller.stdout is not None
    line = caller.stdout.readline().strip()
    if line == "none":
        pytest.skip("a helper cannot start here")
    helper = int(line)
    assert _running(helper)
    caller.send_signal(signal.SIGKILL if how == "sigkill" else signal.SIGTERM)
    caller.wait(timeout=30)
    for _ in range(300):  # a bounded wait for the kernel, not a measure of speed
        if not _running(helper):
            break
        time.sleep(0.1)
    else:
        os.kill(helper, signal.SIGKILL)
        pytest.fail("the helper process outlived its caller")
