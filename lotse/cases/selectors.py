"""Reads of cases, tasks and documents, each limited to what the user may see.

Every selector that hands out personal data records the read in the audit log. Missing
and forbidden objects give the same answer (CaseNotFound), so ids cannot be probed.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as UserModel
from django.db import connection
from django.db.models import (
    F,
    FilteredRelation,
    Func,
    IntegerField,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.utils import timezone
from django.utils.translation import gettext as _

from lotse.cases.models import (
    OPEN_TASK_STATUSES,
    Case,
    Document,
    DocumentRequest,
    Member,
    Note,
    Task,
    TaskEvent,
    TaskStatus,
    case_reference,
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
# What a row of the task list (page and API) shows, in the order of TaskListRow's fields.
LIST_FIELDS = (
    "id", "case_id", "office_id", "office__key", "service_id", "service_key", "status",
    "due_date", "seen_at", "case__name", "case__language", "case__opened_at", "member_id",
    "member__name", "assignee__username",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TaskListRow:
    """A task as the list (page, CSV and API) shows it: plain values read in one query, no
    model objects to build (50 tasks with their case, office, member and assignee were
    about 200 of them per page)."""

    id: int
    case_id: int
    office_id: int
    office_key: str
    service_id: int | None
    service_key: str
    status: str
    due_date: dt.date | None
    seen_at: dt.datetime | None
    case_name: str
    case_language: str
    case_opened_at: dt.datetime
    member_id: int | None
    member_name: str | None
    assignee_username: str | None

    @property
    def pk(self) -> int:
        return self.id

    @property
    def reference(self) -> str:
        """The case's reference, as `Case.reference` makes it."""
        return case_reference(self.case_id, self.case_opened_at)


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


R = TypeVar("R", Case, Task)


def _opened(user: User, what: str, row: R | None, *, reason: str) -> R:
    """The case or task a staff member opened, audited as a read; CaseNotFound without one."""
    if row is None:
        raise CaseNotFound(what)
    audit_record(
        actor=user, action=Action.READ, object_type=what, object_id=row.pk,
        case_id=row.pk if isinstance(row, Case) else row.case_id, reason=reason,
    )  # fmt: skip
    return row


def case_get_for_user(*, user: User, case_id: int, reason: str = "case work") -> Case:
    """The case if the user is its caseworker (Welcome Center); otherwise CaseNotFound."""
    profile = staff_profile(user)
    if profile is None or profile.role != Role.CASEWORKER:
        raise CaseNotFound("case")
    case = _case_queryset().filter(pk=case_id, caseworker_id=user.pk).first()
    return _opened(user, "case", case, reason=reason)


CASE_SORTS = {
    "-opened": ("-opened_at", "-id"),
    "opened": ("opened_at", "id"),
    "name": ("name", "id"),
}


def _case_search_filter(cases: QuerySet[Case], q: str) -> QuerySet[Case]:
    """Name or e-mail (case-insensitive parts) or the reference (WC-2026-00012, or 12)."""
    q = q.strip()[:200]
    if not q:
        return cases
    condition = Q(name__icontains=q) | Q(email__iexact=q) | Q(members__name__icontains=q)
    match = re.fullmatch(r"(?:WC-\d{4}-)?0*(\d{1,12})", q, flags=re.IGNORECASE)
    if match:
        condition |= Q(pk=int(match.group(1)))
    return cases.filter(condition).distinct()


def case_list_for_user(
    *, user: User, open_only: bool = True, status: str = "", q: str = "", sort: str = "-opened"
) -> list[Case]:
    """The caseworker's own cases: open, closed or all; searched by name, e-mail or reference."""
    profile = staff_profile(user)
    if profile is None or profile.role != Role.CASEWORKER:
        return []
    cases = _case_queryset().filter(caseworker_id=user.pk)
    status = status or ("open" if open_only else "all")
    if status in ("open", "closed"):
        cases = cases.filter(status=status)
    cases = _case_search_filter(cases, q).order_by(*CASE_SORTS.get(sort, CASE_SORTS["-opened"]))
    result = list(cases[:PAGE_SIZE])
    audit_record(
        actor=user, action=Action.LIST, object_type="case_list", object_id=user.pk,
        reason="own cases", details={"cases": [c.pk for c in result], "q": bool(q)},
    )  # fmt: skip
    return result


