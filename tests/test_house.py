"""The shape of the house: no import cycle anywhere in app/, and no Qt below app/gui.

Imports are read from the source (every import counts, inside functions and under
TYPE_CHECKING too), so a cycle cannot hide behind a lazy or type-only import."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"


def module_name(path: Path, root: Path = APP) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, name: str) -> set[str]:
    """Every module named by an import in ``path`` (relative imports resolved)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def import_graph(root: Path = APP) -> dict[str, set[str]]:
    """Module → the app modules it imports (a package's own ``__init__`` left out of its
    children's edges: importing ``app.x.y`` runs ``app.x`` first, which is not a cycle)."""
    files = {module_name(p, root): p for p in root.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        edges: set[str] = set()
        for target in imports_of(path, name):
            while target and target not in files:
                target = target.rpartition(".")[0]
            is_own_package = files.get(target, path).name == "__init__.py" and name.startswith(
                target + "."
            )
            if target and target != name and not is_own_package:
                edges.add(target)
        graph[name] = edges
    return graph


def cycles_in(graph: dict[str, set[str]]) -> set[tuple[str, ...]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: set[tuple[str, ...]] = set()

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.add(tuple(sorted(group)))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle_in_app() -> None:
    cycles = cycles_in(import_graph())
    found = sorted(" <-> ".join(c) for c in cycles)
    assert not found, "import cycles: " + "; ".join(found)


def test_no_qt_below_gui() -> None:
    below = [
        module_name(p)
        for p in APP.rglob("*.py")
        if not module_name(p).startswith("app.gui")
        and any(m.split(".")[0] in ("PySide6", "shiboken6") for m in imports_of(p, module_name(p)))
    ]
    assert not below, "Qt imported below app/gui: " + ", ".join(sorted(below))


def test_the_cycle_check_sees_hidden_imports(tmp_path: Path) -> None:
    """The cycle check on a small made-up package: a type-only import closes a cycle, a
    relative import inside a function is followed, a package's own __init__ is none."""
    pkg = tmp_path / "app" / "shop"
    pkg.mkdir(parents=True)
    (tmp_path / "app" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from app.shop.b import B\n")
    (pkg / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.shop import a\n"
    )
    (pkg / "c.py").write_text("def f():\n    from .a import A\n")
    graph = import_graph(tmp_path / "app")
    assert graph["app.shop.c"] == {"app.shop.a"}
    assert cycles_in(graph) == {("app.shop.a", "app.shop.b")}
