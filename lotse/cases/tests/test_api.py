"""The HTTP API per DESIGN.md: token, create a case, read it, add notes, tasks, audit."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client

from lotse.core.models import ApiToken, AuditEvent

pytestmark = pytest.mark.django_db


def _token(client: Client, username: str, password: str):
    return client.post(
        "/api/v1/auth/token",
        data=json.dumps({"username": username, "password": password}),
        content_type="application/json",
    )


def test_the_contract_flow_token_case_note_task_audit(people):
    client = Client(enforce_csrf_checks=True)
    response = _token(client, "cw", "pw-cw-long-enough")
    assert response.status_code == 200
    token = response.json()["token"]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    created = client.post(
        "/api/v1/cases",
        data=json.dumps({
            "city": "dortmund", "name": "Jan Nowak", "email": "jan@example.org",
            "language": "pl", "consent": True,
            "services": ["residence-registration", "daycare-place"],
        }),
        content_type="application/json", **auth,
    )  # fmt: skip
    assert created.status_code == 201
    body = created.json()
    assert {t["service"]: t["office"] for t in body["tasks"]} == {
        "residence-registration": "buergerdienste",
        "daycare-place": "youth-office",
    }
    assert all(set(t) >= {"id", "service", "office", "status"} for t in body["tasks"])
    case = client.get(f"/api/v1/cases/{body['id']}", **auth).json()
    assert case["name"] == "Jan Nowak" and case["consent"]["text_version"]
    note = client.post(
        f"/api/v1/cases/{body['id']}/notes", data=json.dumps({"body": "called"}),
        content_type="application/json", **auth,
    )  # fmt: skip
    assert note.status_code == 201
    task = client.get(f"/api/v1/tasks/{body['tasks'][0]['id']}", **auth)
    assert task.status_code == 200
    assert AuditEvent.objects.filter(case_id=body["id"], action="read").exists()


def test_only_the_hash_of_a_token_is_stored_and_it_expires(people, settings):
    client = Client()
    token = _token(client, "cw", "pw-cw-long-enough").json()["token"]
    stored = ApiToken.objects.get()
    assert token not in stored.key_hash and len(stored.key_hash) == 64
    past = stored.created_at - dt.timedelta(days=1)
    ApiToken.objects.update(created_at=past - dt.timedelta(hours=8), expires_at=past)
    response = client.get("/api/v1/tasks", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


def test_bad_input_is_a_400_naming_the_field(people):
    client = Client()
    token = _token(client, "cw", "pw-cw-long-enough").json()["token"]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    cases = [
        ({"city": "dortmund", "name": "A", "language": "en", "consent": False, "services": ["tax-id"]}, "consent"),
        ({"city": "dortmund", "name": "A", "language": "en", "consent": True, "services": "tax-id"}, "services"),
        ({"city": "dortmund", "name": "A", "language": "xx", "consent": True, "services": ["tax-id"]}, "language"),
        ({"city": "nowhere", "name": "A", "language": "en", "consent": True, "services": ["tax-id"]}, "city"),
        ({"city": "dortmund", "name": "", "language": "en", "consent": True, "services": ["tax-id"]}, "name"),
    ]  # fmt: skip
    for payload, field in cases:
        response = client.post(
            "/api/v1/cases", data=json.dumps(payload), content_type="application/json", **auth
        )
        assert response.status_code == 400, payload
        assert field in response.json()["error"]["fields"], payload
    broken = client.post(
        "/api/v1/cases", data=b"{not json", content_type="application/json", **auth
    )
    assert broken.status_code == 400


def test_every_cases_route_is_in_the_openapi_document(db):
    paths = Client().get("/api/v1/openapi.json").json()["paths"]
    for route in ["/api/v1/auth/token", "/api/v1/cases", "/api/v1/cases/{case_id}",
                  "/api/v1/cases/{case_id}/notes", "/api/v1/tasks", "/api/v1/tasks/{task_id}",
                  "/api/v1/audit"]:  # fmt: skip
        assert route in paths, route
