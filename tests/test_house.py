"""House rules for src/weerwoord/: small modules and classes, no import circle in the window, a core that never
imports it."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "src" / "weerwoord"
MAX_MODULE_LINES = 600
MAX_CLASS_LINES = 300


def _modules() -> dict[str, Path]:
    """Every module of src/weerwoord/ by dotted name (a package by its name, from its __init__.py)."""
    found = {}
    for path in sorted(APP.rglob("*.py")):
        parts = list(path.relative_to(APP.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _imported(module: str, tree: ast.Module) -> Iterator[tuple[str, int]]:
    """The modules of src/weerwoord/ that ``module`` imports anywhere (at the top, under TYPE_CHECKING, inside a
    function)."""
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:  # ``from weerwoord.gui import looks`` imports the module weerwoord.gui.looks
                sub = f"{base}.{alias.name}"
                yield (sub if sub in MODULES else base), node.lineno


def _graph(prefix: str) -> dict[str, dict[str, int]]:
    """module -> {module of src/weerwoord/ it imports: the line}, for the modules under ``prefix``."""
    graph: dict[str, dict[str, int]] = {}
    for module, path in MODULES.items():
        if not module.startswith(prefix):
            continue
        edges = graph.setdefault(module, {})
        for target, line in _imported(module, ast.parse(path.read_text(encoding="utf-8"))):
            if target in MODULES and target.startswith(prefix) and target != module:
                edges.setdefault(target, line)
    return graph


def _circles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            step = next(edges, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(sorted(graph.get(step, {})))))
                elif step in on_stack:
                    low[node] = min(low[node], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def test_no_module_over_600_lines() -> None:
    long = {}
    for path in MODULES.values():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES:
            long[_name(path)] = lines
    assert not long, f"modules over {MAX_MODULE_LINES} lines: {long}"


def test_no_class_over_300_lines() -> None:
    long = {}
    for path in MODULES.values():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                lines = (node.end_lineno or node.lineno) - first + 1
                if lines > MAX_CLASS_LINES:
                    long[f"{_name(path)}:{node.name}"] = lines
    assert not long, f"classes over {MAX_CLASS_LINES} lines: {long}"


def test_no_import_circle_in_the_window() -> None:
    graph = _graph("weerwoord.gui")
    said = []
    for group in _circles(graph):
        members = set(group)
        edges = [f"{a} -> {b} (line {graph[a][b]})" for a in group for b in sorted(graph[a]) if b in members]
        said.append("; ".join(edges))
    assert not said, "import circles in src/weerwoord/gui (TYPE_CHECKING and function imports count):\n" + "\n".join(
        said
    )


def test_the_core_never_imports_the_window() -> None:
    found = []
    for module, path in MODULES.items():
        if not module.startswith("weerwoord.core"):
            continue
        for target, line in _imported(module, ast.parse(path.read_text(encoding="utf-8"))):
            if target == "weerwoord.gui" or target.startswith("weerwoord.gui."):
                found.append(f"{_name(path)}:{line} imports {target}")
    assert not found, found


def test_the_circle_finder_finds_a_circle() -> None:
    """The check above can fail: a circle of three and a lone edge, found as one group."""
    graph = {"a": {"b": 1}, "b": {"c": 1}, "c": {"a": 1}, "d": {"a": 1}}
    assert _circles(graph) == [["a", "b", "c"]]