def case_search_city(*, user: User, q: str, exclude_own: bool = True) -> list[Case]:
    """Cases of colleagues of the same city's Welcome Center that match the search (only for
    caseworkers of that city, only with a search term): the existing case is found before a
    second one is opened. Opening such a case stays with its caseworker."""
    profile = staff_profile(user)
    if profile is None or profile.role != Role.CASEWORKER or not q.strip():
        return []
    cases = _case_queryset().select_related("caseworker").filter(city_id=profile.city_id)
    if exclude_own:
        cases = cases.exclude(caseworker_id=user.pk)
    result = list(_case_search_filter(cases, q).order_by("-opened_at", "-id")[:20])
    audit_record(
        actor=user, action=Action.LIST, object_type="case_search", object_id=user.pk,
        reason="case search in the city", details={"cases": [c.pk for c in result]},
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
    return _opened(user, "task", task, reason=reason)


@dataclass
class TaskPage:
    office: Office | None
    tasks: list[TaskListRow]
    total: int
    page: int
    pages: int


TASK_SORTS = {
    "due": ("due_date", "id"),
    "-due": ("-due_date", "-id"),
    "opened": ("opened_at", "id"),
    "-opened": ("-opened_at", "-id"),
}
TASK_STATUS_FILTERS = ("open", "overdue", "all", *TaskStatus.values)


def task_list_for_user(
    *,
    user: User,
    office_key: str | None = None,
    status: str = "open",
    page: int = 1,
    q: str = "",
    sort: str = "due",
    mine: bool = False,
    page_size: int = PAGE_SIZE,
) -> TaskPage:
    """A page of tasks: office roles see their office's, caseworkers those of their cases.
    A fixed number of queries whatever the page or the data size."""
    profile = staff_profile(user)
    if profile is None:
        raise CaseNotFound("office")
    # Filter, count and order use task_office_queue; the joins are only for the page's rows.
    tasks = Task.objects.filter(case_anonymised=False)
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
    elif status == "overdue":
        tasks = tasks.filter(status__in=OPEN_TASK_STATUSES, due_date__lt=timezone.localdate())
    elif status in TaskStatus.values:
        tasks = tasks.filter(status=status)
    if mine:
        tasks = tasks.filter(assignee_id=user.pk)
    q = q.strip()[:200]
    if q:
        condition = Q(case__name__icontains=q) | Q(member__name__icontains=q)
        match = re.fullmatch(r"(?:WC-\d{4}-)?#?0*(\d{1,12})", q, flags=re.IGNORECASE)
        if match:
            condition |= Q(case_id=int(match.group(1))) | Q(pk=int(match.group(1)))
        tasks = tasks.filter(condition)
    order = TASK_SORTS.get(sort, TASK_SORTS["due"])
    page = max(1, page)
    rows, total = _task_page_rows(tasks, order, (page - 1) * page_size, page_size)
    if not rows and page > 1:  # past the end: the last page (more queries, only on this path)
        total = tasks.count()
        page = max(1, -(-total // page_size))
        rows, total = _task_page_rows(tasks, order, (page - 1) * page_size, page_size)
    pages = max(1, -(-total // page_size))
    audit_record(
        actor=user, action=Action.LIST, object_type="task_list",
        object_id=office.key if office else "own-cases", reason="task list",
        details={"tasks": [t.pk for t in rows]}, city_id=profile.city_id,
    )  # fmt: skip
    return TaskPage(office=office, tasks=rows, total=total, page=page, pages=pages)


def _task_page_rows(
    tasks: QuerySet[Task], order: tuple[str, ...], start: int, size: int
) -> tuple[list[TaskListRow], int]:
    """One query for a page of the list and the number of all matching tasks: the page's ids
    from the index alone (a subquery: in one flat query SQLite would read and join every row
    before sorting or skipping to the page), then those rows' columns the list shows, each
    with the count (a subquery run once). The count is 0 when the page is empty."""
    ids = tasks.order_by(*order).values("id")[start : start + size]
    total = tasks.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    found = list(
        Task.objects.filter(pk__in=ids)
        .annotate(list_total=Subquery(total, output_field=IntegerField()))
        .order_by(*order)
        .values_list(*LIST_FIELDS, "list_total")
    )
    return [TaskListRow(*row[:-1]) for row in found], (found[0][-1] if found else 0)


def document_get_for_user(
    *, user: User, document_id: int, reason: str = "office reads uploaded document"
) -> Document:
    """Only staff of the office that handles the task may open its documents."""
    profile = staff_profile(user)
    if not is_office_role(profile):
        raise CaseNotFound("document")
    assert profile is not None
    document = (
        Document.objects.select_related("task__case", "task__office", "request")
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
        case_id=document.task.case_id, reason=reason,
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
    return _first_in_order(rows, order)


def office_names(office_ids: set[int], language: str) -> dict[int, str]:
    order = fallback_order(language)
    rows = OfficeText.objects.filter(
        office_id__in=office_ids, field="name", language__in=order
    ).values_list("office_id", "language", "text")
    return _first_in_order(rows, order)


def city_office_names(city_id: int, language: str) -> dict[int, tuple[str, str]]:
    """Every office of the city, in the order of their keys: id -> (key, name in the language,
    with the catalog's fallback, else the key). One query (the name texts joined to the
    offices), for the task list's heading, its rows and its hand-over choices alike."""
    order = fallback_order(language)
    names = FilteredRelation("texts", condition=Q(texts__field="name", texts__language__in=order))
    rows = (
        Office.objects.filter(city_id=city_id)
        .annotate(name_text=names)
        .order_by("key")
        .values_list("id", "key", "name_text__language", "name_text__text")
    )
    keys: dict[int, str] = {}
    texts: list[tuple[int, str, str]] = []
    for office_id, key, lang, text in rows:
        keys[office_id] = key
        if lang is not None:
            texts.append((office_id, lang, text))
    found = _first_in_order(texts, order)
    return {office_id: (key, found.get(office_id, key)) for office_id, key in keys.items()}


def _first_in_order(rows: Iterable[tuple[int, str, str]], order: list[str]) -> dict[int, str]:
    """Owner id -> its text in the first language of `order` that it has."""
    best: dict[int, tuple[int, str]] = {}
    for owner_id, lang, text in rows:
        rank = order.index(lang)
        if owner_id not in best or rank < best[owner_id][0]:
            best[owner_id] = (rank, text)
    return {owner_id: text for owner_id, (_rank, text) in best.items()}


def case_tasks(case: Case) -> list[Task]:
    return list(
        case.tasks.select_related("office", "service", "member")
        .prefetch_related(
            Prefetch("requests", queryset=DocumentRequest.objects.prefetch_related("documents"))
        )
        .order_by(F("member__position").asc(nulls_first=True), "member_id", "id")
    )


def case_notes(case: Case) -> list[Note]:
    return list(case.notes.select_related("author", "task").order_by("created_at", "id"))


def task_notes(task: Task) -> list[Note]:
    return list(task.notes.select_related("author").order_by("created_at", "id"))


def task_requests(task: Task) -> list[DocumentRequest]:
    return list(task.requests.prefetch_related("documents").order_by("requested_at", "id"))


def task_history(task: Task) -> list[TaskEvent]:
    return list(task.events.select_related("from_office", "to_office").order_by("at", "id"))


# --- Inbox -------------------------------------------------------------------------------------


@dataclass
class Inbox:
    tasks: list[Task]
    documents: list[Document]

    @property
    def count(self) -> int:
        return len(self.tasks) + len(self.documents)


def _inbox_querysets(user: User) -> tuple[QuerySet[Task], QuerySet[Document]] | None:
    profile = staff_profile(user)
    if not is_office_role(profile):
        return None
    assert profile is not None
    office_id = profile.office_id or 0
    tasks = Task.objects.filter(
        office_id=office_id, seen_at__isnull=True, case_anonymised=False,
        status__in=OPEN_TASK_STATUSES,
    )  # fmt: skip
    documents = Document.objects.filter(
        task__office_id=office_id, review="", task__case_anonymised=False,
        task__status__in=OPEN_TASK_STATUSES,
    )  # fmt: skip
    return tasks, documents


def inbox_count(*, user: User) -> int:
    """New or handed-over tasks of the user's office that nobody opened yet, and uploaded
    documents nobody checked yet (two counts; no personal data, not audited)."""
    profile = staff_profile(user)
    if not is_office_role(profile):
        return 0
    assert profile is not None
    office_id = profile.office_id or 0
    statuses = [status.value for status in OPEN_TASK_STATUSES]
    with connection.cursor() as cursor:
        cursor.execute(_inbox_count_sql(), [office_id, *statuses, office_id, "", *statuses])
        row = cursor.fetchone()
    return int(row[0]) if row else 0


@functools.cache
def _inbox_count_sql() -> str:
    """On every page of office staff (the navigation's badge): one statement of fixed text
    with both counts, the conditions of `_inbox_querysets` (a test holds them equal). Built
    by the ORM, the same count cost four times the CPU of running it."""
    task, document = Task._meta.db_table, Document._meta.db_table
    marks = ", ".join(["%s"] * len(OPEN_TASK_STATUSES))
    return (
        f"SELECT (SELECT COUNT(*) FROM {task} WHERE office_id = %s AND seen_at IS NULL"  # noqa: S608
        f" AND NOT case_anonymised AND status IN ({marks}))"
        f" + (SELECT COUNT(*) FROM {document} d INNER JOIN {task} t ON t.id = d.task_id"
        f" WHERE t.office_id = %s AND d.review = %s AND NOT t.case_anonymised"
        f" AND t.status IN ({marks}))"
    )


def inbox_for_user(*, user: User) -> Inbox:
    querysets = _inbox_querysets(user)
    if querysets is None:
        return Inbox(tasks=[], documents=[])
    tasks, documents = querysets
    inbox = Inbox(
        tasks=list(tasks.select_related("case", "office", "member").order_by("updated_at")[:100]),
        documents=list(
            documents.select_related("task__case", "task__office", "request").order_by(
                "uploaded_at"
            )[:100]
        ),
    )
    audit_record(
        actor=user, action=Action.LIST, object_type="inbox", object_id=user.pk,
        reason="office inbox",
        details={"tasks": [t.pk for t in inbox.tasks], "documents": [d.pk for d in inbox.documents]},
    )  # fmt: skip
    return inbox


def case_members(case: Case) -> list[Member]:
    return list(case.members.order_by("position", "id"))
