"""Fingerprint `weerwoord compare`'s JSON on every test pair, to prove a refactoring changed no output.

    .venv/bin/python bench/fingerprint.py > before.txt      # on the old code
    .venv/bin/python bench/fingerprint.py > after.txt       # on the new code
    diff before.txt after.txt                                # empty: same JSON on every pair

The pairs: every ``tests/docs/NAME.expected.json`` (its ``NAME_advice.*`` and ``NAME_response.*``), the shipped
example and the large benchmark pair when it has been made. Each line: the pair, the exit code and the SHA-256 of
the command's standard output, so a pair the analysis cannot read is fingerprinted too.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from score_pairs import _files  # noqa: E402


def _pairs() -> list[tuple[str, Path, Path]]:
    pairs = []
    docs = ROOT / "tests" / "docs"
    for expected in sorted(docs.glob("*.expected.json")):
        name = expected.name.removesuffix(".expected.json")
        if name == "letter_txt":  # the nl_twocol advice with a plain-text response
            pairs.append((name, docs / "nl_twocol_advice.pdf", docs / "letter_txt.txt"))
            continue
        advice, response = _files(expected)
        pairs.append((name, advice, response))
    example = ROOT / "resources" / "example"
    pairs.append(("example", example / "aiv-109-advies-reconstructie.pdf", example / "kabinetsreactie-aiv-109.pdf"))
    return pairs


def _fingerprint(pair: tuple[str, Path, Path]) -> str:
    name, advice, response = pair
    run = subprocess.run(
        [sys.executable, "-m", "weerwoord", "compare", "--no-corrections", str(advice), str(response)],
        capture_output=True,
        cwd=ROOT,
    )
    # the JSON names the files by their full path: the same output from another checkout hashes the same
    out = run.stdout.replace(str(ROOT).encode(), b"ROOT")
    return f"{name} exit={run.returncode} {hashlib.sha256(out).hexdigest()[:16]}"


def main() -> int:
    with ThreadPoolExecutor(max_workers=2) as pool:
        for line in pool.map(_fingerprint, _pairs()):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
