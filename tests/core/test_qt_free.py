"""The core never imports Qt: reading, analysis, notes and export run without PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import weerwoord.core

ROOT = Path(__file__).resolve().parents[2]


def test_core_modules_do_not_import_pyside6() -> None:
    modules = [m.name for m in pkgutil.walk_packages(weerwoord.core.__path__, "weerwoord.core.") if not m.ispkg]
    assert len(modules) >= 20
    code = (
        "import sys, importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "from weerwoord.core.analysis.compare import compare\n"
        "from weerwoord.paths import example_pair\n"
        "compare(*example_pair())\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'qtpy', 'qtawesome')))\n"
        "print(bad)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


# the stages in the order data flows through them; a stage may import the shared model and the stages before it
STAGES = ["reading", "keeping", "analysis", "publishing", "register"]


def test_stages_import_only_earlier_stages() -> None:
    import ast

    core = ROOT / "src" / "weerwoord" / "core"
    wrong = []
    for stage in STAGES:
        allowed = {f"weerwoord.core.{s}" for s in STAGES[: STAGES.index(stage) + 1]}
        for path in (core / stage).glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                elif isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                for name in names:
                    parts = name.split(".")
                    inner = parts[:2] == ["weerwoord", "core"] and len(parts) > 2 and parts[2] in STAGES
                    if inner and ".".join(parts[:3]) not in allowed:
                        wrong.append(f"{stage}/{path.name} imports {name}")
    assert wrong == []
