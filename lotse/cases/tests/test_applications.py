"""Online applications: forms as data, submit, idempotency, limits, status, mails, staff steps."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from django.test import Client

from lotse.cases import services as case_services
from lotse.cases.applications.forms import forms_read
from lotse.cases.applications.services import email_normalise
from lotse.cases.models import Application, Document, Task, TaskStatus
from lotse.cases.tests.conftest import PDF, PNG, client_for
from lotse.core.datafiles import DataFileError
from lotse.core.models import OutgoingMail

API = "/api/v1/applications"
FORMS = [
    "residence-permit-extension",
    "residence-permit-skilled-work",
    "settlement-permit",
    "registration-certificate",
    "welcome-counselling",
]


def extension_body(**overrides):
    body = {
        "city": "dortmund",
        "service": "residence-permit-extension",
        "language": "uk",
        "email": "olena+apply@example.org",
        "consent": True,
        "answers": {
            "given-names": "Olena",
            "family-name": "Example",
            "birth-date": "1990-04-01",
            "nationality": "ua",
            "marital-status": "single",
            "permit-expires": "2027-01-31",
            "street": "Südwall 2",
            "postcode": "44137",
        },
        "documents": {
            "passport": base64.b64encode(PDF).decode(),
            "current-permit": base64.b64encode(PNG).decode(),
        },
    }
    body.update(overrides)
    return body


def post(client: Client, body: dict, **headers):
    return client.post(API, json.dumps(body), content_type="application/json", **headers)


def mail_queued(recipient: str) -> list:
    """The mails to this person in the outbox (stored with the change, sent by the worker)."""
    return list(OutgoingMail.objects.filter(recipient=recipient).order_by("id"))


def body_of(message) -> str:
    return message.body


@pytest.fixture
def newcomer_mail(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.mark.parametrize("service", FORMS)
def test_form_api_all_five_forms_in_every_language(client, db, service):
    from django.conf import settings

    for lang, _name in settings.LANGUAGES:
        response = client.get(f"/api/v1/cities/dortmund/services/{service}/form?lang={lang}")
        assert response.status_code == 200, (service, lang)
        data = response.json()
        assert data["service"] == service and data["language"] == lang
        assert data["fields"] and all(f["label"] for f in data["fields"])
        assert {f["type"] for f in data["fields"]} <= {
            "text",
            "date",
            "email",
            "choice",
            "boolean",
            "number",
            "country",
        }


def test_form_api_condition_and_choices(client, db):
    data = client.get(
        "/api/v1/cities/dortmund/services/residence-permit-extension/form?lang=de"
    ).json()
    spouse = next(f for f in data["fields"] if f["name"] == "spouse-name")
    assert spouse["when"] == {"marital-status": "married"}
    status = next(f for f in data["fields"] if f["name"] == "marital-status")
    assert {"value": "married", "label": "verheiratet"} in status["choices"]
    assert [d["key"] for d in data["documents"] if d["required"]] == ["passport", "current-permit"]


def test_form_api_unknown_service_and_language(client, db):
    assert client.get("/api/v1/cities/dortmund/services/tax-id/form").status_code == 404
    bad = client.get("/api/v1/cities/dortmund/services/settlement-permit/form?lang=xx")
    assert bad.status_code == 400 and "language" in bad.json()["error"]["fields"]


def test_form_files_are_checked_with_file_and_line(tmp_path: Path):
    real = Path("data/cities/dortmund/forms")
    (tmp_path / "_library.yaml").write_text((real / "_library.yaml").read_text())
    (tmp_path / "settlement-permit.yaml").write_text(
        "service: settlement-permit\nversion: '1'\ngroups:\n  - key: person\n"
        "    label: {en: About you}\n    fields:\n      - {use: no-such-field, required: true}\n"
        "      - {use: family-name, required: true, when: {marital-status: married}}\n"
    )
    with pytest.raises(DataFileError) as info:
        forms_read(tmp_path)
    text = "\n".join(info.value.errors)
    assert "settlement-permit.yaml:5: group person: 'label' lacks the languages: de" in text
    assert "settlement-permit.yaml:7: group person field: 'use' names no field" in text
    assert "settlement-permit.yaml:8:" in text and "'when' refers to 'marital-status'" in text


def test_shipped_forms_are_valid():
    forms = forms_read(Path("data/cities/dortmund/forms"))
    assert sorted(forms) == sorted(FORMS)


def test_submit_opens_case_task_for_migration_office_and_mails(client, db, newcomer_mail):
    response = post(client, extension_body())
    assert response.status_code == 201, response.content
    assert "no-store" in response["Cache-Control"]
    data = response.json()
    assert data["status"] == "submitted" and data["token"] and data["id"]
    application = Application.objects.get(pk=data["id"])
    assert application.task.office.key == "migration-office"
    assert application.case.name == "Olena Example"
    assert application.answers["nationality"] == "UA"
    assert application.email_normalised == "olena@example.org"
    assert Document.objects.filter(task=application.task).count() == 2
    assert application.consent_text_version
    sent = mail_queued("olena+apply@example.org")
    assert len(sent) == 1 and application.reference in sent[0].subject
    assert "отримано" in sent[0].subject  # Ukrainian
    assert f"/uk/applications/{data['token']}/" in body_of(sent[0])
    from lotse.core.models import AuditEvent

    assert AuditEvent.objects.filter(
        object_type="application", action="create", case_id=application.case_id
    ).exists()


def test_status_api_needs_the_token(client, db):
    data = post(client, extension_body()).json()
    assert client.get(f"{API}/{data['id']}").status_code == 404
    wrong = client.get(f"{API}/{data['id']}", HTTP_X_APPLICATION_TOKEN="x" * 40)
    assert wrong.status_code == 404
    ok = client.get(f"{API}/{data['id']}", HTTP_X_APPLICATION_TOKEN=data["token"])
    assert (
        ok.status_code == 200 and ok["Cache-Control"].startswith("no-store")
    ) or "no-store" in ok["Cache-Control"]
    view = ok.json()
    assert view["status"] == "submitted" and view["requested_documents"] == []
    assert view["history"][0]["kind"] == "routed"
    assert view["tasks"][0]["office"] == "migration-office"


def test_bad_fields_named_in_the_persons_language(client, db):
    body = extension_body(language="de", consent=False, email="nope")
    body["answers"].update(
        {"birth-date": "2999-01-01", "postcode": "12", "marital-status": "married", "bogus": "x"}
    )
    del body["documents"]["passport"]
    response = post(client, body)
    assert response.status_code == 400
    fields = response.json()["error"]["fields"]
    assert fields["answers.birth-date"] == "Dieses Datum ist nicht möglich."
    assert fields["answers.postcode"] == "Das Format stimmt nicht."
    assert fields["answers.spouse-name"] == "Bitte ausfüllen."  # only required when married
    assert fields["answers.bogus"] and fields["email"] and fields["consent"]
    assert fields["documents.passport"] == "Bitte dieses Dokument hochladen."
    assert Application.objects.count() == 0


def test_wrong_upload_type_is_a_field_error_and_keeps_nothing(client, db, upload_dir):
    body = extension_body()
    body["documents"]["passport"] = base64.b64encode(b"MZ\x90\x00 not a pdf").decode()
    response = post(client, body)
    assert response.status_code == 400
    assert "documents.passport" in response.json()["error"]["fields"]
    assert not list(upload_dir.glob("*")) if upload_dir.exists() else True


def test_idempotency_key_gives_one_application(client, db):
    key = "retry-key-0123456789"
    first = post(client, extension_body(), HTTP_IDEMPOTENCY_KEY=key)
    second = post(client, extension_body(), HTTP_IDEMPOTENCY_KEY=key)
    assert first.status_code == 201 and second.status_code == 200
    assert first.json() == second.json()
    assert Application.objects.count() == 1


def test_limit_per_normalised_email(client, db, settings):
    settings.LOTSE_APPLICATION_MAX_OPEN_PER_EMAIL = 2
    for n in range(2):
        assert post(client, extension_body(email=f"Olena+{n}@Example.org")).status_code == 201
    third = post(client, extension_body(email="olena@example.org"))
    assert third.status_code == 429 and third.json()["error"]["code"] == "too_many_applications"
    assert third.has_header("Retry-After")


def test_limit_per_address(client, db, settings):
    settings.LOTSE_APPLICATION_MAX_OPEN_PER_ADDRESS = 1
    assert post(client, extension_body(email="a@example.org")).status_code == 201
    assert post(client, extension_body(email="b@example.org")).status_code == 429


def test_later_application_reuses_documents_and_joins_the_case(client, db):
    first = post(client, extension_body()).json()
    body = extension_body(service="settlement-permit", previous_token=first["token"])
    body["answers"] = {
        "given-names": "Olena",
        "family-name": "Example",
        "birth-date": "1990-04-01",
        "nationality": "UA",
        "marital-status": "single",
        "residence-since": "2019-05-01",
        "pension-months": 60,
        "german-level": "B1",
    }
    body["documents"] = {"pension-statement": base64.b64encode(PDF).decode()}
    response = post(client, body)
    assert response.status_code == 201, response.content
    one, two = Application.objects.order_by("id")
    assert one.case_id == two.case_id
    docs = Document.objects.filter(task=two.task).select_related("request")
    assert sorted(d.request.key for d in docs) == [
        "current-permit",
        "passport",
        "pension-statement",
    ]
    old = {
        d.request.key: d for d in Document.objects.filter(task=one.task).select_related("request")
    }
    reused = next(d for d in docs if d.request.key == "passport")
    assert (
        reused.sha256 == old["passport"].sha256
        and reused.stored_name != old["passport"].stored_name
    )


def test_documents_are_not_reused_without_the_previous_token(client, db):
    post(client, extension_body())
    body = extension_body(service="settlement-permit")
    body["answers"] = {
        "given-names": "O",
        "family-name": "E",
        "birth-date": "1990-04-01",
        "nationality": "UA",
        "marital-status": "single",
        "residence-since": "2019-05-01",
        "pension-months": 60,
        "german-level": "B1",
    }
    body["documents"] = {"pension-statement": base64.b64encode(PDF).decode()}
    response = post(client, body)
    assert response.status_code == 400
    assert "documents.passport" in response.json()["error"]["fields"]


def test_staff_request_documents_decide_mails_each_step(client, db, people, newcomer_mail):
    data = post(client, extension_body(language="ar")).json()
    application = Application.objects.get(pk=data["id"])
    task = application.task
    migration = people["migration"]
    case_services.task_transition(actor=migration, task=task, to_status=TaskStatus.IN_PROGRESS)
    case_services.task_request_documents(actor=migration, task=task, labels=["employment-contract"])
    view = client.get(f"{API}/{data['id']}", HTTP_X_APPLICATION_TOKEN=data["token"]).json()
    assert view["status"] == "documents_requested"
    assert view["missing"][0]["label"] == "عقد العمل"  # the library label, in Arabic
    request_id = view["missing"][0]["id"]
    page = client.post(
        f"/ar/applications/{data['token']}/", {"request": request_id, "file": _file(PDF)}
    )
    assert page.status_code == 302
    task.refresh_from_db()
    assert task.status == TaskStatus.IN_PROGRESS
    staff = client_for(migration)
    assert (
        staff.post(f"/en/staff/tasks/{task.pk}/decide/", {"outcome": "approved"}).status_code == 302
    )
    view = client.get(f"{API}/{data['id']}", HTTP_X_APPLICATION_TOKEN=data["token"]).json()
    assert view["status"] == "approved" and view["decision"] == "approved"
    subjects = [m.subject for m in mail_queued("olena+apply@example.org")]
    assert len(subjects) == 5  # received, in progress, documents needed, in progress, approved
    assert "وثائق مطلوبة" in subjects[2] and "تمت الموافقة" in subjects[4]
    requested_mail = mail_queued("olena+apply@example.org")[2]
    assert "عقد العمل" in body_of(requested_mail)
    assert f"/ar/applications/{data['token']}/" in body_of(requested_mail)


def test_opt_out_keeps_only_essential_mails(client, db, people, newcomer_mail):
    data = post(client, extension_body(mail_opt_out=True)).json()
    task = Application.objects.get(pk=data["id"]).task
    case_services.task_transition(
        actor=people["migration"], task=task, to_status=TaskStatus.IN_PROGRESS
    )
    case_services.task_request_documents(actor=people["migration"], task=task, labels=["Payslip"])
    assert (
        len(mail_queued("olena+apply@example.org")) == 2
    )  # receipt and the request, no "in progress"


def test_only_the_responsible_office_sees_and_decides(client, db, people):
    data = post(client, extension_body()).json()
    task = Application.objects.get(pk=data["id"]).task
    other = client_for(people["buergerdienste"])
    assert other.get(f"/en/staff/tasks/{task.pk}/").status_code == 404
    assert (
        other.post(f"/en/staff/tasks/{task.pk}/decide/", {"outcome": "refused"}).status_code == 404
    )
    task.refresh_from_db()
    assert task.status == TaskStatus.NEW


def test_retention_and_erasure_blank_the_application(client, db, people):
    import datetime as dt

    from django.utils import timezone

    data = post(client, extension_body()).json()
    application = Application.objects.get(pk=data["id"])
    case_services.task_transition(
        actor=people["migration"], task=application.task, to_status=TaskStatus.DONE
    )
    assert case_services.cases_retention_run(now=timezone.now() + dt.timedelta(days=400)) == 1
    application.refresh_from_db()
    assert application.answers == {} and application.email_normalised == ""
    assert application.token_hash is None and application.anonymised_at is not None
    assert (
        client.get(f"{API}/{data['id']}", HTTP_X_APPLICATION_TOKEN=data["token"]).status_code == 404
    )


def test_email_normalise():
    assert email_normalise(" Olena+X@Example.ORG ") == "olena@example.org"


def _file(content: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("doc.pdf", content)


def test_task_model_unchanged_for_plain_cases(case):
    assert not Task.objects.filter(application__isnull=False).exists()


def test_forms_load_command_reports_file_and_line(db, tmp_path):
    from django.core.management import CommandError, call_command

    out = __import__("io").StringIO()
    call_command("application_forms_load", "dortmund", stdout=out)
    assert "5 forms of dortmund are valid" in out.getvalue()
    (tmp_path / "_library.yaml").write_text("fields:\n  x:\n    type: colour\n")
    with pytest.raises(CommandError) as info:
        call_command("application_forms_load", "dortmund", "--dir", str(tmp_path))
    assert "_library.yaml:3: field x: 'type' is 'colour'" in str(info.value)


def test_answers_conform_to_openapi(client, db):
    from lotse.core.testing import assert_conforms

    form = client.get("/api/v1/cities/dortmund/services/welcome-counselling/form?lang=fa")
    assert_conforms(form, "GET", "/api/v1/cities/{city}/services/{key}/form")
    created = post(client, extension_body())
    data = assert_conforms(created, "POST", "/api/v1/applications")
    bad = post(client, extension_body(consent=False))
    assert_conforms(bad, "POST", "/api/v1/applications")
    status = client.get(f"{API}/{data['id']}", HTTP_X_APPLICATION_TOKEN=data["token"])
    view = assert_conforms(status, "GET", "/api/v1/applications/{application_id}")
    assert view["appointments"] == []  # additive: filled once staff book one (see below)


def test_head_and_wrong_method_and_bad_previous_token(client, db):
    head = client.head("/api/v1/cities/dortmund/services/settlement-permit/form")
    assert head.status_code == 200
    assert client.delete(API).status_code == 405
    response = post(client, extension_body(previous_token="not-a-token"))
    assert response.status_code == 400 and "previous_token" in response.json()["error"]["fields"]
