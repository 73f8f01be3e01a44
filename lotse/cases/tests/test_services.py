"""Case services: routing, status flow, hand-over history, closing, uploads, consent."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from lotse.cases import services
from lotse.cases.models import Case, CaseStatus, TaskEvent, TaskStatus
from lotse.cases.services import ActionNotAllowed, CaseInputError
from lotse.catalog.models import Office, Responsibility, Service
from lotse.core.models import AuditEvent, City

from .conftest import PDF

pytestmark = pytest.mark.django_db


def test_each_service_becomes_a_task_routed_to_the_first_responsible_office(case):
    offices = {t.service_key: t.office.key for t in case.tasks}
    assert offices == {
        "residence-registration": "buergerdienste",
        "residence-permit-skilled-work": "migration-office",
    }
    assert all(t.status == TaskStatus.NEW for t in case.tasks)
    assert TaskEvent.objects.filter(task__case=case.case, kind="routed").count() == 2


def test_a_service_without_responsible_office_goes_to_the_welcome_center(people):
    city = City.objects.get(slug="dortmund")
    service = Service.objects.get(city=city, key="daycare-place")
    Responsibility.objects.filter(service=service).delete()
    created = services.case_create(
        actor=people["caseworker"], city=city, name="X", email="", language="en",
        consent=True, service_keys=["daycare-place"],
    )  # fmt: skip
    assert created.tasks[0].office == Office.objects.get(city=city, key="welcome-center")


def test_a_case_needs_consent_known_services_and_a_caseworker(people):
    city = City.objects.get(slug="dortmund")
    base = {"city": city, "name": "X", "email": "", "language": "en"}
    with pytest.raises(CaseInputError) as no_consent:
        services.case_create(
            actor=people["caseworker"], consent=False, service_keys=["tax-id"], **base
        )
    assert no_consent.value.field == "consent"
    with pytest.raises(CaseInputError) as unknown:
        services.case_create(
            actor=people["caseworker"], consent=True, service_keys=["nope"], **base
        )
    assert unknown.value.field == "services"
    with pytest.raises(ActionNotAllowed):
        services.case_create(
            actor=people["migration"], consent=True, service_keys=["tax-id"], **base
        )
    assert not Case.objects.exists()


def test_consent_records_what_when_and_which_text_version(case):
    c = case.case
    assert c.consent_scope == services.CONSENT_SCOPE
    assert c.consent_text_version == services.CONSENT_VERSION
    assert c.consent_given_at is not None


def test_offices_work_their_tasks_and_the_case_closes_when_all_are_finished(case, people):
    registration, permit = case.tasks
    services.task_transition(
        actor=people["buergerdienste"], task=registration, to_status="in_progress"
    )
    assert registration.first_contact_at is not None
    services.task_transition(actor=people["buergerdienste"], task=registration, to_status="done")
    assert Case.objects.get(pk=case.case.pk).status == CaseStatus.OPEN
    services.task_transition(actor=people["migration"], task=permit, to_status="done")
    closed = Case.objects.get(pk=case.case.pk)
    assert closed.status == CaseStatus.CLOSED and closed.closed_at is not None
    assert permit.completion_seconds is not None and permit.done_week is not None


def test_office_staff_cannot_move_another_offices_task(case, people):
    registration, _permit = case.tasks
    with pytest.raises(ActionNotAllowed):
        services.task_transition(actor=people["migration"], task=registration, to_status="done")


def test_caseworker_may_cancel_but_not_complete_a_task(case, people):
    registration, _permit = case.tasks
    with pytest.raises(ActionNotAllowed):
        services.task_transition(actor=people["caseworker"], task=registration, to_status="done")
    services.task_transition(actor=people["caseworker"], task=registration, to_status="cancelled")
    assert registration.status == TaskStatus.CANCELLED


def test_every_handover_is_kept_in_the_history(case, people):
    _registration, permit = case.tasks
    welcome = Office.objects.get(city=permit.city, key="welcome-center")
    services.task_handover(actor=people["migration"], task=permit, office=welcome)
    event = TaskEvent.objects.get(task=permit, kind="handover")
    assert (event.from_office.key, event.to_office.key, event.actor_label) == (
        "migration-office", "welcome-center", "mig",
    )  # fmt: skip
    assert AuditEvent.objects.filter(action="handover", object_id=str(permit.pk)).exists()


def test_upload_of_the_last_missing_document_puts_the_task_back_in_progress(case, people):
    _registration, permit = case.tasks
    (request,) = services.task_request_documents(
        actor=people["migration"], task=permit, labels=["Employment contract"]
    )
    assert permit.status == TaskStatus.WAITING
    document = services.document_upload(
        case=case.case, request_id=request.pk,
        upload=SimpleUploadedFile("contract.pdf", PDF, content_type="application/pdf"),
    )  # fmt: skip
    permit.refresh_from_db()
    assert permit.status == TaskStatus.IN_PROGRESS
    assert document.content_type == "application/pdf" and document.size == len(PDF)


def test_a_document_that_was_not_asked_for_is_refused(case):
    with pytest.raises(CaseInputError):
        services.document_upload(
            case=case.case, request_id=999999,
            upload=SimpleUploadedFile("x.pdf", PDF, content_type="application/pdf"),
        )  # fmt: skip
