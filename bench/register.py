"""Benchmark of ``weerwoord register`` over a generated library of 50 pairs (copies of the test pairs).

Three wall times, each the median of ``--repeat`` runs:
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
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.cli import main  # noqa: E402
from tests.core.expected_pairs import DOCS, PAIRS  # noqa: E402


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


def bare(files: list[Path]) -> float:
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        total = sum(pool.map(_text_pass, [str(f) for f in files]))
    assert total > 0
    return time.perf_counter() - start


def register(library: Path, out: Path, data: Path) -> float:
    start = time.perf_counter()
    with contextlib.redirect_stderr(io.StringIO()):
        code = main(["register", str(library), "--out", str(out), "--data-dir", str(data)])
    elapsed = time.perf_counter() - start
    assert code == 0, code
    return elapsed


def run(count: int, repeat: int) -> dict[str, float]:
    import pymupdf  # noqa: F401  (imported before the pools fork, as the command line has it)

    with tempfile.TemporaryDirectory(prefix="weerwoord-bench-") as tmp:
        base = Path(tmp)
        files = make_library(base / "library", count)
        bare(files[:4])  # warm the page cache and the imports
        times: dict[str, list[float]] = {"bare": [], "register": [], "cached": []}
        for n in range(repeat):
            times["bare"].append(bare(files))
            data = base / f"data-{n}"
            times["register"].append(register(base / "library", base / f"out-{n}", data))
            times["cached"].append(register(base / "library", base / f"out-{n}", data))
        return {k: statistics.median(v) for k, v in times.items()}


def main_bench() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    result = run(args.pairs, args.repeat)
    print(f"{args.pairs} pairs, {os.cpu_count()} cores, median of {args.repeat}")
    print(f"  bare PyMuPDF text pass   {result['bare']:.2f} s")
    ratio = result["register"] / result["bare"]
    print(f"  register, first run      {result['register']:.2f} s  ({ratio:.2f} x bare; goal <= 1.5)")
    print(f"  register, cached         {result['cached']:.2f} s  (goal < 1 s)")


if __name__ == "__main__":
    main_bench()
