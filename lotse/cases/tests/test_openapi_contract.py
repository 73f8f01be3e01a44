"""Real answers of the staff API (cases, tasks, audit, tokens) match their published schemas."""

from __future__ import annotations

from django.test import Client

from lotse.cases.tests.conftest import bearer
from lotse.core.testing import assert_conforms


def test_case_task_and_audit_answers_match_their_schema(people, case):
    api = Client()
    caseworker, migration, admin = people["caseworker"], people["migration"], people["admin"]
    case_id = case.case.pk
    assert_conforms(
        api.get(f"/api/v1/cases/{case_id}", **bearer(caseworker)), "GET", "/api/v1/cases/{case_id}"
    )
    assert_conforms(
        api.get("/api/v1/cases/999999", **bearer(caseworker)), "GET", "/api/v1/cases/{case_id}"
    )
    listed = assert_conforms(
        api.get("/api/v1/tasks?office=migration-office", **bearer(migration)),
        "GET",
        "/api/v1/tasks",
    )
    task_id = listed["results"][0]["id"]
    assert_conforms(
        api.get(f"/api/v1/tasks/{task_id}", **bearer(migration)), "GET", "/api/v1/tasks/{task_id}"
    )
    note = api.post(
        f"/api/v1/cases/{case_id}/notes",
        {"body": "Called, documents complete."},
        content_type="application/json",
        **bearer(caseworker),
    )
    assert note.status_code == 201
    assert_conforms(note, "POST", "/api/v1/cases/{case_id}/notes")
    bad_note = api.post(
        f"/api/v1/cases/{case_id}/notes", {"body": ""}, content_type="application/json",
        **bearer(caseworker),
    )  # fmt: skip
    assert bad_note.status_code == 400
    assert_conforms(bad_note, "POST", "/api/v1/cases/{case_id}/notes")
    assert_conforms(
        api.get(f"/api/v1/audit?case={case_id}", **bearer(admin)), "GET", "/api/v1/audit"
    )
    forbidden = api.get(f"/api/v1/audit?case={case_id}", **bearer(caseworker))
    assert forbidden.status_code == 403
    assert_conforms(forbidden, "GET", "/api/v1/audit")


def test_case_creation_and_token_answers_match_their_schema(people):
    api = Client()
    created = api.post(
        "/api/v1/cases",
        {
            "city": "dortmund", "name": "Oksana Example", "email": "oksana@example.org",
            "language": "uk", "consent": True, "services": ["residence-registration"],
        },
        content_type="application/json",
        **bearer(people["caseworker"]),
    )  # fmt: skip
    assert created.status_code == 201
    assert_conforms(created, "POST", "/api/v1/cases")
    refused = api.post(
        "/api/v1/cases", {"city": "dortmund"}, content_type="application/json",
        **bearer(people["migration"]),
    )  # fmt: skip
    assert refused.status_code in (400, 403)
    assert_conforms(refused, "POST", "/api/v1/cases")
    wrong = api.post(
        "/api/v1/auth/token", {"username": "cw", "password": "wrong"},
        content_type="application/json",
    )  # fmt: skip
    assert wrong.status_code == 401
    assert_conforms(wrong, "POST", "/api/v1/auth/token")
