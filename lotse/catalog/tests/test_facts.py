"""Facts a newcomer can stake their residence on (issue 22): the corrected facts, the checks
behind `manage.py facts_report`, the back-office work queue and the `validity` data format."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from lotse.catalog import facts
from lotse.catalog.facts import (
    REPEALED,
    Finding,
    catalog_findings,
    facts_report,
    is_official,
    qualified,
    unqualified_uncertain,
)
from lotse.catalog.loader import CityData, ServiceData, _Reader, read_city_data
from lotse.catalog.models import FactCheck
from lotse.core.testing import city_file_languages

TODAY = dt.date(2026, 12, 2)


@functools.cache
def _dortmund() -> CityData:
    return read_city_data(settings.LOTSE_CITY_DATA_DIR / "dortmund")


def _service(key: str) -> ServiceData:
    return next(s for s in _dortmund().services if s.key == key)


# --- the corrected facts ------------------------------------------------------------------


def test_first_registration_of_non_eu_newcomers_goes_to_the_amt_fuer_migration_teams():
    """Registration, Blue Card, skilled work and study agree: the team for entry and employment
    registers newcomers with their first permit, students go to the team for training and study;
    Bürgerdienste International is not the desk for newcomers any more."""
    registration = _service("residence-registration")
    for lang, entry, study in (
        ("de", "Team Einreise & Erwerbstätigkeit", "Team Ausbildung & Studium"),
        ("en", "team for entry and employment", "team for training and study"),
    ):
        body = registration.texts[lang]["body"]
        assert entry in body and study in body, lang
        assert "Bürgerdienste International" not in registration.texts[lang]["steps"], lang
        for key in ("eu-blue-card", "residence-permit-skilled-work"):
            assert entry in _service(key).texts[lang]["steps"], (key, lang)
        for key in ("residence-permit-study", "residence-permit-training"):
            assert study in _service(key).texts[lang]["steps"], (key, lang)
    covered = {s.url for s in registration.sources if "offices" in s.covers}
    assert any("einreise-und-erwerbstaetigkeit-38-2-1" in url for url in covered)
    assert any("ausbildung-und-studium-38-2-2" in url for url in covered)


def test_child_benefit_cites_section_70_and_no_repealed_provision_anywhere():
    benefit = _service("child-benefit")
    assert "§ 70 Abs. 1 EStG" in benefit.texts["de"]["legal_basis"]
    assert "Section 70 (1) EStG" in benefit.texts["en"]["legal_basis"]
    assert all("estg/__66" not in s.url for s in benefit.sources)
    cited = []
    for service in _dortmund().services:
        for lang, texts in service.texts.items():
            for module, text in texts.items():
                if any(p.search(text) for p, _why in REPEALED):
                    cited.append(f"{service.key} {module} ({lang})")
    assert not cited, cited


def test_accelerated_procedure_is_handled_by_zfe_nrw_in_the_catalog():
    service = _service("accelerated-skilled-worker-procedure")
    assert service.offices == ["central-skilled-immigration-office"]
    assert "Zentralstelle Fachkräfteeinwanderung" in service.texts["de"]["summary"]


# --- uncertain facts must be qualified where they are stated -----------------------------


def test_blue_card_and_child_benefit_state_unconfirmed_figures_only_with_a_qualifier():
    for key, module in (("eu-blue-card", "prerequisites"), ("child-benefit", "body")):
        service = _service(key)
        assert module in service.uncertain
        assert unqualified_uncertain(service) == [], key
        assert set(service.texts) == set(city_file_languages("dortmund"))


def test_an_unqualified_uncertain_figure_is_found_and_a_qualifier_settles_it():
    service = _service("eu-blue-card")
    plain = dict(service.texts["en"], summary="In 2026 the minimum salary is 50,700 euros.")
    found = unqualified_uncertain(
        dataclasses.replace(service, texts={"de": service.texts["de"], "en": plain})
    )
    assert found == [("en", "summary", "prerequisites: 50700")]
    assert qualified("50.700 Euro (nicht amtlich bestätigt)", "de")
    assert not qualified("50.700 Euro", "de")


@pytest.mark.parametrize("slug", ["dortmund", "duesseldorf"])
def test_every_processing_time_is_backed_by_a_source_or_marked_uncertain(slug):
    """Ask answers a processing time only from a module a source covers; a stated time that no
    source backs must say so in `uncertain`, so that the gap shows in the facts queue."""
    city = read_city_data(settings.LOTSE_CITY_DATA_DIR / slug)
    unbacked = [
        service.key
        for service in city.services
        if "processing_time" in service.texts.get(city.source_language, {})
        and not any("processing_time" in source.covers for source in service.sources)
        and "processing_time" not in service.uncertain
    ]
    assert unbacked == []


def test_residence_permit_processing_times_follow_the_dortmund_eat_page():
    """The card's production time is the one the Dortmund immigration office publishes."""
    page = "abholung-des-elektronischen-aufenthaltstitels"
    for key in (
        "residence-permit-extension",
        "residence-permit-skilled-work",
        "residence-permit-study",
        "residence-permit-training",
        "eu-blue-card",
        "settlement-permit",
    ):
        service = _service(key)
        assert any(page in s.url and "processing_time" in s.covers for s in service.sources)
        for language, texts in service.texts.items():
            assert "6" in texts["processing_time"], (key, language)


