"""Writes of the cases app: open a case, route and work tasks, notes, uploads, retention."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as UserModel
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from lotse.cases.models import (
    FINAL_TASK_STATUSES,
    Case,
    CaseStatus,
    Document,
    DocumentRequest,
    Note,
    Task,
    TaskEvent,
    TaskStatus,
)
from lotse.cases.storage import document_delete, document_store
from lotse.catalog.models import Office, Responsibility, Service
from lotse.core.audit import NEWCOMER, SYSTEM, Action, audit_record
from lotse.core.errors import InvalidInput, NotAllowed
from lotse.core.languages import supported_languages
from lotse.core.models import City, Role
from lotse.core.permissions import is_office_role, staff_profile
from lotse.core.text import text_problem
from lotse.core.tokens import token_hash

User = UserModel | AnonymousUser

CONSENT_SCOPE = "case-processing"
# The consent texts shown to the newcomer, by version. A changed text gets a new version so
# each case records exactly which words were agreed to.
CONSENT_TEXTS = {
    "2026-11-v1": (
        "I agree that the Welcome Center keeps my name, e-mail address, language and the "
        "documents I upload in a case, and passes to each office only what that office needs "
        "for its task. I can ask for a copy or for erasure at any time. Closed cases are "
        "anonymised automatically."
    )
}
CONSENT_VERSION = "2026-11-v1"
NOTE_MAX = 5000
NAME_MAX = 200


class CaseInputError(InvalidInput):
    """Raised for invalid input to a case service; `field` names the offending field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__({field: message}, message=message, code="invalid_field")
        self.field = field


class ActionNotAllowed(NotAllowed):
    """Raised when a user who may see a task tries a step their role may not take;
    `detail` says which (for logs and staff pages), the message stays general."""

    def __init__(self, detail: str = "", *, message: str = "Your role may not do this.") -> None:
        super().__init__(message)
        self.detail = detail

    def __str__(self) -> str:
        return self.detail or self.message


def _week(moment: dt.datetime) -> dt.date:
    day = timezone.localtime(moment).date()
    return day - dt.timedelta(days=day.weekday())


def _label(user: User | None) -> str:
    if user is None or not user.is_authenticated:
        return NEWCOMER
    return user.get_username()


def responsible_office(*, city: City, service: Service) -> Office:
    """The first responsible office from the catalog; none means the Welcome Center
    ("never not responsible")."""
    responsibility = (
        Responsibility.objects.select_related("office")
        .filter(service=service, city=city)
        .order_by("position", "id")
        .first()
    )
    if responsibility is not None:
        return responsibility.office
    welcome = Office.objects.filter(city=city, key=city.welcome_office_key).first()
    if welcome is None:
        raise CaseInputError("services", "This city has no office to route the task to.")
    return welcome


@dataclass
class CaseCreated:
    case: Case
    tasks: list[Task]
    token: str


