"""Writes of online applications: submit (opens or joins a case), decide, the status view."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import os
import secrets
import shutil
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from lotse.cases.applications.forms import (
    FormDef,
    answers_clean,
    document_label,
    form_get,
    pick,
)
from lotse.cases.applications.notify import application_mail, application_status, status_url
from lotse.cases.applications.texts import T, messenger, t
from lotse.cases.labels import status_label
from lotse.cases.models import (
    FINAL_TASK_STATUSES,
    Application,
    Case,
    Decision,
    Document,
    DocumentRequest,
    Task,
    TaskEvent,
    TaskStatus,
)
from lotse.cases.selectors import office_names, service_titles
from lotse.cases.services import (
    ActionNotAllowed,
    CaseInputError,
    User,
    _label,
    _week,
    document_upload,
    responsible_office,
)
from lotse.cases.services import task_transition as _task_transition
from lotse.cases.storage import UploadRejected, document_delete, document_path, document_store
from lotse.catalog.models import Service
from lotse.core.audit import NEWCOMER, Action, audit_record
from lotse.core.errors import ApiError, InvalidInput, Limited, NotFound
from lotse.core.languages import supported_languages
from lotse.core.models import City
from lotse.core.permissions import is_office_role, staff_profile
from lotse.core.tokens import token_hash

CONSENT_SCOPE = "application"
CONSENT_VERSION = "2026-12-v1"
MAX_DOCUMENTS = 10


def _int_setting(name: str, default: int) -> int:
    # Settings win; the environment fallback lets the benchmark tune a gunicorn server.
    configured = getattr(settings, name, None)
    return int(configured if configured is not None else os.environ.get(name, default))


def max_open_per_email() -> int:
    return _int_setting("LOTSE_APPLICATION_MAX_OPEN_PER_EMAIL", 5)


def max_open_per_address() -> int:
    """0 switches the per-address limit off (benchmarks, a city behind one NAT)."""
    return _int_setting("LOTSE_APPLICATION_MAX_OPEN_PER_ADDRESS", 20)


def email_normalise(email: str) -> str:
    """Lower case, without a +tag: a@x.org and A+2@X.org are one person for the limits."""
    local, _sep, domain = email.strip().lower().partition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def address_digest(address: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()


def token_for(nonce: str) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), f"application:{nonce}".encode(), "sha256")
    return base64.urlsafe_b64encode(digest.digest()).decode().rstrip("=")


class ApplicationInvalid(InvalidInput):
    def __init__(self, fields: dict[str, str], message: str) -> None:
        super().__init__(fields, message=message, code="invalid_field")


@dataclass
class Submission:
    city: City
    service: str
    language: str
    email: str
    answers: dict[str, Any]
    consent: bool
    uploads: dict[str, UploadedFile] = field(default_factory=dict)
    mail_opt_out: bool = False
    idempotency_key: str = ""
    previous_token: str = ""
    address: str = ""


@dataclass
class Submitted:
    application: Application
    token: str
    created: bool


def _existing(idempotency_hash: str) -> Submitted | None:
    found = (
        Application.objects.select_related("task", "case")
        .filter(idempotency_hash=idempotency_hash)
        .first()
    )
    if found is None:
        return None
    return Submitted(found, token_for(found.token_nonce), created=False)


def _reference() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "A-" + "".join(secrets.choice(alphabet) for _ in range(8))


def _lock(email: str, address_hash: str) -> None:
    """Serialise the limit checks of one e-mail (and address) until commit on PostgreSQL;
    SQLite runs one write transaction at a time already."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for space, value in ((3, email), (4, address_hash)):
            if value:
                key = int.from_bytes(
                    hashlib.sha256(value.encode()).digest()[:4], "big", signed=True
                )
                cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [space, key])


def _limits(email: str, address_hash: str, language: str) -> None:
    _lock(email, address_hash)
    open_apps = Application.objects.exclude(task__status__in=FINAL_TASK_STATUSES)
    if open_apps.filter(email_normalised=email).count() >= max_open_per_email():
        raise Limited(3600, message=t("limited", language), code="too_many_applications")
    per_address = max_open_per_address()
    if (
        per_address
        and address_hash
        and open_apps.filter(address_hash=address_hash).count() >= per_address
    ):
        raise Limited(3600, message=t("limited", language), code="too_many_applications")


def _reusable(case: Case | None, keys: list[str]) -> dict[str, Document]:
    """The newest document per form-document key already in the person's case."""
    if case is None:
        return {}
    found: dict[str, Document] = {}
    for document in (
        Document.objects.filter(task__case=case, request__key__in=keys)
        .select_related("request")
        .order_by("uploaded_at", "id")
    ):
        found[document.request.key] = document
    return found


