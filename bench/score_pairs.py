"""Score `weerwoord compare` on test pairs against their ``*.expected.json``: links and verdicts right.

    .venv/bin/python bench/score_pairs.py tests/docs/blind10_*.expected.json

Each expected file ``NAME.expected.json`` belongs to ``NAME_advice.*`` and ``NAME_response.*`` beside it.
A recommendation counts as *found* when the analysis has a recommendation whose text starts with the
expected first words (whatever number it was given); its *link* is right when its reply contains the
expected phrase (or it has no reply where none is expected); its *verdict* is right when it equals the
expected verdict or one of its ``also``. A pair the analysis cannot read counts all its recommendations
as wrong. Recommendations found beyond those expected are not counted, but listed among the misses. It
runs the command line, as a user would, so what it scores is what users get.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _norm(s: str | None) -> str:
    return " ".join((s or "").replace("\u00ad", "").split()).lower()


def _files(expected: Path) -> tuple[Path, Path]:
    name = expected.name.removesuffix(".expected.json")
    found = {}
    for side in ("advice", "response"):
        hits = sorted(p for p in expected.parent.glob(f"{name}_{side}.*") if p.suffix in (".pdf", ".txt"))
        if not hits:
            raise SystemExit(f"no {side} file for {name}")
        found[side] = hits[0]
    return found["advice"], found["response"]


def score(expected_path: Path) -> tuple[int, int, int, list[str]]:
    """(recommendations, links right, verdicts right, misses in words)."""
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    advice, response = _files(expected_path)
    run = subprocess.run(
        [sys.executable, "-m", "weerwoord", "compare", "--no-corrections", str(advice), str(response)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if run.returncode != 0 and "--no-corrections" in run.stderr:  # older command lines lack the option
        run = subprocess.run(
            [sys.executable, "-m", "weerwoord", "compare", str(advice), str(response)],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
    recs = expected["recommendations"]
    if run.returncode != 0:
        return len(recs), 0, 0, [f"compare failed (exit {run.returncode}): {run.stderr.strip()[:200]}"]
    result = json.loads(run.stdout)
    pairs = result["pairs"]
    extra = len(pairs) - len(recs)
    extra_note = [f"{extra} more recommendations found than expected (not counted in the links)"] if extra > 0 else []
    links = verdicts = 0
    misses: list[str] = []
    for r in recs:
        want = _norm(r["starts_with"])
        pair = next((p for p in pairs if _norm(p["recommendation"]["text"]).startswith(want)), None)
        if pair is None:
            pair = next((p for p in pairs if want[:60] in _norm(p["recommendation"]["text"])), None)
        if pair is None:
            misses.append(f"{r['number']}: not found as a recommendation")
            continue
        reply = pair.get("reply")
        text = _norm(((reply or {}).get("heading") or "") + " " + (reply or {}).get("text", "")) if reply else None
        if r["reply_contains"] is None:
            ok = reply is None
        else:
            ok = text is not None and _norm(r["reply_contains"]) in text
        links += ok
        if not ok:
            misses.append(f"{r['number']}: link wrong (got {(text or 'no reply')[:70]!r})")
        good = pair["verdict"] == r["verdict"] or pair["verdict"] in r.get("also", [])
        verdicts += good
        if not good:
            misses.append(f"{r['number']}: verdict {pair['verdict']}, expected {r['verdict']}")
    return len(recs), links, verdicts, misses + extra_note


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((ROOT / "tests" / "docs").glob("*.expected.json"))
    total = links = verdicts = 0
    for path in paths:
        n, li, ve, misses = score(path)
        total, links, verdicts = total + n, links + li, verdicts + ve
        name = path.name.removesuffix(".expected.json")
        print(f"{name}: links {li}/{n}, verdicts {ve}/{n}")
        for m in misses:
            print(f"    - {m}")
    if total:
        print(
            f"TOTAL: links {links}/{total} ({100 * links / total:.0f} %), verdicts {verdicts}/{total} "
            f"({100 * verdicts / total:.0f} %) over {len(paths)} pairs"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
