"""The employer view of the plan points a company hiring from abroad to the recruitment help (issue 20)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from lotse.plans.rulebook import load_rules

pytestmark = pytest.mark.django_db


def _plan(client, profile: dict[str, Any]) -> list[dict[str, Any]]:
    body = {"city": "dortmund", "today": "2026-12-02", "lang": "de", **profile}
    response = client.post("/api/v1/plan", json.dumps(body), content_type="application/json")
    assert response.status_code == 200, response.content
    return response.json()["steps"]


def test_an_employer_hiring_from_abroad_is_pointed_to_the_recruitment_help(client):
    steps = _plan(
        client,
        {
            "perspective": "employer",
            "citizenship": "IN",
            "purpose": "work",
            "qualification": "academic",
            "job_offer": True,
            "annual_salary_eur": 60000,
        },
    )
    services = [s["service"] for s in steps]
    assert "employer-recruitment-abroad" in services
    step = steps[services.index("employer-recruitment-abroad")]
    assert "ZAV" in step["why"]


def test_an_employer_whose_employee_already_lives_here_gets_no_recruitment_step(client):
    steps = _plan(
        client,
        {
            "perspective": "employer",
            "citizenship": "TN",
            "purpose": "work",
            "qualification": "vocational",
            "job_offer": True,
            "in_germany": True,
            "current_permit": "residence-permit-skilled-work",
            "permit_expires": "2027-03-15",
        },
    )
    assert "employer-recruitment-abroad" not in [s["service"] for s in steps]


def test_a_newcomer_plan_never_shows_the_employer_recruitment_step(client):
    steps = _plan(client, {"citizenship": "IN", "purpose": "work", "qualification": "academic"})
    assert "employer-recruitment-abroad" not in [s["service"] for s in steps]


def test_the_recruitment_rule_is_an_employer_rule_with_a_why_in_every_language():
    from django.conf import settings

    rule = next(r for r in load_rules().rules if r.id == "employer-recruitment-support")
    assert rule.perspective == "employer"
    assert {code for code, _name in settings.LANGUAGES} <= set(rule.why)
