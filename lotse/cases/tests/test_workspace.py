"""The staff workspace: safe actions (confirm, reopen, closed as what it is), task lists
(search, filters, sort, assign, bulk hand-over, CSV), the inbox, and documents (names,
preview, rejection with a reason, what the newcomer sees)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from lotse.cases import services
from lotse.cases.models import Case, CaseStatus, ClosedAs, Document, Task, TaskStatus
from lotse.core.models import AuditEvent, OutgoingMail, Role

from .conftest import PDF, PNG, client_for, make_staff

pytestmark = pytest.mark.django_db


def _upload(case, request, data=PDF, name="p.pdf", kind="application/pdf"):
    return services.document_upload(
        case=case.case, request_id=request.pk,
        upload=SimpleUploadedFile(name, data, content_type=kind),
    )  # fmt: skip


# --- Safe actions --------------------------------------------------------------------------


def test_cancel_asks_first_and_the_case_is_not_closed_as_done(people, case):
    client = client_for(people["caseworker"])
    url = f"/en/staff/cases/{case.case.pk}/"
    for task in case.tasks:
        confirm = client.post(url, {"action": "cancel", "task": task.pk})
        assert confirm.status_code == 200 and 'id="confirm-yes"' in confirm.content.decode()
        assert Task.objects.get(pk=task.pk).status == TaskStatus.NEW
        client.post(url, {"action": "cancel", "task": task.pk, "confirm": "yes"})
    closed = Case.objects.get(pk=case.case.pk)
    assert closed.status == CaseStatus.CLOSED and closed.closed_as == ClosedAs.CANCELLED
    page = client.get(url).content.decode()
    assert "all tasks were cancelled" in page and "all tasks are done" not in page
    newcomer = Client().get(f"/en/my-case/{case.case.token}/").content.decode()
    assert 'id="case-closed"' in newcomer and 'id="case-complete"' not in newcomer


def test_mixed_outcome_is_closed_as_partly_completed(people, case):
    registration, permit = case.tasks
    services.task_transition(actor=people["buergerdienste"], task=registration, to_status="done")
    services.task_transition(actor=people["caseworker"], task=permit, to_status="cancelled")
    assert Case.objects.get(pk=case.case.pk).closed_as == ClosedAs.PARTLY


def test_done_asks_first_and_can_be_reopened_which_reopens_the_case(people, case):
    registration, permit = case.tasks
    services.task_transition(actor=people["migration"], task=permit, to_status="done")
    client = client_for(people["buergerdienste"])
    url = f"/en/staff/tasks/{registration.pk}/"
    client.post(url, {"action": "status", "to": "in_progress"})
    confirm = client.post(url, {"action": "status", "to": "done"})
    assert confirm.status_code == 200 and "You can reopen it later" in confirm.content.decode()
    assert Task.objects.get(pk=registration.pk).status == TaskStatus.IN_PROGRESS
    client.post(url, {"action": "status", "to": "done", "confirm": "yes"})
    assert Case.objects.get(pk=case.case.pk).closed_as == ClosedAs.COMPLETED
    assert client.post(url, {"action": "reopen"}).status_code == 200  # the confirm page
    client.post(url, {"action": "reopen", "confirm": "yes"})
    task = Task.objects.get(pk=registration.pk)
    assert task.status == TaskStatus.IN_PROGRESS and task.done_at is None
    reopened = Case.objects.get(pk=case.case.pk)
    assert reopened.status == CaseStatus.OPEN and reopened.closed_at is None
    assert task.events.filter(kind="reopened").exists()


def test_only_the_caseworker_reopens_a_cancelled_task(people, case):
    registration, _permit = case.tasks
    services.task_transition(actor=people["caseworker"], task=registration, to_status="cancelled")
    with pytest.raises(services.ActionNotAllowed):
        services.task_reopen(actor=people["buergerdienste"], task=registration)
    services.task_reopen(actor=people["caseworker"], task=registration)
    assert Task.objects.get(pk=registration.pk).status == TaskStatus.NEW


def test_start_comes_before_done(people, case):
    registration, _permit = case.tasks
    steps = services.task_allowed_steps(actor=people["buergerdienste"], task=registration)
    assert steps == ["in_progress", "done"]
    html = client_for(people["buergerdienste"]).get(f"/en/staff/tasks/{registration.pk}/")
    text = html.content.decode()
    assert text.index("Start work") < text.index("Mark done")


# --- Lists ---------------------------------------------------------------------------------


def test_task_list_search_filters_and_sort(people, case, settings):
    _registration, permit = case.tasks
    Task.objects.filter(pk=permit.pk).update(due_date=dt.date.today() - dt.timedelta(days=3))
    client = client_for(people["migration"])
    overdue = client.get("/en/staff/tasks/", {"status": "overdue"}).content.decode()
    assert f"#{permit.pk}<" in overdue and "(overdue)" in overdue
    assert (
        "#" + str(permit.pk)
        not in client.get("/en/staff/tasks/", {"status": "done"}).content.decode()
    )
    found = client.get("/en/staff/tasks/", {"q": "amira", "status": "all"}).content.decode()
    assert f"#{permit.pk}<" in found
    assert (
        f"#{permit.pk}<"
        in client.get("/en/staff/tasks/", {"q": case.case.reference}).content.decode()
    )
    assert f"#{permit.pk}<" not in client.get("/en/staff/tasks/", {"q": "zzz"}).content.decode()
    services.task_transition(actor=people["migration"], task=permit, to_status="done")
    assert f"#{permit.pk}<" in client.get("/en/staff/tasks/", {"status": "all"}).content.decode()
    other = services.case_create(
        actor=people["caseworker"], city=case.case.city, name="Zed", email="", language="en",
        consent=True, service_keys=["residence-permit-skilled-work"],
    ).tasks[0]  # fmt: skip
    newest = client.get("/en/staff/tasks/", {"status": "all", "sort": "-opened"}).content.decode()
    assert newest.index(f"#{other.pk}<") < newest.index(f"#{permit.pk}<")


def test_assign_to_me_and_only_mine(people, case):
    _registration, permit = case.tasks
    client = client_for(people["migration"])
    client.post(f"/en/staff/tasks/{permit.pk}/", {"action": "assign"})
    assert Task.objects.get(pk=permit.pk).assignee == people["migration"]
    mine = client.get("/en/staff/tasks/", {"mine": "1"}).content.decode()
    assert f"#{permit.pk}<" in mine
    lead_mine = client_for(people["migration_lead"]).get("/en/staff/tasks/", {"mine": "1"})
    assert f"#{permit.pk}<" not in lead_mine.content.decode()
    with pytest.raises(services.ActionNotAllowed):
        services.task_assign(actor=people["buergerdienste"], task=permit)


def test_bulk_hand_over(people, case):
    second = services.case_create(
        actor=people["caseworker"], city=case.case.city, name="Zed", email="", language="en",
        consent=True, service_keys=["residence-permit-skilled-work"],
    ).tasks[0]  # fmt: skip
    permit = case.tasks[1]
    client = client_for(people["migration"])
    response = client.post(
        "/en/staff/tasks/", {"tasks": [permit.pk, second.pk], "office": "youth-office"}
    )
    assert response.status_code == 302
    assert set(Task.objects.filter(pk__in=[permit.pk, second.pk]).values_list(
        "office__key", flat=True
    )) == {"youth-office"}  # fmt: skip
    # Someone else's task in the list: nothing is handed over.
    registration = case.tasks[0]
    response = client_for(people["youth"]).post(
        "/en/staff/tasks/", {"tasks": [permit.pk, registration.pk], "office": "migration-office"}
    )
    assert response.status_code == 404
    assert Task.objects.get(pk=permit.pk).office.key == "youth-office"


def test_csv_export_for_german_excel(people, case):
    client = client_for(people["migration"])
    german = client.get("/de/staff/tasks/", {"format": "csv"})
    body = german.content.decode("utf-8")
    assert body.startswith("\ufeff") and ";" in body.splitlines()[0]
    assert "Amira Example" in body and case.case.reference in body
    english = client.get("/en/staff/tasks/", {"format": "csv"}).content.decode("utf-8")
    assert not english.startswith("\ufeff") and "," in english.splitlines()[0]


def test_task_page_links_its_case_for_the_caseworker(people, case):
    permit = case.tasks[1]
    cw = client_for(people["caseworker"]).get(f"/en/staff/tasks/{permit.pk}/").content.decode()
    assert f'href="/en/staff/cases/{case.case.pk}/" id="case-link"' in cw
    office = client_for(people["migration"]).get(f"/en/staff/tasks/{permit.pk}/").content.decode()
    assert case.case.reference in office and f"/staff/cases/{case.case.pk}/" not in office


def test_inbox_counts_new_and_handed_over_tasks_and_uploads(people, case, settings):
    settings.LOTSE_CASES_OFFICE_MAIL = True
    registration, permit = case.tasks
    client = client_for(people["migration"])
    page = client.get("/en/staff/tasks/").content.decode()
    assert 'id="inbox-badge"' in page and ">1</span>" in page
    client.get(f"/en/staff/tasks/{permit.pk}/")  # opened: no longer new
    assert 'id="inbox-badge"' not in client.get("/en/staff/tasks/").content.decode()
    (request,) = services.task_request_documents(
        actor=people["migration"], task=permit, labels=["Passport"]
    )
    _upload(case, request)
    inbox = client.get("/en/staff/inbox/").content.decode()

    assert 'id="inbox-count">1<' in inbox and "Passport" in inbox
    services.task_handover(actor=people["buergerdienste"], task=registration,
                           office=permit.office)  # fmt: skip
    assert 'id="inbox-count">2<' in client.get("/en/staff/inbox/").content.decode()
    # Caseworkers and the second city have no inbox and see nothing of it.
    assert (
        'id="inbox-link"'
        not in client_for(people["caseworker"]).get("/en/staff/cases/").content.decode()
    )
    muster = make_staff("muster-office", Role.OFFICE_STAFF, "rathaus", city="musterstadt")
    assert 'id="inbox-count">0<' in client_for(muster).get("/en/staff/inbox/").content.decode()
    # The office mailbox is told (no personal data in the mail).
    services.case_services_add(actor=people["caseworker"], case=case.case,
                               service_keys=["residence-permit-skilled-work"])  # fmt: skip
    mails = OutgoingMail.objects.filter(kind__startswith="office_")
    assert {m.kind for m in mails} >= {"office_new", "office_upload", "office_handover"}
    assert all("Amira" not in m.body for m in mails)


def test_office_mail_is_off_by_default(people, case):
    assert not OutgoingMail.objects.filter(kind__startswith="office_").exists()


# --- Documents -------------------------------------------------------------------------------


def test_download_name_says_what_it_is_and_preview_is_inline(people, case):
    permit = case.tasks[1]
    (request,) = services.task_request_documents(
        actor=people["migration"], task=permit, labels=["Reisepass"]
    )
    document = _upload(case, request)
    client = client_for(people["migration"])
    download = client.get(f"/en/staff/documents/{document.pk}/")
    disposition = download["Content-Disposition"]
    assert (
        disposition.startswith("attachment")
        and f"{case.case.reference}-reisepass.pdf" in disposition
    )
    preview = client.get(f"/en/staff/documents/{document.pk}/?preview=1")
    assert preview["Content-Disposition"].startswith("inline")
    assert preview["Content-Type"] == "application/pdf"
    assert "no-store" in preview["Cache-Control"] and preview["X-Content-Type-Options"] == "nosniff"
    assert b"".join(preview.streaming_content) == PDF


def test_reject_with_a_reason_tells_the_newcomer_in_their_language(people, case):
    permit = case.tasks[1]
    (request,) = services.task_request_documents(
        actor=people["migration"], task=permit, labels=["Passport"]
    )
    document = _upload(case, request, PNG, "p.png", "image/png")
    client = client_for(people["migration"])
    url = f"/en/staff/tasks/{permit.pk}/"
    bad = client.post(url, {"action": "review", "document": document.pk, "decision": "reject"})
    assert bad.status_code == 400 and Document.objects.get(pk=document.pk).review == ""
    client.post(url, {"action": "review", "document": document.pk, "decision": "reject",
                      "reason": "unreadable", "note": "Seite 2 fehlt"})  # fmt: skip
    checked = Document.objects.get(pk=document.pk)
    assert checked.review == "rejected" and checked.reviewed_at is not None
    assert Task.objects.get(pk=permit.pk).status == TaskStatus.WAITING
    (mail,) = OutgoingMail.objects.filter(kind="case_rejected")
    assert "Seite 2 fehlt" in mail.body and "Passport" in mail.body
    assert "cannot be read" not in mail.body  # the reason is in Arabic, not English
    page = Client().get(f"/ar/my-case/{case.case.token}/").content.decode()
    assert "Seite 2 fehlt" in page and f'name="request" value="{request.pk}"' in page
    assert AuditEvent.objects.filter(
        reason="document rejected", object_id=str(document.pk)
    ).exists()


def test_accept_and_the_newcomer_sees_what_they_sent_without_the_internal_due_date(people, case):
    permit = case.tasks[1]
    (request,) = services.task_request_documents(
        actor=people["migration"], task=permit, labels=["Passport"]
    )
    document = _upload(case, request)
    newcomer = Client().get(f"/en/my-case/{case.case.token}/").content.decode()
    assert "What you sent" in newcomer and "Passport" in newcomer
    assert "received, not checked yet" in newcomer
    assert permit.due_date.strftime("%d.%m.%Y") not in newcomer and "due by" not in newcomer
    services.document_review(actor=people["migration"], document=document, accept=True)
    newcomer = Client().get(f"/en/my-case/{case.case.token}/").content.decode()
    assert "accepted" in newcomer
    with pytest.raises(services.CaseInputError):
        services.document_review(actor=people["migration"], document=document, accept=False,
                                 reason="wrong")  # fmt: skip
    with pytest.raises(services.ActionNotAllowed):
        services.document_review(actor=people["buergerdienste"], document=document, accept=True)
