"""Fixtures of the international tests: Dortmund's international data loaded on top of the
catalog that the root conftest loads."""

from __future__ import annotations

import pytest


@pytest.fixture
def dortmund(db):
    from lotse.international.services import international_load_city

    return international_load_city(slug="dortmund")
