"""Fixtures of the appointments tests: Dortmund's types, a small slot factory, the outbox worker."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings as django_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from lotse.appointments import tasks
from lotse.appointments.models import AppointmentType, Mode, Slot
from lotse.catalog.models import Office
from lotse.core import outbox
from lotse.core.models import City
from lotse.core.testing import task_worker

# Dortmund keeps the project zone (City.timezone defaults to settings.TIME_ZONE).
BERLIN = ZoneInfo(django_settings.TIME_ZONE)


@pytest.fixture(autouse=True)
def _cheap_proof(settings):
    """Tests solve proofs in Python: keep them quick but real."""
    settings.LOTSE_POW_DIFFICULTY = 8


@pytest.fixture
def dortmund(transactional_db):
    """Transactional tests start from an empty database: just the rows make_type needs."""
    city, _created = City.objects.get_or_create(
        slug="dortmund", defaults={"names": {"en": "Dortmund"}, "state": "NW"}
    )
    Office.objects.get_or_create(city=city, key="welcome-center")


def make_type(
    *, key: str = "test-type", capacity: int = 1, mode: str = Mode.IN_PERSON, waitlist: bool = False
) -> AppointmentType:
    city = City.objects.get(slug="dortmund")
    office = Office.objects.get(city=city, key="welcome-center")
    return AppointmentType.objects.create(
        city=city,
        key=key,
        office=office,
        mode=mode,
        names={"en": "Test appointment", "de": "Testtermin"},
        duration_minutes=30,
        capacity=capacity,
        min_notice_hours=0,
        waitlist=waitlist,
        hours=[{"weekday": d, "opens": "09:00", "closes": "12:00"} for d in range(5)],
    )


def make_slot(
    type_: AppointmentType, *, days_ahead: int = 3, hour: int = 10, capacity: int | None = None
) -> Slot:
    day = timezone.localdate() + dt.timedelta(days=days_ahead)
    start = dt.datetime.combine(day, dt.time(hour, 0), tzinfo=BERLIN)
    return Slot.objects.create(
        type=type_,
        start=start,
        end=start + dt.timedelta(minutes=type_.duration_minutes),
        capacity=type_.capacity if capacity is None else capacity,
    )


def run_outbox(*, sweep: bool = True) -> int:
    """Do for the mails what the task worker does: run every due outbox task once. Returns how
    many tasks ran.

    Tests on the default database never commit, so the on-commit enqueue of a mail never fires
    there; with `sweep` the sweeper (no grace) enqueues those first — the same path a mail takes
    in production when its enqueue was lost."""
    if sweep:
        outbox.outbox_flush(grace_seconds=0)
    worker = task_worker()
    ready = DBTaskResult.objects.ready().filter(task_path=tasks.outbox_send.module_path)
    # In mail order, so "the last mail" in a test is the last one its code queued.
    due = sorted(ready, key=lambda result: result.args_kwargs["args"][0])
    for result in due:
        result.claim(worker.worker_id)
        worker.run_task(result)
    return len(due)
