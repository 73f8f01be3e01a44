"""Reads for operations: readiness checks and the cheap counts behind the metrics gauges."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.db.models import Case, Count, DateTimeField, F, Min, Q, When
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

from lotse.appointments import conf as appointments_conf
from lotse.appointments.models import Booking, BookingStatus, QueueEntry, QueueStatus
from lotse.cases.models import OPEN_TASK_STATUSES, Task
from lotse.core.outbox import outbox_backlog

# A positive migration check holds for the life of the process: code and schema only change
# together with a deploy, which restarts the processes.
_migrations_applied = False


def database_ping(*, alias: str = DEFAULT_DB_ALIAS) -> None:
    """Raises when the database does not answer `SELECT 1`."""
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def migrations_pending(*, alias: str = DEFAULT_DB_ALIAS) -> list[str]:
    """Names of migrations the code has and the database lacks (empty once that was seen)."""
    global _migrations_applied
    if _migrations_applied:
        return []
    executor = MigrationExecutor(connections[alias])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    pending = [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]
    if not pending:
        _migrations_applied = True
    return pending


def migrations_cache_clear() -> None:
    global _migrations_applied
    _migrations_applied = False


@dataclass(frozen=True)
class TaskBacklog:
    ready: int
    running: int
    failed: int
    oldest_ready_age_seconds: float


@dataclass(frozen=True)
class OpsSnapshot:
    tasks: TaskBacklog
    queue_waiting: dict[str, int]
    holds_unconfirmed: int
    holds_overdue: int
    open_case_tasks: dict[str, int]
    outbox_unsent: int


def task_backlog() -> TaskBacklog:
    """One aggregate query over django-tasks-db's table."""
    now = timezone.now()
    date_max = get_date_max()
    ready = Q(status=TaskResultStatus.READY) & (Q(run_after=date_max) | Q(run_after__lte=now))
    # A task without a run_after waits since it was enqueued, one with it since run_after.
    ready_since = Case(
        When(run_after=date_max, then=F("enqueued_at")),
        default=F("run_after"),
        output_field=DateTimeField(),
    )
    row = DBTaskResult.objects.aggregate(
        ready=Count("id", filter=ready),
        running=Count("id", filter=Q(status=TaskResultStatus.RUNNING)),
        failed=Count("id", filter=Q(status=TaskResultStatus.FAILED)),
        oldest=Min(ready_since, filter=ready),
    )
    oldest: dt.datetime | None = row["oldest"]
    age = max(0.0, (now - oldest).total_seconds()) if oldest is not None else 0.0
    return TaskBacklog(
        ready=row["ready"], running=row["running"], failed=row["failed"],
        oldest_ready_age_seconds=age,
    )  # fmt: skip


def ops_snapshot() -> OpsSnapshot:
    """Everything the gauges show, in five small queries (no per-row work)."""
    now = timezone.now()
    fresh = now - dt.timedelta(seconds=appointments_conf.queue_heartbeat_seconds())
    queue = (
        QueueEntry.objects.filter(status=QueueStatus.WAITING, heartbeat_at__gte=fresh)
        .values_list("office__city__slug", "office__key")
        .annotate(n=Count("id"))
        .order_by()
    )
    holds = Booking.objects.filter(status=BookingStatus.HELD).aggregate(
        unconfirmed=Count("id", filter=Q(expires_at__gt=now)),
        overdue=Count("id", filter=Q(expires_at__lte=now)),
    )
    open_tasks = {str(status): 0 for status in OPEN_TASK_STATUSES}
    for status, count in (
        Task.objects.filter(status__in=OPEN_TASK_STATUSES)
        .values_list("status")
        .annotate(n=Count("id"))
        .order_by()
    ):
        open_tasks[status] = count
    return OpsSnapshot(
        tasks=task_backlog(),
        queue_waiting={f"{city}/{office}": n for city, office, n in queue},
        holds_unconfirmed=holds["unconfirmed"],
        holds_overdue=holds["overdue"],
        open_case_tasks=open_tasks,
        outbox_unsent=outbox_backlog(),
    )