def test_dortmund_has_no_blocking_catalog_finding():
    blocking = [
        f"{f.subject} {f.field}: {f.message}"
        for f in catalog_findings(_dortmund(), today=TODAY)
        if f.blocking
    ]
    assert not blocking, "\n".join(blocking)


# --- the other checks ------------------------------------------------------------------------


def test_official_domains_include_subdomains_and_exclude_blogs():
    assert is_official("https://www.gesetze-im-internet.de/estg/__70.html")
    assert is_official("https://rathaus.dortmund.de/x")
    assert is_official("https://www.bezreg-koeln.nrw.de/themen")
    assert not is_official("https://nordstadtblogger.de/x")
    assert not is_official("https://www.visaflow.app/blog")
    assert not is_official("https://dortmund.de.example.com/")


def test_stale_checks_and_staff_checks():
    city = _dortmund()
    stale = {
        (f.subject, f.field)
        for f in catalog_findings(city, today=TODAY, max_age_days=5)
        if f.kind == "stale"
    }
    assert ("service:child-benefit", "fees") in stale
    assert not [f for f in catalog_findings(city, today=TODAY) if f.kind == "stale"]
    checked = catalog_findings(
        city, today=TODAY, max_age_days=5, checks={("service:child-benefit", "fees"): TODAY}
    )
    assert ("service:child-benefit", "fees") not in {
        (f.subject, f.field) for f in checked if f.kind == "stale"
    }


def test_non_official_only_facts_are_listed():
    listed = {
        (f.subject, f.field)
        for f in catalog_findings(_dortmund(), today=TODAY)
        if f.kind == "non-official"
    }
    assert listed  # the city's data still has such facts; they are a work queue, not an error
    assert ("service:child-benefit", "legal_basis") not in listed  # it is marked uncertain


def test_a_law_paragraph_source_must_match_the_cited_legal_basis():
    service = _service("child-benefit")
    city = dataclasses.replace(_dortmund(), services=[service], offices=[])
    assert not [f for f in catalog_findings(city, today=TODAY) if f.kind == "source-scope"]
    german = dict(service.texts["de"], legal_basis="§ 70 EStG")
    changed = dataclasses.replace(service, texts={**service.texts, "de": german})
    city = dataclasses.replace(city, services=[changed])
    scope = [f.message for f in catalog_findings(city, today=TODAY) if f.kind == "source-scope"]
    assert len(scope) == 1 and "cites no § 62" in scope[0], scope


def test_valid_to_within_the_window_is_listed():
    fee = _service("broadcasting-fee")
    assert fee.validity["fees"].valid_to == dt.date(2026, 12, 31)
    assert "ratif" in fee.validity["fees"].note
    assert _service("naturalisation").validity["body"].valid_from == dt.date(2025, 10, 30)
    soon = catalog_findings(_dortmund(), today=TODAY)
    assert ("service:broadcasting-fee", "fees") in {
        (f.subject, f.field) for f in soon if f.kind == "expiring"
    }
    early = catalog_findings(_dortmund(), today=dt.date(2026, 6, 1))
    assert not [f for f in early if f.kind == "expiring"]