def case_create(
    *,
    actor: User,
    city: City,
    name: str,
    email: str,
    language: str,
    consent: bool,
    consent_version: str = CONSENT_VERSION,
    service_keys: list[str],
    profile: dict[str, Any] | None = None,
    due_days: int | None = None,
) -> CaseCreated:
    """Open a case for the caseworker with one task per service, each routed to its office."""
    staff = staff_profile(actor)
    if staff is None or staff.role != Role.CASEWORKER:
        raise ActionNotAllowed(
            "only caseworkers open cases", message="Only caseworkers open cases."
        )
    if staff.city_id != city.pk:
        raise CaseInputError("city", "You can open cases only in your own city.")
    name = (name or "").strip()
    if not name or len(name) > NAME_MAX:
        raise CaseInputError("name", "A name of 1 to 200 characters is needed.")
    problem = text_problem(name)
    if problem:
        raise CaseInputError("name", f"The name {problem}.")
    email = (email or "").strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise CaseInputError("email", "Not a valid e-mail address.") from None
        problem = text_problem(email)
        if problem:
            raise CaseInputError("email", f"The e-mail address {problem}.")
    if language not in supported_languages():
        raise CaseInputError("language", "Unsupported language code.")
    if consent is not True:
        raise CaseInputError("consent", "The newcomer's consent is needed to open a case.")
    if consent_version not in CONSENT_TEXTS:
        raise CaseInputError("consent", "Unknown consent text version.")
    keys = list(dict.fromkeys(service_keys))
    if not keys or len(keys) > 30:
        raise CaseInputError("services", "Give between 1 and 30 service keys.")
    services = {s.key: s for s in Service.objects.filter(city=city, key__in=keys)}
    unknown = [key for key in keys if key not in services]
    if unknown:
        raise CaseInputError("services", "Unknown service: " + ", ".join(k[:64] for k in unknown))
    now = timezone.now()
    days = due_days if due_days is not None else int(getattr(settings, "LOTSE_TASK_DUE_DAYS", 14))
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        case = Case.objects.create(
            city=city,
            caseworker_id=actor.pk,
            name=name,
            email=email,
            language=language,
            consent_scope=CONSENT_SCOPE,
            consent_text_version=consent_version,
            consent_given_at=now,
            profile=profile or {},
            opened_at=now,
            access_token_hash=token_hash(token),
        )
        tasks = []
        for key in keys:
            office = responsible_office(city=city, service=services[key])
            tasks.append(
                Task(
                    case=case,
                    city=city,
                    office=office,
                    service=services[key],
                    service_key=key,
                    due_date=timezone.localdate(now) + dt.timedelta(days=days),
                    opened_at=now,
                    opened_week=_week(now),
                )
            )
        Task.objects.bulk_create(tasks)
        TaskEvent.objects.bulk_create(
            TaskEvent(
                task=task,
                actor_id=actor.pk,
                actor_label=_label(actor),
                kind=TaskEvent.Kind.ROUTED,
                to_status=TaskStatus.NEW,
                to_office=task.office,
            )
            for task in tasks
        )
        audit_record(
            actor=actor, action=Action.CREATE, object_type="case", object_id=case.pk,
            case_id=case.pk, reason="case opened with consent",
            details={"tasks": [t.pk for t in tasks], "consent_version": consent_version},
        )  # fmt: skip
    return CaseCreated(case=case, tasks=tasks, token=token)


def case_link_renew(*, actor: User, case: Case) -> str:
    """A new private link for the newcomer; the old one stops working."""
    token = secrets.token_urlsafe(32)
    case.access_token_hash = token_hash(token)
    case.save(update_fields=["access_token_hash"])
    audit_record(
        actor=actor, action=Action.UPDATE, object_type="case_link", object_id=case.pk,
        case_id=case.pk, reason="new private link",
    )  # fmt: skip
    return token


# Which role may move a task from which status to which.
OFFICE_STEPS = {
    TaskStatus.NEW: {TaskStatus.IN_PROGRESS, TaskStatus.DONE},
    TaskStatus.IN_PROGRESS: {TaskStatus.DONE},
    TaskStatus.WAITING: {TaskStatus.IN_PROGRESS, TaskStatus.DONE},
}
CASEWORKER_STEPS = {
    TaskStatus.NEW: {TaskStatus.CANCELLED},
    TaskStatus.IN_PROGRESS: {TaskStatus.CANCELLED},
    TaskStatus.WAITING: {TaskStatus.CANCELLED},
}


def _allowed_steps(actor: User, task: Task) -> set[str]:
    profile = staff_profile(actor)
    if is_office_role(profile) and profile is not None and profile.office_id == task.office_id:
        return {str(s) for s in OFFICE_STEPS.get(TaskStatus(task.status), set())}
    if (
        profile is not None
        and profile.role == Role.CASEWORKER
        and task.case.caseworker_id == actor.pk
    ):
        return {str(s) for s in CASEWORKER_STEPS.get(TaskStatus(task.status), set())}
    return set()


def task_allowed_steps(*, actor: User, task: Task) -> list[str]:
    return sorted(_allowed_steps(actor, task))


