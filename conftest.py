"""Shared test fixtures: the catalog of Dortmund and of the made-up second city, loaded once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

MUSTERSTADT = (
    Path(__file__).parent / "lotse" / "catalog" / "tests" / "data" / "cities" / "musterstadt"
)


def load_test_cities() -> None:
    from lotse.catalog.services import catalog_load_city

    catalog_load_city(slug="dortmund")
    catalog_load_city(directory=MUSTERSTADT)


@pytest.fixture(scope="session")
def django_db_setup(
    django_db_setup: None, django_db_blocker: pytest.FixtureRequest
) -> Iterator[None]:
    """Every database test starts with Dortmund and Musterstadt loaded (rolled back per test)."""
    with django_db_blocker.unblock():  # type: ignore[attr-defined]
        load_test_cities()
    yield
