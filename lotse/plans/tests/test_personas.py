"""Personas: for each newcomer (or employer), what the plan must contain, must not, in which
order and with which due dates. Expectations follow the law cited in the rules files."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest

pytestmark = pytest.mark.django_db

TODAY = "2026-11-22"
PERMITS = {
    "visa-national",
    "eu-blue-card",
    "residence-permit-skilled-work",
    "residence-permit-study",
    "residence-permit-training",
    "residence-permit-self-employment",
    "opportunity-card",
    "family-reunification",
    "accelerated-skilled-worker-procedure",
}
NEVER = {
    "naturalisation",
    "settlement-permit",
    "residence-deregistration",
    "vehicle-registration",
    "certificate-of-conduct",
}


@dataclass
class Persona:
    name: str
    profile: dict[str, Any]
    must: list[str]
    must_not: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)  # these appear in this order
    due: dict[str, str | None] = field(default_factory=dict)
    overdue: list[str] = field(default_factory=list)


PERSONAS = [
    Persona(
        "Ukrainian mother with a 3- and an 8-year-old, temporary protection",
        {
            "citizenship": "UA",
            "purpose": "protection",
            "in_germany": True,
            "arrival_date": "2026-11-15",
            "children_ages": [3, 8],
        },
        must=["temporary-protection", "daycare-place", "school-enrolment", "broadcasting-fee"],
        # Urgent and lead-timed steps before the broadcasting fee.
        order=["temporary-protection", "daycare-place", "broadcasting-fee"],
        # Kita: six months before it is needed (from arrival).
        due={"daycare-place": "2026-05-15"},
        overdue=["daycare-place"],
    ),
    Persona(
        "French engineer with a flat, EU free movement, drives",
        {
            "citizenship": "FR",
            "purpose": "work",
            "job_offer": True,
            "has_housing": True,
            "arrival_date": "2026-12-01",
            "qualification": "academic",
            "annual_salary_eur": 70000,
            "drives_car": True,
        },
        must=[
            "welcome-counselling",
            "residence-registration",
            "eu-free-movement",
            "health-insurance",
            "tax-id",
            "social-security-number",
            "bank-account",
        ],
        must_not=[
            *PERMITS,
            "integration-course",
            "recognition-of-qualifications",
            "driving-licence-conversion",
            "housing-search",
        ],
        order=["residence-registration", "eu-free-movement"],
        due={"residence-registration": "2026-12-15"},
    ),
    Persona(
        "Polish job seeker without a flat",
        {"citizenship": "PL", "purpose": "job-search", "qualification": "vocational"},
        must=[
            "housing-search",
            "residence-registration",
            "job-seeker-registration",
            "eu-free-movement",
            "language-course",
        ],
        must_not=[*PERMITS, "social-security-number", "basic-income-support"],
        order=["housing-search", "residence-registration", "job-seeker-registration"],
        due={"residence-registration": None},
    ),
    Persona(
        "Swiss student",
        {
            "citizenship": "CH",
            "purpose": "study",
            "has_housing": True,
            "arrival_date": "2027-03-31",
        },
        must=["eu-free-movement", "language-course", "residence-registration", "health-insurance"],
        must_not=[*PERMITS, "tax-id", "integration-course"],
        due={"residence-registration": "2027-04-14"},
    ),
    Persona(
        "Indian software engineer abroad, Blue Card, degree not yet recognised",
        {
            "citizenship": "IN",
            "purpose": "work",
            "qualification": "academic",
            "job_offer": True,
            "annual_salary_eur": 60000,
            "arrival_date": "2026-12-15",
        },
        must=[
            "recognition-of-qualifications",
            "accelerated-skilled-worker-procedure",
            "visa-national",
            "housing-search",
            "residence-registration",
            "eu-blue-card",
            "health-insurance",
            "tax-id",
            "integration-course",
        ],
        must_not=[
            "residence-permit-skilled-work",
            "opportunity-card",
            "eu-free-movement",
            "fictional-certificate",
            "residence-permit-extension",
        ],
        order=[
            "recognition-of-qualifications",
            "accelerated-skilled-worker-procedure",
            "visa-national",
            "housing-search",
            "residence-registration",
            "eu-blue-card",
            "integration-course",
        ],
        # Counted back: 12 weeks of visa processing before the day before arrival (2026-12-14).
        due={"visa-national": "2026-09-21", "residence-registration": None, "eu-blue-card": None},
        overdue=["visa-national"],
    ),
    Persona(
        "Brazilian doctor in the reduced Blue Card band, degree recognised",
        {
            "citizenship": "BR",
            "purpose": "work",
            "qualification": "academic",
            "qualification_recognised": True,
            "job_offer": True,
            "annual_salary_eur": 46000,
        },
        must=["eu-blue-card", "visa-national", "accelerated-skilled-worker-procedure"],
        must_not=["residence-permit-skilled-work", "recognition-of-qualifications"],
        order=["visa-national", "eu-blue-card"],
    ),
    Persona(
        "Indian graduate paid below the Blue Card threshold",
        {
            "citizenship": "IN",
            "purpose": "work",
            "qualification": "academic",
            "qualification_recognised": True,
            "job_offer": True,
            "annual_salary_eur": 40000,
        },
        must=["residence-permit-skilled-work", "visa-national"],
        must_not=["eu-blue-card", "opportunity-card"],
        order=["visa-national", "residence-permit-skilled-work"],
    ),
    Persona(
        "US data scientist already here without a visa (§ 41 AufenthV), Blue Card",
        {
            "citizenship": "US",
            "purpose": "work",
            "qualification": "academic",
            "qualification_recognised": True,
            "job_offer": True,
            "annual_salary_eur": 70000,
            "in_germany": True,
            "has_housing": True,
            "arrival_date": "2026-11-10",
        },
        must=["residence-registration", "eu-blue-card", "health-insurance"],
        must_not=[
            "visa-national",
            "accelerated-skilled-worker-procedure",
            "eu-free-movement",
            "housing-search",
        ],
        order=["residence-registration", "eu-blue-card"],
        due={"residence-registration": "2026-11-24", "eu-blue-card": "2027-02-08"},
    ),
    Persona(
        "Japanese cook (vocational), enters visa-free, qualification not recognised",
        {
            "citizenship": "JP",
            "purpose": "work",
            "qualification": "vocational",
            "job_offer": True,
            "arrival_date": "2027-01-15",
            "has_housing": True,
        },
        must=[
            "recognition-of-qualifications",
            "residence-permit-skilled-work",
            "residence-registration",
        ],
        must_not=["visa-national", "accelerated-skilled-worker-procedure", "eu-blue-card"],
        order=["recognition-of-qualifications", "residence-permit-skilled-work"],
        due={"residence-permit-skilled-work": "2027-04-15", "residence-registration": "2027-01-29"},
    ),
    Persona(
        "British electrician (vocational, recognised) after Brexit",
        {
            "citizenship": "GB",
            "purpose": "work",
            "qualification": "vocational",
            "qualification_recognised": True,
            "job_offer": True,
            "arrival_date": "2027-02-01",
        },
        must=["residence-permit-skilled-work"],
        must_not=["eu-free-movement", "visa-national", "recognition-of-qualifications"],
        due={"residence-permit-skilled-work": "2027-05-02"},
    ),
    Persona(
        "Filipino nurse (vocational) abroad with a job offer",
        {"citizenship": "PH", "purpose": "work", "qualification": "vocational", "job_offer": True},
        must=[
            "recognition-of-qualifications",
            "accelerated-skilled-worker-procedure",
            "visa-national",
            "residence-permit-skilled-work",
            "social-security-number",
        ],
        must_not=["eu-blue-card", "opportunity-card"],
        order=[
            "recognition-of-qualifications",
            "accelerated-skilled-worker-procedure",
            "visa-national",
            "residence-registration",
            "residence-permit-skilled-work",
        ],
    ),
    Persona(
        "Indian engineer who came with a national visa that runs out",
        {
            "citizenship": "IN",
            "purpose": "work",
            "qualification": "academic",
            "qualification_recognised": True,
            "job_offer": True,
            "annual_salary_eur": 55000,
            "in_germany": True,
            "has_housing": True,
            "arrival_date": "2026-11-20",
            "current_permit": "visa-national",
            "permit_expires": "2027-02-28",
        },
        must=["residence-registration", "eu-blue-card"],
        must_not=[
            "visa-national",
            "residence-permit-extension",
            "accelerated-skilled-worker-procedure",
        ],
        order=["residence-registration", "eu-blue-card"],
        due={"eu-blue-card": "2027-02-28", "residence-registration": "2026-12-04"},
    ),
    Persona(
        "Chinese student abroad",
        {"citizenship": "CN", "purpose": "study", "arrival_date": "2027-09-20"},
        must=[
            "visa-national",
            "residence-permit-study",
            "health-insurance",
            "language-course",
            "residence-registration",
        ],
        must_not=[
            "tax-id",
            "social-security-number",
            "integration-course",
            "eu-blue-card",
            "recognition-of-qualifications",
        ],
        order=["visa-national", "health-insurance", "residence-permit-study"],
        due={"visa-national": "2027-06-27"},  # 12 weeks before 2027-09-19
    ),
    Persona(
        "Vietnamese apprentice",
        {"citizenship": "VN", "purpose": "training", "qualification": "none"},
        must=["visa-national", "residence-permit-training", "tax-id", "social-security-number"],
        must_not=["eu-blue-card", "residence-permit-skilled-work", "recognition-of-qualifications"],
        order=["visa-national", "residence-permit-training"],
    ),
    Persona(
        "Turkish technician looking for work: opportunity card",
        {"citizenship": "TR", "purpose": "job-search", "qualification": "vocational"},
        must=[
            "recognition-of-qualifications",
            "visa-national",
            "opportunity-card",
            "integration-course",
        ],
        must_not=[
            "job-seeker-registration",
            "eu-blue-card",
            "residence-permit-skilled-work",
            "accelerated-skilled-worker-procedure",
        ],
        order=["recognition-of-qualifications", "visa-national", "opportunity-card"],
    ),
    Persona(
        "Egyptian job seeker without a qualification",
        {"citizenship": "EG", "purpose": "job-search", "qualification": "none"},
        must=["welcome-counselling", "visa-national"],
        must_not=["opportunity-card", "recognition-of-qualifications", "eu-blue-card"],
    ),
    Persona(
        "US freelancer already here, self-employment",
        {
            "citizenship": "US",
            "purpose": "self-employment",
            "in_germany": True,
            "has_housing": True,
            "arrival_date": "2026-11-01",
        },
        must=["residence-permit-self-employment", "business-registration", "tax-id"],
        must_not=["visa-national", "social-security-number", "eu-free-movement"],
        order=[
            "residence-registration",
            "residence-permit-self-employment",
            "business-registration",
        ],
        due={
            "residence-permit-self-employment": "2027-01-30",
            "residence-registration": "2026-11-15",
        },
        overdue=["residence-registration"],
    ),
    Persona(
        "Italian opening a shop",
        {"citizenship": "IT", "purpose": "self-employment"},
        must=["business-registration", "eu-free-movement"],
        must_not=["residence-permit-self-employment", "visa-national"],
        order=["residence-registration", "business-registration"],
    ),
    Persona(
        "Moroccan wife joining her husband",
        {"citizenship": "MA", "purpose": "family", "arrival_date": "2027-01-10"},
        must=[
            "visa-national",
            "family-reunification",
            "integration-course",
            "migration-counselling",
        ],
        must_not=["eu-blue-card", "tax-id", "asylum-counselling"],
        order=[
            "visa-national",
            "residence-registration",
            "family-reunification",
            "integration-course",
        ],
        due={"visa-national": "2026-10-17"},  # 12 weeks of processing before 2027-01-09
    ),
    Persona(
        "Blue Card engineer abroad whose spouse comes too: the family visa goes with the own visa",
        {
            "citizenship": "IN",
            "purpose": "work",
            "qualification": "academic",
            "qualification_recognised": True,
            "job_offer": True,
            "annual_salary_eur": 65000,
            "spouse_coming": True,
        },
        must=["eu-blue-card", "family-reunification", "accelerated-skilled-worker-procedure"],
        # Not after the Blue Card: family members can be included in the accelerated
        # procedure (§ 81a Abs. 4 AufenthG) and apply together with the worker's visa.
        order=["accelerated-skilled-worker-procedure", "family-reunification", "eu-blue-card"],
    ),
    Persona(
        "Ukrainian mother with a baby and a toddler under temporary protection",
        {
            "citizenship": "UA",
            "purpose": "protection",
            "in_germany": True,
            "arrival_date": "2026-11-15",
            "children_ages": [0, 3],
        },
        must=[
            "temporary-protection",
            "residence-registration",
            "basic-income-support",
            "job-seeker-registration",
            "dortmund-pass",
            "daycare-place",
            "child-benefit",
            "integration-course",
        ],
        must_not=["asylum-counselling", *PERMITS, "school-enrolment"],
        order=[
            "housing-search",
            "residence-registration",
            "temporary-protection",
            "basic-income-support",
            "dortmund-pass",
        ],
        due={"child-benefit": "2027-05-15"},
    ),
    Persona(
        "Afghan asylum seeker in a reception centre",
        {
            "citizenship": "AF",
            "purpose": "protection",
            "in_germany": True,
            "arrival_date": "2026-11-01",
        },
        must=["asylum-counselling", "migration-counselling", "welcome-counselling"],
        must_not=[
            "residence-registration",
            "temporary-protection",
            "health-insurance",
            "bank-account",
            "child-benefit",
            "integration-course",
            *PERMITS,
        ],
    ),
    Persona(
        "Syrian asylum-seeking family with a school child",
        {
            "citizenship": "SY",
            "purpose": "protection",
            "in_germany": True,
            "children_ages": [8, 15],
        },
        must=["asylum-counselling", "school-enrolment"],
        must_not=["daycare-place", "child-benefit", "temporary-protection"],
    ),
    Persona(
        "Skilled worker here whose permit runs out in four weeks",
        {
            "citizenship": "IN",
            "purpose": "work",
            "qualification": "vocational",
            "job_offer": True,
            "in_germany": True,
            "registered": True,
            "has_housing": True,
            "current_permit": "residence-permit-skilled-work",
            "permit_expires": "2026-12-20",
        },
        must=["residence-permit-extension", "fictional-certificate"],
        must_not=[
            "residence-registration",
            "housing-search",
            "visa-national",
            "residence-permit-skilled-work",
            "tax-id",
            "recognition-of-qualifications",
            "accelerated-skilled-worker-procedure",
            "bank-account",
        ],
        order=["residence-permit-extension", "fictional-certificate"],
        due={"residence-permit-extension": "2026-12-19", "fictional-certificate": "2026-12-20"},
    ),
    Persona(
        "Student whose permit runs out in seven months",
        {
            "citizenship": "CN",
            "purpose": "study",
            "in_germany": True,
            "registered": True,
            "has_housing": True,
            "current_permit": "residence-permit-study",
            "permit_expires": "2027-06-30",
        },
        must=["residence-permit-extension"],
        must_not=["fictional-certificate", "residence-permit-study", "visa-national"],
        due={"residence-permit-extension": "2027-06-29"},
    ),
    Persona(
        "Permit already expired",
        {
            "citizenship": "NG",
            "purpose": "work",
            "in_germany": True,
            "registered": True,
            "current_permit": "residence-permit-skilled-work",
            "permit_expires": "2026-11-01",
        },
        must=["residence-permit-extension", "fictional-certificate"],
        due={"residence-permit-extension": "2026-10-31"},
        overdue=["residence-permit-extension", "fictional-certificate"],
    ),
    Persona(
        "Spanish family with a school child and a baby on the way",
        {
            "citizenship": "ES",
            "purpose": "work",
            "job_offer": True,
            "has_housing": True,
            "arrival_date": "2026-12-31",
            "children_ages": [7],
            "expecting_baby": True,
        },
        must=[
            "school-enrolment",
            "birth-registration",
            "parental-allowance",
            "child-benefit",
            "eu-free-movement",
        ],
        must_not=["daycare-place", *PERMITS],
        order=["residence-registration", "birth-registration", "parental-allowance"],
        due={"child-benefit": "2027-06-30", "residence-registration": "2027-01-14"},
    ),
    Persona(
        "Canadian family with toddlers, drives, arrives on 31 August",
        {
            "citizenship": "CA",
            "purpose": "work",
            "qualification": "academic",
            "qualification_recognised": True,
            "job_offer": True,
            "annual_salary_eur": 80000,
            "has_housing": True,
            "arrival_date": "2027-08-31",
            "children_ages": [1, 3],
            "drives_car": True,
        },
        must=["daycare-place", "driving-licence-conversion", "eu-blue-card", "child-benefit"],
        must_not=["school-enrolment", "visa-national"],
        order=["residence-registration", "daycare-place"],
        due={"driving-licence-conversion": "2028-02-29", "eu-blue-card": "2027-11-29"},
    ),
    Persona(
        "Employer hiring an Indian engineer from abroad",
        {
            "perspective": "employer",
            "citizenship": "IN",
            "purpose": "work",
            "qualification": "academic",
            "job_offer": True,
            "annual_salary_eur": 60000,
            "arrival_date": "2027-03-01",
        },
        must=[
            "recognition-of-qualifications",
            "accelerated-skilled-worker-procedure",
            "visa-national",
            "eu-blue-card",
            "social-security-number",
        ],
        must_not=[
            "welcome-counselling",
            "residence-registration",
            "housing-search",
            "bank-account",
            "residence-permit-skilled-work",
        ],
        order=[
            "recognition-of-qualifications",
            "accelerated-skilled-worker-procedure",
            "visa-national",
            "eu-blue-card",
            "social-security-number",
        ],
        due={"visa-national": "2027-02-28"},
    ),
    Persona(
        "Employer hiring a Polish welder",
        {
            "perspective": "employer",
            "citizenship": "PL",
            "purpose": "work",
            "qualification": "vocational",
            "job_offer": True,
        },
        must=["social-security-number"],
        must_not=[
            "accelerated-skilled-worker-procedure",
            "visa-national",
            "recognition-of-qualifications",
            "residence-permit-skilled-work",
        ],
    ),
    Persona(
        "Employer whose Tunisian employee's permit runs out",
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
        must=["residence-permit-extension"],
        must_not=[
            "visa-national",
            "accelerated-skilled-worker-procedure",
            "recognition-of-qualifications",
        ],
        due={"residence-permit-extension": "2027-03-14"},
    ),
]


def plan_for(client, profile: dict[str, Any]) -> list[dict[str, Any]]:
    body = {"city": "dortmund", "today": TODAY, "lang": "en", **profile}
    response = client.post("/api/v1/plan", json.dumps(body), content_type="application/json")
    assert response.status_code == 200, response.content
    return response.json()["steps"]


def test_there_are_at_least_25_personas():
    assert len(PERSONAS) >= 25


@pytest.mark.parametrize("persona", PERSONAS, ids=[p.name for p in PERSONAS])
def test_persona_gets_the_right_steps_in_order_with_due_dates(client, persona):
    steps = plan_for(client, persona.profile)
    services = [s["service"] for s in steps]
    by_service = {s["service"]: s for s in steps}
    assert len(services) == len(set(services)), "a service appears once"
    missing = [key for key in persona.must if key not in services]
    assert missing == [], f"missing {missing} in {services}"
    wrong = [key for key in [*persona.must_not, *NEVER] if key in services]
    assert wrong == [], f"should not appear: {wrong}"
    positions = [services.index(key) for key in persona.order]
    assert positions == sorted(positions), f"order {persona.order} broken in {services}"
    for key, expected in persona.due.items():
        assert by_service[key]["due"] == expected, key
    for key in persona.overdue:
        assert by_service[key]["overdue"] is True, key
    for step in steps:
        # every dependency is in the plan and comes earlier
        for before in step["depends_on"]:
            assert services.index(before) < services.index(step["service"])
        if step["service"] not in persona.overdue and step["due"]:
            assert step["due"] >= TODAY or step["overdue"]


def test_welcome_center_is_the_first_step_for_a_newcomer_without_deadlines(client):
    steps = plan_for(client, {"citizenship": "FR", "purpose": "work"})
    assert steps[0]["service"] == "welcome-counselling"


BLUE_CARD_WITH_SPOUSE = {
    "citizenship": "IN",
    "purpose": "work",
    "qualification": "academic",
    "job_offer": True,
    "annual_salary_eur": 65000,
    "arrival_date": "2027-04-01",
    "spouse_coming": True,
    "children_ages": [4],
}


def test_a_blue_card_spouse_is_not_told_to_wait_until_the_card_is_granted(client):
    """Issue 24: family members can be included in the accelerated procedure (§ 81a Abs. 4
    AufenthG) and the family visa is applied for together with the worker's own: the spouse's
    step waits for nothing that leads back to the Blue Card, is due with the visa, says so in
    the reader's language and names its source and check date."""
    steps = plan_for(client, BLUE_CARD_WITH_SPOUSE)
    by_service = {s["service"]: s for s in steps}
    family = by_service["family-reunification"]
    waits_for: set[str] = set()
    todo = list(family["depends_on"])
    while todo:
        key = todo.pop()
        if key not in waits_for:
            waits_for.add(key)
            todo.extend(by_service[key]["depends_on"])
    assert "eu-blue-card" not in waits_for
    assert "accelerated-skilled-worker-procedure" in waits_for
    services = [s["service"] for s in steps]
    assert services.index("family-reunification") < services.index("eu-blue-card")
    assert family["due"] == by_service["visa-national"]["due"]
    assert "once you hold your own permit" not in family["why"]
    assert "accelerated" in family["why"] and "together" in family["why"]
    rules = [b for b in family["legal_basis"] if "81a" in b["text"]]
    assert rules, family["legal_basis"]
    assert all(b["source"].startswith("https://") and b["checked"] for b in family["legal_basis"])
    german = plan_for(client, {**BLUE_CARD_WITH_SPOUSE, "lang": "de"})
    why_de = {s["service"]: s for s in german}["family-reunification"]["why"]
    assert "beschleunigte Fachkräfteverfahren" in why_de


