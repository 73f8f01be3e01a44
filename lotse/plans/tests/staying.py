"""Shared check for the staying-phase personas (dev set and held-out set)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

TODAY = "2026-11-22"
# Steps of the first weeks that someone who has lived here for years has done long ago.
FIRST_STEPS = {
    "residence-registration",
    "housing-search",
    "tax-id",
    "bank-account",
    "broadcasting-fee",
    "health-insurance",
    "social-security-number",
    "visa-national",
}


@dataclass
class Stayer:
    name: str
    profile: dict[str, Any]
    must: list[str]
    must_not: list[str] = field(default_factory=list)
    # service -> (earliest date, German level needed for it, date without that level);
    # None = the step is possible now.
    earliest: dict[str, tuple[str | None, str | None, str | None] | None] = field(
        default_factory=dict
    )
    due: dict[str, str | None] = field(default_factory=dict)
    first_steps_done: bool = True


def plan_for(client: Any, profile: dict[str, Any]) -> list[dict[str, Any]]:
    body = {"city": "dortmund", "today": TODAY, "lang": "en", "in_germany": True, **profile}
    response = client.post("/api/v1/plan", json.dumps(body), content_type="application/json")
    assert response.status_code == 200, response.content
    return response.json()["steps"]


def check(client: Any, persona: Stayer) -> None:
    steps = plan_for(client, persona.profile)
    services = [s["service"] for s in steps]
    by_service = {s["service"]: s for s in steps}
    assert len(services) == len(set(services)), "a service appears once"
    missing = [key for key in persona.must if key not in services]
    assert missing == [], f"missing {missing} in {services}"
    unwanted = set(persona.must_not) | (FIRST_STEPS if persona.first_steps_done else set())
    wrong = [key for key in services if key in unwanted]
    assert wrong == [], f"should not appear: {wrong}"
    for key, expected in persona.earliest.items():
        earliest = by_service[key]["earliest"]
        if expected is None:
            assert earliest is None, f"{key} should be possible now, got {earliest}"
            continue
        assert earliest is not None, f"{key} should show from when"
        assert (earliest["date"], earliest["german_level"], earliest["otherwise"]) == expected
        assert earliest["text"], "the 'from when' has a text"
    for key, due in persona.due.items():
        assert by_service[key]["due"] == due, key
    for step in steps:
        for before in step["depends_on"]:
            assert services.index(before) < services.index(step["service"])
