"""A bounded mutation fuzzer over real PDFs: only the program's own typed errors may come out, and nothing hangs.

    .venv/bin/python tests/hardening/fuzz.py --seconds 600            # the long run
    .venv/bin/python tests/hardening/fuzz.py --seconds 30 --seed 7    # another seed

Mutants of tests/docs/*.pdf and resources/example/*.pdf (byte flips, truncation, duplicated and deleted
chunks, damaged cross-reference tables and streams) go through ``reader.read_document`` and
``compare.analyse`` in a worker process, with the analysis guard set to the per-file limit; the parent kills
and restarts the worker when a file takes longer than that. A failing mutant is saved (``--save DIR``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted(p for p in (ROOT / "tests" / "docs").glob("*.pdf") if p.stat().st_size > 0) + sorted(
    (ROOT / "resources" / "example").glob("*.pdf")
)


# --------------------------------------------------------------------------------------------- mutations


def _flip(data: bytearray, rnd: random.Random) -> str:
    for _ in range(rnd.randint(1, 16)):
        i = rnd.randrange(len(data))
        data[i] ^= 1 << rnd.randrange(8)
    return "flip"


def _random_bytes(data: bytearray, rnd: random.Random) -> str:
    i = rnd.randrange(len(data))
    n = rnd.randint(1, 64)
    data[i : i + n] = rnd.randbytes(n)
    return "random-bytes"


def _truncate(data: bytearray, rnd: random.Random) -> str:
    del data[rnd.randrange(1, len(data)) :]
    return "truncate"


def _duplicate(data: bytearray, rnd: random.Random) -> str:
    i = rnd.randrange(len(data))
    chunk = data[i : i + rnd.randint(1, 4096)]
    j = rnd.randrange(len(data))
    data[j:j] = chunk
    return "duplicate"


def _delete(data: bytearray, rnd: random.Random) -> str:
    i = rnd.randrange(len(data))
    del data[i : i + rnd.randint(1, 2048)]
    return "delete"


def _xref(data: bytearray, rnd: random.Random) -> str:
    """Damage the cross-reference table or the startxref pointer."""
    spots = [m.start() for m in re.finditer(rb"\d{10} \d{5} [nf]|startxref\s+\d+|/Prev \d+|/Size \d+", data)]
    if not spots:
        return _flip(data, rnd)
    for _ in range(rnd.randint(1, 6)):
        i = rnd.choice(spots)
        digits = [k for k in range(i, min(len(data), i + 20)) if 48 <= data[k] <= 57]
        if digits:
            data[rnd.choice(digits)] = rnd.choice(b"0123456789")
    return "xref"


def _stream(data: bytearray, rnd: random.Random) -> str:
    """Damage a stream: its bytes, its /Length or its /Filter."""
    starts = [m.end() for m in re.finditer(rb"stream\r?\n", data)]
    lengths = [m.start(1) for m in re.finditer(rb"/Length (\d+)", data)]
    choice = rnd.random()
    if lengths and choice < 0.3:
        i = rnd.choice(lengths)
        data[i : i + 1] = str(rnd.randint(0, 9)).encode() * rnd.randint(1, 3)
        return "stream-length"
    if choice < 0.4:
        filters = [m.start() for m in re.finditer(rb"/FlateDecode", data)]
        if filters:
            i = rnd.choice(filters)
            data[i : i + 12] = rnd.choice([b"/LZWDecode  ", b"/DCTDecode  ", b"/Nonsense   ", b"/ASCIIHexDec"])
            return "stream-filter"
    if not starts:
        return _flip(data, rnd)
    i = rnd.choice(starts)
    n = rnd.randint(1, 32)
    data[i : i + n] = rnd.randbytes(n)
    return "stream-bytes"


def _numbers(data: bytearray, rnd: random.Random) -> str:
    """Extreme numbers where the file has numbers (sizes, counts, coordinates)."""
    spots = [m.span() for m in re.finditer(rb"(?<=[ \[/])-?\d{1,6}(?=[ \]/>])", data)]
    if not spots:
        return _flip(data, rnd)
    for _ in range(rnd.randint(1, 4)):
        a, b = rnd.choice(spots)
        data[a:b] = rnd.choice([b"0", b"-1", b"99999999", b"1e308", b"-2147483649", b"4294967296"])
        break
    return "numbers"


MUTATIONS = (_flip, _random_bytes, _truncate, _duplicate, _delete, _xref, _stream, _stream, _numbers)


def mutate(seed: bytes, rnd: random.Random) -> tuple[bytes, str]:
    data = bytearray(seed)
    kinds = []
    for _ in range(rnd.choice((1, 1, 1, 2, 3))):
        if not data:
            break
        kinds.append(rnd.choice(MUTATIONS)(data, rnd))
    return bytes(data), "+".join(kinds)


# ------------------------------------------------------------------------------------------------ worker

WORKER = """
import json, os, sys, traceback
sys.path.insert(0, sys.argv[1])
from weerwoord.core.reading import reader
from weerwoord.core.analysis.compare import analyse
from weerwoord.core.errors import WeerwoordError
good = {side: reader.read_document(path) for side, path in (("advice", sys.argv[2]), ("response", sys.argv[3]))}
print("ready", flush=True)
for line in sys.stdin:
    path, side = line.rstrip("\\n").rsplit("\\t", 1)
    try:
        doc = reader.read_document(path)
        if side == "advice":
            analyse(doc, good["response"])
        else:
            analyse(good["advice"], doc)
        result = {"outcome": "ok"}
    except WeerwoordError as err:
        result = {"outcome": type(err).__name__, "message": err.message}
        if "\\n" in err.message or "Traceback" in err.message:
            result = {"outcome": "crash", "error": "message not plain: " + repr(err.message)}
    except BaseException as err:
        result = {"outcome": "crash", "error": f"{type(err).__name__}: {err}", "traceback": traceback.format_exc()}
    print(json.dumps(result), flush=True)
