"""The shape of the appointments code: packages by sub-domain, no in-function imports, no import
cycle, no fixed time zone."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[1]
CODE = [p for p in APP.rglob("*.py") if "tests" not in p.parts and "migrations" not in p.parts]


def _module(path: Path) -> str:
    parts = path.relative_to(APP.parents[1]).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_services_and_views_are_packages_by_sub_domain() -> None:
    for package in ("services", "views"):
        assert not (APP / f"{package}.py").exists()
    assert {p.stem for p in (APP / "services").glob("*.py")} >= {
        "slots",
        "limits",
        "booking",
        "waitlist",
        "queue",
        "staff",
    }
    assert {p.stem for p in (APP / "views").glob("*.py")} >= {
        "booking",
        "waitlist",
        "queue",
        "staff",
    }
    assert max(len(p.read_text().splitlines()) for p in CODE) < 400


def test_no_import_inside_a_function() -> None:
    inside: list[str] = []
    for path in CODE:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for child in ast.walk(node):
                    if isinstance(child, ast.Import | ast.ImportFrom):
                        inside.append(f"{path.name}:{child.lineno}")
    assert inside == []


def test_no_import_cycle_between_appointments_modules() -> None:
    modules = {_module(p): p for p in CODE}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    targets.add(full if full in modules else node.module)
            elif isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
        graph[name] = {t for t in targets if t in modules and t != name}
    for start in graph:
        stack: list[tuple[str, list[str]]] = [(start, [start])]
        seen: set[str] = set()
        while stack:
            current, trail = stack.pop()
            for nxt in graph.get(current, ()):
                assert nxt != start, " → ".join([*trail, nxt])
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*trail, nxt]))


def test_no_fixed_time_zone_left_in_appointments() -> None:
    assert [p.name for p in CODE if "Europe/" + "Berlin" in p.read_text()] == []
