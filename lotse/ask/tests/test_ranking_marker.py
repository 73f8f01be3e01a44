"""The `ranking` marker (pyproject.toml) lets CI run a test module once, on SQLite, instead of
on both backends: it must only ask the search and the answer tables about the catalog they
read into memory. A module marked so that writes to the database, uses the HTTP client, a
transaction, a management command, the task queue, a live server or a browser would hide a
PostgreSQL difference: this test names it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.ranking

HERE = Path(__file__).parent
# What a module that depends on the database backend does (writes, requests, transactions,
# commands, tasks, servers, browsers, the shared cache).
BACKEND_BOUND = re.compile(
    r"objects\.(?:create|update|get_or_create|update_or_create|bulk_create)|"
    r"\.(?:save|delete|update)\(|client\.|Client\(|transaction|call_command|search_tasks|"
    r"on_commit|live_server|subprocess|service_text_update|catalog_load|SearchEmbedding|"
    r"DBTaskResult|browser|cache\.(?:set|clear|delete)|connection\b|raw\(|cursor\(|"
    # the search's own writers: re-indexing a city, storing embeddings
    r"search_index|search_embed"
)


def _marked() -> list[Path]:
    """The marked modules but this one, whose pattern names everything it looks for."""
    return sorted(
        path
        for path in HERE.glob("test_*.py")
        if "pytest.mark.ranking" in path.read_text() and path.name != Path(__file__).name
    )


def test_most_search_modules_are_marked():
    assert len(_marked()) > 100  # the parametrized pins of routing and answers


@pytest.mark.parametrize("path", _marked(), ids=lambda path: path.name)
def test_a_ranking_module_touches_nothing_the_backend_decides(path):
    found = BACKEND_BOUND.search(path.read_text())
    assert found is None, f"{path.name} uses {found.group(0)!r}: not a ranking module"


def test_the_pattern_finds_a_module_that_writes():
    written = "def test_x(city):\n    city.save()\n    Service.objects.create(key='x')\n"
    assert BACKEND_BOUND.search(written)
    assert BACKEND_BOUND.search("response = client.get('/de/dortmund/')")
    assert BACKEND_BOUND.search("services.search_index_city(city=city)")
    assert BACKEND_BOUND.search("selectors.search(city=city, query='Kindergeld')") is None
