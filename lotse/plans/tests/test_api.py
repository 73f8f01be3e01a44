"""POST /api/v1/plan and GET /api/v1/plans/{token}: the contract's shape and its 400s."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from lotse.core.openapi import build_spec
from lotse.plans.models import Plan

pytestmark = pytest.mark.django_db

BASE = {"city": "dortmund", "today": "2026-11-22", "purpose": "work", "citizenship": "IN"}


def post(client, data, raw=None):
    body = raw if raw is not None else json.dumps(data)
    return client.post("/api/v1/plan", body, content_type="application/json")


def test_plan_returns_ordered_steps_with_the_contract_fields(client):
    response = post(client, {**BASE, "qualification": "academic", "job_offer": True})
    assert response.status_code == 200
    steps = response.json()["steps"]
    assert steps, "a plan is never empty"
    for step in steps:
        assert {"service", "title", "due", "depends_on", "why"} <= set(step)
    seen = set()
    for step in steps:
        assert set(step["depends_on"]) <= seen, f"{step['service']} listed before its dependencies"
        seen.add(step["service"])


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"favourite_colour": "blue"}, "favourite_colour"),
        ({"citizenship": "XZ"}, "citizenship"),
        ({"citizenship": "India"}, "citizenship"),
        ({"arrival_date": "2026-02-30"}, "arrival_date"),
        ({"permit_expires": "tomorrow"}, "permit_expires"),
        ({"today": "2026-13-01"}, "today"),
        ({"purpose": "holiday"}, "purpose"),
        ({"qualification": "phd"}, "qualification"),
        ({"job_offer": "yes"}, "job_offer"),
        ({"annual_salary_eur": "lots"}, "annual_salary_eur"),
        ({"annual_salary_eur": -1}, "annual_salary_eur"),
        ({"children_ages": [3, "two"]}, "children_ages"),
        ({"children_ages": [120]}, "children_ages"),
        ({"current_permit": "golden-ticket"}, "current_permit"),
        ({"city": "atlantis"}, "city"),
        ({"perspective": "landlord"}, "perspective"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(client, change, field):
    response = post(client, {**BASE, **change})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_profile"
    assert field in error["fields"]
    assert field in error["message"]


def test_missing_purpose_and_city_are_named(client):
    response = post(client, {"citizenship": "FR"})
    assert response.status_code == 400
    assert {"purpose", "city"} <= set(response.json()["error"]["fields"])


@pytest.mark.parametrize("raw", ["not json", "[1, 2]", "null"])
def test_body_that_is_not_a_json_object_is_a_400(client, raw):
    response = post(client, None, raw=raw)
    assert response.status_code == 400
    assert response.json()["error"]["fields"]


def test_lowercase_country_code_is_accepted(client):
    response = post(client, {**BASE, "citizenship": "fr"})
    services = [s["service"] for s in response.json()["steps"]]
    assert "eu-free-movement" in services


def test_titles_and_reasons_follow_the_requested_language(client):
    german = post(client, {**BASE, "lang": "de"}).json()
    english = post(client, {**BASE, "lang": "en"}).json()
    arabic = post(client, {**BASE, "lang": "ar"}).json()
    by_service = {s["service"]: s for s in german["steps"]}
    assert by_service["residence-registration"]["title"] == "Wohnsitz anmelden"
    assert "zwei Wochen" in by_service["residence-registration"]["why"]
    en = {s["service"]: s for s in english["steps"]}["residence-registration"]
    assert "two weeks" in en["why"]
    ar = {s["service"]: s for s in arabic["steps"]}["residence-registration"]
    assert "أسبوعين" in ar["why"]
    assert arabic["lang"] == "ar"


def test_unsupported_language_falls_back_to_english_with_a_notice(client):
    data = post(client, {**BASE, "lang": "xx"}).json()
    assert data["lang"] == "en"
    assert "notice" in data


def test_every_step_names_its_legal_basis_and_a_checked_source(client):
    data = post(client, {**BASE, "qualification": "vocational", "job_offer": True}).json()
    for step in data["steps"]:
        assert step["legal_basis"], step["service"]
        for basis in step["legal_basis"]:
            assert basis["source"].startswith("https://")
            assert dt.date.fromisoformat(basis["checked"]) <= dt.date.today()


def test_blue_card_reason_quotes_the_threshold_of_the_year(client):
    data = post(
        client,
        {
            **BASE,
            "qualification": "academic",
            "job_offer": True,
            "annual_salary_eur": 60000,
            "lang": "en",
            "arrival_date": "2025-06-01",
            "today": "2025-05-01",
        },
    ).json()
    blue = {s["service"]: s for s in data["steps"]}["eu-blue-card"]
    assert "48,300" in blue["why"]
    assert "2025" in blue["why"]


def test_stored_plan_can_be_read_by_token(client):
    from lotse.plans.selectors import profile_from_data
    from lotse.plans.services import plan_create

    plan = plan_create(profile=profile_from_data({**BASE, "citizenship": "FR"}))
    plan.done = ["residence-registration"]
    plan.save()
    response = client.get(f"/api/v1/plans/{plan.token}?lang=de")
    assert response.status_code == 200
    data = response.json()
    ticks = {s["service"]: s["done"] for s in data["steps"]}
    assert ticks["residence-registration"] is True
    assert ticks["welcome-counselling"] is False
    assert data["profile"]["citizenship"] == "FR"


def test_unknown_token_is_a_json_404(client):
    response = client.get("/api/v1/plans/doesnotexist")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "plan_not_found"
    assert Plan.objects.count() == 0


def test_plan_routes_are_documented_in_openapi():
    paths = build_spec()["paths"]
    assert "post" in paths["/api/v1/plan"]
    assert "get" in paths["/api/v1/plans/{token}"]


def test_today_defaults_to_the_date_in_the_citys_own_time_zone(monkeypatch):
    """At 11:00 UTC it is already tomorrow on Kiritimati (UTC+14): a plan for a city there
    counts from the city's date, not from Berlin's."""
    import datetime as dt

    from django.utils import timezone

    from lotse.core.models import City
    from lotse.plans.selectors import profile_from_data

    City.objects.create(
        slug="kiritimati", names={"en": "Kiritimati"}, state="NW", timezone="Pacific/Kiritimati"
    )
    moment = dt.datetime(2026, 12, 2, 11, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    answers = {k: v for k, v in BASE.items() if k != "today"}
    assert profile_from_data({**answers, "city": "kiritimati"}).today == dt.date(2026, 12, 3)
    assert profile_from_data({**answers, "city": "dortmund"}).today == dt.date(2026, 12, 2)