def _set_status(task: Task, to_status: str, now: dt.datetime) -> None:
    task.status = to_status
    task.updated_at = now
    if task.first_contact_at is None and to_status != TaskStatus.CANCELLED:
        task.first_contact_at = now
        task.first_contact_seconds = max(0, int((now - task.opened_at).total_seconds()))
    if to_status == TaskStatus.DONE:
        task.done_at = now
        task.done_week = _week(now)
        task.completion_seconds = max(0, int((now - task.opened_at).total_seconds()))


def _close_case_if_complete(case: Case, now: dt.datetime) -> None:
    if not case.tasks.exclude(status__in=FINAL_TASK_STATUSES).exists():
        Case.objects.filter(pk=case.pk, status=CaseStatus.OPEN).update(
            status=CaseStatus.CLOSED, closed_at=now
        )
        case.status, case.closed_at = CaseStatus.CLOSED, now


def task_transition(*, actor: User, task: Task, to_status: str) -> Task:
    """Move a task one step (office: take up, finish; caseworker: cancel)."""
    if to_status not in _allowed_steps(actor, task):
        raise ActionNotAllowed(f"{task.status} -> {to_status} is not allowed for you")
    now = timezone.now()
    with transaction.atomic():
        from_status = task.status
        _set_status(task, to_status, now)
        task.save()
        TaskEvent.objects.create(
            task=task, actor_id=actor.pk, actor_label=_label(actor), kind=TaskEvent.Kind.STATUS,
            from_status=from_status, to_status=to_status, at=now,
        )  # fmt: skip
        audit_record(
            actor=actor, action=Action.UPDATE, object_type="task", object_id=task.pk,
            case_id=task.case_id, reason="task status", details={"from": from_status, "to": to_status},
        )  # fmt: skip
        _close_case_if_complete(task.case, now)
    return task


def task_request_documents(*, actor: User, task: Task, labels: list[str]) -> list[DocumentRequest]:
    """The office asks the newcomer for documents; the task waits for the newcomer."""
    profile = staff_profile(actor)
    if not (
        is_office_role(profile) and profile is not None and profile.office_id == task.office_id
    ):
        raise ActionNotAllowed("only the task's office asks for documents")
    if task.status in FINAL_TASK_STATUSES:
        raise ActionNotAllowed("the task is closed")
    cleaned = [label.strip()[:200] for label in labels if label.strip()]
    if not cleaned or len(cleaned) > 10:
        raise CaseInputError("documents", "Name between 1 and 10 documents.")
    for label in cleaned:
        problem = text_problem(label)
        if problem:
            raise CaseInputError("documents", f"A document name {problem}.")
    now = timezone.now()
    with transaction.atomic():
        requests = DocumentRequest.objects.bulk_create(
            DocumentRequest(task=task, label=label, requested_at=now) for label in cleaned
        )
        from_status = task.status
        _set_status(task, TaskStatus.WAITING, now)
        task.save()
        TaskEvent.objects.create(
            task=task, actor_id=actor.pk, actor_label=_label(actor), at=now,
            kind=TaskEvent.Kind.REQUESTED, from_status=from_status, to_status=TaskStatus.WAITING,
        )  # fmt: skip
        audit_record(
            actor=actor, action=Action.UPDATE, object_type="task", object_id=task.pk,
            case_id=task.case_id, reason="documents requested",
            details={"requests": [r.pk for r in requests]},
        )  # fmt: skip
    return requests


def task_handover(*, actor: User, task: Task, office: Office) -> Task:
    """Hand the task to another office of the city (the office or the caseworker)."""
    if not _allowed_steps(actor, task) and task.status not in FINAL_TASK_STATUSES:
        raise ActionNotAllowed("you may not hand this task over")
    if task.status in FINAL_TASK_STATUSES:
        raise ActionNotAllowed("the task is closed")
    if office.city_id != task.city_id:
        raise CaseInputError("office", "Unknown office.")
    if office.pk == task.office_id:
        raise CaseInputError("office", "The task is already with this office.")
    now = timezone.now()
    with transaction.atomic():
        from_office = task.office
        task.office = office
        task.updated_at = now
        task.save(update_fields=["office", "updated_at"])
        TaskEvent.objects.create(
            task=task, actor_id=actor.pk, actor_label=_label(actor), at=now,
            kind=TaskEvent.Kind.HANDOVER, from_office=from_office, to_office=office,
        )  # fmt: skip
        audit_record(
            actor=actor, action=Action.HANDOVER, object_type="task", object_id=task.pk,
            case_id=task.case_id, reason="hand-over",
            details={"from_office": from_office.key, "to_office": office.key},
        )  # fmt: skip
    return task


