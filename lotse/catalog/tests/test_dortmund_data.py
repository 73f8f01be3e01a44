"""Dortmund's catalog data: every required service, fully described, with sources."""

from __future__ import annotations

import pytest

from lotse.catalog.models import Office, Service

pytestmark = pytest.mark.django_db

REQUIRED_KEYS = [
    "residence-registration",
    "residence-deregistration",
    "registration-certificate",
    "tax-id",
    "social-security-number",
    "health-insurance",
    "broadcasting-fee",
    "bank-account",
    "eu-free-movement",
    "visa-national",
    "residence-permit-skilled-work",
    "eu-blue-card",
    "accelerated-skilled-worker-procedure",
    "opportunity-card",
    "residence-permit-study",
    "residence-permit-training",
    "family-reunification",
    "residence-permit-self-employment",
    "residence-permit-extension",
    "settlement-permit",
    "temporary-protection",
    "asylum-counselling",
    "naturalisation",
    "fictional-certificate",
    "recognition-of-qualifications",
    "job-seeker-registration",
    "basic-income-support",
    "business-registration",
    "daycare-place",
    "school-enrolment",
    "child-benefit",
    "parental-allowance",
    "birth-registration",
    "integration-course",
    "language-course",
    "migration-counselling",
    "welcome-counselling",
    "housing-search",
    "housing-entitlement-certificate",
    "driving-licence-conversion",
    "vehicle-registration",
    "certificate-of-conduct",
    "dortmund-pass",
]
LANGS = ["de", "en", "ar", "uk", "ru", "tr", "fa", "pl", "ro", "fr", "es", "bg"]


def test_all_required_services_exist():
    keys = set(Service.objects.filter(city__slug="dortmund").values_list("key", flat=True))
    assert len(REQUIRED_KEYS) == 43
    assert set(REQUIRED_KEYS) - keys == set()


@pytest.mark.parametrize("key", REQUIRED_KEYS)
def test_service_answers_with_full_detail_in_german_and_english(client, key):
    for lang in ["de", "en"]:
        body = client.get(f"/api/v1/cities/dortmund/services/{key}?lang={lang}").json()
        assert body["text_languages"]["body"] == lang, f"{key} body not in {lang}"
        assert body["body"] and body["who"] and body["fees"]
        assert len(body["steps"]) >= 2
        assert body["documents"]
        assert body["legal_basis"]
        assert body["offices"], key
        for source in body["sources"]:
            assert source["url"].startswith("https://") or source["url"].startswith("http://")
            assert source["checked"] >= "2026-01-01"
    assert set(body["title"]) == set(LANGS)
    assert set(body["summary"]) == set(LANGS)
    assert len({body["title"][lang] for lang in LANGS}) >= 8, "titles look untranslated"


def test_welcome_center_is_configured_and_answers():
    from lotse.core.models import City

    city = City.objects.get(slug="dortmund")
    assert Office.objects.filter(city=city, key=city.welcome_office_key).exists()
    assert Service.objects.filter(city=city, key=city.fallback_service_key).exists()


def test_every_office_has_sources_and_names_in_german_and_english():
    for office in Office.objects.filter(city__slug="dortmund").prefetch_related("texts", "sources"):
        names = {t.language for t in office.texts.all() if t.field == "name"}
        assert {"de", "en"} <= names, office.key
        assert office.sources.exists(), office.key
