"""Offices by language: `GET /api/v1/cities/{city}/offices?speaks=<code>` (issue 20)."""

from __future__ import annotations

import pytest

from lotse.catalog.models import Office

pytestmark = pytest.mark.django_db
URL = "/api/v1/cities/dortmund/offices"


def _speak(key: str, *languages: str) -> None:
    office = Office.objects.get(city__slug="dortmund", key=key)
    office.languages = [*office.languages, *languages]
    office.save(update_fields=["languages"])


def _expected(code: str) -> set[str]:
    return {
        o.key
        for o in Office.objects.filter(city__slug="dortmund")
        if code in [lang.lower() for lang in o.languages]
    }


def test_speaks_lists_only_the_offices_that_serve_in_that_language(client):
    _speak("jobcenter", "ar")
    _speak("youth-office", "ar", "tr")
    keys = {o["key"] for o in client.get(URL, {"speaks": "ar"}).json()}
    assert keys == _expected("ar")
    assert {"jobcenter", "youth-office"} <= keys
    assert "buergerdienste" not in keys
    everyone = client.get(URL).json()
    assert len(everyone) == Office.objects.filter(city__slug="dortmund").count()
    assert len(keys) < len(everyone)


def test_speaks_ignores_case_and_region(client):
    _speak("jobcenter", "uk")
    assert {o["key"] for o in client.get(URL, {"speaks": "UK-ua"}).json()} == _expected("uk")


def test_a_language_no_office_speaks_gives_an_empty_list(client):
    response = client.get(URL, {"speaks": "zu"})
    assert response.status_code == 200
    assert response.json() == []


@pytest.mark.parametrize("value", ["arabic!", "1", "a", "ar_SY_xx_long_value_too_long"])
def test_a_value_that_is_no_language_code_is_a_400_naming_speaks(client, value):
    response = client.get(URL, {"speaks": value})
    assert response.status_code == 400
    assert "speaks" in response.json()["error"]["fields"]


def test_an_empty_speaks_is_no_filter(client):
    assert len(client.get(URL, {"speaks": ""}).json()) == len(client.get(URL).json())


def test_the_openapi_document_describes_speaks_for_offices_and_appointment_types(client):
    spec = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/cities/{city}/offices", "/api/v1/cities/{city}/appointment-types"):
        names = [p["name"] for p in spec["paths"][path]["get"]["parameters"] if "name" in p]
        assert "speaks" in names, path
        assert "400" in spec["paths"][path]["get"]["responses"], path
