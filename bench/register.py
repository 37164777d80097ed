"""Benchmark of ``weerwoord register`` over a generated library of 50 pairs (copies of the test pairs).

Three wall times, each the median of ``--repeat`` runs, and beside each the CPU seconds it used (this process
and its pools' processes: less moved than the wall time by other work on a shared machine):
  bare      a PyMuPDF text pass (open, ``get_text()`` on every page) over the same files, spread over every
            core with the same kind of pool: the floor for reading the files at all;
  register  ``weerwoord register LIBRARY --out DIR`` with an empty data folder (every pair analysed, four files
            written); goal: within 1.5 × bare;
  cached    the same command again (nothing changed: every analysis from the cache); goal: under 1 s.

    .venv/bin/python bench/register.py [--pairs 50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.core.expected_pairs
sys.path.insert(0, str(ROOT / "src"))

from tests.core.expected_pairs import DOCS, PAIRS  # noqa: E402
from weerwoord.cli import main  # noqa: E402


def make_library(root: Path, count: int) -> list[Path]:
    """``count`` sub-folders, the test pairs in turn (a pair repeats after the list's end)."""
    names = sorted(PAIRS)
    files: list[Path] = []
    for n in range(count):
        name = names[n % len(names)]
        advice, response = PAIRS[name]
        folder = root / f"{n:03d}-{name}"
        folder.mkdir(parents=True)
        for f in (advice, response):
            shutil.copy(DOCS / f, folder / f)
            files.append(folder / f)
    return files


def _text_pass(path: str) -> int:
    if path.endswith(".txt"):
        return len(Path(path).read_text(encoding="utf-8", errors="replace"))
    import pymupdf

    with pymupdf.open(path) as doc:
        return sum(len(page.get_text()) for page in doc)


def cpu_seconds() -> float:
    """User and system time of this process and of its finished child processes (the pools' workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bare(files: list[Path]) -> tuple[float, float]:
    start, cpu = time.perf_counter(), cpu_seconds()
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        total = sum(pool.map(_text_pass, [str(f) for f in files]))
    assert total > 0
    return time.perf_counter() - start, cpu_seconds() - cpu


def register(library: Path, out: Path, data: Path) -> tuple[float, float]:
    start, cpu = time.perf_counter(), cpu_seconds()
    with contextlib.redirect_stderr(io.StringIO()):
        code = main(["register", str(library), "--out", str(out), "--data-dir", str(data)])
    elapsed = time.perf_counter() - start
    assert code == 0, code
    return elapsed, cpu_seconds() - cpu


def run(count: int, repeat: int) -> dict[str, tuple[float, float]]:
    import pymupdf  # noqa: F401  (imported before the pools fork, as the command line has it)

    with tempfile.TemporaryDirectory(prefix="weerwoord-bench-") as tmp:
        base = Path(tmp)
        files = make_library(base / "library", count)
        bare(files[:4])  # warm the page cache and the imports
        times: dict[str, list[tuple[float, float]]] = {"bare": [], "register": [], "cached": []}
        for n in range(repeat):
            times["bare"].append(bare(files))
            data = base / f"data-{n}"
            times["register"].append(register(base / "library", base / f"out-{n}", data))
            times["cached"].append(register(base / "library", base / f"out-{n}", data))
        return {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in times.items()}


def main_bench() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    result = run(args.pairs, args.repeat)
    print(f"{args.pairs} pairs, {os.cpu_count()} cores, median of {args.repeat}")
    (bare_wall, bare_cpu), (first_wall, first_cpu), (cached_wall, cached_cpu) = (
        result["bare"],
        result["register"],
        result["cached"],
    )
    print(f"  bare PyMuPDF text pass   {bare_wall:.2f} s   (CPU {bare_cpu:.2f} s)")
    print(
        f"  register, first run      {first_wall:.2f} s  ({first_wall / bare_wall:.2f} x bare; goal <= 1.5)"
        f"   (CPU {first_cpu:.2f} s, {first_cpu / bare_cpu:.2f} x bare)"
    )
    print(f"  register, cached         {cached_wall:.2f} s  (goal < 1 s)   (CPU {cached_cpu:.2f} s)")


if __name__ == "__main__":
    main_bench()