"""


@dataclass
class Report:
    mutants: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    failures: list[dict[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"{self.mutants} mutants, {len(self.failures)} failures"]
        lines.append("outcomes: " + ", ".join(f"{k} {v}" for k, v in self.outcomes.most_common()))
        lines.append("mutations (top 12): " + ", ".join(f"{k} {v}" for k, v in self.kinds.most_common(12)))
        for f in self.failures:
            lines.append(f"FAIL {f['kind']} of {f['seed']}: {f['error']} (saved as {f.get('saved', '-')})")
        return "\n".join(lines)


class Worker:
    def __init__(self, per_file: float) -> None:
        self.per_file = per_file
        self.proc: subprocess.Popen[str] | None = None

    def start(self) -> None:
        env = dict(os.environ, WEERWOORD_GUARD_SECONDS=str(self.per_file), PYTHONPATH=str(ROOT / "src"))
        good = ROOT / "tests" / "docs"
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKER,
                str(ROOT / "src"),
                str(good / "en_conclusions_advice.pdf"),
                str(good / "en_conclusions_response.pdf"),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # MuPDF may still complain on stderr; only the results count
            text=True,
            env=env,
        )
        assert self.proc.stdout is not None
        if self.proc.stdout.readline().strip() != "ready":
            raise RuntimeError("the fuzz worker did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def run(self, path: Path, side: str) -> dict[str, str]:
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        assert self.proc is not None and self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{path}\t{side}\n")
        self.proc.stdin.flush()
        answer: list[str] = []
        import threading

        reader = threading.Thread(target=lambda: answer.append(self.proc.stdout.readline()), daemon=True)  # type: ignore[union-attr]
        reader.start()
        reader.join(self.per_file * 2 + 10)
        if reader.is_alive():
            self.stop()
            return {"outcome": "crash", "error": f"hang: no answer in {self.per_file * 2 + 10:.0f} s"}
        if not answer or not answer[0]:
            code = self.proc.wait()
            self.proc = None
            return {"outcome": "crash", "error": f"the process died (exit code {code})"}
        result: dict[str, str] = json.loads(answer[0])
        return result


def run(seconds: float, seed: int = 109, per_file: float = 10.0, save: Path | None = None) -> Report:
    """Fuzz for about ``seconds``; returns what happened (``failures`` empty when all went well)."""
    rnd = random.Random(seed)
    seeds = [(p, p.read_bytes()) for p in SEEDS]
    report = Report()
    worker = Worker(per_file)
    deadline = time.monotonic() + seconds
    with tempfile.TemporaryDirectory(prefix="weerwoord-fuzz-") as tmp:
        mutant_path = Path(tmp) / "mutant.pdf"
        try:
            while time.monotonic() < deadline:
                source, data = rnd.choice(seeds)
                mutant, kind = mutate(data, rnd)
                mutant_path.write_bytes(mutant)
                side = rnd.choice(("advice", "response"))
                result = worker.run(mutant_path, side)
                report.mutants += 1
                report.kinds[kind] += 1
                report.outcomes[result["outcome"]] += 1
                if result["outcome"] == "crash":
                    failure = {"seed": source.name, "kind": kind, "side": side, "error": result["error"]}
                    if "traceback" in result:
                        failure["traceback"] = result["traceback"]
                    if save is not None:
                        save.mkdir(parents=True, exist_ok=True)
                        target = save / f"{source.stem}-{kind}-{report.mutants}.pdf"
                        target.write_bytes(mutant)
                        failure["saved"] = str(target)
                    report.failures.append(failure)
        finally:
            worker.stop()
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=109)
    parser.add_argument("--per-file", type=float, default=10.0, help="the analysis guard's limit per mutant")
    parser.add_argument("--save", type=Path, default=Path(tempfile.gettempdir()) / "weerwoord-fuzz-failures")
    args = parser.parse_args()
    report = run(args.seconds, args.seed, args.per_file, args.save)
    print(report.summary())
    for f in report.failures[:3]:
        print(f.get("traceback", ""))
    return 1 if report.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
