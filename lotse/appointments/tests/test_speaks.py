"""Appointment types by a language the newcomer speaks: API and page, `?speaks=` (issue 20)."""

from __future__ import annotations

import pytest
from django.test import Client

from lotse.appointments import services
from lotse.appointments.models import AppointmentType
from lotse.catalog.models import Office

pytestmark = pytest.mark.django_db
API = "/api/v1/cities/dortmund/appointment-types"
PAGE = "/de/dortmund/appointments/"


@pytest.fixture
def types_loaded() -> None:
    services.appointment_types_load(city_slug="dortmund")
    office = Office.objects.get(city__slug="dortmund", key="migration-office")
    office.languages = [*office.languages, "ar"]
    office.save(update_fields=["languages"])


def _expected(code: str) -> set[str]:
    return {
        t.key
        for t in AppointmentType.objects.filter(city__slug="dortmund").select_related("office")
        if code in t.office.languages
    }


def test_api_lists_only_types_of_offices_speaking_the_language(client: Client, types_loaded):
    keys = {t["key"] for t in client.get(API, {"speaks": "ar"}).json()}
    assert keys == _expected("ar")
    assert keys and all(
        AppointmentType.objects.get(city__slug="dortmund", key=k).office.key == "migration-office"
        for k in keys
    )
    assert len(client.get(API).json()) > len(keys)


def test_api_rejects_a_speaks_that_is_no_language_code(client: Client, types_loaded):
    response = client.get(API, {"speaks": "<ar>"})
    assert response.status_code == 400
    assert "speaks" in response.json()["error"]["fields"]


def test_page_filters_types_with_a_plain_get_form(client: Client, types_loaded):
    page = client.get(PAGE).content.decode()
    assert '<form method="get" class="speaks-filter">' in page
    assert 'name="speaks"' in page
    filtered = client.get(PAGE, {"speaks": "ar"})
    assert filtered.status_code == 200
    html = filtered.content.decode()
    for key in AppointmentType.objects.filter(city__slug="dortmund").values_list("key", flat=True):
        assert (f"/appointments/{key}/" in html) == (key in _expected("ar")), key
    assert '<option value="ar" selected>' in html
    # the office's languages are named in the reader's language (German page: "Arabisch")
    assert "Arabisch" in html


def test_page_with_a_bad_speaks_answers_400_with_the_form_and_every_type(
    client: Client, types_loaded
):
    response = client.get(PAGE, {"speaks": "not a language"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    for key in _expected("de"):
        assert f"/appointments/{key}/" in html
