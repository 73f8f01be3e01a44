"""Background tasks of appointments (django-tasks, database backend).

Each task is defined beside the service it wraps (so services schedule them without an import
cycle); this module keeps the paths under which tasks queued by older releases were stored."""

from __future__ import annotations

from lotse.appointments.services.booking import send_reminder
from lotse.appointments.services.draw import draw_run_task, draws_run_due_task
from lotse.appointments.services.stats import stats_refresh_task
from lotse.appointments.services.waitlist import release_due_seats
from lotse.core.outbox import outbox_send, outbox_sweep

__all__ = [
    "draw_run_task",
    "draws_run_due_task",
    "outbox_send",
    "outbox_sweep",
    "release_due_seats",
    "send_reminder",
    "stats_refresh_task",
]