def test_a_spouse_of_a_student_still_follows_the_own_permit(client):
    """The § 81a route is for skilled workers: a student's spouse keeps the ordinary order."""
    steps = plan_for(
        client,
        {
            "citizenship": "IN",
            "purpose": "study",
            "arrival_date": "2027-04-01",
            "spouse_coming": True,
        },
    )
    services = [s["service"] for s in steps]
    assert services.index("residence-permit-study") < services.index("family-reunification")


def test_blue_card_threshold_year_without_data_uses_latest_and_says_so(client):
    steps = plan_for(
        client,
        {
            "citizenship": "IN",
            "purpose": "work",
            "qualification": "academic",
            "job_offer": True,
            "annual_salary_eur": 51000,
            "today": "2027-03-01",
        },
    )
    blue = {s["service"]: s for s in steps}["eu-blue-card"]
    assert "50,700" in blue["why"]
    assert "2027" in blue["legal_basis"][0]["uncertain"]


def test_salary_between_years_changes_the_permit(client):
    """44,500 EUR reaches the reduced Blue Card threshold of 2025 but not that of 2026."""
    profile = {
        "citizenship": "IN",
        "purpose": "work",
        "qualification": "academic",
        "qualification_recognised": True,
        "job_offer": True,
        "annual_salary_eur": 49000,
    }
    in_2025 = plan_for(client, {**profile, "today": "2025-06-01"})
    in_2026 = plan_for(client, {**profile, "today": "2026-06-01"})
    assert "eu-blue-card" in [s["service"] for s in in_2025]
    assert "eu-blue-card" in [s["service"] for s in in_2026]  # 49,000 >= reduced 45,934.20
    low = {**profile, "annual_salary_eur": 44500}
    assert "eu-blue-card" in [
        s["service"] for s in plan_for(client, {**low, "today": "2025-06-01"})
    ]
    assert "eu-blue-card" not in [
        s["service"] for s in plan_for(client, {**low, "today": "2026-06-01"})
    ]


def test_a_city_only_gets_steps_its_catalog_has(client):
    body = {"city": "musterstadt", "today": TODAY, "citizenship": "FR", "purpose": "work"}
    response = client.post("/api/v1/plan", json.dumps(body), content_type="application/json")
    services = [s["service"] for s in response.json()["steps"]]
    assert set(services) <= {"residence-registration", "welcome-counselling"}
    assert "residence-registration" in services
    assert "dortmund-pass" not in services


def test_a_step_missing_from_the_plan_does_not_pass_on_its_own_dependencies(client):
    """A US engineer already living here needs no visa: registration waits for the flat, not
    for the recognition that the (absent) visa would have waited for."""
    steps = plan_for(
        client,
        {
            "citizenship": "US",
            "purpose": "work",
            "qualification": "academic",
            "job_offer": True,
            "annual_salary_eur": 60000,
            "in_germany": True,
            "has_housing": True,
            "arrival_date": "2026-11-10",
        },
    )
    by_service = {s["service"]: s for s in steps}
    assert "visa-national" not in by_service
    assert by_service["residence-registration"]["depends_on"] == []
    assert by_service["residence-registration"]["due"] == "2026-11-24"
    assert set(by_service["eu-blue-card"]["depends_on"]) >= {"residence-registration"}
