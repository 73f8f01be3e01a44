"""Reads of cases, tasks and documents, each limited to what the user may see.

Every selector that hands out personal data records the read in the audit log. Missing
and forbidden objects give the same answer (CaseNotFound), so ids cannot be probed.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as UserModel
from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _

from lotse.cases.models import (
    OPEN_TASK_STATUSES,
    Case,
    Document,
    DocumentRequest,
    Note,
    Task,
    TaskEvent,
    TaskStatus,
)
from lotse.catalog.models import Office, OfficeText, ServiceText, TextModule
from lotse.catalog.selectors import fallback_order
from lotse.core.audit import NEWCOMER, Action, audit_record
from lotse.core.errors import NotFound
from lotse.core.models import Role
from lotse.core.permissions import is_office_role, staff_profile
from lotse.core.tokens import token_hash

User = UserModel | AnonymousUser

PAGE_SIZE = 50
# What a row of the task list (page and API) shows.
LIST_FIELDS = (
    "id", "case_id", "office_id", "service_id", "service_key", "status", "due_date",
    "case__name", "case__language", "office__key",
)  # fmt: skip


class CaseNotFound(NotFound):
    """Raised when a case, task or document does not exist or the user may not see it."""

    def __init__(self, what: str = "case") -> None:
        messages = {
            "case": _("No such case."),
            "task": _("No such task."),
            "office": _("No such office."),
            "document": _("No such document."),
        }
        super().__init__(what, message=messages.get(what) or f"No such {what}.")


def _case_queryset() -> QuerySet[Case]:
    return Case.objects.select_related("city").filter(anonymised_at__isnull=True)


def case_get_for_user(*, user: User, case_id: int, reason: str = "case work") -> Case:
    """The case if the user is its caseworker (Welcome Center); otherwise CaseNotFound."""
    profile = staff_profile(user)
    if profile is None or profile.role != Role.CASEWORKER:
        raise CaseNotFound("case")
    case = _case_queryset().filter(pk=case_id, caseworker_id=user.pk).first()
    if case is None:
        raise CaseNotFound("case")
    audit_record(
        actor=user, action=Action.READ, object_type="case", object_id=case.pk,
        case_id=case.pk, reason=reason,
    )  # fmt: skip
    return case


def case_list_for_user(*, user: User, open_only: bool = True) -> list[Case]:
    profile = staff_profile(user)
    if profile is None or profile.role != Role.CASEWORKER:
        return []
    cases = _case_queryset().filter(caseworker_id=user.pk).order_by("-opened_at", "-id")
    if open_only:
        cases = cases.filter(status="open")
    result = list(cases[:PAGE_SIZE])
    audit_record(
        actor=user, action=Action.LIST, object_type="case_list", object_id=user.pk,
        reason="own cases", details={"cases": [c.pk for c in result]},
    )  # fmt: skip
    return result


def _task_queryset() -> QuerySet[Task]:
    # case_anonymised is the task's copy of the case's flag: no join needed to filter.
    return Task.objects.select_related("case", "office", "service", "city").filter(
        case_anonymised=False
    )


def task_get_for_user(*, user: User, task_id: int, reason: str = "task work") -> Task:
    """The task if it belongs to the user's office, or to a case of the caseworker."""
    profile = staff_profile(user)
    tasks = _task_queryset().filter(pk=task_id)
    if is_office_role(profile):
        assert profile is not None
        tasks = tasks.filter(office_id=profile.office_id or 0)
    elif profile is not None and profile.role == Role.CASEWORKER:
        tasks = tasks.filter(case__caseworker_id=user.pk)
    else:
        raise CaseNotFound("task")
    task = tasks.first()
    if task is None:
        raise CaseNotFound("task")
    audit_record(
        actor=user, action=Action.READ, object_type="task", object_id=task.pk,
        case_id=task.case_id, reason=reason,
    )  # fmt: skip
    return task


@dataclass
class TaskPage:
    office: Office | None
    tasks: list[Task]
    total: int
    page: int
    pages: int


