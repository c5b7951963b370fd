"""The mock's modules import each other in layers (spec -> validation -> state/engine -> behaviours ->
app -> server), never in a circle: imports under TYPE_CHECKING count too."""

from __future__ import annotations

import ast
from pathlib import Path

import twelvelabs_mock

PACKAGE = Path(twelvelabs_mock.__file__).parent


def imports() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.glob("*.py"):
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                found |= {node.module.split(".")[0]} if node.module else {alias.name for alias in node.names}
        graph[path.stem] = found
    return graph


def test_no_import_circle() -> None:
    graph = imports()
    done: set[str] = set()

    def visit(module: str, trail: tuple[str, ...]) -> None:
        assert module not in trail, "import circle: " + " -> ".join((*trail, module))
        if module not in done:
            for imported in graph.get(module, set()):
                visit(imported, (*trail, module))
            done.add(module)

    for module in graph:
        visit(module, ())
    assert "app" not in graph["control"] | graph["engine"] | graph["streaming"]
