"""Staying-phase personas held out while the rules were written (6): run once at the end, not
tuned against. Expectations follow the law cited in rules/steps/70-staying.yaml."""

from __future__ import annotations

import pytest

from lotse.plans.tests.staying import Stayer, check

pytestmark = pytest.mark.django_db

HELD_OUT = [
    Stayer(
        "Blue Card holder since March 2025 with B1: settlement from 20 Dec 2026",
        {
            "citizenship": "KR",
            "purpose": "work",
            "qualification": "academic",
            "job_offer": True,
            "current_permit": "eu-blue-card",
            "arrival_date": "2025-03-20",
            "german_level": "B1",
        },
        must=["settlement-permit", "naturalisation"],
        earliest={"settlement-permit": ("2026-12-20", None, None)},
    ),
    Stayer(
        "Skilled worker exactly three years here with C1: settlement now",
        {
            "citizenship": "CO",
            "purpose": "work",
            "qualification": "vocational",
            "job_offer": True,
            "current_permit": "residence-permit-skilled-work",
            "arrival_date": "2023-11-22",
            "german_level": "C1",
        },
        must=["settlement-permit"],
        earliest={"settlement-permit": None, "naturalisation": ("2028-11-22", None, None)},
    ),
    Stayer(
        "Italian here since 23 Nov 2021: permanent right from tomorrow",
        {"citizenship": "IT", "purpose": "work", "arrival_date": "2021-11-23"},
        must=["eu-free-movement"],
        must_not=["settlement-permit"],
        earliest={"eu-free-movement": ("2026-11-23", None, None)},
    ),
    Stayer(
        "Graduate with a 55,000 EUR offer whose study permit ends on 31 Dec",
        {
            "citizenship": "GH",
            "purpose": "study",
            "qualification": "academic",
            "job_offer": True,
            "annual_salary_eur": 55000,
            "current_permit": "residence-permit-study",
            "permit_expires": "2026-12-31",
            "arrival_date": "2021-10-01",
        },
        must=["eu-blue-card", "residence-permit-extension", "fictional-certificate"],
        must_not=["residence-permit-skilled-work"],
        due={"eu-blue-card": "2026-12-30"},
    ),
    Stayer(
        "Eritrean refugee since New Year 2025 without German",
        {
            "citizenship": "ER",
            "purpose": "protection",
            "arrival_date": "2025-01-01",
            "german_level": "none",
        },
        must=["settlement-permit", "naturalisation"],
        earliest={
            "settlement-permit": ("2030-01-01", "A2", None),
            "naturalisation": ("2030-01-01", "B1", None),
        },
    ),
    Stayer(
        "Blue Card holder since June 2026: first-year notice, settlement from 2028",
        {
            "citizenship": "IR",
            "purpose": "work",
            "qualification": "academic",
            "job_offer": True,
            "current_permit": "eu-blue-card",
            "arrival_date": "2026-06-01",
        },
        must=["eu-blue-card", "settlement-permit"],
        earliest={"settlement-permit": ("2028-03-01", "B1", "2028-09-01")},
    ),
]


@pytest.mark.parametrize("persona", HELD_OUT, ids=[p.name for p in HELD_OUT])
def test_held_out_staying_persona(client, persona):
    check(client, persona)
