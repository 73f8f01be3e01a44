"""Issue 19: POST /api/v1/applications/{id}/documents uploads a document the office asked
for, with the portal upload's checks; documented in the OpenAPI description."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from lotse.cases import services as case_services
from lotse.cases.models import Application, Document, TaskStatus
from lotse.cases.tests.conftest import PDF
from lotse.cases.tests.test_applications import API, extension_body, post
from lotse.core.audit import Action
from lotse.core.models import AuditEvent
from lotse.core.testing import assert_conforms

pytestmark = pytest.mark.django_db

PATH = "/api/v1/applications/{application_id}/documents"


@pytest.fixture
def requested(client, people, upload_dir):
    """An application whose migration office asked for the employment contract."""
    data = post(client, extension_body()).json()
    application = Application.objects.get(pk=data["id"])
    migration = people["migration"]
    case_services.task_transition(
        actor=migration, task=application.task, to_status=TaskStatus.IN_PROGRESS
    )
    case_services.task_request_documents(
        actor=migration, task=application.task, labels=["employment-contract"]
    )
    view = client.get(f"{API}/{data['id']}", HTTP_X_APPLICATION_TOKEN=data["token"]).json()
    return data, view["missing"][0]["id"]


def _upload(client, data, token=None, **fields):
    return client.post(
        f"{API}/{data['id']}/documents",
        fields,
        HTTP_X_APPLICATION_TOKEN=token if token is not None else data["token"],
    )


def test_upload_fulfils_the_request_and_the_status_moves_on(client, requested):
    data, request_id = requested
    response = _upload(client, data, request=request_id, file=SimpleUploadedFile("c.pdf", PDF))
    assert response.status_code == 201, response.content
    assert_conforms(response, "post", PATH)
    assert (
        response["Cache-Control"].startswith("no-store") or "no-store" in response["Cache-Control"]
    )
    body = response.json()
    document = Document.objects.get(pk=body["id"])
    assert document.request_id == request_id and document.content_type == "application/pdf"
    view = client.get(f"{API}/{data['id']}", HTTP_X_APPLICATION_TOKEN=data["token"]).json()
    assert view["missing"] == [] and view["status"] != "documents_requested"
    assert AuditEvent.objects.filter(action=Action.UPLOAD, object_id=str(document.pk)).exists()


def test_wrong_type_by_content_is_a_400_naming_the_file(client, requested):
    data, request_id = requested
    fake = SimpleUploadedFile("contract.pdf", b"MZ\x90\x00 an exe, not a pdf")
    response = _upload(client, data, request=request_id, file=fake)
    assert response.status_code == 400
    assert_conforms(response, "post", PATH)
    assert "file" in response.json()["error"]["fields"]
    assert not Document.objects.filter(request_id=request_id).exists()


def test_too_large_is_a_400_naming_the_file(client, requested, settings):
    settings.LOTSE_UPLOAD_MAX_BYTES = 1024
    data, request_id = requested
    big = SimpleUploadedFile("c.pdf", PDF + b"0" * 4096)
    response = _upload(client, data, request=request_id, file=big)
    assert response.status_code == 400
    assert "file" in response.json()["error"]["fields"]


def test_missing_file_unknown_request_and_json_body_are_named(client, requested):
    data, request_id = requested
    missing = _upload(client, data, request=request_id)
    assert missing.status_code == 400 and "file" in missing.json()["error"]["fields"]
    unknown = _upload(client, data, request=999999, file=SimpleUploadedFile("c.pdf", PDF))
    assert unknown.status_code == 400 and "request" in unknown.json()["error"]["fields"]
    bad = _upload(client, data, request="abc", file=SimpleUploadedFile("c.pdf", PDF))
    assert bad.status_code == 400 and "request" in bad.json()["error"]["fields"]
    as_json = client.post(
        f"{API}/{data['id']}/documents",
        {"request": request_id},
        content_type="application/json",
        HTTP_X_APPLICATION_TOKEN=data["token"],
    )
    assert as_json.status_code == 400 and "file" in as_json.json()["error"]["fields"]


def test_a_fulfilled_request_takes_no_second_upload(client, requested):
    data, request_id = requested
    assert _upload(client, data, request=request_id, file=SimpleUploadedFile("c.pdf", PDF)).status_code == 201  # fmt: skip
    again = _upload(client, data, request=request_id, file=SimpleUploadedFile("c.pdf", PDF))
    assert again.status_code == 400 and "request" in again.json()["error"]["fields"]


def test_wrong_token_is_404_and_get_is_405(client, requested):
    data, request_id = requested
    wrong = _upload(client, data, token="x" * 43, request=request_id, file=SimpleUploadedFile("c.pdf", PDF))  # fmt: skip
    assert wrong.status_code == 404
    assert client.get(f"{API}/{data['id']}/documents").status_code == 405


def test_upload_route_is_in_the_openapi_description(client):
    spec = client.get("/api/v1/openapi.json").json()
    operation = spec["paths"][PATH]["post"]
    assert "multipart/form-data" in operation["requestBody"]["content"]
    assert {"201", "400", "404"} <= set(operation["responses"])
