"""Times are the city's own: slots, lists, mails, reminders and the staff day in City.timezone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_tasks_db.models import DBTaskResult

from lotse.appointments import selectors, services, tasks
from lotse.appointments.models import AppointmentType, Mode, Slot
from lotse.catalog.models import Office
from lotse.core.models import City, OutgoingMail, Role, StaffProfile

from .conftest import BERLIN

pytestmark = pytest.mark.django_db
TOKYO = ZoneInfo("Asia/Tokyo")
BASE = "http://testserver"


@pytest.fixture
def far_type() -> AppointmentType:
    city = City.objects.create(
        slug="farcity", names={"en": "Far"}, state="NW", timezone="Asia/Tokyo"
    )
    office = Office.objects.create(city=city, key="desk")
    return AppointmentType.objects.create(
        city=city,
        key="far",
        office=office,
        mode=Mode.IN_PERSON,
        names={"en": "Far appointment"},
        duration_minutes=30,
        capacity=1,
        min_notice_hours=0,
        hours=[{"weekday": d, "opens": "09:00", "closes": "10:00"} for d in range(7)],
    )


def _next_monday() -> dt.date:
    today = dt.datetime.now(TOKYO).date() + dt.timedelta(days=7)
    return today + dt.timedelta(days=(7 - today.weekday()) % 7)


def test_slots_are_wall_clock_times_of_the_city(far_type) -> None:
    day = _next_monday()
    services.slots_generate(type_=far_type, start=day, end=day)
    starts = sorted(Slot.objects.filter(type=far_type).values_list("start", flat=True))
    assert [s.astimezone(TOKYO).strftime("%H:%M") for s in starts] == ["09:00", "09:30"]
    assert starts[0].astimezone(dt.UTC).hour == 0  # 09:00 in Tokyo, not 09:00 in Berlin
    listed = selectors.slot_list(type_=far_type, date_from=day, date_to=day)
    assert [s.pk for s in listed] == [s.pk for s in Slot.objects.filter(type=far_type)]


def test_mails_and_the_reminder_use_the_city_time(far_type) -> None:
    day = _next_monday()
    services.slots_generate(type_=far_type, start=day, end=day)
    slot = Slot.objects.filter(type=far_type).order_by("start")[0]
    booking, token = services.booking_create(
        request=services.BookingRequest(
            slot=slot.pk, name="Aiko", email="a@example.org", language="en"
        ),
        address="10.9.9.9",
        proof_ok=True,
        base_url=BASE,
    )
    assert "09:00" in OutgoingMail.objects.get(ref_id=booking.pk).body
    services.booking_confirm(booking=booking, token=token, base_url=BASE)
    reminder = DBTaskResult.objects.get(task_path=tasks.send_reminder.module_path)
    local = reminder.run_after.astimezone(TOKYO)
    assert (local.date(), local.hour) == (day - dt.timedelta(days=1), 18)
    assert local.astimezone(BERLIN).hour != 18


def test_the_staff_day_shows_city_time(far_type) -> None:
    day = _next_monday()
    services.slots_generate(type_=far_type, start=day, end=day)
    slot = Slot.objects.filter(type=far_type).order_by("start")[0]
    services.booking_create(
        request=services.BookingRequest(
            slot=slot.pk, name="Aiko", email="a@example.org", language="en"
        ),
        address="10.9.9.9",
        proof_ok=True,
        base_url=BASE,
    )
    user = get_user_model().objects.create_user(username="far-desk")
    StaffProfile.objects.create(
        user=user, city=far_type.city, role=Role.OFFICE_STAFF, office=far_type.office
    )
    client = Client()
    client.force_login(user)
    page = client.get(f"/en/appointments/staff/office/{far_type.office.pk}/?date={day}")
    assert page.status_code == 200
    assert "09:00" in page.content.decode() and "Aiko" in page.content.decode()
