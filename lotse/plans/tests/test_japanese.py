"""Plans in Japanese (issue 21): every plan rule that explains itself in the newcomer
languages does so in Japanese too, and a plan for a city offering Japanese is explained in
it; a city without Japanese answers in English with a notice."""

from __future__ import annotations

import json

import pytest

from lotse.core.models import City
from lotse.plans.rulebook import ruleset

pytestmark = pytest.mark.django_db

PROFILE = {"today": "2026-11-22", "purpose": "work", "citizenship": "JP", "job_offer": True}


def test_every_shared_rule_has_a_japanese_why():
    missing = [
        r.id for r in ruleset().rules if r.city is None and "uk" in r.why and "ja" not in r.why
    ]
    assert missing == []


def test_japanese_why_keeps_the_figures_of_the_english_one():
    rule = next(r for r in ruleset().rules if r.id == "settlement-blue-card")
    for number in ("27", "21"):
        assert number in rule.why["en"] and number in rule.why["ja"]


def _plan(client, city: str):
    body = json.dumps({**PROFILE, "city": city, "lang": "ja"})
    return client.post("/api/v1/plan", body, content_type="application/json")


def test_a_plan_in_a_city_offering_japanese_is_explained_in_japanese(client):
    City.objects.filter(slug="musterstadt").update(languages=["de", "en", "ja"])
    data = _plan(client, "musterstadt").json()
    assert data["lang"] == "ja" and "notice" not in data
    whys = [step["why"] for step in data["steps"]]
    assert whys and any("住民登録" in why for why in whys), whys


def test_a_plan_in_a_city_without_japanese_falls_back_to_english(client):
    data = _plan(client, "dortmund").json()
    assert data["lang"] == "en"
    assert "ja" in data["notice"]