def note_add(*, actor: User, case: Case, body: str, task: Task | None = None) -> Note:
    """A note on the case (caseworker) or on a task (caseworker or the task's office).
    The text is stored as written and escaped on output."""
    body = (body or "").strip()
    if not body or len(body) > NOTE_MAX:
        raise CaseInputError("body", "A note of 1 to 5000 characters is needed.")
    problem = text_problem(body, multiline=True)
    if problem:
        raise CaseInputError("body", f"The note {problem}.")
    profile = staff_profile(actor)
    if task is not None and task.case_id != case.pk:
        raise CaseInputError("task", "Unknown task.")
    is_caseworker = (
        profile is not None and profile.role == Role.CASEWORKER and case.caseworker_id == actor.pk
    )
    is_office = (
        task is not None
        and is_office_role(profile)
        and profile is not None
        and profile.office_id == task.office_id
    )
    if not (is_caseworker or is_office):
        raise ActionNotAllowed("you may not add a note here")
    note = Note.objects.create(case=case, task=task, author_id=actor.pk, body=body)
    audit_record(
        actor=actor, action=Action.CREATE, object_type="note", object_id=note.pk,
        case_id=case.pk, reason="note added", details={"task": task.pk if task else None},
    )  # fmt: skip
    return note


def document_upload(*, case: Case, request_id: int, upload: UploadedFile) -> Document:
    """The newcomer uploads a requested document (only for an open request of their case)."""
    request = (
        DocumentRequest.objects.select_related("task")
        .filter(pk=request_id, task__case=case, fulfilled_at__isnull=True)
        .first()
    )
    if request is None or request.task.status in FINAL_TASK_STATUSES:
        raise CaseInputError("request", "This document is not asked for.")
    stored = document_store(upload)
    now = timezone.now()
    try:
        with transaction.atomic():
            document = Document.objects.create(
                request=request, task=request.task, stored_name=stored.stored_name,
                content_type=stored.content_type, size=stored.size, sha256=stored.sha256,
                uploaded_at=now,
            )  # fmt: skip
            request.fulfilled_at = now
            request.save(update_fields=["fulfilled_at"])
            task = request.task
            TaskEvent.objects.create(
                task=task, actor_label=NEWCOMER, kind=TaskEvent.Kind.UPLOADED, at=now
            )
            if (
                task.status == TaskStatus.WAITING
                and not task.requests.filter(fulfilled_at__isnull=True).exists()
            ):
                task.status = TaskStatus.IN_PROGRESS
                task.updated_at = now
                task.save(update_fields=["status", "updated_at"])
                TaskEvent.objects.create(
                    task=task, actor_label=NEWCOMER, kind=TaskEvent.Kind.STATUS, at=now,
                    from_status=TaskStatus.WAITING, to_status=TaskStatus.IN_PROGRESS,
                )  # fmt: skip
            audit_record(
                actor=None, actor_label=NEWCOMER, action=Action.UPLOAD, object_type="document",
                object_id=document.pk, case_id=case.pk, reason="requested document",
                details={"request": request.pk, "type": stored.content_type, "size": stored.size},
            )  # fmt: skip
    except BaseException:
        document_delete(stored.stored_name)
        raise
    return document


# --- Export, erasure, retention ---------------------------------------------------------------


