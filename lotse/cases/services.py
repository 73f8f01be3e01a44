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
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from lotse.cases import mail
from lotse.cases.models import (
    FINAL_TASK_STATUSES,
    OPEN_TASK_STATUSES,
    Application,
    Case,
    CaseStatus,
    ClosedAs,
    Document,
    DocumentRequest,
    DocumentReview,
    Member,
    Note,
    Relation,
    Task,
    TaskEvent,
    TaskStatus,
)
from lotse.cases.storage import document_delete, document_store
from lotse.catalog.models import Office, Responsibility, Service
from lotse.core.audit import NEWCOMER, SYSTEM, Action, audit_record
from lotse.core.conf import retention_days
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
    # gettext_noop: the text stays the recorded English original; the pages show it in the
    # interface language and in every language for the newcomer to read.
    "2026-11-v1": gettext_noop(
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
    mailed: bool = False


@dataclass
class MemberInput:
    """A further person of the household as given on the form or in the API."""

    name: str
    birth_date: dt.date | None = None
    nationality: str = ""
    relation: str = Relation.OTHER
    service_keys: list[str] | None = None


def _clean_name(name: str, field: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > NAME_MAX:
        raise CaseInputError(field, _("A name of 1 to 200 characters is needed."))
    problem = text_problem(name)
    if problem:
        raise CaseInputError(field, _("The name contains characters that are not allowed."))
    return name


def _clean_birth_date(value: dt.date | None, field: str) -> dt.date | None:
    if value is None:
        return None
    if value > timezone.localdate() or value.year < 1900:
        raise CaseInputError(field, _("The date of birth must be a past date."))
    return value


def _clean_nationality(value: str, field: str) -> str:
    value = (value or "").strip().upper()
    if value and (len(value) != 2 or not value.isascii() or not value.isalpha()):
        raise CaseInputError(field, _("Give the nationality as a two-letter country code."))
    return value


def _services_by_key(city: City, keys: list[str], field: str = "services") -> dict[str, Service]:
    found = {s.key: s for s in Service.objects.filter(city=city, key__in=keys)}
    unknown = [key for key in keys if key not in found]
    if unknown:
        raise CaseInputError(
            field, _("Unknown service: %(keys)s") % {"keys": ", ".join(k[:64] for k in unknown)}
        )
    return found


def _new_tasks(
    *,
    actor: User,
    case: Case,
    wanted: list[tuple[Member | None, Service]],
    now: dt.datetime,
    due_days: int | None = None,
) -> list[Task]:
    """One task per (person, service), routed to the responsible office, with its history."""
    days = due_days if due_days is not None else int(getattr(settings, "LOTSE_TASK_DUE_DAYS", 14))
    tasks = [
        Task(
            case=case, city=case.city, office=responsible_office(city=case.city, service=service),
            service=service, service_key=service.key, member=member,
            due_date=timezone.localdate(now) + dt.timedelta(days=days),
            opened_at=now, opened_week=_week(now),
        )
        for member, service in wanted
    ]  # fmt: skip
    Task.objects.bulk_create(tasks)
    TaskEvent.objects.bulk_create(
        TaskEvent(
            task=task, actor_id=actor.pk, actor_label=_label(actor), kind=TaskEvent.Kind.ROUTED,
            to_status=TaskStatus.NEW, to_office=task.office, at=now,
        )
        for task in tasks
    )  # fmt: skip
    for task in tasks:
        mail.mail_office(task, "new")
    return tasks


def _normalised(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def case_duplicates(
    *, city: City, name: str, email: str, birth_date: dt.date | None = None
) -> list[Case]:
    """Open or closed cases of the city that look like the same person: the same name and
    e-mail address (case-insensitive), and the same date of birth where both have one."""
    name_n, email_n = _normalised(name), _normalised(email)
    if not name_n or not email_n:
        return []
    candidates = Case.objects.select_related("caseworker").filter(
        city=city, anonymised_at__isnull=True, email__iexact=email.strip()
    )
    return [
        c
        for c in candidates.order_by("-opened_at")[:20]
        if _normalised(c.name) == name_n
        and (birth_date is None or c.birth_date is None or c.birth_date == birth_date)
    ]


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
    birth_date: dt.date | None = None,
    nationality: str = "",
    members: list[MemberInput] | None = None,
) -> CaseCreated:
    """Open a case for the caseworker with one task per service and person (a household:
    each member's services are tasks of their own), each routed to its office; the newcomer
    gets the private link by mail in their language when an address is given."""
    staff = staff_profile(actor)
    if staff is None or staff.role != Role.CASEWORKER:
        raise ActionNotAllowed(
            "only caseworkers open cases", message=_("Only caseworkers open cases.")
        )
    if staff.city_id != city.pk:
        raise CaseInputError("city", _("You can open cases only in your own city."))
    name = _clean_name(name, "name")
    email = (email or "").strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise CaseInputError("email", _("Not a valid e-mail address.")) from None
        if text_problem(email):
            raise CaseInputError("email", _("Not a valid e-mail address."))
    if language not in supported_languages():
        raise CaseInputError("language", _("Unsupported language code."))
    if consent is not True:
        raise CaseInputError("consent", _("The newcomer's consent is needed to open a case."))
    if consent_version not in CONSENT_TEXTS:
        raise CaseInputError("consent", _("Unknown consent text version."))
    birth_date = _clean_birth_date(birth_date, "birth_date")
    nationality = _clean_nationality(nationality, "nationality")
    members = members or []
    if len(members) > 12:
        raise CaseInputError("members", _("At most 12 household members."))
    keys = list(dict.fromkeys(service_keys))
    member_keys: list[list[str]] = []
    for index, member in enumerate(members):
        field = f"members.{index}"
        member.name = _clean_name(member.name, f"{field}.name")
        member.birth_date = _clean_birth_date(member.birth_date, f"{field}.birth_date")
        member.nationality = _clean_nationality(member.nationality, f"{field}.nationality")
        if member.relation not in Relation.values:
            raise CaseInputError(f"{field}.relation", _("Unknown relation."))
        member_keys.append(list(dict.fromkeys(member.service_keys or [])))
    total = len(keys) + sum(len(k) for k in member_keys)
    if not total or total > 30:
        raise CaseInputError("services", _("Choose between 1 and 30 services."))
    services = _services_by_key(city, keys + [k for ks in member_keys for k in ks])
    now = timezone.now()
    nonce = secrets.token_hex(16)
    token = mail.token_for(nonce)
    with transaction.atomic():
        case = Case.objects.create(
            city=city, caseworker_id=actor.pk, name=name, email=email, language=language,
            consent_scope=CONSENT_SCOPE, consent_text_version=consent_version,
            consent_given_at=now, profile=profile or {}, opened_at=now,
            access_token_hash=token_hash(token), access_token_nonce=nonce,
            birth_date=birth_date, nationality=nationality,
        )  # fmt: skip
        wanted: list[tuple[Member | None, Service]] = [(None, services[k]) for k in keys]
        for index, (member, mkeys) in enumerate(zip(members, member_keys, strict=True)):
            row = Member.objects.create(
                case=case, name=member.name, birth_date=member.birth_date,
                nationality=member.nationality, relation=member.relation, position=index,
            )  # fmt: skip
            wanted += [(row, services[k]) for k in mkeys]
        tasks = _new_tasks(actor=actor, case=case, wanted=wanted, now=now, due_days=due_days)
        audit_record(
            actor=actor, action=Action.CREATE, object_type="case", object_id=case.pk,
            case_id=case.pk, reason="case opened with consent",
            details={
                "tasks": [t.pk for t in tasks], "consent_version": consent_version,
                "members": len(members),
            },
        )  # fmt: skip
        mailed = mail.mail_case_opened(case, tasks)
    return CaseCreated(case=case, tasks=tasks, token=token, mailed=mailed)


def case_services_add(
    *, actor: User, case: Case, service_keys: list[str], member_id: int | None = None
) -> tuple[list[Task], bool]:
    """Add services to the case (for the main person or one member); a closed case opens
    again. Returns the new tasks and whether the newcomer was mailed."""
    staff = staff_profile(actor)
    if staff is None or staff.role != Role.CASEWORKER or case.caseworker_id != actor.pk:
        raise ActionNotAllowed("only the case's caseworker adds services")
    keys = list(dict.fromkeys(k for k in service_keys if k))
    if not keys or len(keys) > 30:
        raise CaseInputError("services", _("Choose between 1 and 30 services."))
    member = None
    if member_id:
        member = case.members.filter(pk=member_id).first()
        if member is None:
            raise CaseInputError("member", _("Unknown household member."))
    services = _services_by_key(case.city, keys)
    now = timezone.now()
    with transaction.atomic():
        tasks = _new_tasks(
            actor=actor, case=case, wanted=[(member, services[k]) for k in keys], now=now
        )
        _open_case_again(case)
        audit_record(
            actor=actor, action=Action.UPDATE, object_type="case", object_id=case.pk,
            case_id=case.pk, reason="services added",
            details={"tasks": [t.pk for t in tasks], "member": member.pk if member else None},
        )  # fmt: skip
        mailed = mail.mail_services_added(case, tasks)
    return tasks, mailed


def member_add(
    *,
    actor: User,
    case: Case,
    name: str,
    birth_date: dt.date | None = None,
    nationality: str = "",
    relation: str = Relation.OTHER,
) -> Member:
    """A further person of the household (the case's caseworker)."""
    staff = staff_profile(actor)
    if staff is None or staff.role != Role.CASEWORKER or case.caseworker_id != actor.pk:
        raise ActionNotAllowed("only the case's caseworker adds members")
    name = _clean_name(name, "member_name")
    birth_date = _clean_birth_date(birth_date, "member_birth_date")
    nationality = _clean_nationality(nationality, "member_nationality")
    if relation not in Relation.values:
        raise CaseInputError("member_relation", _("Unknown relation."))
    if case.members.count() >= 12:
        raise CaseInputError("member_name", _("At most 12 household members."))
    member = Member.objects.create(
        case=case, name=name, birth_date=birth_date, nationality=nationality,
        relation=relation, position=case.members.count(),
    )  # fmt: skip
    audit_record(
        actor=actor, action=Action.CREATE, object_type="member", object_id=member.pk,
        case_id=case.pk, reason="household member added",
    )  # fmt: skip
    return member


def case_link_renew(*, actor: User, case: Case) -> tuple[str, bool]:
    """A new private link for the newcomer; the old one stops working at once. Returns the
    token and whether the new link was mailed."""
    staff = staff_profile(actor)
    if staff is None or staff.role != Role.CASEWORKER or case.caseworker_id != actor.pk:
        raise ActionNotAllowed("only the case's caseworker renews the link")
    nonce = secrets.token_hex(16)
    token = mail.token_for(nonce)
    with transaction.atomic():
        case.access_token_hash = token_hash(token)
        case.access_token_nonce = nonce
        case.save(update_fields=["access_token_hash", "access_token_nonce"])
        audit_record(
            actor=actor, action=Action.UPDATE, object_type="case_link", object_id=case.pk,
            case_id=case.pk, reason="new private link",
        )  # fmt: skip
        mailed = mail.mail_link_renewed(case)
    return token, mailed


# Which role may move a task from which status to which. Reopening a finished task is its own
# step (task_reopen), with its own confirmation.
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
# The order the buttons are shown in: "start" before "done", "cancel" last.
STEP_ORDER = [TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.CANCELLED]


def _is_task_office(actor: User, task: Task) -> bool:
    profile = staff_profile(actor)
    return is_office_role(profile) and profile is not None and profile.office_id == task.office_id


def _is_case_caseworker(actor: User, task: Task) -> bool:
    profile = staff_profile(actor)
    return (
        profile is not None
        and profile.role == Role.CASEWORKER
        and task.case.caseworker_id == actor.pk
    )


def _allowed_steps(actor: User, task: Task) -> set[str]:
    if _is_task_office(actor, task):
        return {str(s) for s in OFFICE_STEPS.get(TaskStatus(task.status), set())}
    if _is_case_caseworker(actor, task):
        return {str(s) for s in CASEWORKER_STEPS.get(TaskStatus(task.status), set())}
    return set()


def task_allowed_steps(*, actor: User, task: Task) -> list[str]:
    allowed = _allowed_steps(actor, task)
    return [str(s) for s in STEP_ORDER if str(s) in allowed]


def task_can_reopen(*, actor: User, task: Task) -> bool:
    """A done task is reopened by its office, a cancelled one by the case's caseworker."""
    if task.status == TaskStatus.DONE:
        return _is_task_office(actor, task)
    if task.status == TaskStatus.CANCELLED:
        return _is_case_caseworker(actor, task)
    return False


# What a status change writes: a full save would overwrite what others changed meanwhile
# (the office opening the task, an assignment).
STATUS_FIELDS = [
    "status", "updated_at", "first_contact_at", "first_contact_seconds", "done_at", "done_week",
    "completion_seconds",
]  # fmt: skip


def _set_status(task: Task, to_status: str, now: dt.datetime) -> None:
    task.status = to_status
    task.updated_at = now
    if task.first_contact_at is None and to_status not in (TaskStatus.CANCELLED, TaskStatus.NEW):
        task.first_contact_at = now
        task.first_contact_seconds = max(0, int((now - task.opened_at).total_seconds()))
    if to_status == TaskStatus.DONE:
        task.done_at = now
        task.done_week = _week(now)
        task.completion_seconds = max(0, int((now - task.opened_at).total_seconds()))
    else:
        task.done_at = task.done_week = task.completion_seconds = None


def _close_case_if_complete(case: Case, now: dt.datetime) -> None:
    """A case closes when no task is open, closed as what it is: completed (every task done),
    cancelled (every task cancelled) or partly completed."""
    statuses = set(case.tasks.values_list("status", flat=True))
    if not statuses or statuses & set(OPEN_TASK_STATUSES):
        return
    if statuses == {TaskStatus.DONE}:
        closed_as = ClosedAs.COMPLETED
    elif statuses == {TaskStatus.CANCELLED}:
        closed_as = ClosedAs.CANCELLED
    else:
        closed_as = ClosedAs.PARTLY
    Case.objects.filter(pk=case.pk, status=CaseStatus.OPEN).update(
        status=CaseStatus.CLOSED, closed_at=now, closed_as=closed_as
    )
    case.status, case.closed_at, case.closed_as = CaseStatus.CLOSED, now, closed_as


def _open_case_again(case: Case) -> None:
    """A closed case opens again (read from the database: the object may be stale)."""
    Case.objects.filter(pk=case.pk).exclude(status=CaseStatus.OPEN).update(
        status=CaseStatus.OPEN, closed_at=None, closed_as=""
    )
    case.status, case.closed_at, case.closed_as = CaseStatus.OPEN, None, ""


def _application_changed(task: Task, event: str, lines: list[str] | None = None) -> bool:
    """Tell the newcomer when the task belongs to an online application (mail in the outbox,
    inside this transaction). Returns whether the task is an application's (then its mails
    are the application's)."""
    from lotse.cases.applications.services import task_changed

    if not Application.objects.filter(task_id=task.pk).exists():
        return False
    task_changed(task, event, lines)
    return True


def _task_status_write(
    *, actor: User, task: Task, to_status: str, now: dt.datetime, kind: str, reason: str
) -> None:
    """Move the task to `to_status`, with its history event and the audit record."""
    from_status = task.status
    _set_status(task, to_status, now)
    task.save(update_fields=STATUS_FIELDS)
    TaskEvent.objects.create(
        task=task, actor_id=actor.pk, actor_label=_label(actor), kind=kind,
        from_status=from_status, to_status=to_status, at=now,
    )  # fmt: skip
    audit_record(
        actor=actor, action=Action.UPDATE, object_type="task", object_id=task.pk,
        case_id=task.case_id, reason=reason, details={"from": from_status, "to": to_status},
    )  # fmt: skip


def task_transition(*, actor: User, task: Task, to_status: str) -> bool:
    """Move a task one step (office: take up, finish; caseworker: cancel). The newcomer is
    told in their language. Returns whether a mail was queued for them."""
    if to_status not in _allowed_steps(actor, task):
        raise ActionNotAllowed(f"{task.status} -> {to_status} is not allowed for you")
    now = timezone.now()
    with transaction.atomic():
        _task_status_write(
            actor=actor, task=task, to_status=to_status, now=now,
            kind=TaskEvent.Kind.STATUS, reason="task status",
        )  # fmt: skip
        _close_case_if_complete(task.case, now)
        mailed = not _application_changed(task, "status") and mail.mail_status(task.case, task)
    return mailed


def task_reopen(*, actor: User, task: Task) -> bool:
    """Undo "done" (the office) or "cancelled" (the caseworker): the task is open again (in
    progress if it was worked on, else new) and so is its case. Returns whether mailed."""
    if not task_can_reopen(actor=actor, task=task):
        raise ActionNotAllowed("you may not reopen this task")
    now = timezone.now()
    with transaction.atomic():
        _task_status_write(
            actor=actor, task=task, now=now, kind=TaskEvent.Kind.REOPENED, reason="task reopened",
            to_status=TaskStatus.IN_PROGRESS if task.first_contact_at else TaskStatus.NEW,
        )  # fmt: skip
        _open_case_again(task.case)
        mailed = not _application_changed(task, "status") and mail.mail_status(task.case, task)
    return mailed


class Requested(list[DocumentRequest]):
    """The new document requests; `mailed` says whether the newcomer was mailed about them."""

    mailed: bool = False


def service_documents(task: Task, language: str) -> list[tuple[str, str]]:
    """The service's document list (catalog module "documents") as (key, label) in the
    language, with the catalog's fallback. The key is the line's position, the same in every
    language of the service's text."""
    from lotse.catalog.models import ServiceText, TextModule
    from lotse.catalog.selectors import fallback_order

    if task.service_id is None:
        return []
    texts = dict(
        ServiceText.objects.filter(
            service_id=task.service_id, module=TextModule.DOCUMENTS
        ).values_list("language", "text")
    )
    for code in fallback_order(language):
        if texts.get(code):
            lines = [line.strip() for line in texts[code].splitlines() if line.strip()]
            return [(f"doc-{i}", line[:300]) for i, line in enumerate(lines)]
    return []


def task_request_documents(
    *,
    actor: User,
    task: Task,
    labels: list[str] | None = None,
    document_keys: list[str] | None = None,
    staff_language: str = "de",
) -> Requested:
    """The office asks the newcomer for documents: chosen from the service's document list
    (the newcomer reads them in their language), free text only as an extra. The task waits
    for the newcomer, who is mailed. Returns the requests (with `mailed`)."""
    if not _is_task_office(actor, task):
        raise ActionNotAllowed("only the task's office asks for documents")
    if task.status in FINAL_TASK_STATUSES:
        raise ActionNotAllowed("the task is closed")
    staff_list = dict(service_documents(task, staff_language))
    newcomer_list = dict(service_documents(task, task.case.language))
    chosen = list(dict.fromkeys(document_keys or []))
    unknown = [k for k in chosen if k not in staff_list]
    if unknown:
        raise CaseInputError("documents", _("Choose documents from the list."))
    cleaned = [label.strip()[:200] for label in labels or [] if label.strip()]
    if not (chosen or cleaned) or len(chosen) + len(cleaned) > 10:
        raise CaseInputError("documents", _("Name between 1 and 10 documents."))
    for label in cleaned:
        if text_problem(label):
            raise CaseInputError(
                "documents", _("A document name contains characters that are not allowed.")
            )
    now = timezone.now()
    rows = [
        DocumentRequest(
            task=task, label=staff_list[k][:200], newcomer_label=newcomer_list.get(k, ""),
            key=k, requested_at=now,
        )
        for k in chosen
    ] + [DocumentRequest(task=task, label=label, requested_at=now) for label in cleaned]  # fmt: skip
    with transaction.atomic():
        requests = DocumentRequest.objects.bulk_create(rows)
        from_status = task.status
        _set_status(task, TaskStatus.WAITING, now)
        task.save(update_fields=STATUS_FIELDS)
        TaskEvent.objects.create(
            task=task, actor_id=actor.pk, actor_label=_label(actor), at=now,
            kind=TaskEvent.Kind.REQUESTED, from_status=from_status, to_status=TaskStatus.WAITING,
        )  # fmt: skip
        audit_record(
            actor=actor, action=Action.UPDATE, object_type="task", object_id=task.pk,
            case_id=task.case_id, reason="documents requested",
            details={"requests": [r.pk for r in requests]},
        )  # fmt: skip
        newcomer_labels = [r.newcomer_label or r.label for r in requests]
        mailed = not _application_changed(
            task, "documents_requested", ["", *(f"- {r.label}" for r in requests)]
        ) and mail.mail_documents_requested(task.case, task, newcomer_labels)
    result = Requested(requests)
    result.mailed = mailed
    return result


def task_handover(*, actor: User, task: Task, office: Office) -> Task:
    """Hand the task to another office of the city (the office or the caseworker); it lands
    in that office's inbox, unassigned."""
    if not _allowed_steps(actor, task) and task.status not in FINAL_TASK_STATUSES:
        raise ActionNotAllowed("you may not hand this task over")
    if task.status in FINAL_TASK_STATUSES:
        raise ActionNotAllowed("the task is closed")
    if office.city_id != task.city_id:
        raise CaseInputError("office", _("Unknown office."))
    if office.pk == task.office_id:
        raise CaseInputError("office", _("The task is already with this office."))
    now = timezone.now()
    with transaction.atomic():
        from_office = task.office
        task.office = office
        task.updated_at = now
        task.seen_at = None
        task.assignee = None
        task.save(update_fields=["office", "updated_at", "seen_at", "assignee"])
        TaskEvent.objects.create(
            task=task, actor_id=actor.pk, actor_label=_label(actor), at=now,
            kind=TaskEvent.Kind.HANDOVER, from_office=from_office, to_office=office,
        )  # fmt: skip
        audit_record(
            actor=actor, action=Action.HANDOVER, object_type="task", object_id=task.pk,
            case_id=task.case_id, reason="hand-over",
            details={"from_office": from_office.key, "to_office": office.key},
        )  # fmt: skip
        mail.mail_office(task, "handover")
    return task


def task_assign(*, actor: User, task: Task, to_me: bool = True) -> Task:
    """ "Assign to me" (or give back to the office) for staff of the task's office."""
    if not _is_task_office(actor, task):
        raise ActionNotAllowed("only the task's office takes it")
    if task.status in FINAL_TASK_STATUSES:
        raise ActionNotAllowed("the task is closed")
    now = timezone.now()
    with transaction.atomic():
        task.assignee_id = actor.pk if to_me else None
        task.seen_at = task.seen_at or now
        task.save(update_fields=["assignee", "seen_at"])
        TaskEvent.objects.create(
            task=task, actor_id=actor.pk, actor_label=_label(actor), at=now,
            kind=TaskEvent.Kind.ASSIGNED,
        )  # fmt: skip
        audit_record(
            actor=actor, action=Action.UPDATE, object_type="task", object_id=task.pk,
            case_id=task.case_id, reason="assigned" if to_me else "unassigned",
        )  # fmt: skip
    return task


def task_mark_seen(*, actor: User, task: Task) -> None:
    """The office opened the task: it leaves the office's inbox."""
    if task.seen_at is None and _is_task_office(actor, task):
        task.seen_at = timezone.now()
        Task.objects.filter(pk=task.pk, seen_at__isnull=True).update(seen_at=task.seen_at)


def tasks_handover_bulk(*, actor: User, tasks: list[Task], office: Office) -> int:
    """Hand several tasks to one office at once, all or none."""
    if not tasks or len(tasks) > 100:
        raise CaseInputError("tasks", _("Choose between 1 and 100 tasks."))
    with transaction.atomic():
        for task in tasks:
            task_handover(actor=actor, task=task, office=office)
    return len(tasks)


# Reasons an office gives when it rejects a document (the newcomer reads them in their language).
REJECT_REASONS = ("unreadable", "incomplete", "expired", "wrong", "other")


def reject_reason_text(code: str, note: str = "") -> str:
    """The reason in the active language, with the office's own words after it."""
    texts = {
        "unreadable": _("The document cannot be read. Please send a sharper scan or photo."),
        "incomplete": _("Pages are missing. Please send the whole document."),
        "expired": _("The document is no longer valid."),
        "wrong": _("This is not the document we asked for."),
        "other": "",
    }
    return " ".join(part for part in (texts.get(code, ""), note.strip()) if part)


def document_review(
    *, actor: User, document: Document, accept: bool, reason: str = "", note: str = ""
) -> bool:
    """The task's office accepts an uploaded document, or rejects it with a reason: the request
    is open again, the task waits for the newcomer, who is told why in their language.
    Returns whether a mail was queued."""
    task = document.task
    if not _is_task_office(actor, task):
        raise ActionNotAllowed("only the task's office checks documents")
    if task.status in FINAL_TASK_STATUSES:
        raise ActionNotAllowed("the task is closed")
    if document.review:
        raise CaseInputError("document", _("This document has already been checked."))
    note = (note or "").strip()[:400]
    if not accept:
        if reason not in REJECT_REASONS:
            raise CaseInputError("reason", _("Choose a reason."))
        if reason == "other" and not note:
            raise CaseInputError("note", _("Say what is wrong."))
        if note and text_problem(note):
            raise CaseInputError("note", _("The note contains characters that are not allowed."))
    now = timezone.now()
    mailed = False
    with transaction.atomic():
        document.review = DocumentReview.ACCEPTED if accept else DocumentReview.REJECTED
        document.reviewed_at = now
        document.reject_reason = "" if accept else f"{reason}:{note}"[:500]
        document.save(update_fields=["review", "reviewed_at", "reject_reason"])
        TaskEvent.objects.create(
            task=task, actor_id=actor.pk, actor_label=_label(actor), at=now,
            kind=TaskEvent.Kind.REVIEWED,
        )  # fmt: skip
        if not accept:
            request = document.request
            DocumentRequest.objects.filter(pk=request.pk).update(fulfilled_at=None)
            if task.status != TaskStatus.WAITING:
                from_status = task.status
                _set_status(task, TaskStatus.WAITING, now)
                task.save(update_fields=STATUS_FIELDS)
                TaskEvent.objects.create(
                    task=task, actor_id=actor.pk, actor_label=_label(actor), at=now,
                    kind=TaskEvent.Kind.STATUS, from_status=from_status,
                    to_status=TaskStatus.WAITING,
                )  # fmt: skip
            case = task.case
            from django.utils import translation

            with translation.override(case.language):
                text = reject_reason_text(reason, note)
            mailed = mail.mail_document_rejected(
                case, task, request.newcomer_label or request.label, text
            )
        audit_record(
            actor=actor, action=Action.UPDATE, object_type="document", object_id=document.pk,
            case_id=task.case_id, reason="document accepted" if accept else "document rejected",
            details={"reason": reason} if not accept else {},
        )  # fmt: skip
    return mailed


def note_add(*, actor: User, case: Case, body: str, task: Task | None = None) -> Note:
    """A note on the case (caseworker) or on a task (caseworker or the task's office).
    The text is stored as written and escaped on output."""
    body = (body or "").strip()
    if not body or len(body) > NOTE_MAX:
        raise CaseInputError("body", _("A note of 1 to 5000 characters is needed."))
    if text_problem(body, multiline=True):
        raise CaseInputError("body", _("The note contains characters that are not allowed."))
    profile = staff_profile(actor)
    if task is not None and task.case_id != case.pk:
        raise CaseInputError("task", _("Unknown task."))
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
        raise CaseInputError("request", _("This document is not asked for."))
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
                _application_changed(task, "status")
            mail.mail_office(task, "upload")
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
        raise CaseInputError("reason", _("Say why (e.g. the newcomer's request of <date>)."))
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
        "birth_date": case.birth_date.isoformat() if case.birth_date else None,
        "nationality": case.nationality,
        "members": [
            {
                "id": m.pk,
                "name": m.name,
                "birth_date": m.birth_date.isoformat() if m.birth_date else None,
                "nationality": m.nationality,
                "relation": m.relation,
            }
            for m in case.members.order_by("position", "id")
        ],
        "status": case.status,
        "opened_at": case.opened_at.isoformat(),
        "closed_at": case.closed_at.isoformat() if case.closed_at else None,
        "tasks": [
            {
                "id": t.pk,
                "service": t.service_key,
                "member": t.member_id,
                "office": t.office.key,
                "status": t.status,
                "due": t.due_date.isoformat() if t.due_date else None,
                "documents_requested": [
                    {
                        "label": r.label,
                        "label_newcomer": r.newcomer_label,
                        "requested_at": r.requested_at.isoformat(),
                        "uploaded": [
                            {
                                "id": d.pk,
                                "type": d.content_type,
                                "size": d.size,
                                "sha256": d.sha256,
                                "review": d.review or None,
                                "reject_reason": d.reject_reason or None,
                            }
                            for d in r.documents.all()
                        ],
                    }
                    for r in t.requests.all()
                ],
            }
            for t in tasks
        ],
        "applications": [
            {
                "reference": a.reference,
                "service": a.service_key,
                "task": a.task_id,
                "submitted_at": a.created_at.isoformat(),
                "language": a.language,
                "answers": a.answers,
                "consent_text_version": a.consent_text_version,
                "decision": a.decision or None,
            }
            for a in case.applications.order_by("created_at", "id")
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
    DocumentRequest.objects.filter(task__case=case).update(newcomer_label="")
    Member.objects.filter(case=case).update(name="", birth_date=None, nationality="")
    Task.objects.filter(case=case).update(case_anonymised=True)
    Case.objects.filter(pk=case.pk).update(
        name="",
        email="",
        profile={},
        access_token_hash=None,
        access_token_nonce="",
        birth_date=None,
        nationality="",
        anonymised_at=now,
    )
    # Online applications of the case: answers, e-mail key, link and limits keys go too; the
    # service, dates and decision stay for the statistics.
    Application.objects.filter(case=case).update(
        answers={},
        email_normalised="",
        token_hash=None,
        token_nonce="",
        idempotency_hash=None,
        address_hash="",
        anonymised_at=now,
    )
    for stored_name in documents:
        transaction.on_commit(lambda name=stored_name: document_delete(name))  # type: ignore[misc]
    return len(documents)


def case_erase(*, actor: User, case: Case, reason: str) -> None:
    """Erasure on the newcomer's request: open tasks are cancelled, personal data removed."""
    if not reason.strip():
        raise CaseInputError("reason", _("Say why (e.g. the newcomer's request of <date>)."))
    now = timezone.now()
    with transaction.atomic():
        case.tasks.exclude(status__in=FINAL_TASK_STATUSES).update(
            status=TaskStatus.CANCELLED, updated_at=now
        )
        if case.status == CaseStatus.OPEN:
            Case.objects.filter(pk=case.pk).update(
                status=CaseStatus.CLOSED, closed_at=now, closed_as=ClosedAs.ERASED
            )
        files = _anonymise(case, now)
        audit_record(
            actor=actor, action=Action.ERASE, object_type="case", object_id=case.pk,
            case_id=case.pk, reason=reason.strip(), details={"files_deleted": files},
        )  # fmt: skip


def cases_retention_run(*, now: dt.datetime | None = None, days: int | None = None) -> int:
    """Anonymise closed cases closed more than LOTSE_RETENTION_DAYS (180) ago. Idempotent:
    anonymised cases are skipped. Returns how many cases were anonymised."""
    now = now or timezone.now()
    keep = days if days is not None else retention_days()
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