def _copy(document: Document) -> tuple[str, int]:
    """A second stored name for a file already uploaded (hard link where possible), so each
    office's task has its own row and deleting one leaves the other."""
    source = document_path(document.stored_name)
    extension = document.stored_name.rsplit(".", 1)[1]
    name = f"{secrets.token_hex(16)}.{extension}"
    target = document_path(name)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
    return name, document.size


def _validate(sub: Submission, form: FormDef, reusable: dict[str, Document]) -> tuple[dict, dict]:
    msg = messenger(sub.language)
    fields: dict[str, str] = {}
    email = (sub.email or "").strip()
    if not email or len(email) > 254 or "@" not in email.strip("@") or " " in email:
        fields["email"] = msg("email")
    clean, errors = answers_clean(form, sub.answers, msg, today=timezone.localdate())
    fields.update({f"answers.{k}": v for k, v in errors.items()})
    if sub.consent is not True:
        fields["consent"] = msg("consent")
    for key in sub.uploads:
        if form.document(key) is None:
            fields[f"documents.{key[:64]}"] = msg("unknown")
    for doc in form.documents:
        if doc.required and doc.key not in sub.uploads and doc.key not in reusable:
            fields[f"documents.{doc.key}"] = msg("document_missing")
    return clean, fields


def application_submit(sub: Submission) -> Submitted:
    """Check and store an application: one case task for the responsible office, the uploaded
    (or reused) documents, a receipt mail. A retry with the same idempotency key gives back the
    first application instead of a second one."""
    language = sub.language if sub.language in supported_languages() else "en"
    sub.language = language
    idem = token_hash(f"{sub.city.pk}:{sub.idempotency_key}") if sub.idempotency_key else None
    if idem and (found := _existing(idem)) is not None:
        return found
    form = form_get(sub.city.slug, sub.service)
    service = Service.objects.filter(city=sub.city, key=sub.service).first()
    if form is None or service is None:
        raise NotFound("form", sub.service, message=f"No online form for {sub.service[:64]!r}.")
    previous = None
    if sub.previous_token:
        try:
            previous = application_by_token(sub.previous_token, audit=False)
        except NotFound as exc:
            raise ApplicationInvalid(
                {"previous_token": "unknown"}, t("fix_errors", language)
            ) from exc
        if previous.city_id != sub.city.pk:
            previous = None
    keys = [d.key for d in form.documents]
    reusable = _reusable(previous.case if previous else None, keys)
    clean, fields = _validate(sub, form, reusable)
    if fields:
        raise ApplicationInvalid(fields, t("fix_errors", language))
    email_key = email_normalise(sub.email)
    address_hash = address_digest(sub.address) if sub.address else ""
    stored: list[tuple[str, Any, str]] = []  # (doc key, StoredFile|None, copied name)
    try:
        for doc in form.documents:
            upload = sub.uploads.get(doc.key)
            if upload is not None:
                try:
                    stored.append((doc.key, document_store(upload), ""))
                except UploadRejected as exc:
                    code = {"too_large": "document_large", "storage_full": "storage_full"}.get(
                        exc.code, "document_type"
                    )
                    raise ApplicationInvalid(
                        {f"documents.{doc.key}": t(code, language)}, t("fix_errors", language)
                    ) from exc
            elif doc.key in reusable:
                stored.append((doc.key, None, _copy(reusable[doc.key])[0]))
        result = _create(
            sub, form, service, clean, email_key, address_hash, idem, previous, stored, reusable
        )
    except IntegrityError:
        # The same idempotency key won a parallel race: give back that application.
        for _key, file, copied in stored:
            document_delete(file.stored_name if file else copied)
        found = _existing(idem) if idem else None
        if found is None:
            raise
        return found
    except BaseException:
        for _key, file, copied in stored:
            document_delete(file.stored_name if file else copied)
        raise
    return result


