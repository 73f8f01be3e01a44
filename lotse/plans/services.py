"""Writes for plans: storing a plan under a private token and saving its ticks."""

from __future__ import annotations

from lotse.core.cities import city_get
from lotse.core.tokens import token_hash, token_new
from lotse.plans.models import Plan
from lotse.plans.profile import Profile


def plan_create(*, profile: Profile) -> Plan:
    """Store the answers under a new unguessable token; the steps are computed on view."""
    city = city_get(slug=profile.city)
    raw = token_new()
    plan = Plan.objects.create(token_hash=token_hash(raw), city=city, profile=profile.as_json())
    plan.token = raw
    return plan


def plan_ticks_set(*, plan: Plan, done: list[str], allowed: set[str]) -> Plan:
    """Replace the ticked steps; keys that are not steps of this plan are ignored."""
    plan.done = sorted({key for key in done if key in allowed})
    plan.save(update_fields=["done", "updated_at"])
    return plan


def plan_update(*, plan: Plan, profile: Profile) -> Plan:
    """Replace the answers of a plan (same private link); ticks of steps that remain stay."""
    plan.profile = profile.as_json()
    plan.save(update_fields=["profile", "updated_at"])
    return plan
