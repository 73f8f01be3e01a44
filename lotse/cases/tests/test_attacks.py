"""Attacks: guessed ids, CSRF, script in notes and names, upload tricks, brute force."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from lotse.cases import services
from lotse.cases.models import Document, Note

from .conftest import PDF, PNG, bearer, client_for

pytestmark = pytest.mark.django_db


def test_guessing_other_ids_gives_the_same_404_as_missing_ones(case, people):
    api = Client()
    auth = bearer(people["other_caseworker"])
    forbidden = api.get(f"/api/v1/cases/{case.case.pk}", **auth)
    missing = api.get("/api/v1/cases/987654321", **auth)
    assert forbidden.status_code == missing.status_code == 404
    assert forbidden.json() == missing.json()


def test_a_session_form_without_csrf_token_is_refused(case, people):
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["caseworker"])
    response = client.post(f"/en/staff/cases/{case.case.pk}/", {"action": "note", "body": "x"})
    assert response.status_code == 403
    assert not Note.objects.exists()


def test_the_api_ignores_session_cookies_so_csrf_cannot_ride_on_them(case, people):
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["caseworker"])
    response = client.post(
        f"/api/v1/cases/{case.case.pk}/notes", data=json.dumps({"body": "x"}),
        content_type="application/json",
    )  # fmt: skip
    assert response.status_code == 401
    assert not Note.objects.exists()


def test_script_in_notes_and_names_is_shown_as_text(people):
    from lotse.core.models import City

    created = services.case_create(
        actor=people["caseworker"], city=City.objects.get(slug="dortmund"),
        name="<script>alert(1)</script>", email="", language="en", consent=True,
        service_keys=["residence-registration"],
    )  # fmt: skip
    services.note_add(
        actor=people["buergerdienste"], case=created.case, task=created.tasks[0],
        body='<img src=x onerror="alert(2)">',
    )  # fmt: skip
    for user, url in [
        (people["caseworker"], f"/en/staff/cases/{created.case.pk}/"),
        (people["buergerdienste"], f"/en/staff/tasks/{created.tasks[0].pk}/"),
        (people["buergerdienste"], "/en/staff/tasks/"),
    ]:
        html = client_for(user).get(url).content.decode()
        assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
        assert "<img src=x" not in html
    newcomer = Client().get(f"/en/my-case/{created.token}/").content.decode()
    assert "<script>alert(1)" not in newcomer


@pytest.fixture
def waiting(case, people):
    _registration, permit = case.tasks
    (request,) = services.task_request_documents(
        actor=people["migration"], task=permit, labels=["Passport"]
    )
    return case, request


def _upload(case, request, upload):
    return Client().post(f"/en/my-case/{case.token}/", {"request": str(request.pk), "file": upload})


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("passport.pdf", b"MZ\x90\x00 this is an exe"),
        ("../../etc/passwd.pdf", b"<html><script>alert(1)</script></html>"),
        ("image.png", b"GIF89a......"),
        ("empty.pdf", b""),
    ],
)
def test_uploads_are_typed_by_content_not_by_name(waiting, name, content, upload_dir):
    case, request = waiting
    response = _upload(case, request, SimpleUploadedFile(name, content, "application/pdf"))
    assert response.status_code == 400
    assert not Document.objects.exists()
    assert not upload_dir.exists() or list(upload_dir.iterdir()) == []


def test_path_tricks_in_the_file_name_never_reach_the_disk(waiting, upload_dir):
    case, request = waiting
    response = _upload(case, request, SimpleUploadedFile("../../../evil.png", PNG, "image/png"))
    assert response.status_code == 302
    (stored,) = list(upload_dir.iterdir())
    assert stored.name.endswith(".png") and "evil" not in stored.name
    assert Document.objects.get().content_type == "image/png"


def test_oversized_uploads_are_refused(waiting, settings, upload_dir):
    settings.LOTSE_UPLOAD_MAX_BYTES = 1000
    case, request = waiting
    response = _upload(
        case, request, SimpleUploadedFile("big.pdf", PDF + b"0" * 2000, "application/pdf")
    )
    assert response.status_code == 400
    assert not Document.objects.exists()


def test_a_newcomer_can_only_fill_requests_of_their_own_case(waiting, people):
    from lotse.core.models import City

    _case, request = waiting
    other = services.case_create(
        actor=people["caseworker"], city=City.objects.get(slug="dortmund"), name="B", email="",
        language="en", consent=True, service_keys=["tax-id"],
    )  # fmt: skip
    response = Client().post(
        f"/en/my-case/{other.token}/",
        {"request": str(request.pk), "file": SimpleUploadedFile("p.pdf", PDF, "application/pdf")},
    )
    assert response.status_code == 400
    assert not Document.objects.exists()


def test_a_wrong_private_link_is_a_404(db):
    assert Client().get("/en/my-case/not-a-real-token/").status_code == 404


def test_downloads_are_attachments_with_nosniff(waiting, people):
    case, request = waiting
    _upload(case, request, SimpleUploadedFile("p.pdf", PDF, "application/pdf"))
    document = Document.objects.get()
    response = client_for(people["migration"]).get(f"/en/staff/documents/{document.pk}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


def test_brute_force_logins_are_locked_out_in_the_database(people):
    client = Client()
    for _ in range(5):
        wrong = client.post("/en/staff/login/", {"username": "cw", "password": "guess"})
        assert wrong.status_code == 400
    locked = client.post("/en/staff/login/", {"username": "cw", "password": "pw-cw-long-enough"})
    assert locked.status_code == 429
    api = client.post(
        "/api/v1/auth/token",
        data=json.dumps({"username": "cw", "password": "pw-cw-long-enough"}),
        content_type="application/json",
    )
    assert api.status_code == 429
    # Another user is not locked by cw's failures.
    other = client.post("/en/staff/login/", {"username": "bd", "password": "pw-bd-long-enough"})
    assert other.status_code == 302
