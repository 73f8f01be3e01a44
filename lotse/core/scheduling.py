"""Self-rescheduling background tasks (outbox sweep, plan reminders): keep one run queued."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django_tasks.base import Task
from django_tasks_db import DatabaseBackend
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult


def task_keep_queued(task: Task[Any, Any], *, run_after: dt.datetime | None = None) -> bool:
    """Queue a run of `task` at `run_after` (empty: as soon as possible) unless one is queued
    already (one EXISTS query), so that chains of runs that meet merge into one. Only the
    database backend keeps such chains; elsewhere nothing is queued. Returns whether a run was
    queued."""
    if not isinstance(task.get_backend(), DatabaseBackend):
        return False
    if DBTaskResult.objects.filter(
        task_path=task.module_path, status=TaskResultStatus.READY
    ).exists():
        return False
    task.using(run_after=run_after).enqueue()
    return True
