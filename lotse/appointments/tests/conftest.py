"""Fixtures of the appointments tests: Dortmund's types and a small slot factory."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from lotse.appointments.models import AppointmentType, Mode, Slot
from lotse.catalog.models import Office
from lotse.core.models import City

BERLIN = ZoneInfo("Europe/Berlin")


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
