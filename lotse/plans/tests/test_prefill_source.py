"""The plans app offers a plan's profile (by its private token) to the core profile registry."""

from __future__ import annotations

from lotse.core.models import City
from lotse.core.profiles import profile_by_token
from lotse.core.tokens import token_hash
from lotse.plans.models import Plan


def test_plan_profile_by_token(db):
    Plan.objects.create(
        token_hash=token_hash("tok-1234567890"),
        city=City.objects.get(slug="dortmund"),
        profile={"citizenship": "IN", "purpose": "work"},
    )
    assert profile_by_token("tok-1234567890") == {"citizenship": "IN", "purpose": "work"}
    assert profile_by_token("other") is None
