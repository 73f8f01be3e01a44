"""Writes for plans: storing a plan under a private token and saving its ticks."""

from __future__ import annotations

import secrets

from lotse.catalog import selectors as catalog
from lotse.plans.models import Plan
from lotse.plans.profile import Profile

TOKEN_BYTES = 24  # 192 bits: the link is the only key, so it must be unguessable


def plan_create(*, profile: Profile) -> Plan:
    """Store the answers under a new unguessable token; the steps are computed on view."""
    city = catalog.city_get(slug=profile.city)
    return Plan.objects.create(
        token=secrets.token_urlsafe(TOKEN_BYTES), city=city, profile=profile.as_json()
    )


def plan_ticks_set(*, plan: Plan, done: list[str], allowed: set[str]) -> Plan:
    """Replace the ticked steps; keys that are not steps of this plan are ignored."""
    plan.done = sorted({key for key in done if key in allowed})
    plan.save(update_fields=["done", "updated_at"])
    return plan
