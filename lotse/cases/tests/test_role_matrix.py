"""Role matrix: every role against every case, task and document endpoint, allowed and denied.

Denied object reads answer 404 exactly like missing ones, so ids cannot be probed.
"""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from lotse.cases import services

from .conftest import PDF, bearer, client_for

pytestmark = pytest.mark.django_db

ROLES = [
    "caseworker", "other_caseworker", "buergerdienste", "migration", "migration_lead", "youth",
    "admin", "no_role", "anonymous",
]  # fmt: skip


@pytest.fixture
def world(case, people):
    """The case with the migration task waiting for an uploaded document."""
    _registration, permit = case.tasks
    (request,) = services.task_request_documents(
        actor=people["migration"], task=permit, labels=["Passport"]
    )
    document = services.document_upload(
        case=case.case, request_id=request.pk,
        upload=SimpleUploadedFile("p.pdf", PDF, content_type="application/pdf"),
    )  # fmt: skip
    return {
        "case": case.case,
        "registration": case.tasks[0],
        "permit": permit,
        "document": document,
    }


# role -> expected HTTP status per endpoint
EXPECTED = {
    #                   case  note  reg.  permit list  docs  dash  audit
    "caseworker":       (200, 201, 200, 200, 200, 404, 403, 403),
    "other_caseworker": (404, 404, 404, 404, 200, 404, 403, 403),
    "buergerdienste":   (404, 404, 200, 404, 200, 404, 403, 403),
    "migration":        (404, 404, 404, 200, 200, 200, 403, 403),
    "migration_lead":   (404, 404, 404, 200, 200, 200, 200, 403),
    "youth":            (404, 404, 404, 404, 200, 404, 403, 403),
    "admin":            (404, 404, 404, 404, 404, 404, 200, 200),
    "no_role":          (404, 404, 404, 404, 404, 403, 403, 403),
    "anonymous":        (401, 401, 401, 401, 401, 302, 302, 302),
}  # fmt: skip


def _api_headers(people, role):
    return {} if role == "anonymous" else bearer(people[role])


@pytest.mark.parametrize("role", ROLES)
def test_role_matrix_api_and_pages(world, people, role):
    headers = _api_headers(people, role)
    user = None if role == "anonymous" else people[role]
    web = client_for(user)
    api = client_for(None)
    case_id = world["case"].pk
    got = (
        api.get(f"/api/v1/cases/{case_id}", **headers).status_code,
        api.post(
            f"/api/v1/cases/{case_id}/notes",
            data=json.dumps({"body": "hi"}),
            content_type="application/json",
            **headers,
        ).status_code,
        api.get(f"/api/v1/tasks/{world['registration'].pk}", **headers).status_code,
        api.get(f"/api/v1/tasks/{world['permit'].pk}", **headers).status_code,
        api.get("/api/v1/tasks", **headers).status_code,
        web.get(f"/en/staff/documents/{world['document'].pk}/").status_code,
        web.get("/en/staff/dashboard/").status_code,
        web.get("/en/staff/audit/").status_code,
    )
    assert got == EXPECTED[role]


@pytest.mark.parametrize("role", ROLES)
def test_role_matrix_staff_pages(world, people, role):
    user = None if role == "anonymous" else people[role]
    web = client_for(user)
    got = (
        web.get(f"/en/staff/cases/{world['case'].pk}/").status_code,
        web.get(f"/en/staff/tasks/{world['registration'].pk}/").status_code,
        web.get(f"/en/staff/tasks/{world['permit'].pk}/").status_code,
        web.get("/en/staff/cases/new/").status_code,
    )
    expected = {
        "caseworker": (200, 200, 200, 200),
        "other_caseworker": (404, 404, 404, 200),
        "buergerdienste": (404, 200, 404, 403),
        "migration": (404, 404, 200, 403),
        "migration_lead": (404, 404, 200, 403),
        "youth": (404, 404, 404, 403),
        "admin": (404, 404, 404, 403),
        "no_role": (403, 403, 403, 403),
        "anonymous": (302, 302, 302, 302),
    }
    assert got == expected[role]


def test_only_admins_search_the_audit_log_over_the_api(world, people):
    api = client_for(None)
    ok = api.get(f"/api/v1/audit?case={world['case'].pk}", **bearer(people["admin"]))
    assert ok.status_code == 200
    actions = {e["action"] for e in ok.json()["results"]}
    assert {"create", "upload", "update"} <= actions
    for role in ("caseworker", "migration", "migration_lead"):
        denied = api.get(f"/api/v1/audit?case={world['case'].pk}", **bearer(people[role]))
        assert denied.status_code == 403


def test_office_staff_see_only_the_case_data_their_task_needs(world, people):
    api = client_for(None)
    data = api.get(f"/api/v1/tasks/{world['permit'].pk}", **bearer(people["migration"])).json()
    assert data["newcomer"] == {"name": "Amira Example", "language": "ar"}
    assert "amira@example.org" not in json.dumps(data)
    assert "residence-registration" not in json.dumps(data)


def test_office_task_list_holds_only_that_offices_tasks(world, people):
    api = client_for(None)
    data = api.get("/api/v1/tasks", **bearer(people["buergerdienste"])).json()
    assert [t["office"] for t in data["results"]] == ["buergerdienste"]
    other = api.get("/api/v1/tasks?office=migration-office", **bearer(people["buergerdienste"]))
    assert other.status_code == 404


def test_a_caseworker_sees_no_documents_of_offices(world, people):
    page = client_for(people["caseworker"]).get(f"/en/staff/tasks/{world['permit'].pk}/")
    assert page.status_code == 200
    assert f"/en/staff/documents/{world['document'].pk}/" not in page.content.decode()