def _create(sub, form, service, clean, email_key, address_hash, idem, previous, stored, reusable):  # type: ignore[no-untyped-def]
    now = timezone.now()
    language = sub.language
    given = str(clean.get("given-names", "")).strip()
    family = str(clean.get("family-name", "")).strip()
    name = (f"{given} {family}".strip() or email_key)[:200]
    nonce = secrets.token_hex(16)
    token = token_for(nonce)
    with transaction.atomic():
        _limits(email_key, address_hash, language)
        if previous is not None:
            case = previous.case
        else:
            case = Case.objects.create(
                city=sub.city,
                caseworker=None,
                name=name,
                email=sub.email.strip(),
                language=language,
                consent_scope=CONSENT_SCOPE,
                consent_text_version=CONSENT_VERSION,
                consent_given_at=now,
                opened_at=now,
                access_token_hash=None,
            )
        if case.status != "open":
            case.status, case.closed_at = "open", None
            case.save(update_fields=["status", "closed_at"])
        office = responsible_office(city=sub.city, service=service)
        days = int(getattr(settings, "LOTSE_TASK_DUE_DAYS", 14))
        task = Task.objects.create(
            case=case,
            city=sub.city,
            office=office,
            service=service,
            service_key=service.key,
            due_date=timezone.localdate(now) + dt.timedelta(days=days),
            opened_at=now,
            opened_week=_week(now),
        )
        TaskEvent.objects.create(
            task=task,
            actor_label=NEWCOMER,
            kind=TaskEvent.Kind.ROUTED,
            at=now,
            to_status=TaskStatus.NEW,
            to_office=office,
        )
        for _attempt in range(5):
            try:
                with transaction.atomic():
                    application = Application.objects.create(
                        city=sub.city,
                        case=case,
                        task=task,
                        service_key=service.key,
                        form_version=form.version,
                        reference=_reference(),
                        language=language,
                        email_normalised=email_key,
                        answers=clean,
                        consent_text_version=CONSENT_VERSION,
                        consent_given_at=now,
                        token_hash=token_hash(token),
                        token_nonce=nonce,
                        idempotency_hash=idem,
                        address_hash=address_hash,
                        mail_opt_out=sub.mail_opt_out,
                        created_at=now,
                    )
                break
            except IntegrityError:
                if idem and Application.objects.filter(idempotency_hash=idem).exists():
                    raise
        documents = []
        for key, file, copied in stored:
            doc = form.document(key)
            request = DocumentRequest.objects.create(
                task=task, label=pick(doc.label, "de"), key=key, requested_at=now, fulfilled_at=now
            )
            if file is not None:
                documents.append(
                    Document(
                        request=request,
                        task=task,
                        stored_name=file.stored_name,
                        content_type=file.content_type,
                        size=file.size,
                        sha256=file.sha256,
                        uploaded_at=now,
                    )
                )
            else:
                source = reusable[key]
                documents.append(
                    Document(
                        request=request,
                        task=task,
                        stored_name=copied,
                        content_type=source.content_type,
                        size=source.size,
                        sha256=source.sha256,
                        uploaded_at=now,
                    )
                )
        Document.objects.bulk_create(documents)
        _audit(
            application,
            Action.CREATE,
            reason="online application with consent",
            details={
                "service": service.key,
                "task": task.pk,
                "documents": len(documents),
                "reused": sum(1 for _k, f, _c in stored if f is None),
                "consent_version": CONSENT_VERSION,
            },
        )
        application_mail(
            application,
            event="received",
            link=status_url(application, token),
            lines=["", f"{t('reference', language)}: {application.reference}"],
        )
    return Submitted(application, token, created=True)


def application_by_token(token: str, *, audit: bool = True) -> Application:
    if not token or len(token) > 100:
        raise NotFound("application")
    application = (
        Application.objects.select_related("task__office", "case", "city")
        .filter(token_hash=token_hash(token), anonymised_at__isnull=True)
        .first()
    )
    if application is None:
        raise NotFound("application")
    if audit:
        _audit(application, Action.READ, reason="status page")
    return application


