"""A short fuzz run (about 25 s, fixed seed): mutants of real PDFs give only the program's own errors.

The long run is a command: ``.venv/bin/python tests/hardening/fuzz.py --seconds 600``.
"""

from __future__ import annotations

from pathlib import Path

from tests.hardening import fuzz


def test_mutants_give_only_typed_errors(tmp_path: Path) -> None:
    report = fuzz.run(seconds=25, seed=109, per_file=10.0, save=tmp_path / "failures")
    assert report.mutants > 50
    assert not report.failures, report.summary() + "\n" + report.failures[0].get("traceback", "")


def test_mutations_are_reproducible() -> None:
    import random

    seed = fuzz.SEEDS[0].read_bytes()
    first = [fuzz.mutate(seed, random.Random(3)) for _ in range(1)]
    again = [fuzz.mutate(seed, random.Random(3)) for _ in range(1)]
    assert first == again
