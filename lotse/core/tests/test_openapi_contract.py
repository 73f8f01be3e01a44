"""Real answers of the public API match the schemas published at /api/v1/openapi.json."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command

from lotse.core.testing import assert_conforms, response_schema

pytestmark = pytest.mark.django_db

PUBLIC_GETS = [
    ("/api/v1/cities", "/api/v1/cities"),
    ("/api/v1/cities/dortmund/services", "/api/v1/cities/{city}/services"),
    (
        "/api/v1/cities/dortmund/services/residence-registration?lang=ar",
        "/api/v1/cities/{city}/services/{key}",
    ),
    ("/api/v1/cities/dortmund/services/no-such-service", "/api/v1/cities/{city}/services/{key}"),
    ("/api/v1/cities/atlantis/services", "/api/v1/cities/{city}/services"),
    ("/api/v1/cities/dortmund/offices?lang=uk", "/api/v1/cities/{city}/offices"),
    ("/api/v1/cities/dortmund/offices/welcome-center", "/api/v1/cities/{city}/offices/{key}"),
    ("/api/v1/search?city=dortmund&q=Anmeldung+Wohnung", "/api/v1/search"),
    ("/api/v1/search?city=dortmund&q=", "/api/v1/search"),
    ("/api/v1/search?city=atlantis&q=hello", "/api/v1/search"),
    ("/api/v1/cities/dortmund/partnerships", "/api/v1/cities/{city}/partnerships"),
    ("/api/v1/cities/dortmund/projects", "/api/v1/cities/{city}/projects"),
    ("/api/v1/cities/dortmund/attractions", "/api/v1/cities/{city}/attractions"),
    ("/api/v1/cities/dortmund/appointment-types", "/api/v1/cities/{city}/appointment-types"),
    ("/api/v1/slots?city=dortmund&type=no-such-type", "/api/v1/slots"),
    ("/api/v1/slots?city=dortmund&date_from=yesterday", "/api/v1/slots"),
    ("/api/v1/plans/not-a-real-token", "/api/v1/plans/{token}"),
]


@pytest.mark.parametrize(("url", "path"), PUBLIC_GETS)
def test_public_get_answers_match_their_schema(client, url, path):
    response = client.get(url)
    assert response.status_code < 500
    assert_conforms(response, "GET", path)


def test_slots_and_appointment_types_match_their_schema(client):
    call_command("appointments_load", "dortmund", verbosity=0)
    types = assert_conforms(
        client.get("/api/v1/cities/dortmund/appointment-types"),
        "GET",
        "/api/v1/cities/{city}/appointment-types",
    )
    assert types, "Dortmund has appointment types"
    key = (types["results"] if isinstance(types, dict) else types)[0]["key"]
    start = dt.date.today()
    response = client.get(
        f"/api/v1/slots?city=dortmund&type={key}&date_from={start}"
        f"&date_to={start + dt.timedelta(days=14)}"
    )
    assert response.status_code == 200
    assert_conforms(response, "GET", "/api/v1/slots")


def test_plan_and_stored_plan_match_their_schema(client):
    profile = {"city": "dortmund", "purpose": "study", "citizenship": "BR", "salary": 1}
    response = client.post("/api/v1/plan", profile, content_type="application/json")
    assert response.status_code == 400  # an unknown field is named
    body = assert_conforms(response, "POST", "/api/v1/plan")
    assert "salary" in body["error"]["fields"]
    del profile["salary"]
    response = client.post("/api/v1/plan", profile, content_type="application/json")
    assert response.status_code == 200
    plan = assert_conforms(response, "POST", "/api/v1/plan")
    assert plan["steps"]


def test_a_schema_mismatch_is_reported(client):
    """The check itself can fail: a body that misses a required property is refused."""
    schema = response_schema("GET", "/api/v1/cities/{city}/services/{key}", 404)
    assert schema["required"] == ["error"]

    class Fake(dict):
        status_code = 404
        content = b'{"detail": "nope"}'

    fake = Fake({"Content-Type": "application/json"})
    with pytest.raises(AssertionError, match="'error' is a required property"):
        assert_conforms(fake, "GET", "/api/v1/cities/{city}/services/{key}")
