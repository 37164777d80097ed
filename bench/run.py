"""The benchmark: Weerwoord against bare PyMuPDF on a generated 300-page pair and the example pair.

    .venv/bin/python bench/run.py            # all figures (about 2 minutes; the pair is generated once)
    .venv/bin/python bench/run.py --quick    # one run per figure, shorter scroll

Every figure is measured in fresh processes, interpreter start included, against a baseline measured in the
same run (machines are noisy: the best of a few runs is reported). The generated pair is cached in .bench/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bigpair import VERSION, big_pair  # noqa: E402  (after the path is set)

PY = sys.executable
BARE_DICT = """
import sys, pymupdf
for f in sys.argv[1:]:
    doc = pymupdf.open(f)
    for page in doc:
        page.get_text("dict")
"""
BARE_RENDER = """
import sys, time, pymupdf
scale = float(sys.argv[1])
for f in sys.argv[2:]:
    pymupdf.open(f)[0].get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
print(time.time())
"""
GOALS = {"ratio": 1.5, "first_page": 0.5, "stall": 50.0, "rss": 400.0}


def machine() -> dict[str, str]:
    import pymupdf

    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        ram = f"{kb / 2**20:.1f} GB"
    except (OSError, ValueError, IndexError):
        pass
    try:
        import PySide6

        qt = PySide6.__version__
    except ImportError:
        qt = "-"
    try:
        load = f"{os.getloadavg()[0]:.2f}"
    except OSError:
        load = "?"
    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "ram": ram,
        "os": platform.platform(),
        "python": platform.python_version(),
        "pymupdf": f"{pymupdf.__version__} (MuPDF {pymupdf.mupdf_version})",
        "pyside6": qt,
        "load average at the start (other work on the machine)": load,
    }


def wall(cmd: list[str], **kw: object) -> float:
    return timed(cmd, **kw)[0]


def timed(cmd: list[str], **kw: object) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of a child process; CPU time suffers less from a busy machine."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, **kw)  # type: ignore[call-overload]
    elapsed = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def analysis(advice: Path, response: Path, runs: int) -> dict[str, tuple[float, float]]:
    """Best (wall, CPU) of ``weerwoord compare``, of the same in one process (no helper process), and of a bare
    get_text("dict") pass, interleaved. CPU time includes the helper process's."""
    cmd = [PY, "-m", "weerwoord", "compare", str(advice), str(response)]
    alone = dict(os.environ, WEERWOORD_PROCESSES="1")
    times: dict[str, list[tuple[float, float]]] = {"ours": [], "alone": [], "bare": []}
    for _ in range(runs):
        times["ours"].append(timed(cmd))
        times["alone"].append(timed(cmd, env=alone))
        times["bare"].append(timed([PY, "-c", BARE_DICT, str(advice), str(response)]))
    return {k: (min(w for w, _ in v), min(c for _, c in v)) for k, v in times.items()}


