"""Issue 21: a general plan rule's city-dependent facts (basis, source, lead time) come from the
city's rules file (`overrides:` in rules/cities/<slug>.yaml), so a Düsseldorf plan never shows
Dortmund's facts, Dortmund's plans stay exactly as they were, and a bad override fails at load."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.conf import settings

from lotse.catalog.services import catalog_load_city
from lotse.plans.rulebook import RULES_DIR, RulesError, load_rules
from lotse.plans.tests.test_personas import PERSONAS, TODAY

SNAPSHOT = Path(__file__).parent / "data" / "dortmund-plans.json"
CITIES = Path(settings.LOTSE_CITY_DATA_DIR)


def city_languages(slug: str) -> list[str]:
    data = yaml.safe_load((CITIES / slug / "city.yaml").read_text(encoding="utf-8"))
    return list(data["languages"])


def plans(client, city: str) -> dict[str, Any]:
    """Every persona's plan in every language the city offers, as the API returns it."""
    result = {}
    for persona in PERSONAS:
        for lang in city_languages(city):
            body = {"city": city, "today": TODAY, "lang": lang, **persona.profile}
            response = client.post(
                "/api/v1/plan", json.dumps(body), content_type="application/json"
            )
            assert response.status_code == 200, response.content
            result[f"{persona.name} [{lang}]"] = response.json()
    return result


def digest(plan: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(plan, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


@pytest.mark.snapshot
@pytest.mark.django_db
def test_dortmund_plans_are_unchanged_by_moving_its_facts_into_its_rules_file(client):
    # The digests were written from the rules before the move (commit 600db65), every persona
    # in all of Dortmund's languages; LOTSE_WRITE_PLAN_SNAPSHOT=1 writes them again.
    current = {name: digest(plan) for name, plan in plans(client, "dortmund").items()}
    if os.environ.get("LOTSE_WRITE_PLAN_SNAPSHOT") == "1":
        SNAPSHOT.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    before = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert len(before) == len(PERSONAS) * len(city_languages("dortmund"))
    changed = sorted(name for name in before if before[name] != current.get(name))
    assert not changed, changed[:5]


@pytest.mark.django_db
def test_a_duesseldorf_plan_names_no_dortmund_fact_in_any_of_its_languages(client):
    catalog_load_city(slug="duesseldorf")
    result = plans(client, "duesseldorf")
    assert len(result) == len(PERSONAS) * len(city_languages("duesseldorf"))
    # The personas reach the steps whose general rule held a Dortmund fact.
    services = {s["service"] for plan in result.values() for s in plan["steps"]}
    assert {
        "welcome-counselling",
        "visa-national",
        "daycare-place",
        "vaccinations",
        "migration-counselling",
        "university-admission",
    } <= services
    leaks = [name for name, plan in result.items() if "dortmund" in json.dumps(plan).lower()]
    assert not leaks, leaks[:5]


@pytest.mark.django_db
def test_duesseldorf_uses_its_own_sources_and_the_neutral_ones_elsewhere(client):
    catalog_load_city(slug="duesseldorf")
    body = {
        "city": "duesseldorf",
        "today": TODAY,
        "lang": "ja",
        "citizenship": "IN",
        "purpose": "study",
        "in_germany": False,
        "arrival_date": "2027-09-01",
        "children_ages": [2],
    }
    response = client.post("/api/v1/plan", json.dumps(body), content_type="application/json")
    assert response.status_code == 200, response.content
    steps = {s["service"]: s for s in response.json()["steps"]}
    sources = {b["source"] for s in steps.values() for b in s["legal_basis"]}
    assert any("hhu.de" in url for url in sources)  # Düsseldorf's own value
    assert any("diplo.de" in url for url in sources)  # the neutral visa lead time
    assert any("familienportal.nrw" in url for url in sources)  # the neutral Kita lead (NRW)
    # No Welcome Center in Düsseldorf: its own text, in the plan's language.
    assert "ウェルカムセンター" not in steps["welcome-counselling"]["why"]
    assert "窓口" in steps["welcome-counselling"]["why"]


def test_the_general_rules_hold_no_dortmund_fact():
    rules = load_rules()
    for rule in rules.rules:
        if rule.city is not None:
            continue
        lead = f"{rule.lead.legal_basis} {rule.lead.source}" if rule.lead else ""
        text = f"{rule.legal_basis} {rule.source} {lead} {json.dumps(rule.why)}".lower()
        assert "dortmund" not in text, rule.where


def test_every_language_duesseldorf_offers_has_its_own_rule_text():
    rules = load_rules()
    languages = set(city_languages("duesseldorf"))
    for rule in rules.for_city("duesseldorf"):
        if rule.city == "duesseldorf" or rule.id in rules.overrides["duesseldorf"]:
            assert languages <= set(rule.why), (rule.id, languages - set(rule.why))


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(RULES_DIR, target)
    return target


def add_overrides(directory: Path, text: str) -> None:
    path = directory / "cities" / "duesseldorf.yaml"
    data = path.read_text(encoding="utf-8").split("\noverrides:\n")[0]
    path.write_text(data + "\noverrides:\n" + text, encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "  no-such-rule:\n    uncertain: x\n",
            "cities/duesseldorf.yaml:.*overrides: unknown rule id 'no-such-rule'",
        ),
        (
            "  welcome-first-advice:\n    title: x\n",
            "cities/duesseldorf.yaml:.*overrides.welcome-first-advice: unknown field title",
        ),
        (
            "  welcome-first-advice:\n    source: https://www.duesseldorf.de/\n",
            "legal_basis, source and checked go together \\(missing checked, legal_basis\\)",
        ),
        (
            "  dortmund-pass-on-low-income:\n    uncertain: x\n",
            "is a rule of 'dortmund'.*only general rules",
        ),
        (
            "  welcome-first-advice:\n    lead: {weeks: 2, legal_basis: x, source: https://a.de/, checked: 2026-12-02}\n",
            "`lead` counts back from `due`",
        ),
        (
            "  welcome-first-advice:\n    why: {xx: Text}\n",
            "overrides.welcome-first-advice: `why` has unknown language 'xx'",
        ),
        (
            "  welcome-first-advice:\n    legal_basis: x\n    source: http://a.de/\n    checked: 2026-12-02\n",
            "`source` must be an https:// URL",
        ),
        ("  - welcome-first-advice\n", "`overrides` must map general rule ids"),
    ],
)
def test_a_bad_override_is_a_clear_load_error(rules_copy, text, message):
    add_overrides(rules_copy, text)
    with pytest.raises(RulesError, match=message):
        load_rules(rules_copy)


def test_overrides_in_a_general_rules_file_are_refused(rules_copy):
    path = rules_copy / "steps" / "10-arrival.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "overrides: {welcome-first-advice: {uncertain: x}}\n",
        encoding="utf-8",
    )
    with pytest.raises(RulesError, match=r"steps/10-arrival\.yaml:.*unknown field overrides"):
        load_rules(rules_copy)