def _audit(
    application: Application,
    action: str,
    *,
    reason: str,
    actor: User | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Audit an application's event: by a staff member (`actor`), else by the newcomer."""
    audit_record(
        actor=actor,
        actor_label=None if actor is not None else NEWCOMER,
        action=action,
        object_type="application",
        object_id=application.pk,
        case_id=application.case_id,
        reason=reason,
        details=details,
    )


def application_by_id(application_id: int, token: str) -> Application:
    """The API's lookup: the id and the token must belong together (else 404, not 403)."""
    application = application_by_token(token, audit=False)
    if application.pk != application_id:
        raise NotFound("application")
    _audit(application, Action.READ, reason="status via API")
    return application


def application_view(application: Application, language: str) -> dict[str, Any]:
    """What the newcomer sees: each office's task, what is missing, the history, the
    appointments staff booked for the application."""
    from lotse.cases.applications.scheduling import application_appointments  # uses this module

    tasks = list(
        Task.objects.filter(pk=application.task_id)
        .select_related("office")
        .prefetch_related("requests", "events")
    )
    task = tasks[0]
    status = application_status(application, task)
    form = form_get(application.city.slug, application.service_key)
    labels = {d.key: pick(d.label, language) for d in form.documents} if form else {}
    requested = [
        {
            "id": r.pk,
            "label": document_label(application.city.slug, r.label, language),
            "key": r.key,
            "requested_at": r.requested_at.isoformat(),
            "fulfilled": r.fulfilled_at is not None,
        }
        for r in task.requests.all()
        if not r.key
    ]
    history = []
    for e in task.events.all():
        to_label = ""
        if e.to_status in Decision.values:
            to_label = t(f"st_{e.to_status}", language)
        elif e.to_status:
            to_label = status_label(e.to_status, language)
        history.append(
            {
                "at": e.at.isoformat(),
                "kind": e.kind,
                "label": t(f"ev_{e.kind}", language) if f"ev_{e.kind}" in T else e.kind,
                "to_status": e.to_status,
                "to_label": to_label,
                "office": e.to_office.key if e.to_office_id and e.to_office else None,
            }
        )
    return {
        "id": application.pk,
        "reference": application.reference,
        "service": application.service_key,
        "status": status,
        "status_label": t(f"st_{status}", language),
        "submitted_at": application.created_at.isoformat(),
        "decision": application.decision or None,
        "service_title": service_titles({task.service_id or 0}, language).get(
            task.service_id or 0, task.service_key
        ),
        "tasks": [
            {
                "office": task.office.key,
                "office_name": office_names({task.office_id}, language).get(
                    task.office_id, task.office.key
                ),
                "status": task.status,
                "status_label": status_label(task.status, language),
                "due": task.due_date.isoformat() if task.due_date else None,
            }
        ],
        "documents_submitted": [labels.get(r.key, r.label) for r in task.requests.all() if r.key],
        "requested_documents": requested,
        "missing": [r for r in requested if not r["fulfilled"]],
        "history": history,
        "appointments": application_appointments(application, language),
    }


def application_decide(*, actor: User, task: Task, outcome: str) -> Application:
    """The task's office decides (approved or refused); the task is done, the newcomer mailed."""
    profile = staff_profile(actor)
    if not (
        is_office_role(profile) and profile is not None and profile.office_id == task.office_id
    ):
        raise ActionNotAllowed("only the task's office decides")
    application = Application.objects.select_related("case").filter(task=task).first()
    if application is None:
        raise NotFound("application")
    if outcome not in Decision.values:
        raise InvalidInput({"outcome": "approved or refused"}, code="invalid_field")
    if task.status in FINAL_TASK_STATUSES:
        raise ActionNotAllowed("the task is closed")
    with transaction.atomic():
        now = timezone.now()
        application.decision, application.decided_at = outcome, now
        application.save(update_fields=["decision", "decided_at"])
        TaskEvent.objects.create(
            task=task,
            actor_id=actor.pk,
            actor_label=_label(actor),
            kind=TaskEvent.Kind.DECIDED,
            from_status=task.status,
            to_status=outcome,
            at=now,
        )
        _audit(
            application, Action.UPDATE, actor=actor, reason="decision", details={"outcome": outcome}
        )
        _task_transition(actor=actor, task=task, to_status=TaskStatus.DONE)
    return application


def task_changed(task: Task, event: str, lines: list[str] | None = None) -> None:
    """Called by the cases services inside the transaction of every task change: mails the
    newcomer when the task belongs to an application."""
    application = Application.objects.select_related("case", "city").filter(task_id=task.pk).first()
    if application is None:
        return
    application.task = task
    if event == "documents_requested" and lines:
        slug = application.city.slug if application.city_id else ""
        lines = [
            f"- {document_label(slug, line[2:], application.language)}"
            if line.startswith("- ")
            else line
            for line in lines
        ]
    if event == "status" and task.status in FINAL_TASK_STATUSES:
        event = "decided"
    link = status_url(application, token_for(application.token_nonce))
    application_mail(application, event=event, lines=lines or [], link=link)


def application_document_upload(
    *, application: Application, request_id: str, upload: UploadedFile | None
) -> Document:
    """The newcomer (through the API) uploads a document the office asked for: the portal's
    upload, with the same checks (an open request of this application's task, type by content,
    size limit, stored outside the web root, audited). Errors name the field."""
    if upload is None:
        raise InvalidInput({"file": "required (multipart/form-data)"}, code="invalid_field")
    if not request_id.isdigit() or len(request_id) > 18:
        raise InvalidInput({"request": "the id of a requested document"}, code="invalid_field")
    if (
        application.task_id is None
        or not application.task.requests.filter(pk=int(request_id), key="").exists()
    ):
        raise InvalidInput({"request": "this document is not asked for"}, code="invalid_field")
    try:
        return document_upload(case=application.case, request_id=int(request_id), upload=upload)
    except UploadRejected as exc:
        if exc.code == "storage_full":
            raise ApiError(
                status=507, code="storage_full", message="Please try again later."
            ) from exc
        raise InvalidInput({"file": exc.message}, code=exc.code) from exc
    except CaseInputError as exc:
        raise InvalidInput(
            {"request": "this document is not asked for"}, code="invalid_field"
        ) from exc