def first_page(advice: Path, response: Path, runs: int) -> tuple[dict[str, float], float]:
    """Seconds from process start until each pane's first page is painted; and the bare render baseline."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    best: dict[str, float] = {}
    bare: list[float] = []
    scale = 1.0
    for _ in range(runs):
        t = time.time()
        out = subprocess.run(
            [PY, str(ROOT / "bench" / "probe_gui.py"), "first-page", str(advice), str(response)],
            check=True,
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
        ).stdout
        data = json.loads(out.strip().splitlines()[-1])
        scale = float(data.get("scale") or 1.0)
        for side, stamp in data["painted"].items():
            best[side] = min(best.get(side, 1e9), stamp - t)
        t = time.time()
        stamp = float(
            subprocess.run(
                [PY, "-c", BARE_RENDER, str(scale), str(advice), str(response)],
                check=True,
                capture_output=True,
                text=True,
                cwd=ROOT,
            ).stdout.strip()
        )
        bare.append(stamp - t)
    return best, min(bare)


def scrolling(advice: Path, response: Path, seconds: float) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [PY, str(ROOT / "bench" / "probe_gui.py"), "scroll", str(advice), str(response), str(seconds)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=seconds * 3 + 300,
    )
    if out.returncode != 0:
        return {"error": (out.stderr.strip().splitlines() or ["probe failed"])[0][:200]}
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def export(advice: Path, response: Path) -> float:
    folder = Path(tempfile.mkdtemp(prefix="weerwoord-bench-"))
    try:
        return wall([PY, "-m", "weerwoord", "export", str(advice), str(response), "--out", str(folder / "out")])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def pages(path: Path) -> int:
    import pymupdf

    with pymupdf.open(path) as doc:
        return int(doc.page_count)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="one run per figure and a shorter scroll")
    parser.add_argument("--out", type=Path, help="also write the machine and the table to this Markdown file")
    args = parser.parse_args()
    runs = 1 if args.quick else 3
    scroll_seconds = 8.0 if args.quick else 20.0

    # A user's installation has the program's bytecode (Python writes it on the first run, an installer ships it);
    # where PYTHONDONTWRITEBYTECODE is set, every start would compile src/weerwoord/ from source: compile it once here.
    subprocess.run(
        [PY, "-m", "compileall", "-q", str(ROOT / "src" / "weerwoord")], check=True, stdout=subprocess.DEVNULL
    )
    m = machine()
    print("## Machine\n")
    for k, v in m.items():
        print(f"- {k}: {v}")
    t = time.perf_counter()
    big = big_pair(ROOT / ".bench")
    made = time.perf_counter() - t
    from weerwoord.paths import example_pair

    example = example_pair()
    print(f"\nGenerated pair {VERSION}: advice {pages(big[0])} p., response {pages(big[1])} p. ({made:.1f} s)\n")
    rows: list[tuple[str, str, str, str, str]] = []

    for name, (a, r) in (("example", example), ("big", big)):
        got = analysis(a, r, runs + 4)  # best of 7 (5 with --quick): the machine may be busy meanwhile
        (ours, ours_cpu), (alone, alone_cpu), (bare, bare_cpu) = got["ours"], got["alone"], got["bare"]
        goal = f"≤ {GOALS['ratio']}×"
        rows.append((f"analysis, {name} pair (wall)", f"{ours:.2f} s", f"{bare:.2f} s", f"{ours / bare:.2f}×", goal))
        rows.append(
            (
                f"analysis, {name} pair, one process (wall)",
                f"{alone:.2f} s",
                f"{bare:.2f} s",
                f"{alone / bare:.2f}×",
                "",
            )
        )
        rows.append(
            (
                f"analysis, {name} pair (CPU: all processes / one process)",
                f"{ours_cpu:.2f} s / {alone_cpu:.2f} s",
                f"{bare_cpu:.2f} s",
                f"{ours_cpu / bare_cpu:.2f}× / {alone_cpu / bare_cpu:.2f}×",
                "",
            )
        )
        print(f"analysis {name}: compare {ours:.2f} s (one process {alone:.2f} s), bare get_text('dict') {bare:.2f} s")

    painted, bare_render = first_page(*big, runs)
    for side in ("advice", "response"):
        if side in painted:
            rows.append(
                (
                    f"first page painted, {side} pane (big pair)",
                    f"{painted[side]:.2f} s",
                    f"{bare_render:.2f} s",
                    f"{painted[side] / bare_render:.1f}×",
                    f"≤ {GOALS['first_page']} s",
                )
            )
    print(f"first page: {painted}, bare render {bare_render:.2f} s")

    scroll = scrolling(*big, scroll_seconds)
    print(f"scroll: {scroll}")
    if "error" in scroll:
        rows.append(("scrolling (window)", "failed: " + str(scroll["error"]), "", "", ""))
    else:
        stalls = scroll["stall_ms"]
        assert isinstance(stalls, dict)
        for side in ("advice", "response"):
            rows.append(
                (
                    f"longest GUI stall scrolling the {side}",
                    f"{stalls[side]:.0f} ms",
                    "",
                    "",
                    f"≤ {GOALS['stall']:.0f} ms",
                )
            )
        rows.append(
            (
                "peak RSS, big pair open, both scrolled through",
                f"{float(scroll['peak_rss_mb']):.0f} MB",  # type: ignore[arg-type]
                "",
                "",
                f"≤ {GOALS['rss']:.0f} MB",
            )
        )

    seconds = export(*big)
    rows.append(("export, big pair (annotated PDFs, briefing, tables)", f"{seconds:.2f} s", "", "", "-"))
    print(f"export: {seconds:.2f} s")

    table = ["| figure | Weerwoord | bare PyMuPDF | ratio | goal |", "|---|---|---|---|---|"]
    table += ["| " + " | ".join(row) + " |" for row in rows]
    print("\n" + "\n".join(table))
    if args.out:
        stamp = time.strftime("%Y-%m-%d %H:%M", time.gmtime())
        lines = [f"Measured {stamp} UTC with `bench/run.py`{' --quick' if args.quick else ''} on:", ""]
        lines += [f"- {k}: {v}" for k, v in m.items()]
        args.out.write_text("\n".join([*lines, "", *table, ""]), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