def test_validity_format_is_validated():
    errors: list[str] = []
    reader = _Reader(Path("x.yaml"), errors)
    ok = reader.validity({"validity": {"fees": {"valid_to": "2026-12-31", "note": "n"}}}, "service")
    assert ok["fees"].valid_to == dt.date(2026, 12, 31) and not errors
    reader.validity(
        {
            "validity": {
                "nonsense": {"valid_to": "2026-12-31", "note": "n"},
                "fees": {"valid_from": "2027-01-01", "valid_to": "2026-12-31", "note": "n"},
                "body": {"note": "n"},
            }
        },
        "service",
    )
    assert len(errors) == 3, errors


# --- the command and the back-office work queue ------------------------------------------


def test_facts_report_command_passes_for_dortmund(capsys):
    call_command("facts_report", "--city", "dortmund", "--no-database", "--today", "2026-12-02")
    out = capsys.readouterr().out
    assert "== dortmund:" in out and "0 blocking finding(s)" in out
    assert "rules / rule-restates" in out and "catalog / expiring" in out


def test_facts_report_command_fails_on_a_blocking_finding(monkeypatch):
    def finder(city: CityData, today: dt.date, max_age: int) -> list[Finding]:
        return [Finding(city.slug, "rules", "rule-contradicts", "rule:x", "why.de", "bad", True)]

    monkeypatch.setattr(facts, "FINDERS", [*facts.FINDERS, finder])
    # The finder reports one blocking finding per city (Dortmund and Düsseldorf).
    with pytest.raises(CommandError, match=f"^{len(facts.city_slugs())} blocking"):
        call_command("facts_report", "--no-database", "--today", "2026-12-02")
    with pytest.raises(CommandError, match="unknown city"):
        call_command("facts_report", "--city", "atlantis", "--no-database")


def test_report_sorts_blocking_findings_first(monkeypatch):
    monkeypatch.setattr(
        facts,
        "FINDERS",
        [lambda c, t, a: [Finding(c.slug, "rules", "rule-contradicts", "rule:x", "f", "m", True)]],
    )
    findings = facts_report(_dortmund(), today=TODAY)
    assert findings[0].blocking and not findings[-1].blocking


@pytest.mark.django_db
def test_work_queue_lists_findings_and_records_a_check(admin_client, admin_user):
    response = admin_client.get("/admin/catalog/factcheck/queue/?max_age_days=0")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Facts to check" in body and "service:child-benefit" in body and "stale" in body
    form = {
        "city": "dortmund",
        "subject": "service:child-benefit",
        "field": "fees",
        "result": "confirmed",
        "source_url": "https://www.arbeitsagentur.de/familie-und-kinder/kindergeld",
        "note": "259 EUR",
    }
    response = admin_client.post("/admin/catalog/factcheck/queue/?max_age_days=0", form)
    assert response.status_code == 302
    check = FactCheck.objects.get()
    assert (check.subject, check.field, check.reviewer) == (
        "service:child-benefit",
        "fees",
        admin_user,
    )
    assert facts.fact_checks_latest("dortmund") == {
        ("service:child-benefit", "fees"): check.checked_on
    }
    report = facts.city_report("dortmund", today=check.checked_on, max_age_days=0)
    stale = {(f.subject, f.field) for f in report if f.kind == "stale"}
    assert ("service:child-benefit", "fees") not in stale
    assert ("service:child-benefit", "body") in stale


@pytest.mark.django_db
def test_work_queue_rejects_a_check_without_a_source(admin_client):
    form = {
        "city": "dortmund",
        "subject": "service:child-benefit",
        "field": "fees",
        "result": "confirmed",
        "source_url": "not a url",
    }
    response = admin_client.post("/admin/catalog/factcheck/queue/", form, follow=True)
    assert response.status_code == 200
    assert "source_url" in response.content.decode()
    assert not FactCheck.objects.exists()
