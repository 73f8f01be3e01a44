"""The catalog's HTTP contract: cities, services, service detail, offices, errors, OpenAPI."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import get_resolver

pytestmark = pytest.mark.django_db
LANGS = ["de", "en", "ar", "uk", "ru", "tr", "fa", "pl", "ro", "fr", "es", "bg"]


def test_cities_lists_both_tenants(client):
    response = client.get("/api/v1/cities")
    assert response.status_code == 200
    slugs = [c["slug"] for c in response.json()]
    assert slugs == ["dortmund", "musterstadt"]


def test_services_have_titles_and_summaries_in_every_language(client):
    services = client.get("/api/v1/cities/musterstadt/services").json()
    assert [s["key"] for s in services] == ["residence-registration", "welcome-counselling"]
    for service in services:
        assert set(service["title"]) == set(LANGS)
        assert set(service["summary"]) == set(LANGS)
    assert services[0]["offices"] == ["rathaus"]


def test_service_detail_in_english(client):
    body = client.get("/api/v1/cities/musterstadt/services/residence-registration?lang=en").json()
    assert body["lang"] == "en"
    assert body["name"] == "Register your address"
    assert body["steps"] == [
        "Book an appointment",
        "Bring your documents",
        "Take your confirmation",
    ]
    assert body["documents"] == ["Passport or ID card", "Landlord's confirmation"]
    assert body["fees"] == "Free of charge."
    assert body["legal_basis"] == ["Section 17 Federal Registration Act (BMG)"]
    assert body["offices"][0]["key"] == "rathaus"
    assert body["offices"][0]["opening_hours"][0] == {
        "weekday": 0,
        "intervals": [["08:00", "12:00"], ["14:00", "17:30"]],
    }
    assert body["sources"][0] == {
        "url": "https://www.gesetze-im-internet.de/bmg/__17.html",
        "title": "Bundesmeldegesetz § 17",
        "checked": "2026-11-22",
        "covers": ["legal_basis", "deadlines"],
    }
    assert body["uncertain"] == {"fees": "Example city: no real fee source."}


def test_service_detail_in_german_has_forms(client):
    body = client.get("/api/v1/cities/musterstadt/services/residence-registration?lang=de").json()
    assert body["name"] == "Wohnsitz anmelden"
    assert body["forms"] == [
        {"title": "Anmeldeformular", "url": "https://musterstadt.example/form.pdf"}
    ]


def test_short_languages_fall_back_to_english_for_full_text(client):
    body = client.get("/api/v1/cities/musterstadt/services/residence-registration?lang=ar").json()
    assert body["name"] == "تسجيل السكن"
    assert body["body"] == "Anyone moving into a flat registers."
    assert body["text_languages"]["name"] == "ar"
    assert body["text_languages"]["body"] == "en"


def test_unsupported_language_falls_back_to_english_and_says_so(client):
    body = client.get("/api/v1/cities/musterstadt/services/residence-registration?lang=sw").json()
    assert body["lang"] == "en"
    assert "sw" in body["lang_notice"]
    assert body["name"] == "Register your address"


@pytest.mark.parametrize(
    ("url", "code", "field"),
    [
        ("/api/v1/cities/atlantis/services", "city_not_found", "city"),
        ("/api/v1/cities/atlantis/services/residence-registration", "city_not_found", "city"),
        ("/api/v1/cities/musterstadt/services/time-travel", "service_not_found", "service"),
        ("/api/v1/cities/musterstadt/offices/moon-base", "office_not_found", "office"),
        ("/api/v1/cities/atlantis/offices", "city_not_found", "city"),
    ],
)
def test_unknown_things_get_a_json_404_naming_them(client, url, code, field):
    response = client.get(url)
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["code"] == code
    assert field in error["fields"]
    assert url.rsplit("/", 1)[-1] in error["message"] or "atlantis" in error["message"]


def test_unknown_endpoint_and_wrong_method_are_json_errors(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    response = client.post("/api/v1/cities")
    assert response.status_code == 405


def test_overlong_language_parameter_is_a_400(client):
    response = client.get(
        "/api/v1/cities/musterstadt/services/residence-registration?lang=" + "x" * 500
    )
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"lang": "too long"}


def test_office_detail_lists_its_services(client):
    body = client.get("/api/v1/cities/musterstadt/offices/info-point?lang=de").json()
    assert body["name"] == "Infopunkt Musterstadt"
    assert body["services"] == ["welcome-counselling"]
    assert body["languages"] == ["de", "en", "tr"]
    assert body["addresses"][0]["street"] == "Marktplatz 1"


def test_service_list_query_count_does_not_grow_with_services(client):
    with CaptureQueriesContext(connection) as small:
        client.get("/api/v1/cities/musterstadt/services")
    with CaptureQueriesContext(connection) as big:
        client.get("/api/v1/cities/dortmund/services")
    assert len(big) == len(small) <= 6


def test_openapi_documents_every_api_route(client):
    spec = client.get("/api/v1/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    documented = set(spec["paths"])
    routes = set()

    def walk(patterns, prefix):
        for sub in patterns:
            if hasattr(sub, "url_patterns"):
                walk(sub.url_patterns, prefix + str(sub.pattern))
            else:
                route = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", prefix + str(sub.pattern))
                routes.add(route)

    for pattern in get_resolver().url_patterns:
        if str(pattern.pattern) == "api/v1/":
            walk(pattern.url_patterns, "/api/v1/")
    routes.discard("/api/v1/openapi.json")
    assert routes <= documented, routes - documented


def test_service_detail_carries_the_status_of_each_shown_text(client):
    from lotse.catalog.models import Service, ServiceText
    from lotse.catalog.services import service_text_update

    url = "/api/v1/cities/musterstadt/services/residence-registration"
    body = client.get(url, {"lang": "ar"}).json()
    assert set(body["text_status"]) == set(body["text_languages"])
    shown = {
        (t.module, t.language): t.status
        for t in ServiceText.objects.filter(service__key="residence-registration")
    }
    for module, lang in body["text_languages"].items():
        assert body["text_status"][module] == shown[(module, lang)]
    assert body["text_status"]["name"] == "machine-assisted"
    assert client.get(url, {"lang": "de"}).json()["text_status"]["name"] == "original"
    # The German source changes: the Arabic title is now behind it.
    service = Service.objects.get(city__slug="musterstadt", key="residence-registration")
    service_text_update(service=service, module="name", language="de", text="Anmeldung")
    assert client.get(url, {"lang": "ar"}).json()["text_status"]["name"] == "outdated"


def test_office_detail_carries_text_languages_and_status(client):
    body = client.get("/api/v1/cities/musterstadt/offices/info-point", {"lang": "ar"}).json()
    assert body["text_languages"]["name"] in {"ar", "en", "de"}
    assert set(body["text_status"]) == set(body["text_languages"])
    assert set(body["text_status"].values()) <= {
        "original",
        "machine-assisted",
        "reviewed",
        "outdated",
    }
    german = client.get("/api/v1/cities/musterstadt/offices/info-point", {"lang": "de"}).json()
    assert set(german["text_status"].values()) == {"original"}


def test_openapi_describes_text_status_of_services_and_offices(client):
    schemas = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    for name in ("ServiceDetail", "Office"):
        prop = schemas[name]["properties"]["text_status"]
        assert prop["additionalProperties"]["enum"] == [
            "original",
            "machine-assisted",
            "reviewed",
            "outdated",
        ]
        assert "text_languages" in schemas[name]["properties"]
    assert "text_status" in schemas["ServiceDetail"]["required"]
