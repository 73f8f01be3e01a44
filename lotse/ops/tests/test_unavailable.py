"""A lost database is a clear 503 with Retry-After, logged as one warning, never a 500."""

from __future__ import annotations

import logging
from unittest import mock

import pytest
from django.db.utils import InterfaceError, OperationalError
from django.test import Client

pytestmark = pytest.mark.django_db

DOWN = OperationalError("connection to server at 127.0.0.1 port 5433 failed")


def test_an_api_view_losing_the_database_answers_503_in_the_error_format(caplog):
    with mock.patch("lotse.catalog.api.selectors.service_list", side_effect=DOWN):
        response = Client().get("/api/v1/cities/dortmund/services")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "5"
    assert response.json()["error"]["code"] == "unavailable"
    assert response.json()["error"]["message"]


def test_a_lost_connection_mid_query_is_a_503_too():
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=InterfaceError):
        response = Client().get("/api/v1/cities/dortmund/services")
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "unavailable"


def test_a_portal_page_losing_the_database_answers_a_plain_503_page():
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=DOWN):
        response = Client().get("/en/dortmund/services/")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "5"
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert "<h1>Temporarily unavailable</h1>" in html
    assert "<style" not in html and "<script" not in html and "style=" not in html


def test_the_outage_is_logged_as_one_warning_without_a_traceback(caplog):
    caplog.set_level(logging.INFO)
    with mock.patch("lotse.catalog.api.selectors.service_list", side_effect=DOWN):
        Client().get("/api/v1/cities/dortmund/services")
    problems = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(problems) == 1
    (warning,) = problems
    assert warning.name == "lotse.ops" and warning.levelno == logging.WARNING
    assert warning.exc_info is None
    assert "OperationalError" in warning.getMessage()


def test_an_error_outside_the_view_is_a_503_as_well():
    """Session or auth middleware can hit the database after the view: handler500 catches it."""
    client = Client(raise_request_exception=False)
    with mock.patch(
        "django.contrib.sessions.middleware.SessionMiddleware.process_response", side_effect=DOWN
    ):
        api = client.get("/api/v1/cities")
        page = client.get("/en/")
    assert api.status_code == page.status_code == 503
    assert api.json()["error"]["code"] == "unavailable"
    assert b"Temporarily unavailable" in page.content


def test_other_errors_still_give_the_usual_500():
    client = Client(raise_request_exception=False)
    with mock.patch(
        "django.contrib.sessions.middleware.SessionMiddleware.process_response",
        side_effect=RuntimeError("bug"),
    ):
        response = client.get("/api/v1/cities")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "internal_error"
