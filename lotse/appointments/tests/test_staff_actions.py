"""Staff actions on appointments: each asks once more, check-in not before the slot's day,
no-show not before its start, both can be undone, and the log tells them apart; the
virtual-office console shows who waits and logs admissions and ends of conversations."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from lotse.appointments import services
from lotse.appointments.models import BookingStatus, QueueEntry, QueueStatus, Slot
from lotse.appointments.services import BookingRequest
from lotse.catalog.models import Office
from lotse.core.models import AuditEvent, City, Role, StaffProfile

from .conftest import make_slot, make_type

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(client: Client):
    city = City.objects.get(slug="dortmund")
    office = Office.objects.get(city=city, key="welcome-center")
    user = get_user_model().objects.create_user(username="desk")
    StaffProfile.objects.create(user=user, city=city, role=Role.OFFICE_STAFF, office=office)
    client.force_login(user)
    return {"client": client, "user": user, "office": office}


def _confirmed(days_ahead: int = 3):
    slot = make_slot(make_type(key=f"t{days_ahead}", capacity=2), days_ahead=days_ahead)
    booking, token = services.booking_create(
        request=BookingRequest(slot=slot.pk, name="Ana", email="ana@example.org", language="ar"),
        address="10.1.1.1",
        proof_ok=True,
        base_url="http://testserver",
    )
    services.booking_confirm(booking=booking, token=token, base_url="http://testserver")
    booking.refresh_from_db()
    return booking


def _starts(booking, delta: dt.timedelta) -> None:
    start = timezone.now() + delta
    Slot.objects.filter(pk=booking.slot_id).update(
        start=start, end=start + dt.timedelta(minutes=30)
    )
    booking.refresh_from_db()


def _post(client: Client, booking, **data: str):
    return client.post(f"/de/appointments/staff/booking/{booking.pk}/", data)


def test_check_in_days_before_the_slot_is_refused_with_a_german_message(desk) -> None:
    booking = _confirmed(days_ahead=3)
    response = _post(desk["client"], booking, action="checked_in", confirm="1")
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED
    page = desk["client"].get(response["Location"]).content.decode()
    assert "Einchecken ist ab dem Tag des Termins möglich." in page
    assert not AuditEvent.objects.filter(action="check_in").exists()


def test_no_show_before_the_start_is_refused(desk) -> None:
    booking = _confirmed()
    _starts(booking, dt.timedelta(minutes=30))
    _post(desk["client"], booking, action="no_show", confirm="1")
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED


def test_check_in_asks_once_more_then_checks_in_and_can_be_undone(desk) -> None:
    booking = _confirmed()
    _starts(booking, dt.timedelta(minutes=-5))
    ask = _post(desk["client"], booking, action="checked_in")
    html = ask.content.decode()
    assert ask.status_code == 200 and "Diese Person einchecken?" in html
    assert "Arabisch" in html  # the language's name, not "ar"
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED
    done = _post(desk["client"], booking, action="checked_in", confirm="1")
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CHECKED_IN
    day = desk["client"].get(done["Location"]).content.decode()
    assert "Ana ist eingecheckt." in day and 'value="undo"' in day
    _post(desk["client"], booking, action="undo")
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED and booking.checked_in_at is None
    actions = list(
        AuditEvent.objects.filter(object_type="booking", object_id=str(booking.pk))
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions[-2:] == ["check_in", "undo"]


def test_no_show_and_check_in_are_distinct_in_the_log(desk) -> None:
    first, second = _confirmed(), _confirmed(days_ahead=4)
    _starts(first, dt.timedelta(minutes=-40))
    _starts(second, dt.timedelta(minutes=-40))
    _post(desk["client"], first, action="checked_in", confirm="1")
    _post(desk["client"], second, action="no_show", confirm="1")
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (BookingStatus.CHECKED_IN, BookingStatus.NO_SHOW)
    assert AuditEvent.objects.get(action="check_in").object_id == str(first.pk)
    assert AuditEvent.objects.get(action="no_show").object_id == str(second.pk)
    _post(desk["client"], second, action="undo")
    second.refresh_from_db()
    assert second.status == BookingStatus.CONFIRMED


def test_cancel_asks_once_more_and_keeps_the_reason(desk) -> None:
    booking = _confirmed()
    ask = _post(desk["client"], booking, action="cancel", reason="Amt geschlossen")
    assert ask.status_code == 200 and 'value="Amt geschlossen"' in ask.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED
    _post(desk["client"], booking, action="cancel", reason="Amt geschlossen", confirm="1")
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED
    assert AuditEvent.objects.filter(action="cancel", object_id=str(booking.pk)).exists()


def test_day_view_shows_names_not_codes_and_german_dates(desk) -> None:
    booking = _confirmed(days_ahead=3)
    day = timezone.localtime(booking.slot.start).date()
    html = (
        desk["client"]
        .get(f"/de/appointments/staff/office/{desk['office'].pk}/?date={day.isoformat()}")
        .content.decode()
    )
    assert "Testtermin" in html and ">t3<" not in html
    assert "Sprache: Arabisch" in html
    assert f"{day.day}. " in html  # "2. Dezember 2026"
    assert "Bestätigt" in html and "Confirmed" not in html
    # Not yet the day: no check-in button, a hint instead.
    assert 'value="checked_in"' not in html


def _knock(office: Office, name: str, minutes_ago: int) -> QueueEntry:
    entry, _token = services.queue_knock(office=office, name=name, language="uk")
    QueueEntry.objects.filter(pk=entry.pk).update(
        created_at=timezone.now() - dt.timedelta(minutes=minutes_ago)
    )
    return entry


def test_console_shows_who_waits_and_admission_opens_a_new_tab(desk) -> None:
    client, office = desk["client"], desk["office"]
    _knock(office, "Olena", 7)
    _knock(office, "Taras", 2)
    client.post(f"/de/appointments/staff/office/{office.pk}/virtual/", {"present": "1"})
    html = client.get(f"/de/appointments/staff/office/{office.pk}/virtual/").content.decode()
    assert "Olena" in html and "Taras" in html and "Ukrainisch" in html
    assert "7 Minuten" in html and html.index("Olena") < html.index("Taras")
    assert 'action="/de/appointments/staff/office/' in html and 'target="_blank"' in html
    status = client.get(f"/de/appointments/staff/office/{office.pk}/virtual/status.json").json()
    assert status["waiting"] == 2 and "Olena" not in str(status)
    admitted = client.post(f"/de/appointments/staff/office/{office.pk}/virtual/admit/")
    room = client.get(admitted["Location"]).content.decode()
    assert "Olena" in room and 'id="room"' in room and 'target="_blank"' in room
    event = AuditEvent.objects.get(action="admit")
    assert event.object_type == "queue_entry" and event.details["waited_seconds"] >= 7 * 60
    assert "Olena" not in str(event.details)


def test_ending_a_conversation_keeps_the_note_and_links_a_new_case(desk) -> None:
    client, office = desk["client"], desk["office"]
    entry = _knock(office, "Olena Petrenko", 3)
    admitted = services.queue_admit_next(office=office, user=desk["user"])
    assert admitted is not None and admitted.pk == entry.pk
    room = client.get(f"/de/appointments/staff/room/{entry.pk}/").content.decode()
    assert "/de/staff/cases/new/?name=Olena+Petrenko&amp;language=uk" in room
    client.post(f"/de/appointments/staff/room/{entry.pk}/end/", {"note": "Fragen zur Anmeldung"})
    entry.refresh_from_db()
    assert entry.ended_at is not None and entry.end_note == "Fragen zur Anmeldung"
    assert entry.status == QueueStatus.ADMITTED
    event = AuditEvent.objects.get(action="end")
    assert "Anmeldung" not in str(event.details) and event.details["note"] is True
    again = client.get(f"/de/appointments/staff/room/{entry.pk}/").content.decode()
    assert 'id="ended"' in again and 'id="end-form"' not in again