def case_export(*, actor: User, case: Case, reason: str) -> dict[str, Any]:
    """Everything stored about the newcomer in this case, as JSON-ready data."""
    if not reason.strip():
        raise CaseInputError("reason", "Say why (e.g. the newcomer's request of <date>).")
    tasks = list(case.tasks.select_related("office").prefetch_related("requests__documents"))
    data = {
        "case": case.pk,
        "city": case.city.slug,
        "name": case.name,
        "email": case.email,
        "language": case.language,
        "consent": {
            "scope": case.consent_scope,
            "text_version": case.consent_text_version,
            "text": CONSENT_TEXTS.get(case.consent_text_version, ""),
            "given_at": case.consent_given_at.isoformat(),
        },
        "profile": case.profile,
        "status": case.status,
        "opened_at": case.opened_at.isoformat(),
        "closed_at": case.closed_at.isoformat() if case.closed_at else None,
        "tasks": [
            {
                "id": t.pk,
                "service": t.service_key,
                "office": t.office.key,
                "status": t.status,
                "due": t.due_date.isoformat() if t.due_date else None,
                "documents_requested": [
                    {
                        "label": r.label,
                        "requested_at": r.requested_at.isoformat(),
                        "uploaded": [
                            {"id": d.pk, "type": d.content_type, "size": d.size, "sha256": d.sha256}
                            for d in r.documents.all()
                        ],
                    }
                    for r in t.requests.all()
                ],
            }
            for t in tasks
        ],
        "notes": [
            {"at": n.created_at.isoformat(), "task": n.task_id, "body": n.body}
            for n in case.notes.order_by("created_at", "id")
        ],
    }
    audit_record(
        actor=actor, action=Action.EXPORT, object_type="case", object_id=case.pk,
        case_id=case.pk, reason=reason.strip(),
    )  # fmt: skip
    return data


def _anonymise(case: Case, now: dt.datetime) -> int:
    """Blank the personal data of a case, delete its files and notes. Task rows, dates and
    statuses stay (no personal data) for the statistics; the audit log is never touched."""
    documents = list(Document.objects.filter(task__case=case).values_list("stored_name", flat=True))
    Document.objects.filter(task__case=case).delete()
    DocumentRequest.objects.filter(task__case=case).update(label="")
    Note.objects.filter(case=case).delete()
    Task.objects.filter(case=case).update(case_anonymised=True)
    Case.objects.filter(pk=case.pk).update(
        name="", email="", profile={}, access_token_hash=None, anonymised_at=now
    )
    for stored_name in documents:
        transaction.on_commit(lambda name=stored_name: document_delete(name))  # type: ignore[misc]
    return len(documents)


def case_erase(*, actor: User, case: Case, reason: str) -> None:
    """Erasure on the newcomer's request: open tasks are cancelled, personal data removed."""
    if not reason.strip():
        raise CaseInputError("reason", "Say why (e.g. the newcomer's request of <date>).")
    now = timezone.now()
    with transaction.atomic():
        case.tasks.exclude(status__in=FINAL_TASK_STATUSES).update(
            status=TaskStatus.CANCELLED, updated_at=now
        )
        if case.status == CaseStatus.OPEN:
            Case.objects.filter(pk=case.pk).update(status=CaseStatus.CLOSED, closed_at=now)
        files = _anonymise(case, now)
        audit_record(
            actor=actor, action=Action.ERASE, object_type="case", object_id=case.pk,
            case_id=case.pk, reason=reason.strip(), details={"files_deleted": files},
        )  # fmt: skip


def cases_retention_run(*, now: dt.datetime | None = None, days: int | None = None) -> int:
    """Anonymise closed cases closed more than LOTSE_RETENTION_DAYS (180) ago. Idempotent:
    anonymised cases are skipped. Returns how many cases were anonymised."""
    now = now or timezone.now()
    keep = days if days is not None else int(getattr(settings, "LOTSE_RETENTION_DAYS", 180))
    cutoff = now - dt.timedelta(days=keep)
    count = 0
    due = Case.objects.filter(
        status=CaseStatus.CLOSED, closed_at__lt=cutoff, anonymised_at__isnull=True
    ).order_by("id")
    for case in due.iterator(chunk_size=500):
        with transaction.atomic():
            files = _anonymise(case, now)
            audit_record(
                actor=None, actor_label=SYSTEM, action=Action.ANONYMISE, object_type="case",
                object_id=case.pk, case_id=case.pk, reason=f"retention: closed over {keep} days",
                details={"files_deleted": files},
            )  # fmt: skip
        count += 1
    return count
