"""The catalog part of a computed plan (titles and office names per language) is read once per
generation of the city's catalog (lotse.plans.selectors._catalog_titles): a published title is
in the next plan, and a second plan reads no service texts."""

from __future__ import annotations

import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lotse.catalog.models import Service
from lotse.catalog.services import service_text_update

pytestmark = pytest.mark.django_db

PROFILE = {"city": "dortmund", "today": "2026-11-22", "purpose": "work", "citizenship": "IN"}


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.LOTSE_PAGE_CACHE_ENABLED = True
    cache.clear()


def _plan(client, **extra):
    response = client.post(
        "/api/v1/plan", json.dumps({**PROFILE, **extra}), content_type="application/json"
    )
    assert response.status_code == 200
    return {step["service"]: step for step in response.json()["steps"]}


def test_a_second_plan_reads_no_service_texts(client):
    first = _plan(client)
    with CaptureQueriesContext(connection) as queries:
        again = _plan(client)
    assert again == first
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "catalog_servicetext" not in tables and "catalog_responsibility" not in tables


def test_a_published_title_is_in_the_next_plan(client, django_capture_on_commit_callbacks):
    steps = _plan(client, lang="en")
    key = "residence-registration"
    assert key in steps and steps[key]["title"] != "Register your flat (new)"
    german = _plan(client, lang="de")[key]["title"]
    service = Service.objects.get(city__slug="dortmund", key=key)
    with django_capture_on_commit_callbacks(execute=True):
        service_text_update(
            service=service, module="name", language="en", text="Register your flat (new)"
        )
    assert _plan(client, lang="en")[key]["title"] == "Register your flat (new)"
    # Each language has its own entry: German keeps its own title.
    assert _plan(client, lang="de")[key]["title"] == german


def test_a_plan_reads_its_city_once_and_the_catalog_in_one_round_trip(
    client, django_assert_num_queries
):
    """The city (its existence, time zone, languages and state: one query), then the page
    generation and the catalog titles (one cache round trip)."""
    first = _plan(client, lang="uk")
    with django_assert_num_queries(2):
        assert _plan(client, lang="uk") == first
