"""The apps depend on each other in one direction only (docs/architecture.md):

    core -> catalog -> ask, plans, appointments, cases, international -> portal -> ops

A lower app never imports a higher one, and the apps of the middle layer never import each
other; a lower app tells a higher one about a change with a domain signal instead.
"""

from __future__ import annotations

import ast
from pathlib import Path

LOTSE = Path(__file__).resolve().parents[2]
LAYER = {
    "core": 0,
    "catalog": 1,
    "ask": 2,
    "plans": 2,
    "appointments": 2,
    "cases": 2,
    "international": 2,
    "portal": 3,
    "ops": 4,
}


def _imports() -> list[tuple[str, str, str]]:
    """(importing app, imported app, file) for every import of another lotse app."""
    found = []
    for path in sorted(LOTSE.rglob("*.py")):
        parts = path.relative_to(LOTSE).parts
        if len(parts) < 2 or "tests" in parts or "migrations" in parts:
            continue
        app = parts[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                bits = name.split(".")
                if bits[0] == "lotse" and len(bits) > 1 and bits[1] in LAYER and bits[1] != app:
                    found.append((app, bits[1], str(path.relative_to(LOTSE))))
    return found


def test_every_app_has_a_layer():
    apps = {p.parent.name for p in LOTSE.glob("*/apps.py")}
    assert apps == set(LAYER), "add the new app to LAYER and to docs/architecture.md"


def test_no_app_imports_an_app_of_its_own_or_a_higher_layer():
    wrong = [
        f"{path}: {app} imports {other}"
        for app, other, path in _imports()
        if LAYER[other] >= LAYER[app]
    ]
    assert not wrong, "\n".join(wrong)


def test_the_check_sees_imports():
    """The scan itself works: the portal does import the catalog."""
    assert ("portal", "catalog") in {(a, o) for a, o, _path in _imports()}