def task_list_for_user(
    *, user: User, office_key: str | None = None, status: str = "open", page: int = 1
) -> TaskPage:
    """A page of tasks: office roles see their office's, caseworkers those of their cases.
    A fixed number of queries whatever the page or the data size."""
    profile = staff_profile(user)
    if profile is None:
        raise CaseNotFound("office")
    # The list shows the case's name and language and the office key: only these joins,
    # and only for the rows of the page (filter, count and order use task_office_queue).
    tasks = Task.objects.select_related("case", "office").filter(case_anonymised=False)
    office: Office | None = None
    if is_office_role(profile):
        office = profile.office
        assert office is not None
        if office_key and office_key != office.key:
            raise CaseNotFound("office")
        tasks = tasks.filter(office_id=office.pk)
    elif profile.role == Role.CASEWORKER:
        tasks = tasks.filter(case__caseworker_id=user.pk)
        if office_key:
            office = Office.objects.filter(city_id=profile.city_id, key=office_key).first()
            if office is None:
                raise CaseNotFound("office")
            tasks = tasks.filter(office_id=office.pk)
    else:
        raise CaseNotFound("office")
    if status == "open":
        tasks = tasks.filter(status__in=OPEN_TASK_STATUSES)
    elif status in TaskStatus.values:
        tasks = tasks.filter(status=status)
    total = tasks.count()
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, page), pages)
    start = (page - 1) * PAGE_SIZE
    # First the page's ids from the index alone, then those 50 rows with their case: in one
    # query SQLite would read (and join) every row before sorting or skipping to the page.
    ids = list(
        tasks.order_by("due_date", "id").values_list("id", flat=True)[start : start + PAGE_SIZE]
    )
    # Only the columns the list shows (page and API): no dates to parse, no profile JSON.
    rows = list(
        Task.objects.select_related("case", "office")
        .filter(pk__in=ids)
        .only(*LIST_FIELDS)
        .order_by("due_date", "id")
    )
    audit_record(
        actor=user, action=Action.LIST, object_type="task_list",
        object_id=office.key if office else "own-cases", reason="task list",
        details={"tasks": [t.pk for t in rows]},
    )  # fmt: skip
    return TaskPage(office=office, tasks=rows, total=total, page=page, pages=pages)


def document_get_for_user(*, user: User, document_id: int) -> Document:
    """Only staff of the office that handles the task may open its documents."""
    profile = staff_profile(user)
    if not is_office_role(profile):
        raise CaseNotFound("document")
    assert profile is not None
    document = (
        Document.objects.select_related("task")
        .filter(
            pk=document_id,
            task__office_id=profile.office_id or 0,
            task__case__anonymised_at__isnull=True,
        )
        .first()
    )
    if document is None:
        raise CaseNotFound("document")
    audit_record(
        actor=user, action=Action.DOWNLOAD, object_type="document", object_id=document.pk,
        case_id=document.task.case_id, reason="office reads uploaded document",
    )  # fmt: skip
    return document


def case_get_by_token(*, token: str) -> Case:
    """The case behind a newcomer's private link (the link holds the only copy of the token)."""
    if not token or len(token) > 100:
        raise CaseNotFound("case")
    case = _case_queryset().filter(access_token_hash=token_hash(token)).first()
    if case is None:
        raise CaseNotFound("case")
    audit_record(
        actor=None, actor_label=NEWCOMER, action=Action.READ, object_type="case",
        object_id=case.pk, case_id=case.pk, reason="newcomer opens private link",
    )  # fmt: skip
    return case


# --- Shaping for pages and the API --------------------------------------------------------


def service_titles(service_ids: set[int], language: str) -> dict[int, str]:
    """Service titles in the language (with the catalog's fallback), one query."""
    order = fallback_order(language)
    rows = ServiceText.objects.filter(
        service_id__in=service_ids, module=TextModule.NAME, language__in=order
    ).values_list("service_id", "language", "text")
    best: dict[int, tuple[int, str]] = {}
    for service_id, lang, text in rows:
        rank = order.index(lang)
        if service_id not in best or rank < best[service_id][0]:
            best[service_id] = (rank, text)
    return {sid: text for sid, (_rank, text) in best.items()}


def office_names(office_ids: set[int], language: str) -> dict[int, str]:
    order = fallback_order(language)
    rows = OfficeText.objects.filter(
        office_id__in=office_ids, field="name", language__in=order
    ).values_list("office_id", "language", "text")
    best: dict[int, tuple[int, str]] = {}
    for office_id, lang, text in rows:
        rank = order.index(lang)
        if office_id not in best or rank < best[office_id][0]:
            best[office_id] = (rank, text)
    return {oid: text for oid, (_rank, text) in best.items()}


def case_tasks(case: Case) -> list[Task]:
    return list(
        case.tasks.select_related("office", "service")
        .prefetch_related(
            Prefetch("requests", queryset=DocumentRequest.objects.prefetch_related("documents"))
        )
        .order_by("id")
    )


def case_notes(case: Case) -> list[Note]:
    return list(case.notes.select_related("author", "task").order_by("created_at", "id"))


def task_notes(task: Task) -> list[Note]:
    return list(task.notes.select_related("author").order_by("created_at", "id"))


def task_requests(task: Task) -> list[DocumentRequest]:
    return list(task.requests.prefetch_related("documents").order_by("requested_at", "id"))


def task_history(task: Task) -> list[TaskEvent]:
    return list(task.events.select_related("from_office", "to_office").order_by("at", "id"))


def city_offices(city_id: int) -> list[Office]:
    return list(Office.objects.filter(city_id=city_id).order_by("key"))
